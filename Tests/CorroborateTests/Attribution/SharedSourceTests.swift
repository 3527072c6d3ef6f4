import Testing

@testable import Corroborate

/// With `--broad`, a tagged cue left without a source takes the subject an earlier verb of its sentence shares.
@Suite("Shared source")
struct SharedSourceTests {
    /// Two invented sentences the attributions below point into; `role` finds a word run's span by its text.
    private static let text =
        "The harbour board approved the levy, calling it fair, and the ferry union was asked about it. Later, praising the vote."

    private static func role(_ words: String) -> Role {
        let start = text.range(of: words)!.lowerBound.utf16Offset(in: text)
        return Role(text: words, spans: [TextSpan(start, start + words.utf16.count)])
    }

    private static func attribution(source: String?, cue: String, content: String, rule: String, sentence: Int)
        -> Attribution
    {
        Attribution(
            source: source.map(role), cue: role(cue), content: role(content), via: nil, apposition: nil, rule: rule,
            isDirectQuote: false, hedges: [], sentence: sentence)
    }

    @Test(
        "A sourceless tagged cue takes the source of the nearest attribution before it in its sentence, and only then",
        arguments: [
            // The participle after the comma shares the board.
            ("calling", "tagger", 0, "The harbour board"),
            ("calling", "tagger+model", 0, "The harbour board"),
            // A passive names nobody on purpose.
            ("asked", "passive", 0, nil),
            // The next sentence does not reach back.
            ("praising", "tagger", 1, nil),
        ] as [(String, String, Int, String?)])
    func sharedSource(cue: String, rule: String, sentence: Int, expected: String?) {
        let attributions = [
            Self.attribution(
                source: "The harbour board", cue: "approved", content: "the levy", rule: "source-cue-content",
                sentence: 0),
            Self.attribution(source: nil, cue: cue, content: "it fair", rule: rule, sentence: sentence),
        ]
        let shared = AttributionExtractor.sharingSources(attributions)
        #expect(shared[1].source?.text == expected)
        #expect(shared[0] == attributions[0])
    }

    @Test("A later attribution's source is not taken: the subject comes before its verbs")
    func laterSourceNotTaken() {
        let attributions = [
            Self.attribution(source: nil, cue: "calling", content: "it fair", rule: "tagger", sentence: 0),
            Self.attribution(
                source: "the ferry union", cue: "asked", content: "about it", rule: "passive", sentence: 0),
        ]
        #expect(AttributionExtractor.sharingSources(attributions)[0].source == nil)
    }
}
