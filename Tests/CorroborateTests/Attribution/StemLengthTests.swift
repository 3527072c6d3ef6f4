import Testing

@testable import Corroborate

/// The cue tagger's stem of a word (`TokenFacts.stemLength`): a final `ing`, `ed`, `es`, `s` or `d` cut while at
/// least three bytes remain, so that inflections of one verb share its features.
@Suite("Word stems for the cue tagger")
struct StemLengthTests {
    private func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { String(decoding: $0[..<TokenFacts.stemLength($0)], as: UTF8.self) }
    }

    @Test(
        "Inflections are cut and short words are kept whole",
        arguments: [
            ("eyed", "eye"), ("eyes", "eye"), ("eyeing", "eye"), ("said", "sai"), ("says", "say"),
            ("telling", "tell"), ("told", "tol"), ("sing", "sing"), ("ringing", "ring"), ("is", "is"), ("was", "was"),
            ("bed", "bed"), ("goes", "goe"), ("", ""),
        ])
    func stems(word: String, expected: String) {
        #expect(stem(word) == expected)
    }
}
