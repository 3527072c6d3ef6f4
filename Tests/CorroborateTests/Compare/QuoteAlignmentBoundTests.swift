import Testing

@testable import Corroborate

/// The quote-variant rule skips aligning two quotations that cannot line up the words it needs
/// (`QuoteAlignment.matchBound`): the bound must never be under what the alignment matches, or a variant would be
/// lost. Quotations invented for these tests.
@Suite("Bound on aligned quotation words")
struct QuoteAlignmentBoundTests {
    static let quotations: [[String]] = [
        ["we", "will", "never", "close", "the", "ferry", "pier", "at", "harwell"],
        ["we", "would", "never", "shut", "the", "ferry", "pier", "at", "harwell", "this", "winter"],
        ["the", "pier", "stays", "open", "and", "the", "ferries", "will", "run"],
        ["our", "neighbourhood", "was", "organised", "by", "ten", "volunteers"],
        ["our", "neighborhood", "was", "organized", "by", "10", "volunteers", "and", "two", "nurses"],
        ["nobody", "told", "us", "anything", "about", "the", "closure"],
        ["closure", "closure", "closure"],
        ["a", "quiet", "morning", "in", "the", "market", "square"],
        ["the", "council", "named", "no", "heir", "by", "the", "name", "of", "tamsin"],
        ["no", "heir", "named", "tamsin", "was", "ever", "chosen"],
        [],
    ]

    @Test("No pair of quotations aligns more words than the bound, and the bound is met where they agree")
    func boundHolds() {
        var tight = 0
        for a in QuoteAlignmentBoundTests.quotations {
            for b in QuoteAlignmentBoundTests.quotations {
                let words = (QuoteAlignment.Words(a), QuoteAlignment.Words(b))
                let matched = QuoteAlignment.align(words.0, words.1).matched
                let bound = QuoteAlignment.matchBound(words.0, words.1)
                #expect(matched <= bound, "\(a) / \(b)")
                #expect(bound <= min(a.count, b.count))
                if matched == bound && matched > 0 { tight += 1 }
            }
        }
        // Identical quotations, at least, reach it.
        #expect(tight >= QuoteAlignmentBoundTests.quotations.count - 1)
        // Unrelated words bound it low: nothing to align.
        #expect(
            QuoteAlignment.matchBound(
                QuoteAlignment.Words(QuoteAlignmentBoundTests.quotations[6]),
                QuoteAlignment.Words(QuoteAlignmentBoundTests.quotations[7])) == 0)
    }

    @Test("Quotations past 150 words are bounded as they are aligned, on their first 150")
    func longQuotations() {
        let first = (0..<150).map { ["quay", "ferry", "tolls", "river", "bridge"][$0 % 5] }
        let tail = [String](repeating: "harbour", count: 50)
        let long = QuoteAlignment.Words(first + tail)
        // The only words the short side shares lie past the 150th: no more than the alignment, which cuts there.
        #expect(QuoteAlignment.matchBound(long, QuoteAlignment.Words(tail)) == 0)
        #expect(QuoteAlignment.align(long, QuoteAlignment.Words(tail)).matched == 0)
        #expect(QuoteAlignment.matchBound(long, long) == 150)
        // One shared word: each of its 30 places in the first 150 counts (a bound, not the alignment's count).
        let one = QuoteAlignment.Words(tail + ["river"])
        #expect(QuoteAlignment.matchBound(long, one) == 30)
        #expect(QuoteAlignment.align(long, one).matched <= 1)
    }
}
