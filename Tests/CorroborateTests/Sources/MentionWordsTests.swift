import Testing

@testable import Corroborate

/// A mention's words (`SourceResolver.words`) are read on the text's UTF-8 bytes, a scalar past ASCII decoded in
/// place: an ASCII mention and the same mention with an accented word split the same letters the same way.
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
            ("Ostrander\u{2019}s deputy", ["Ostrander's", "deputy"]),
        ])
    func split(mention: String, expected: [String]) {
        #expect(SourceResolver.words(mention) == expected)
        // An accented word after it (scalars past ASCII, decoded in the same walk) changes nothing before it.
        #expect(SourceResolver.words(mention + " \u{00E9}t\u{00E9}") == expected + ["\u{00E9}t\u{00E9}"])
    }

    @Test(
        "Curly apostrophes at a word's edges, four-byte letters and a hyphen before an accented letter split as ASCII marks do",
        arguments: [
            ("\u{2019}Kovac\u{2019}", ["Kovac"]),
            ("x\u{2019}\u{2019}y", ["x", "y"]),
            ("\u{1D400}\u{2019}\u{1D400}", ["\u{1D400}'\u{1D400}"]),
            ("a\u{2019}\u{2014}b", ["a", "b"]),
            ("U.S.-\u{00E9}t\u{00E9}", ["U.S.-\u{00E9}t\u{00E9}"]),
        ])
    func edges(mention: String, expected: [String]) {
        #expect(SourceResolver.words(mention) == expected)
    }

    @Test("Past ASCII, words keep their accented letters, inner marks and the periods of initials")
    func unicodeWords() {
        #expect(
            SourceResolver.words(
                "Dr. J.\u{0160}. Kova\u{010D}\u{2019}s aide \u{2014} the \u{00E9}t\u{00E9}-team, 3.5\u{00A0}km")
                == ["Dr", "J.\u{0160}.", "Kova\u{010D}'s", "aide", "the", "\u{00E9}t\u{00E9}-team", "3.5", "km"])
    }

    @Test("A byte search for a needle answers as Foundation's search does, and no when the bytes lack it")
    func textSearch() {
        for text in ["Ida Holm and the harbour board", "Ida Holm, a spokeswoman", "\u{00C9}mile and Ida", "Ida", ""] {
            #expect(text.containsText(" and ") == text.contains(" and "))
            #expect(text.containsText(", ") == text.contains(", "))
        }
        #expect(!"Andersen".containsText(" and "))
    }
}
