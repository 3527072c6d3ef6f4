import Testing

@testable import Corroborate

/// A phrase table turns a word away by its key's interned id before any string is looked up: it must still find
/// every phrase the string look-up finds, a first word written past ASCII and a short capitalised phrase matched by
/// its case included.
@Suite("Phrase tables asked by id")
struct PhraseTableGateTests {
    static let table = PhraseTable([
        ("sluice gate", 1), ("sluice", 2), ("\u{AC00}\u{B098} basse", 3), ("HKM", 4), ("o'dell's weir", 5),
    ])

    @Test(
        "Phrases are found by the words' keys, whatever the first word's case or script",
        arguments: [
            ("The Sluice Gate and the sluice shut.", ["1@1..<3", "2@5..<6"]),
            // A first word past ASCII is asked by its string: it has no bit of its own.
            ("The \u{AC00}\u{B098} basse and the \u{AC00}\u{B098} BASSE.", ["3@1..<3", "3@5..<7"]),
            ("HKM, hkm and Hkm inspected O\u{2019}Dell's weir.", ["4@0..<1", "5@5..<7"]),
            ("No phrase of the table is here.", []),
        ])
    func matches(sentence: String, expected: [String]) throws {
        let document = try Fixture.document(sentence)
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        let found = PhraseTableGateTests.table.matches(in: words).map { "\($0.value)@\($0.range)" }
        #expect(found == expected)
    }
}
