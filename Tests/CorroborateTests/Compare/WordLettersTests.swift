import Foundation
import Testing

@testable import Corroborate

/// A differing word's letters (`QuoteWording.letters`) are worked out on the bytes of an ASCII word; the answer
/// must be the one the scalar-by-scalar reading gives, spoken forms and contractions written out included.
@Suite("Word letters")
struct WordLettersTests {
    @Test(
        "An ASCII word's letters, read on its bytes, are those read scalar by scalar",
        arguments: [
            ("He's", "heis"), ("gonna", "goingto"), ("Won't", "willnot"), ("don't", "donot"), ("can't", "cannot"),
            ("y'all", "youall"), ("I'm", "iam"), ("they'd", "theywould"), ("300km", "300km"), ("U.S.", "us"),
            ("cross-border", "crossborder"), ("Sept.", "sept"), ("'s", "s"), ("n't", "nt"), ("", ""),
            ("GONNA", "goingto"), ("we'll", "wewill"), ("[the", "the"), ("Tamsin", "tamsin"),
        ])
    func ascii(word: String, letters: String) {
        #expect(QuoteWording.asciiLetters(word) == letters)
        #expect(QuoteWording.scalarLetters(word) == letters)
        #expect(QuoteWording.letters(word) == letters)
    }

    @Test(
        "A word outside ASCII, or with a carriage return, is read scalar by scalar",
        arguments: ["café", "he\u{2019}s", "Zoë", "a\r\nb", "１２"])
    func other(word: String) {
        #expect(QuoteWording.asciiLetters(word) == nil)
        #expect(QuoteWording.letters(word) == QuoteWording.scalarLetters(word))
    }
}
