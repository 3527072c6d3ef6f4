import Testing

@testable import Corroborate

/// Every claim with a quotation holds its alignment words to the end of the comparison: they must stay small and
/// keep each word's key, stem and spelling together when a quotation is cut out of the claim.
@Suite("Quotation alignment words")
struct QuoteAlignmentWordsTests {
    static let keys = ["the", "ministry", "inspectors", "counted", "twelve", "crates"]

    @Test("A claim's alignment words take 8 bytes in its content, one buffer for keys, stems and spellings")
    func oneBuffer() {
        // Three arrays took 24 bytes inline, and the fields of a claim's content 152.
        #expect(MemoryLayout<QuoteAlignment.Words?>.size == 8)
        #expect(ClaimContent.fieldsWidth <= 136)
    }

    @Test("A word range keeps each word's key, stem and spelling", arguments: [0..<6, 1..<4, 5..<6, 2..<2])
    func range(_ range: Range<Int>) {
        let words = QuoteAlignment.Words(QuoteAlignmentWordsTests.keys)[range]
        let keys = Array(QuoteAlignmentWordsTests.keys[range])
        #expect(words.keys == keys)
        #expect(words.stems == keys.map(ContentReader.stem))
        #expect(words.spellings == keys.map(QuoteAlignment.spelling))
        #expect(words.compacted().keys == keys)
    }
}
