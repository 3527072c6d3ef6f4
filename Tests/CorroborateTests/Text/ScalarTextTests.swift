import Testing

@testable import Corroborate

/// A document's scalars are held for every article of a run: they must read back as the text's scalars whatever
/// the text holds, in a byte each unless the text has too many distinct non-ASCII scalars for the palette.
@Suite("Scalars in a byte each")
struct ScalarTextTests {
    /// Greek letters from alpha on: 200 distinct non-ASCII scalars, more than the palette holds.
    static let manyLetters = String(String.UnicodeScalarView((0..<200).map { Unicode.Scalar(0x3B1 + $0)! }))

    @Test(
        "The scalars read back as the text's, at a byte each or four past 128 distinct non-ASCII scalars",
        arguments: [
            ("The mill at Varrow closed on Monday.", 1),
            ("“We will rebuild,” the mayor of Östervik said — twice.", 1),
            ("", 1),
            ("a\u{301} café 👷 ½", 1),
            (manyLetters, 4),
            ("Quay " + manyLetters + " “done”", 4),
        ])
    func readsBack(text: String, bytesPerScalar: Int) {
        let scalars = ScalarText(text)
        #expect(Array(scalars) == Array(text.unicodeScalars))
        #expect(scalars.count == text.unicodeScalars.count)
        #expect(scalars.bytesPerScalar == bytesPerScalar)
        #expect(ScalarText(Array(text.unicodeScalars)) == scalars)
    }

    @Test("A span's text is the same whether it holds only ASCII or a palette scalar")
    func spanText() {
        let text = "The ferry “Lindqvist” left Hårby at 6 a.m., the harbour office said."
        let document = Document(path: "-", format: .text, metadata: DocumentMetadata(), text: text)
        let scalars = Array(text.unicodeScalars)
        for (start, end) in [(0, 9), (10, 21), (27, 32), (0, scalars.count), (40, 200), (5, 5)] {
            let upper = min(end, scalars.count)
            let expected = String(String.UnicodeScalarView(scalars[min(start, upper)..<upper]))
            #expect(document.text(of: TextSpan(start, end)) == expected)
        }
    }
}
