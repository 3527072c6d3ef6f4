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
            ("the dam is unlikely", false),
        ])
    func doubtWords(text: String, doubted: Bool) throws {
        let document = try Fixture.document(text)
        let words = FrameWord.words(in: [TextSpan(0, text.unicodeScalars.count)], of: document)
        #expect(words.indices.contains { ModalityReader.putsInDoubt(words, at: $0) } == doubted)
    }
}
