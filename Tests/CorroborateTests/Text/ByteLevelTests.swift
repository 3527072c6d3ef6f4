import Foundation
import Testing

@testable import Corroborate

/// The segmenter's shortcuts on bytes and ASCII give what the definitions they replace give.
@Suite("Byte-level shortcuts")
struct ByteLevelTests {
    static let words = [
        "Dabiq", "U.S.", "IS", "don’t", "Ankara-backed", "24", "3.5", "ÇAVUŞOĞLU", "Straße", "naïve", "ǅemal",
        "İstanbul",
        "Ⅻ", "½", "Ωmega", "a", "", "MIXED-case-WORD",
    ]

    @Test(
        "A word folded on the ASCII shortcut or past it is the word lowercased with quotes and dashes plain",
        arguments: words)
    func fold(word: String) {
        let scalars = ScalarText(word)
        #expect(Segmenter.fold(scalars, 0..<scalars.count) == word.folded)
        #expect(Segmenter.plain(scalars, 0..<scalars.count) == word)
    }

    @Test(
        "A word character is a letter, a digit or a numeric character, whichever side of ASCII",
        arguments: Array("aZ09 .,'’-½٣Ⅻé\u{00AD}\u{200B}".unicodeScalars))
    func wordCharacter(scalar: Unicode.Scalar) {
        let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        #expect(scalar.isWordCharacter == expected)
    }

    @Test("Terminal punctuation and words ending in a stop are told apart without hashing every token")
    func terminals() {
        let tokens = Segmenter().tokenize(ScalarText("Stop. Why? Wow! So… U.S. e.g. end"))
        let terminal = tokens.filter(Segmenter.isTerminal).map(\.folded)
        #expect(terminal == [".", "?", "!", "…"])
        #expect(tokens.filter(Segmenter.endsWithStop).map(\.folded) == ["u.s.", "e.g."])
    }

    @Test("A soft hyphen or a zero-width joiner between words is skipped like white space")
    func formatCharacters() {
        let tokens = Segmenter().tokenize(ScalarText("co\u{00AD}operate a\u{200D} b"))
        #expect(tokens.map(\.folded) == ["co\u{00AD}operate", "a", "b"])
    }

    @Test(
        "A string folded on the ASCII shortcut gives what the scalar path gives for the same letters",
        arguments: ["Harbour Master", "harbour master", "MIXED-case WORD's", "", "a", "Pier 7: OPEN"])
    func foldedShortcut(text: String) {
        // An accented letter that folds to itself sends the same text down the scalar path.
        #expect((text + "\u{00E9}").folded == text.folded + "\u{00E9}")
        #expect(text.folded == text.lowercased())
    }

    @Test(
        "Trimming full stops gives what trimming the character set of a full stop gives",
        arguments: ["Gen.", ".x.", "...", "", "U.S.", "a", "Sgt..", ".\u{0301}x", "no stop", "St. Quay"])
    func periods(word: String) {
        #expect(word.trimmingPeriods() == word.trimmingCharacters(in: ["."]))
        #expect(word.trimmingPeriods().unicodeScalars.elementsEqual(word.trimmingCharacters(in: ["."]).unicodeScalars))
    }
}
