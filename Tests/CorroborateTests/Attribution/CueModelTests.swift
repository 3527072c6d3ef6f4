import Corroborate
import Foundation
import Testing

/// The trained cue model: training, its file, and how the extractor uses it.
@Suite("Cue model")
struct CueModelTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("corroborate-\(UUID().uuidString)-\(name)").path
    }

    /// The probability the model gives each word of `text`, by word.
    private func probabilities(_ model: CueModel, _ text: String) throws -> [String: Float] {
        let document = try Fixture.document(text)
        let analysis = Segmenter(rules: Knowledge.builtIn.textRules).analyze(document)
        var result: [String: Float] = [:]
        for (token, p) in zip(analysis.tokens, model.probabilities(analysis)) where token.isWord {
            result[token.folded] = p
        }
        return result
    }

    @Test("Training on annotated cues learns them, and the same corpus gives the same file")
    func trainingLearnsAndIsDeterministic() throws {
        let trainer = CueModelTrainer()
        let first = try trainer.train(folder: Fixture.path("brat"))
        let second = try trainer.train(folder: Fixture.path("brat"))
        let (a, b) = (temporaryPath("a.bin"), temporaryPath("b.bin"))
        defer {
            try? FileManager.default.removeItem(atPath: a)
            try? FileManager.default.removeItem(atPath: b)
        }
        try first.write(to: a)
        try second.write(to: b)
        #expect(FileManager.default.contentsEqual(atPath: a, andPath: b))
        // `pleaded guilty` is no lexicon cue; three annotated examples teach it.
        let p = try probabilities(first, "The broker pleaded guilty to theft.")
        #expect(p["pleaded"]! > 0.5)
        #expect(p["broker"]! < 0.5)
        #expect(p["theft"]! < 0.5)
    }

    @Test("A model file survives writing and reading, thresholds included")
    func roundTrip() throws {
        var model = try CueModelTrainer().train(folder: Fixture.path("brat"))
        model.addThreshold = 0.625
        model.vetoThreshold = 0.125
        let path = temporaryPath("model.bin")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.write(to: path)
        let loaded = try CueModel.load(path)
        #expect(loaded.addThreshold == 0.625)
        #expect(loaded.vetoThreshold == 0.125)
        #expect(loaded.tableSize == model.tableSize)
        let text = "The broker pleaded guilty to theft, officials said."
        #expect(try probabilities(loaded, text) == probabilities(model, text))
    }

    @Test(
        "A damaged or missing model file is a one-line error naming the file",
        arguments: [
            (Data("not a model".utf8), "not a cue model"),
            (Data("CRBCUE1\n".utf8) + Data([0, 4, 0, 0]) + Data(count: 8) + Data(count: 12), "truncated or damaged"),
        ])
    func damagedFile(contents: Data, message: String) throws {
        let path = temporaryPath("damaged.bin")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try contents.write(to: URL(fileURLWithPath: path))
        #expect {
            try CueModel.load(path)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix(path + ": ") && text.contains(message) && !text.contains("\n")
        }
        #expect(throws: KnowledgeError.self) { try CueModel.load(path + ".missing") }
    }

    @Test("The built-in model adds acts PolNeAR counts only with --broad; statements stay the same")
    func broadAddsCues() throws {
        let text = "In 2012, Chatwal pleaded guilty to making straw donations. The senator said the bill would pass."
        let document = try Fixture.document(text)
        let statements = Corroborator(knowledge: try Knowledge.with()).analyze(document)
        let broad = Corroborator(knowledge: try Knowledge.with(broad: true)).analyze(document)
        #expect(statements.attributions.map(\.cue?.text) == ["said"])
        #expect(broad.attributions.map(\.cue?.text) == ["pleaded guilty", "said"])
        let act = try #require(broad.attributions.first)
        #expect(act.source?.text == "Chatwal")
        #expect(act.content.text == "to making straw donations")
        #expect(act.rule == "source-cue-content+model")
    }

    @Test("The model vetoes a lexicon word used otherwise, which the lexicon alone takes as a cue")
    func vetoes() throws {
        // A reporting credit: `reported` here introduces no statement.
        let text =
            "Julie Hirschfeld Davis reported from Washington, and Mark Landler and Coral Davenport from Kaneohe Bay, Hawaii."
        let document = try Fixture.document(text)
        let lexiconAlone = Corroborator(knowledge: try Knowledge.with(useModel: false)).analyze(document)
        let withModel = Corroborator(knowledge: try Knowledge.with()).analyze(document)
        #expect(lexiconAlone.attributions.map(\.cue?.text) == ["reported"])
        #expect(withModel.attributions.isEmpty)
    }
}
