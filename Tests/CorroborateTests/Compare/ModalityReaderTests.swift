import Testing

@testable import Corroborate

/// What a claim's words commit to, read word by word.
@Suite("Modality of a claim's words")
struct ModalityReaderTests {
    @Test(
        "Words of improbability and difficulty put the rest of their clause in doubt, only before what they govern",
        arguments: [
            ("it was unlikely that the dam broke", true), ("the talks are doubtful whether they resume", true),
            ("the truce is unlikely to hold", true), ("it is hard to relate the strike to the closure", true),
            ("it was impossible to reach the quay", true), ("the crew worked hard on the dam", false),
            ("an unlikely hero saved the dam", false), ("it was a difficult year for the dam", false),
            ("the dam is unlikely", false), ("it is not unlikely that the dam broke", false),
            ("it is hard to deny that the dam broke", false), ("it was hard to believe the dam broke", false),
        ])
    func doubtWords(text: String, doubted: Bool) throws {
        let document = try Fixture.document(text)
        let words = FrameWord.words(in: [TextSpan(0, text.unicodeScalars.count)], of: document)
        #expect(words.indices.contains { ModalityReader.putsInDoubt(words, at: $0) } == doubted)
    }

    @Test("A doubt reaches to the end of its phrase: a denial after a comma and `and` still denies")
    func doubtReach() throws {
        let corroborator = Corroborator()
        let document = try Fixture.document(
            "It was hard to reach the Tarsk quay, and the ferry did not run on Monday.\n")
        let article = corroborator.analyze(document)
        let claim = try #require(article.claims.first)
        let content = corroborator.claimBuilder.reader.content(of: claim, in: document)
        let ferry = try #require(content.words.firstIndex { $0.key == "ferry" })
        let quay = try #require(content.words.firstIndex { $0.key == "quay" })
        #expect(content.isUncommitted(quay))
        #expect(!content.isUncommitted(ferry))
    }
}
