import Corroborate
import Foundation
import Testing

/// `check` on claims whose evidence must be about the claim: a sentence about another town, another figure or
/// another topic supports and contradicts nothing, and the verdicts, the evidence lines and the header agree.
@Suite("Check: evidence about the claim")
struct ClaimCheckTests {
    static let model = StanceModel.builtIn!

    /// Three articles about an invented depot blast: the death toll (the Courier), inspectors' warnings about
    /// leaking tanks (the Ledger), and the company's count of its employees killed (the Post).
    static let blast: Analysis = Corroborator().run(paths: [Fixture.path("check/blast")])

    static func check(_ claim: String, in analysis: Analysis) throws -> ClaimCheck {
        try #require(ClaimChecker(model: model).check([claim], in: analysis).first)
    }

    static func verdict(_ check: ClaimCheck, _ document: String) throws -> ArticleVerdict {
        try #require(check.articles.first { $0.document == document })
    }

    @Test("A sentence about Jarabulus neither supports nor contradicts a claim about Dabiq")
    func anotherTown() throws {
        let check = try Self.check("Rebels captured Dabiq after fierce fighting", in: Fixture.seedAnalysis)
        let jarabulus = try #require(check.articles.first { $0.document.hasPrefix("001_") })
        #expect(jarabulus.stance != .agree && jarabulus.stance != .disagree)
        for article in check.articles {
            for line in article.evidence {
                #expect(!line.sentence.contains("almost no resistance"))
                if line.stance == .agree || line.stance == .disagree {
                    #expect(line.sentence.contains("Dabiq"), "\(line.stance) by “\(line.sentence)”")
                }
            }
        }
    }

    @Test("A death-toll sentence does not support a claim that the company was warned about leaking tanks")
    func warningNotSupportedByDeathToll() throws {
        let check = try Self.check("the company was warned about leaking tanks", in: Self.blast)
        for document in ["courier.txt", "post.txt"] {
            let verdict = try Self.verdict(check, document)
            #expect(verdict.stance == .discuss || verdict.stance == .unrelated, "\(document): \(verdict.verdict)")
            #expect(!verdict.evidence.contains { $0.stance == .agree || $0.stance == .disagree })
        }
        let ledger = try Self.verdict(check, "ledger.txt")
        #expect(ledger.stance == .agree)
        #expect(ledger.evidence.contains { $0.stance == .agree && $0.sentence.contains("warned the company") })
    }

    @Test("“12 employees were killed” supports “12 people were killed”")
    func sameFigureSupports() throws {
        let check = try Self.check("12 people were killed", in: Self.blast)
        let post = try Self.verdict(check, "post.txt")
        #expect(post.stance == .agree)
        #expect(post.evidence.contains { $0.stance == .agree && $0.sentence.contains("12 employees were killed") })
        #expect(check.supportedBy.contains { $0.documents.contains("post.txt") })
        // The Courier says it with the figure before the outcome: `killing 12 people`.
        let courier = try Self.verdict(check, "courier.txt")
        #expect(courier.stance == .agree)
        #expect(courier.evidence.contains { $0.stance == .agree && $0.sentence.contains("killing 12 people") })
    }

    @Test("A claim that names nothing is not contradicted by another story's death toll")
    func anotherStorysFigure() throws {
        let analysis = Corroborator().run(paths: [Fixture.path("check/blast"), Fixture.seeds])
        let check = try Self.check("12 people were killed", in: analysis)
        for article in check.articles where article.document.hasPrefix("00") {
            #expect(article.stance != .agree && article.stance != .disagree, "\(article.document)")
        }
        #expect(check.contradictedBy.isEmpty)
        #expect(try Self.verdict(check, "post.txt").stance == .agree)
    }

    @Test("check --output writes the report printed without it, and says so in one line")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/check.txt"
        let arguments = ["check", "12 people were killed", Fixture.path("check/blast")]
        let printed = try CommandLineTests.corroborate(arguments)
        let written = try CommandLineTests.corroborate(arguments + ["--output", output])
        #expect(written.status == 0 && printed.status == 0)
        #expect(written.output.isEmpty)
        #expect(written.errors == "corroborate: wrote \(output)\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == printed.output)
        let quiet = try CommandLineTests.corroborate(arguments + ["--output", output, "--quiet"])
        #expect(quiet.errors.isEmpty)
    }

    @Test("The stance model reads a pair the same in check and in the FNC-1 batch (each body's norm computed once)")
    func batchAgreesWithCheck() throws {
        let folder = try TemporaryFolder()
        let bodies = [
            "The blast killed 12 people at the depot, the fire service said. Twelve people died when a tank exploded.",
            "Inspectors warned the company about leaking tanks in November. The company denied that it was warned.",
            "Reports claim the depot may reopen next year. It is unclear whether the owner will rebuild it.",
        ]
        let claims = [
            "12 people were killed in the blast", "The company was warned about leaking tanks", "The depot will reopen",
        ]
        var pairs: [FNCCorpus.Pair] = []
        for claim in claims {
            for b in bodies.indices {
                pairs.append(FNCCorpus.Pair(headline: claim, bodyID: "\(b)", record: pairs.count + 2))
            }
        }
        let batch = Self.model.predict(
            pairs, bodies: Dictionary(uniqueKeysWithValues: bodies.indices.map { ("\($0)", bodies[$0]) }))
        let paths = try bodies.indices.map { try folder.write("\($0).txt", bodies[$0]) }
        let checks = ClaimChecker(model: Self.model).check(claims, in: Corroborator().run(paths: paths))
        for (c, check) in checks.enumerated() {
            for b in bodies.indices {
                let article = try #require(check.articles.first { $0.document == "\(b).txt" })
                #expect(article.model == batch[c * bodies.count + b], "\(claims[c]) / body \(b)")
            }
        }
        #expect(Set(batch.compactMap { $0 }).count > 1)
    }

    /// Claims checked on the blast articles and the seeds, for the agreement of header, verdicts and lines.
    static let checked: [(claim: String, seeds: Bool)] = [
        ("12 people were killed", false),
        ("the company was warned about leaking tanks", false),
        ("30 people were injured in the explosion", false),
        ("The explosion at the Harwick fuel depot killed 20 people", false),
        ("Rebels captured Dabiq after fierce fighting", true),
        ("IS withdrew from Dabiq without a fight", true),
    ]

    @Test("The header's counts and sources agree with the verdicts and the evidence lines", arguments: checked.indices)
    func headerAgreesWithLines(_ k: Int) throws {
        let (claim, seeds) = Self.checked[k]
        let check = try Self.check(claim, in: seeds ? Fixture.seedAnalysis : Self.blast)
        for article in check.articles {
            // A verdict of support or contradiction shows a line of it; no line says the opposite unless the
            // article's sources disagree.
            if article.stance == .agree || article.stance == .disagree {
                #expect(article.evidence.contains { $0.stance == article.stance }, "\(article.document)")
                let opposite: Stance = article.stance == .agree ? .disagree : .agree
                #expect(!article.evidence.contains { $0.stance == opposite }, "\(article.document)")
            }
        }
        let lines = check.articles.flatMap { article in article.evidence.map { (article.document, $0) } }
        for (stance, mentions) in [(Stance.agree, check.supportedBy), (.disagree, check.contradictedBy)] {
            let expected = Set(lines.filter { $0.1.stance == stance }.map { "\($0.1.source)|\($0.0)" })
            let listed = Set(mentions.flatMap { m in m.documents.map { "\(m.source)|\($0)" } })
            #expect(listed == expected, "\(stance)")
        }
        let text = CheckReport.text([check])
        let header = text.split(separator: "\n")[1]
        for (verdict, count) in check.counts where count > 0 {
            #expect(header.contains("\(count) \(verdict)"), "\(header)")
        }
        #expect(text.contains("Supported by:") == !check.supportedBy.isEmpty)
        #expect(text.contains("Contradicted by:") == !check.contradictedBy.isEmpty)
        let supports = check.articles.filter { $0.stance == .agree }.count
        #expect(supports == 0 || text.contains("Supported by:"))
    }

    /// Claim and article pairs whose only overlap is a place or a figure (or both): written for this test.
    static let onlyPlaceOrFigure: [(claim: String, article: String)] = [
        (
            "Floods closed every school in Lagos",
            "Lagos hosted its annual jazz festival on Saturday, the organisers said. More than 40 bands played on three stages across the city, and tickets sold out within a week."
        ),
        (
            "The strike cost the airline 40 million dollars",
            "The city museum received 40 million dollars from private donors, its director said on Monday. The money will pay for a new wing and a children's gallery."
        ),
        (
            "Police arrested 30 protesters in Minsk",
            "In Minsk, 30 runners finished the winter marathon despite the snow, the organisers said. The winner crossed the line in just under three hours."
        ),
        (
            "The earthquake in Nepal killed 200 people",
            "Nepal's parliament approved a new budget on Thursday, with 200 members voting in favour. The finance minister said spending on roads would double."
        ),
        (
            "Inflation in Brazil rose to 5 percent in March",
            "Unemployment in Brazil fell to 5 percent in March, the statistics office said. It was the lowest rate for a decade, helped by hiring in farming and services."
        ),
        (
            "The new bridge over the Danube is 300 metres long",
            "A new tower beside the Danube will be 300 metres tall, the developer said. Construction of the tower begins next spring and should take four years."
        ),
        (
            "Rebels captured Dabiq after fierce fighting",
            "Rebel fighters said they had reached the centre of Jarabulus after encountering almost no resistance. Photographs showed fighters in the town's central square."
        ),
        (
            "Twelve miners were rescued in Chile on Sunday",
            "Twelve Chilean wines won gold medals at a competition in Paris on Sunday, the judges said. The winning wines came from valleys south of the capital."
        ),
    ]

    @Test(
        "An article that shares only a place or a figure with the claim is unrelated or discusses it",
        arguments: onlyPlaceOrFigure.indices)
    func onlyPlaceOrFigureIsNoVerdict(_ k: Int) throws {
        let item = Self.onlyPlaceOrFigure[k]
        let folder = try TemporaryFolder()
        let path = try folder.write("article.txt", item.article)
        let check = try Self.check(item.claim, in: Corroborator().run(paths: [path]))
        let article = try #require(check.articles.first)
        #expect(article.stance == .unrelated || article.stance == .discuss, "\(item.claim): \(article.verdict)")
        #expect(!article.evidence.contains { $0.stance == .agree || $0.stance == .disagree })
        #expect(check.supportedBy.isEmpty && check.contradictedBy.isEmpty)
    }
}
