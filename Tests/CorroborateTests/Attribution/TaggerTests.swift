import Corroborate
import Foundation
import Testing

/// The attribution tagger: training, its file, and how extraction uses it in both conventions.
@Suite("Attribution tagger")
struct TaggerTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-\(UUID().uuidString)-\(name)").path
    }

    private func attributions(_ text: String, model: String? = nil, broad: Bool = false) throws -> [Attribution] {
        let knowledge = try Knowledge.with(model: model, broad: broad)
        return Corroborator(knowledge: knowledge).analyze(try Fixture.document(text)).attributions
    }

    @Test("Training on annotated attributions learns their cues, and the same corpus gives the same file")
    func trainingLearnsAndIsDeterministic() throws {
        let (a, b) = (temporaryPath("a.bin"), temporaryPath("b.bin"))
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        try TaggerTrainer().train(folder: Fixture.path("brat")).write(to: a)
        try TaggerTrainer().train(folder: Fixture.path("brat")).write(to: b)
        #expect(FileManager.default.contentsEqual(atPath: a, andPath: b))
        // `pleaded guilty` is no lexicon cue; three annotated examples teach it.
        let found = try attributions("The broker pleaded guilty to theft.", model: a, broad: true)
        let act = try #require(found.first)
        #expect(act.cue?.text == "pleaded guilty")
        #expect(act.source?.text == "The broker")
        #expect(act.content.text == "to theft")
    }

    @Test("A tagger file read back and written again is the same file")
    func roundTrip() throws {
        let (a, b) = (temporaryPath("a.bin"), temporaryPath("b.bin"))
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        var trainer = TaggerTrainer()
        trainer.cueBits = 12
        trainer.roleBits = 12
        try trainer.train(folder: Fixture.path("brat")).write(to: a)
        try AttributionTagger.load(a).write(to: b)
        #expect(FileManager.default.contentsEqual(atPath: a, andPath: b))
    }

    @Test(
        "A damaged or missing tagger file is a one-line error naming the file",
        arguments: [
            ("not a tagger", "not an attribution tagger"), ("flip", "truncated or damaged"),
            ("truncate", "truncated or damaged"),
        ])
    func damagedFile(damage: String, message: String) throws {
        let path = temporaryPath("damaged.bin")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var trainer = TaggerTrainer()
        trainer.cueBits = 10
        trainer.roleBits = 10
        try trainer.train(folder: Fixture.path("brat")).write(to: path)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "flip": bytes[bytes.count / 2] ^= 0x40
        case "truncate": bytes.removeLast(100)
        default: bytes = Array(damage.utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            try AttributionTagger.load(path)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix(path + ": ") && text.contains(message) && !text.contains("\n")
        }
        #expect(throws: KnowledgeError.self) { try AttributionTagger.load(path + ".missing") }
    }

    @Test("The built-in tagger adds acts PolNeAR counts only with --broad; statements stay the same")
    func broadAddsActs() throws {
        let text = "In 2009, Delacroix pleaded guilty to filing false invoices. The senator said the bill would pass."
        #expect(try attributions(text).map(\.cue?.text) == ["said"])
        let broad = try attributions(text, broad: true)
        #expect(broad.map(\.cue?.text) == ["pleaded guilty", "said"])
        let act = try #require(broad.first)
        #expect(act.source?.text == "Delacroix")
        #expect(act.content.text == "to filing false invoices")
        #expect(act.rule.hasSuffix("+model"))
    }

    @Test("The tagger vetoes a lexicon word used otherwise, which the rules alone take as a cue")
    func vetoes() throws {
        // A reporting credit: `reported` here introduces no statement.
        let text =
            "Anna Kessler reported from Lisbon, and Tom Ferris and Lena Brandt from Porto, Portugal."
        let knowledge = try Knowledge.with(useModel: false)
        let rulesAlone = Corroborator(knowledge: knowledge).analyze(try Fixture.document(text)).attributions
        #expect(rulesAlone.map(\.cue?.text) == ["reported"])
        #expect(try attributions(text).isEmpty)
    }

    @Test("A statement's content runs past a participle that is no statement of its own by default")
    func participleKeepsContent() throws {
        let text =
            "The Syrian Government condemned the Turkish incursion, describing it as a \"blatant violation\" of Syrian sovereignty."
        let found = try attributions(text)
        #expect(found.map(\.cue?.text) == ["condemned"])
        #expect(found.first?.content.text.hasSuffix("of Syrian sovereignty") == true)
    }

    @Test(
        "A span the tagger marks is a source only when it can name a speaker: no dateline, day, negated subject",
        arguments: [
            ("BELGRADE — Lena Kovac said the fire was out by noon.", ["Lena Kovac"]),
            ("The defence ministry on Saturday said the blast was an attack.", ["The defence ministry"]),
            ("No government agency said the blast was an attack.", []),
            ("The workers haven't said the plant was safe.", []),
        ])
    func sourcesFitToSpeak(text: String, sources: [String]) throws {
        #expect(try attributions(text).compactMap(\.source?.text) == sources)
    }

    @Test(
        "A source loses a time stamp, a time after it and an adverb; a label before a colon names nobody unnamed elsewhere",
        arguments: [
            ("14.05 The Harbour Gazette reported that the ferry had sunk.", ["The Harbour Gazette"]),
            // A figure before a lowercase noun is the source's own (`74 percent of voters`), not a time stamp.
            (
                "In the poll, 74 percent of likely voters said the ferry should be raised.",
                ["74 percent of likely voters"]
            ),
            ("14.05 police said the ferry had sunk.", ["police"]),
            ("The port authority on Aug. 9 said the ferry had sunk.", ["The port authority"]),
            (
                "Harbour master Ilse Brandt late Tuesday evening said the ferry had sunk.",
                ["Harbour master Ilse Brandt"]
            ),
            ("The council initially said the ferry had sunk.", ["The council"]),
            ("Dorn reportedly said the ferry had sunk.", ["Dorn"]),
            ("Background: The ferry had sunk before dawn and nobody was hurt.", []),
        ])
    func sourcesLoseTimesAndLabels(text: String, sources: [String]) throws {
        #expect(try attributions(text).compactMap(\.source?.text) == sources)
    }

    @Test(
        "By default a statement's subject must be able to speak: a thing, a bare possessor or a photo that shows is none",
        arguments: [
            ("The ceasefire deal said the border would reopen on Monday.", [String]()),
            ("Photos showed soldiers near the bridge on Monday.", []),
            ("According to Velmora's, the bridge was closed on Monday.", []),
            ("Kovac said the bridge was closed on Monday.", ["Kovac"]),
            ("Inspector Lind said the bridge was closed on Monday.", ["Inspector Lind"]),
            ("The harbour coastguard said the bridge was closed on Monday.", ["The harbour coastguard"]),
            ("The twin brothers said the bridge was closed on Monday.", ["The twin brothers"]),
            ("Health bosses said the bridge was closed on Monday.", ["Health bosses"]),
        ])
    func subjectsThatCanSpeak(text: String, sources: [String]) throws {
        #expect(try attributions(text).compactMap(\.source?.text) == sources)
    }

    @Test(
        "By default a person can state what evidence shows: a pronoun, or a name the text writes inside a sentence",
        arguments: [
            ("He confirmed that the bridge was closed on Monday.", ["He"]),
            ("They suggested the bridge was closed on Monday.", ["They"]),
            (
                "The inspector Anton Dorn walked the pier. Dorn confirmed that the bridge was closed on Monday.",
                ["Dorn"]
            ),
            ("Snapshots showed that the bridge was closed on Monday.", []),
            ("Snapshots were taken. Snapshots showed that the bridge was closed on Monday.", []),
        ])
    func peopleStateEvidence(text: String, sources: [String]) throws {
        #expect(try attributions(text).compactMap(\.source?.text) == sources)
    }

    @Test(
        "By default a speech verb's participle after a comma is a statement of its own by the clause's source",
        arguments: [
            (
                "Dorn said the pier was closed, adding that the ferry would run on Monday.",
                ["said: the pier was closed", "adding: the ferry would run on Monday"]
            ),
            (
                "\"The pier is closed,\" Dorn said on the radio, adding, \"The ferry runs on Monday.\"",
                ["said: \"The pier is closed,\"", "adding: \"The ferry runs on Monday.\""]
            ),
            (
                "The council condemned the closure, describing it as a blow to the harbour.",
                ["condemned: the closure, describing it as a blow to the harbour"]
            ),
        ])
    func speechParticiplesAreStatements(text: String, found: [String]) throws {
        let attributions = try attributions(text)
        #expect(attributions.map { "\($0.cue?.text ?? ""): \($0.content.text)" } == found)
        #expect(attributions.allSatisfy { $0.source?.text == attributions.first?.source?.text })
    }

    @Test(
        "By default a share of people can speak: a sentence's opening capital on a common word is no name",
        arguments: [
            ("Nearly half said the ferry fares were too high.", ["Nearly half"]),
            ("Nearly half of the drivers said the ferry fares were too high.", ["Nearly half of the drivers"]),
            ("Only a third of drivers said the ferry fares were too high.", ["Only a third of drivers"]),
            ("More than 4 in 10 said the ferry fares were too high.", ["More than 4 in 10"]),
            ("Dorn sailed said the ferry fares were too high.", []),
        ])
    func sharesCanSpeak(text: String, sources: [String]) throws {
        #expect(try attributions(text).compactMap(\.source?.text) == sources)
    }

    @Test(
        "By default a commitment to a thing is an act, and a commitment to a clause, an infinitive or a quotation a statement",
        arguments: [
            ("The rebels had promised a long battle for the town.", [String]()),
            ("The council declared its own state of emergency in May.", []),
            ("The union pledged full support for the strike.", []),
            ("The council promised that the bridge would reopen in May.", ["promised"]),
            ("The council vowed to reopen the bridge in May.", ["vowed"]),
            ("The mayor declared: \"The bridge is open.\"", ["declared:"]),
        ])
    func commitmentsToThingsAreActs(text: String, cues: [String]) throws {
        #expect(try attributions(text).compactMap(\.cue?.text) == cues)
    }
}
