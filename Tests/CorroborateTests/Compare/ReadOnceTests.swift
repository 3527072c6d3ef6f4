import Foundation
import Testing

@testable import Corroborate

/// What the pair rules read once per name for a run, instead of again for every candidate pair, must give the
/// answers the per-pair readings give: a name's spelling parts and shape (`SpeakerNames`), a name inside
/// another compared byte by byte, and a surname searched byte by byte in a window with quotation marks. Names
/// and text invented for these tests.
@Suite("Readings made once per name")
struct ReadOnceTests {
    @Test(
        "Two names read once for the run may be one person exactly when their strings may be",
        arguments: [
            ("Ines Roca", "Ines Roca-Vidal", true),
            ("Lee Min-ho", "Lee Min Ho", true),
            ("Ines Dorrit", "Ines Dorritt", true),
            ("Maria Holm", "Maria Seger", false),
            ("Maria Holm", "Maria Helm", false),
            ("Tomas Brandvik", "Ola Brandvik", true),
            ("Zoë Kovač", "Zoe Kovac", true),
            ("Harbour Board", "harbour board", true),
        ])
    func oneName(x: String, y: String, same: Bool) {
        let readX = SpeakerNames(Source(name: x, kind: .official))
        let readY = SpeakerNames(Source(name: y, kind: .official))
        #expect(QuoteVariants.mayBeOneName(readX, readY) == same)
        #expect(QuoteVariants.mayBeOneName(readY, readX) == same)
        #expect(QuoteVariants.mayBeOneName(x, y) == same)
    }

    @Test(
        "A named person is told from the name's shape read once and the claim's own kind",
        arguments: [
            ("Ines Varga", SourceKind.official, true),
            ("Ines Varga", .other, true),
            ("Ines Varga", .outlet, false),
            ("Varga", .official, false),
            ("port engineer Ines Varga", .official, false),
            ("Ines Maria de Varga Roca", .official, false),
        ])
    func namedPerson(name: String, kind: SourceKind, named: Bool) {
        let source = Source(name: name, kind: kind)
        #expect(QuoteVariants.isNamedPerson(source, SpeakerNames(source)) == named)
        #expect(QuoteVariants.isNamedPerson(source) == named)
    }

    @Test(
        "A name holds another as Foundation's search tells, byte by byte for ASCII names",
        arguments: [
            ("Ines Varga", "Varga", true),
            ("Varga", "Ines Varga", false),
            ("Ines Varga", "Ines Varga", true),
            ("Ines Varga", "varga", false),
            ("Zoë Kovač", "Kovač", true),
            ("Zoë Kovač", "Kovac", false),
        ])
    func holds(name: String, other: String, held: Bool) {
        #expect(QuoteVariants.nameHolds(name, other) == held)
        #expect(QuoteVariants.nameHolds(name, other) == name.contains(other))
    }

    @Test(
        "Text is searched by its bytes only when ASCII but for quotation marks and dashes",
        arguments: [
            ("The ferry runs, Varga said.", true),
            ("\u{201C}The ferry runs,\u{201D} Varga said \u{2014} twice\u{2026}", true),
            ("\u{00AB}Varga\u{00BB} and \u{2018}Varga\u{2019}", true),
            ("The caf\u{00E9} by the pier, Varga said.", false),
            ("Varga\u{0301} said.", false),
            ("Varga\u{2028}said.", false),
        ])
    func searchable(text: String, bytes: Bool) {
        #expect(QuoteVariants.searchableAsBytes(text) == bytes)
    }

    @Test(
        "In text with quotation marks, a surname is found by its bytes where Foundation's search finds it",
        arguments: [
            ("\u{201C}The ferry runs,\u{201D} Varga said.", true),
            ("\u{201C}Varga\u{201D}", true),
            ("\u{2014}Varga\u{2014}", true),
            ("\u{201C}Vargas will run it,\u{201D} he said.", false),
            ("Ledvarga \u{2026} Vargaso \u{2026} (Varga)", true),
            ("\u{2018}Varg\u{2019}", false),
        ])
    func bytesAsFoundation(text: String, found: Bool) {
        #expect(QuoteVariants.searchableAsBytes(text))
        #expect(QuoteVariants.asciiWordOccurs(Array("Varga".utf8), in: Array(text.utf8)) == found)
        var foundation = false
        var from = text.startIndex
        while let range = text.range(of: "Varga", range: from..<text.endIndex) {
            from = range.upperBound
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !before.isLetter && !after.isLetter {
                foundation = true
                break
            }
        }
        #expect(foundation == found)
    }
}
