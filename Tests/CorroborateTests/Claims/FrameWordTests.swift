import Testing

@testable import Corroborate

/// A claim's words are held in a compact form until the comparison ends: each must still read as it was written,
/// with its key, its case key and its span.
@Suite("Frame words")
struct FrameWordTests {
    @Test(
        "A word's key folds case and drops a possessive; its case key keeps the case of short capitalised words only",
        arguments: [
            // text, key, case key
            ("IS", "is", "IS"),
            ("US's", "us", "US"),
            ("US\u{2019}s", "us", "US"),
            ("Mr", "mr", "Mr"),
            ("O\u{2019}Day", "o'day", "O'Day"),
            ("O\u{2019}Neil", "o'neil", "o'neil"),
            ("Syria's", "syria", "Syria"),
            ("Aleppo's", "aleppo", "aleppo"),
            ("Aleppo", "aleppo", "aleppo"),
            ("ceasefire", "ceasefire", "ceasefire"),
            ("\u{00C9}ric", "\u{00E9}ric", "\u{00C9}ric"),
            ("Z\u{00FC}rich's", "z\u{00FC}rich", "z\u{00FC}rich"),
        ])
    func keys(text: String, key: String, caseKey: String) throws {
        let document = try Fixture.document("Reports said \(text) was there.")
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        let word = try #require(words.first { $0.text == text })
        #expect(word.key == key)
        #expect(word.caseKey == caseKey)
        #expect(document.text(of: word.span) == text)
        #expect(word.span.start == 13)
        #expect(word.span.end == 13 + text.unicodeScalars.count)
    }

    @Test("A word's span can be moved, and reads back as set")
    func spanChanges() {
        var word = FrameWord(scalars: ScalarText("Aleppo")[...], span: TextSpan(4, 10), isNumber: false)
        word.span = TextSpan(1_000_000, 1_000_006)
        #expect(word.span == TextSpan(1_000_000, 1_000_006))
        #expect(word.key == "aleppo")
    }

    @Test("A word takes 16 bytes in a claim's word array: two string ids, its start, its length packed with two flags")
    func wordSize() {
        #expect(MemoryLayout<FrameWord>.stride == 16)
        let word = FrameWord(scalars: ScalarText("1,200")[...], span: TextSpan(3, 8), isNumber: true)
        #expect(word.isNumber)
        #expect(word.text == "1,200")
        #expect(word.span == TextSpan(3, 8))
    }
}
