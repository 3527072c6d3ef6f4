import Foundation
import Testing

@testable import Corroborate

@Suite("Speakers' names read without Foundation for ASCII give what Foundation gives")
struct SpeakerNameSpellingTests {
    /// Every printable ASCII character in one name, names with accents, and names of one word.
    static let names = [
        String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }), "Lena KOVAC-Marek", "Ivo O'Neil Jr.",
        "port engineer Tomas Ferrel", "Renée Dvořák", "Rene\u{301}e Marek", "ÅSA LUND", "x", "",
    ]

    @Test("A name's spelling words are its words with case and accents folded by Foundation", arguments: names)
    func spelling(name: String) {
        let foundation = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split(separator: " ").map(String.init)
        #expect(QuoteVariants.spellingWords(name) == foundation)
    }

    @Test("A name's letters run together are its characters that are letters", arguments: names)
    func letters(name: String) {
        let spelling = QuoteVariants.spellingWords(name)
        let parts = spelling.flatMap { $0.split(separator: "-").map(String.init) }
        #expect(NameParts(spelling: spelling).letters == String(parts.joined().filter(\.isLetter)))
    }
}
