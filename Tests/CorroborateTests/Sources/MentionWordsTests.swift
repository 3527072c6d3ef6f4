import Testing

@testable import Corroborate

/// A mention's words (`SourceResolver.words`) are read on bytes for an ASCII mention and scalar by scalar past
/// ASCII: both readings split the same letters the same way.
@Suite("Mention words")
struct MentionWordsTests {
    @Test(
        "A mention splits into words that keep inner apostrophes, hyphens and the periods of initials",
        arguments: [
            ("Gen. J.R. Ostrander's deputy", ["Gen", "J.R.", "Ostrander's", "deputy"]),
            ("the al-Varro unit, 3.5 km away", ["the", "al-Varro", "unit", "3.5", "km", "away"]),
            ("-- state-run  TV --", ["state-run", "TV"]),
            ("Pier 7's master, Ms. Quill.", ["Pier", "7's", "master", "Ms", "Quill"]),
            ("U.S.-made boats", ["U.S.-made", "boats"]),
            ("", []),
        ])
    func split(mention: String, expected: [String]) {
        #expect(SourceResolver.words(mention) == expected)
        // An accented word after it sends the same mention down the scalar path.
        #expect(SourceResolver.words(mention + " \u{00E9}t\u{00E9}") == expected + ["\u{00E9}t\u{00E9}"])
    }
}
