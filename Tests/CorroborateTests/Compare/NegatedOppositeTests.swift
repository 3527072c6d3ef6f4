import Foundation
import Testing

@testable import Corroborate

/// Two opposite words are a contradiction only when the two sides give them the same polarity (issue 28): `not
/// genuine` says what `fake` says, `not dead` what `alive` says. Every row without a contradiction was flagged before
/// as "opposite words"; the controls oppose the words with neither or both negated, or deny the very word. Cases
/// written for these tests (invented towns).
@Suite("A negated opposite word restates the other side's position")
struct NegatedOppositeTests {
    @Test(
        "Opposite words conflict only with the same polarity on both sides",
        arguments: [
            (
                "The footage of the Dalby flood is fake, the mayor said.",
                "The footage of the Dalby flood is not genuine, the council said.", false
            ),
            (
                "The letter from the Dalby mayor is false, the council said.",
                "The letter from the Dalby mayor is not true, the clerk said.", false
            ),
            (
                "The Dalby treasurer is innocent of the fraud charges, her lawyer said.",
                "The Dalby treasurer is not guilty of the fraud charges, the judge said.", false
            ),
            (
                "The missing Varnholm fisherman is alive, his wife said.",
                "The missing Varnholm fisherman is not dead, the coastguard said.", false
            ),
            (
                "The Varnholm market is closed, the mayor said.",
                "The Varnholm market is not open, the council said.", false
            ),
            // Controls: neither or both words negated, or the same word denied.
            (
                "The footage of the Dalby flood is genuine, the mayor said.",
                "The footage of the Dalby flood is fake, the council said.", true
            ),
            (
                "The Varnholm market is open, the mayor said.",
                "The Varnholm market is closed, the council said.", true
            ),
            (
                "The footage of the Dalby flood is not fake, the mayor said.",
                "The footage of the Dalby flood is not genuine, the council said.", true
            ),
            (
                "The Dalby treasurer is guilty of the fraud charges, the prosecutor said.",
                "The Dalby treasurer is not guilty of the fraud charges, the judge said.", true
            ),
        ])
    func negatedOpposite(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
