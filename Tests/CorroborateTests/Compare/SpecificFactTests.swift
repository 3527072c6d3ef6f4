import Corroborate
import Foundation
import Testing

/// What makes two claims corroborate each other in a run of many articles (issue 28): a fact few of the run's
/// articles tell, not only the run's topic; and two reports, not one article published twice. Cases written for
/// these tests (invented places, people and figures).
@Suite("A specific fact, told by two reports")
struct SpecificFactTests {
    /// Twenty-four short articles of other stories that all talk about the harbour council and the ferry tariff:
    /// with the two compared, 26 articles use those words, more than `TermRarity.fewArticles`, so they are the
    /// run's topic, not a fact of any one story.
    static let background: [String] = ArticleSet.otherSubjects.map { subject in
        "The harbour council met on \(subject) this week, the clerk said.\n\nCritics of the ferry tariff spoke about \(subject) at the meeting, the clerk said."
    }

    private static func agreements(_ a: String, _ b: String, background: [String]) throws -> [Relation] {
        try ArticleSet([a, b] + background).relations().filter { $0.type == .agreement }
    }

    /// Two claims that say alike only what every article of the background says too.
    static let topicOnly = (
        "Ola Berg said critics of the harbour council spoke against the ferry tariff.",
        "Ivo Lund said critics spoke against the ferry tariff at the harbour council."
    )

    @Test("Two claims that share only what most of a large run talks about agree on nothing")
    func topicOnlyInLargeRun() throws {
        let found = try SpecificFactTests.agreements(
            SpecificFactTests.topicOnly.0, SpecificFactTests.topicOnly.1, background: SpecificFactTests.background)
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test("The same two claims alone, where their words are no run's topic, are compared as before")
    func topicOnlyAlone() throws {
        let found = try SpecificFactTests.agreements(
            SpecificFactTests.topicOnly.0, SpecificFactTests.topicOnly.1, background: [])
        #expect(!found.isEmpty)
    }

    @Test(
        "Claims that share a fact few articles of the run tell still agree in a large run",
        arguments: [
            (
                "The harbour council said the ferry tariff would rise to 14 crowns a crossing in April.",
                "The ferry tariff will rise to 14 crowns a crossing in April, the harbour council said."
            ),
            (
                "Ola Berg said the harbour council had sold the Brenvik slipway to a shipyard.",
                "The Brenvik slipway was sold to a shipyard by the harbour council, Ivo Lund said."
            ),
        ])
    func specificFactInLargeRun(a: String, b: String) throws {
        let found = try SpecificFactTests.agreements(a, b, background: SpecificFactTests.background)
        #expect(!found.isEmpty)
    }
}

@Suite("One article published twice is one report")
struct ArticleCopyTests {
    static let article = [
        "The harbour council voted on Tuesday to close the Brenvik slipway after a crane fell into the dock last month.",
        "Over one five-year stretch the yard repaired more fishing boats than any other yard on the coast, the council said.",
        "The mayor said the yard's twelve workers would be offered jobs at the new ferry terminal across the bay.",
        "A union official said the workers had not been told what the new jobs would pay or when they would start.",
        "The council will meet again in May to choose a new use for the land, which the navy held during the war.",
        "Fishermen who used the slipway will have to take their boats to Tarnholm, two hours further north.",
    ]

    @Test("An edited second edition of one article does not corroborate the first")
    func secondEdition() throws {
        var edited = ArticleCopyTests.article
        edited[1] =
            "The Brenvik yard repaired more fishing boats than any other coastal yard over one five-year stretch, the council said."
        let found = try ArticleSet(
            a: ArticleCopyTests.article.joined(separator: "\n\n"), b: edited.joined(separator: "\n\n")
        ).relations().filter { $0.type == .agreement }
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test("Another article that tells the same fact in its own words corroborates it")
    func independentReport() throws {
        let other = [
            "Shipwrights in Brenvik lost their slipway on Tuesday when the harbour council voted to shut it.",
            "The Brenvik yard repaired more fishing boats than any other coastal yard over one five-year stretch, the council said.",
            "The closure follows the fall of a crane into the dock in March, which injured nobody.",
        ]
        let found = try ArticleSet(
            a: ArticleCopyTests.article.joined(separator: "\n\n"), b: other.joined(separator: "\n\n")
        ).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty)
    }
}

@Suite("A site's boilerplate is no corroboration")
struct BoilerplateTests {
    /// A handle with capitals inside is a name (`niabrookNEWS`): the line says `daily` of it, so that two
    /// articles carrying it share something said.
    static let signOff = "Follow Nia Brook on Twitter daily @niabrookNEWS."

    static let ferry = [
        "Ferry crews in Brenvik walked out on Monday over a pay offer the operator called final.\n\nThe strike stopped all crossings to Tarnholm, and the operator said it had no spare crews.",
        "The ferry strike in Brenvik went into a second day, with the union calling the operator's pay offer an insult.\n\nNo boats crossed to Tarnholm, and the harbour master said the quay was empty.",
    ]
    static let unrelated = [
        "A bakery in Oslund won the national bread prize for a rye loaf baked in a wood oven.\n\nThe owner said the recipe came from her grandmother, who ran the shop for forty years.",
        "The Velmora football club sacked its coach after a ninth defeat in a row.\n\nSupporters had booed the team off the pitch on Saturday, and the chairman said a new coach would be named soon.",
    ]

    private static func signOffAgreements(_ texts: [String]) throws -> [Relation] {
        let analysis = try ArticleSet(texts.map { $0 + "\n\n" + BoilerplateTests.signOff }).analysis()
        return analysis.relations.filter { relation in
            relation.type == .agreement
                && relation.claims.compactMap { analysis.claim($0) }.contains { $0.text.contains("niabrook") }
        }
    }

    @Test("A sign-off that articles of unrelated stories carry word for word agrees with nothing")
    func signOffUnderUnrelatedStories() throws {
        let found = try BoilerplateTests.signOffAgreements(BoilerplateTests.ferry + BoilerplateTests.unrelated)
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test("The same line in only two articles is compared as any other")
    func lineInTwoArticles() throws {
        let found = try BoilerplateTests.signOffAgreements(BoilerplateTests.ferry)
        #expect(!found.isEmpty)
    }
}

@Suite("Every figure of the aligned clauses compared")
struct OtherFigureTests {
    @Test(
        "Two figures of one measure that do not meet are no agreement; the same figure is",
        arguments: [
            (
                "Smugglers have sunk more than a dozen fishing boats off Varnhold for refusing to carry their cargo, the coastguard said.",
                "About 11 fishing boats that refused to carry smuggled cargo were sunk off Varnhold, a local skipper said.",
                false
            ),
            (
                "Smugglers have sunk 11 fishing boats off Varnhold for refusing to carry their cargo, the coastguard said.",
                "About 11 fishing boats that refused to carry smuggled cargo were sunk off Varnhold, a local skipper said.",
                true
            ),
        ])
    func figuresThatDoNotMeet(a: String, b: String, agree: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty == agree, "\(found.map(\.explanation))")
    }
}

@Suite("A standing figure that unrelated stories restate is no corroboration")
struct StandingFigureTests {
    /// Two more articles of the ferry strike (`BoilerplateTests.ferry`).
    static let moreFerry = [
        "The Brenvik ferry operator hired crews from a rival line to break the strike.\n\nUnion leaders said the hired crews had not been trained on the Tarnholm boats.",
        "Talks to end the Brenvik ferry strike broke down after the operator refused to raise its pay offer.\n\nThe union said its crews would stay out until the month was over.",
    ]

    /// The agreements between `a.txt` and `b.txt` on a claim that gives `figure`, each article carrying the
    /// line of the same index.
    private static func agreements(_ texts: [String], lines: [String], figure: String) throws -> [Relation] {
        let analysis = try ArticleSet(zip(texts, lines).map { $0 + "\n\n" + $1 }).analysis()
        return analysis.relations.filter { relation in
            let claims = relation.claims.compactMap { analysis.claim($0) }
            return relation.type == .agreement
                && Set(claims.map { analysis.articles[$0.document].document.name }) == ["a.txt", "b.txt"]
                && claims.allSatisfy { $0.text.contains(figure) }
        }
    }

    /// The county's roll of voters, as four articles print it in their own words.
    static let county = [
        "Havlund county has 212,000 registered voters.",
        "Havlund county has about 212,000 registered voters.",
        "Havlund county counts 212,000 registered voters.",
        "There are 212,000 registered voters in Havlund county.",
    ]

    @Test("A figure that articles of unrelated stories print alike agrees with nothing")
    func underUnrelatedStories() throws {
        let found = try StandingFigureTests.agreements(
            BoilerplateTests.ferry + BoilerplateTests.unrelated, lines: StandingFigureTests.county, figure: "212,000")
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test("Control: the same figure in two articles only still agrees")
    func inTwoArticles() throws {
        let found = try StandingFigureTests.agreements(
            BoilerplateTests.ferry + BoilerplateTests.unrelated,
            lines: Array(StandingFigureTests.county.prefix(2)) + ["", ""], figure: "212,000")
        #expect(!found.isEmpty)
    }

    @Test("Control: a figure every article of one story reports is that story's fact")
    func oneStory() throws {
        let stranded = [
            "The strike has stranded 1,460 passengers on Tarnholm.",
            "Some 1,460 passengers are stranded on Tarnholm by the strike.",
            "The strike left 1,460 passengers stranded on Tarnholm.",
            "About 1,460 passengers remain stranded on Tarnholm.",
        ]
        let found = try StandingFigureTests.agreements(
            BoilerplateTests.ferry + StandingFigureTests.moreFerry, lines: stranded, figure: "1,460")
        #expect(!found.isEmpty)
    }
}
