import Testing

@testable import Corroborate

/// A claim's index terms and alignment words are stemmed and spelled from their bytes, with ids taken from the
/// interned table without a string where one exists: each must give what the steps on characters give.
@Suite("Stems and spellings from bytes")
struct StemBytesTests {
    /// Invented words covering each step: plurals, `-ing` and `-ed`, `-re`, a final `e`, doubled consonants,
    /// possessives, short words, number words, `z`, and a word past ASCII.
    static let words = [
        "ferries", "presses", "bus", "crisis", "kilns", "sluicing", "dredged", "metre", "centre", "stopped", "weir's",
        "cross", "bed", "ring", "a", "its", "o'dell's", "tree", "quays", "eddies", "hopping", "fuelled", "gas", "ties",
        "sees", "ides", "pies's", "ladders", "organized", "travelled", "twelve", "thirty", "one", "quayside",
        "\u{00E9}cluses", "ni\u{00F1}os", "buzzing", "zz", "aaaa", "rre", "1,200",
    ]

    @Test("Stemming on bytes gives what stemming the characters gives", arguments: StemBytesTests.words)
    func stem(word: String) {
        #expect(ContentReader.stem(word) == ContentReader.stemByCharacters(word))
    }

    @Test("A word's stem and spelling ids are the ids of its stem and spelling strings")
    func ids() throws {
        let document = try Fixture.document(StemBytesTests.words.joined(separator: " ") + " Ferries KILNS O'Dell's")
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        #expect(words.count >= StemBytesTests.words.count)
        for word in words {
            #expect(ContentReader.stemID(of: word) == InternedStrings.id(ContentReader.stem(word.key)), "\(word.key)")
            #expect(
                QuoteAlignment.spellingID(of: word) == InternedStrings.id(QuoteAlignment.spelling(word.key)),
                "\(word.key)")
        }
        let fromWords = QuoteAlignment.Words(words)
        let fromKeys = QuoteAlignment.Words(words.map(\.key))
        #expect(Array(fromWords.keyIDs) == Array(fromKeys.keyIDs))
        #expect(Array(fromWords.stemIDs) == Array(fromKeys.stemIDs))
        #expect(Array(fromWords.spellingIDs) == Array(fromKeys.spellingIDs))
    }

    @Test("Only digits among ASCII scalars have a numeric type, and the test past ASCII asks the property")
    func numericType() {
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + ["\u{00BD}", "\u{0663}", "\u{00E9}", "\u{2163}"]
        for scalar in scalars {
            #expect(scalar.hasNumericType == (scalar.properties.numericType != nil), "\(scalar.value)")
        }
    }
}
