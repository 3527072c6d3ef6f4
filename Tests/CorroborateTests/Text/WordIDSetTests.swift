import Testing

@testable import Corroborate

/// Word classes are asked by a word's interned key id on every word of every claim: the answer must be what a set
/// of strings gives for the word's key, members past ASCII and canonically equal spellings included.
@Suite("Word classes by interned id")
struct WordIDSetTests {
    /// Invented class words: plain, past ASCII (precomposed), a Hangul word in precomposed syllables, one whose `K`
    /// is the Kelvin sign, and one with an apostrophe.
    static let members = [
        "sluice", "tollgate", "weir", "\u{00E9}cluse", "na\u{00EF}ve", "\u{AC00}\u{B098}", "\u{212A}iln", "o'dell",
    ]

    @Test(
        "A word is a member exactly when a set of strings holds its key",
        arguments: [
            "The Sluice gate at the weir's tollgate was shut.",
            "Keepers of the \u{00C9}cluse (e and accent in one scalar) met at the kiln.",
            "The \u{1100}\u{1161}\u{B098} and \u{AC00}\u{B098} gates (jamo, then syllables) were naive, not na\u{00EF}ve.",
            "The Kiln, the \u{212A}ILN and the kilns of O'Dell and O\u{2019}Dell stood by the weirs.",
            "Nothing here belongs to the class at all.",
        ])
    func sameAsStringSet(sentence: String) throws {
        let set = WordIDSet(WordIDSetTests.members)
        let strings = Set(WordIDSetTests.members)
        let document = try Fixture.document(sentence)
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        #expect(!words.isEmpty)
        for word in words {
            #expect(set.contains(word) == strings.contains(word.key), "\(word.text)")
            #expect(set.contains(id: word.keyID) == strings.contains(word.key), "\(word.text)")
        }
    }

    @Test("Members spelled past ASCII are found however the text composes them, ASCII ones only as themselves")
    func composedForms() throws {
        // Hangul in jamo and in syllables: canonically equal, one word each, two byte sequences.
        let set = WordIDSet(["\u{AC00}\u{B098}", "kiln"])
        let document = try Fixture.document("\u{1100}\u{1161}\u{B098} \u{AC00}\u{B098} \u{212A}iln kiln kilns kil")
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        #expect(words.map { set.contains($0) } == [true, true, true, true, false, false])
    }

    @Test("An empty class holds no word")
    func empty() throws {
        let document = try Fixture.document("A weir and a sluice.")
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        #expect(words.allSatisfy { !WordIDSet([]).contains($0) })
    }

    @Test(
        "The mark tests give what searching a string of the marks gives, for every ASCII scalar and the dashes",
        arguments: [".!?", ".;:!?,()\u{2014}", ";:\u{2014}\u{2013}"])
    func marks(marks: String) {
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + ["\u{2012}", "\u{2013}", "\u{2014}", "\u{00A0}"]
        for scalar in scalars {
            let test =
                switch marks {
                case ".!?": scalar.isSentenceMark
                case ";:\u{2014}\u{2013}": scalar.isClauseSeparator
                default: scalar.isClauseMark
                }
            #expect(test == marks.unicodeScalars.contains(scalar), "\(scalar.value)")
        }
    }

    @Test("Searching offsets of a text in place finds what searching a slice of it finds")
    func searchInPlace() {
        let text = ScalarText("Quay, weir \u{2014} sluice; kiln.")
        for start in 0...text.count {
            for end in start...text.count {
                let range = start..<end
                #expect(text.contains(in: range) { $0.isClauseMark } == text[range].contains { $0.isClauseMark })
                #expect(text.contains(in: range) { $0 == "," } == text[range].contains(","))
            }
        }
    }
}
