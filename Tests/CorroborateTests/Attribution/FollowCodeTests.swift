import Testing

@testable import Corroborate

/// What a token says after a cue word (`said that`, `told: "`, `asked whether`), read once per token for the cue
/// tagger's features.
@Suite("Words after a cue")
struct FollowCodeTests {
    private func token(_ folded: String, _ kind: Token.Kind = .word) -> Token {
        Token(
            span: TextSpan(0, folded.count), kind: kind, folded: folded, isCapitalized: false, spaceBefore: true,
            newlineBefore: false)
    }

    @Test(
        "Each clause word gets its code, and words that only start like one get none",
        arguments: [
            ("that", 1), ("to", 3), ("whether", 4), ("if", 4), ("about", 5), ("for", 6), ("on", 6), ("thaw", 0),
            ("toward", 0), ("whetherx", 0), ("ifs", 0), ("abouts", 0), ("fort", 0), ("one", 0), ("kiln", 0),
        ] as [(String, UInt8)])
    func words(folded: String, code: UInt8) {
        #expect(TokenFacts.followCode(of: token(folded)) == code)
    }

    @Test("A colon and an opening quotation mark get theirs, a closing mark and a comma none")
    func marks() {
        #expect(TokenFacts.followCode(of: token(":", .punctuation)) == 2)
        #expect(TokenFacts.followCode(of: token("\u{201C}", .openingQuote)) == 7)
        #expect(TokenFacts.followCode(of: token("\"", .openingQuote)) == 7)
        #expect(TokenFacts.followCode(of: token("\u{201D}", .closingQuote)) == 0)
        #expect(TokenFacts.followCode(of: token(",", .punctuation)) == 0)
    }
}
