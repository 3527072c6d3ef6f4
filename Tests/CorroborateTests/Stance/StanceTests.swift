import Corroborate
import Foundation
import Testing

/// FNC-1's CSV files, the stance model's file, and `check` on hand-written claims.
@Suite("Stance and check")
struct StanceTests {
    static func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("The bodies reader keeps quoted commas, doubled quotes and newlines inside a field, and drops a BOM")
    func readsQuotedFields() throws {
        let folder = try TemporaryFolder()
        let path = try Self.write(
            "\u{FEFF}Body ID,articleBody\n7,\"One, two\nthree \"\"quoted\"\"\"\n8,plain\n", "bodies.csv", in: folder)
        let bodies = try FNCCorpus.bodies(path)
        #expect(bodies == ["7": "One, two\nthree \"quoted\"", "8": "plain"])
    }

    @Test("A stances file is read by its header names, the Stance column optional")
    func readsStances() throws {
        let folder = try TemporaryFolder()
        let labelled = try Self.write(
            "Headline,Body ID,Stance\n\"A, b\",7,agree\nC,8,unrelated\n", "s.csv", in: folder)
        let pairs = try FNCCorpus.pairs(labelled, labels: true)
        #expect(pairs.map(\.headline) == ["A, b", "C"])
        #expect(pairs.map(\.stance) == [.agree, .unrelated])
        let bare = try Self.write("Body ID,Headline\n7,X\n", "t.csv", in: folder)
        #expect(try FNCCorpus.pairs(bare, labels: false).map(\.bodyID) == ["7"])
    }

    @Test("A bad label names its record and label; a missing column names the column")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        let bad = try Self.write("Headline,Body ID,Stance\nA,7,agree\nB,8,maybe\n", "bad.csv", in: folder)
        #expect(throws: FNCError.self) { try FNCCorpus.pairs(bad, labels: true) }
        do {
            _ = try FNCCorpus.pairs(bad, labels: true)
        } catch {
            #expect(error.description.contains("record 3"))
            #expect(error.description.contains("maybe"))
        }
        let noBody = try Self.write("Headline,Stance\nA,agree\n", "nobody.csv", in: folder)
        do {
            _ = try FNCCorpus.pairs(noBody, labels: false)
            Issue.record("a file without Body ID was read")
        } catch {
            #expect(error.description.contains("Body ID"))
        }
    }

    @Test("Predictions are written as Headline,Body ID,Stance with RFC 4180 quoting, and read back the same")
    func writesPredictions() throws {
        let folder = try TemporaryFolder()
        let pairs = [
            FNCCorpus.Pair(headline: "Says \"no\", twice\nthen yes", bodyID: "3", stance: nil, record: 2),
            FNCCorpus.Pair(headline: "Plain", bodyID: "4", stance: nil, record: 3),
        ]
        let path = folder.path + "/pred.csv"
        try FNCCorpus.write([(pairs[0], Stance.disagree), (pairs[1], Stance.discuss)], to: path)
        let back = try FNCCorpus.pairs(path, labels: true)
        #expect(back.map(\.headline) == pairs.map(\.headline))
        #expect(back.map(\.stance) == [.disagree, .discuss])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("Headline,Body ID,Stance"))
    }

    /// A tiny FNC-1 set: one body per stance, headlines that agree, deny, discuss or miss it.
    static func tinySet(in folder: TemporaryFolder) throws -> (stances: String, bodies: String) {
        let bodies = try Self.write(
            """
            Body ID,articleBody
            1,"Officials confirmed the mayor resigned on Monday. The mayor resigned after the vote, they said."
            2,"The ministry denied that the bridge collapsed. Reports that the bridge collapsed are false, it said."
            3,"It is unclear whether the singer will tour. Some reports claim the singer may tour next year."
            """, "bodies.csv", in: folder)
        var rows = "Headline,Body ID,Stance\n"
        for k in 0..<6 {
            rows += "Mayor resigned \(k),1,agree\nBridge collapsed \(k),2,disagree\nSinger to tour \(k),3,discuss\n"
            rows += "Mayor resigned \(k),3,unrelated\nBridge collapsed \(k),1,unrelated\n"
        }
        return (try Self.write(rows, "stances.csv", in: folder), bodies)
    }

    @Test("A trained model survives its file; the same files train the same bytes")
    func modelRoundTrip() throws {
        let folder = try TemporaryFolder()
        let (stances, bodies) = try Self.tinySet(in: folder)
        var trainer = StanceTrainer()
        trainer.trees.rounds = 5
        let (model, _) = try trainer.train(stances: stances, bodies: bodies)
        try model.write(to: folder.path + "/a.bin")
        let loaded = try StanceModel.load(folder.path + "/a.bin")
        #expect(loaded.treeCount == model.treeCount)
        try loaded.write(to: folder.path + "/b.bin")
        let (again, _) = try trainer.train(stances: stances, bodies: bodies)
        try again.write(to: folder.path + "/c.bin")
        let a = FileManager.default.contents(atPath: folder.path + "/a.bin")
        #expect(a == FileManager.default.contents(atPath: folder.path + "/b.bin"))
        #expect(a == FileManager.default.contents(atPath: folder.path + "/c.bin"))
    }

    @Test("A damaged model file is refused with the reason", arguments: ["flip", "truncate", "magic"])
    func damagedModel(_ damage: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/m.bin"
        try #require(StanceModel.builtIn).write(to: path)
        var bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        switch damage {
        case "flip": bytes[bytes.count / 2] ^= 0x40
        case "truncate": bytes.removeLast(bytes.count / 3)
        default: bytes[0] = UInt8(ascii: "X")
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try StanceModel.load(path)
            Issue.record("a damaged file (\(damage)) was loaded")
        } catch {
            #expect(error.description.contains(path))
        }
    }

    /// Hand-written claims against short articles, with the verdict a reader would give.
    static let cases: [(claim: String, article: String, verdict: String)] = [
        (
            "The city council approved the new stadium budget",
            "The city council approved the new stadium budget on Tuesday, officials said. The council voted 7 to 2 to approve the stadium budget after a long debate.",
            "supports"
        ),
        (
            "The factory fire killed 12 workers",
            "Fire officials said the factory fire killed 4 workers, not 12 as first reported. The fire killed 4 workers at the plant, the fire chief said.",
            "contradicts"
        ),
        (
            "The actress is married to the senator",
            "A spokesman for the senator denied that the actress is married to the senator. The spokesman said the report was false and the actress is not his wife.",
            "contradicts"
        ),
        (
            "The central bank will raise interest rates in June",
            "The football club signed a new striker on Friday, the club said. The striker scored twice in his first match.",
            "unrelated"
        ),
    ]

    @Test("check gives the verdict a reader would", arguments: cases.indices)
    func handWrittenPairs(_ k: Int) throws {
        let item = Self.cases[k]
        let folder = try TemporaryFolder()
        let path = try Self.write(item.article, "article.txt", in: folder)
        let analysis = Corroborator().run(paths: [path])
        let model = try #require(StanceModel.builtIn)
        let check = ClaimChecker(model: model).check([item.claim], in: analysis)
        #expect(check.first?.articles.first?.stance.verdict == item.verdict)
    }

    @Test("On the seeds, the Fastaqim Union contradicts an unopposed withdrawal and the Observatory supports it")
    func seeds() throws {
        let model = try #require(StanceModel.builtIn)
        let check = ClaimChecker(model: model).check(
            ["IS withdrew from Dabiq without a fight"], in: Fixture.seedAnalysis)
        let result = try #require(check.first)
        #expect(result.contradictedBy.map(\.source) == ["Fastaqim Union"])
        #expect(result.supportedBy.map(\.source).contains("Syrian Observatory for Human Rights"))
        let evidence = result.articles.flatMap(\.evidence)
        #expect(evidence.contains { $0.stance == .disagree && $0.sentence.contains("after fierce clashes") })
    }

    @Test("check --stances writes one row per pair in input order; a pair whose body is missing is named and skipped")
    func fncCommand() throws {
        let folder = try TemporaryFolder()
        let (_, bodies) = try Self.tinySet(in: folder)
        let stances = try Self.write(
            "Headline,Body ID\nMayor resigned,1\nBridge collapsed,9\n\"Singer, to tour\",3\n", "in.csv", in: folder)
        let output = folder.path + "/pred.csv"
        let run = try CommandLineTests.corroborate(
            ["check", "--stances", stances, "--bodies", bodies, "--output", output, "--quiet"])
        #expect(run.status == 1)
        #expect(run.errors == "corroborate: \(stances): record 3: Body ID 9 is not in \(bodies); pair skipped\n")
        let rows = try FNCCorpus.pairs(output, labels: true)
        #expect(rows.map(\.headline) == ["Mayor resigned", "Singer, to tour"])
        #expect(rows.allSatisfy { $0.stance != nil })
    }
}
