import Foundation
import Testing

@testable import Corroborate

/// What a tagger's marked source becomes in the broad convention, which credits more subjects than a speaker.
@Suite("Broad sources")
struct BroadSourceTests {
    private func context(_ text: String) throws -> SentenceContext { try SentenceFixture.context(text) }

    private func range(_ words: String, in context: SentenceContext) throws -> Range<Int> {
        try SentenceFixture.range(words, in: context)
    }

    @Test(
        "In the broad convention a negated subject, a share of people, a noun for people and a pronoun with a contraction are sources; function words and fragments are not",
        arguments: [
            (
                "Neither the mayor nor the council said the bridge would close.", "Neither the mayor nor the council",
                "said", true
            ),
            ("None of the candidates said the bridge would close.", "None of the candidates", "said", true),
            ("No one said the bridge would close.", "No one", "said", true),
            ("Only 17 percent say the bridge should close.", "Only 17 percent", "say", true),
            ("Six in 10 say the bridge should close.", "Six in 10", "say", true),
            ("Two-thirds say the bridge should close.", "Two-thirds", "say", true),
            ("Locally, 42 say the bridge should close.", "42", "say", true),
            ("Locally, strategists say the bridge should close.", "strategists", "say", true),
            ("He's said the bridge would close.", "He's", "said", true),
            ("They’re saying the bridge would close.", "They’re", "saying", true),
            ("Locally, instead say the bridge should close.", "instead", "say", false),
            ("Locally, continue to say the bridge should close.", "continue", "say", false),
            ("Locally, one said the bridge should close.", "one", "said", false),
            ("Toward the bridge said the mayor that it would close.", "Toward the", "said", false),
        ])
    func broadSources(text: String, source: String, cue: String, accepted: Bool) throws {
        let context = try context(text)
        let marked = try range(source, in: context)
        let cue = try range(cue, in: context)
        #expect((context.fitSource(marked, cue: cue, broad: true) != nil) == accepted)
    }

    @Test("A name the default convention accepts stays a source in the broad one, with its apposition split off")
    func fitSourcesStay() throws {
        let context = try context("Lena Kovac, a harbour pilot, said the bridge would close.")
        let fitted = try #require(
            context.fitSource(
                try range("Lena Kovac , a harbour pilot ,", in: context), cue: try range("said", in: context),
                broad: true))
        #expect(fitted.source == (try range("Lena Kovac", in: context)))
        #expect(fitted.apposition == (try range("a harbour pilot", in: context)))
    }

    @Test("The cue tagger's outside bias moves the broad convention only: by default the same cues are found")
    func cueBiasIsBroadOnly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "corroborate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var trainer = TaggerTrainer()
        trainer.cueBits = 12
        trainer.roleBits = 12
        let (plain, biased) = (
            directory.appendingPathComponent("plain.bin").path, directory.appendingPathComponent("biased.bin").path
        )
        trainer.cueBias = 0
        try trainer.train(folder: Fixture.path("brat")).write(to: plain)
        trainer.cueBias = -1000
        try trainer.train(folder: Fixture.path("brat")).write(to: biased)
        let text = "The broker said the harbour was closed on Monday. The ferry left late and the crew waited."
        func cues(_ model: String, broad: Bool) throws -> [String] {
            let knowledge = try Knowledge.with(model: model, broad: broad)
            return Corroborator(knowledge: knowledge).analyze(try Fixture.document(text)).attributions.compactMap(
                \.cue?.text)
        }
        #expect(try cues(biased, broad: false) == cues(plain, broad: false))
        #expect(try cues(plain, broad: false) == ["said"])
        // With a bias that large every word begins or continues a cue: the broad convention reads other cues.
        #expect(try cues(biased, broad: true) != cues(plain, broad: true))
    }
}
