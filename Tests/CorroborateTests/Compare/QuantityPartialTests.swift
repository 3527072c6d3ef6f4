import Foundation
import Testing

@testable import Corroborate

/// A figure said of some things of a kind (`some bottles costing more than $20,000`) is true of those things only:
/// another figure for the kind (`bottles costing $15,000 each`) may be true of the others, so the two are no numeric
/// conflict (issue 28). Found among wrong flags on stories nobody tuned on; `some 300` (about 300) and `some residents
/// said`, `some guests said` or `some experts estimated that` (the speakers, not the things counted) are no such
/// phrase. Every row without a conflict was flagged by main's code (db19eae); the control rows must still be flagged.
/// Cases written for these tests (invented towns, galas, boats and auctions).
@Suite("A figure said of some things of a kind does not contradict another figure of the kind")
struct QuantityPartialTests {
    @Test(
        "Some of a kind at one figure and the kind at another can both hold; the kind at two figures cannot",
        arguments: [
            (
                "At the Tarsk harbour gala, bottles of wine cost $900 each, the hotel manager said on Monday.",
                "At the Tarsk harbour gala, some bottles of wine cost more than $2,000, the hotel manager said on Monday.",
                false
            ),
            (
                "Rooms at the Tarsk harbour hotel cost $150 a night, the manager said on Monday.",
                "Some rooms at the Tarsk harbour hotel cost more than $600 a night, the manager said on Monday.",
                false
            ),
            (
                "Yachts at the Velmora marina sold for $2 million each at the auction on Sunday, the auctioneer said.",
                "Several yachts at the Velmora marina sold for more than $5 million at the auction on Sunday, the auctioneer said.",
                false
            ),
            (
                "Tickets for the Lorvik jazz festival are priced at $90, the organisers said on Monday.",
                "A few tickets for the Lorvik jazz festival are priced at $400, the organisers said on Monday.",
                false
            ),
            // Controls: the kind at two figures; `some` before the figure means about; `some` said of the speakers.
            (
                "At the Tarsk harbour gala, bottles of wine cost $900 each, the hotel manager said on Monday.",
                "At the Tarsk harbour gala, bottles of wine cost $2,000 each, the hotel manager said on Monday.",
                true
            ),
            (
                "Some 300 residents of the Kessel valley were evacuated after the dam breach on Sunday, the governor said.",
                "Only 120 residents of the Kessel valley were evacuated after the dam breach on Sunday, the governor said.",
                true
            ),
            (
                "At the Tarsk harbour gala, bottles of wine cost $900 each, the hotel manager said on Monday.",
                "Some guests said bottles of wine at the Tarsk harbour gala cost $2,000 each.",
                true
            ),
            (
                "At the Tarsk harbour gala, bottles of wine cost $900 each, the hotel manager said on Monday.",
                "Some experts estimated that bottles of wine at the Tarsk harbour gala cost $2,000 each.",
                true
            ),
            (
                "Some residents said 12 people were killed in the Kessel valley flood on Sunday, the governor said.",
                "The governor said 30 people were killed in the Kessel valley flood on Sunday.",
                true
            ),
        ])
    func someOfKind(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
