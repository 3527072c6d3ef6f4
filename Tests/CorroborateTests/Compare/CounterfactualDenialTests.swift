import Foundation
import Testing

@testable import Corroborate

/// A denial that is the consequence of a counterfactual denies nothing (issue 28): `without the bypass, the market
/// would never have survived` says the market did survive, owing to the bypass, so it does not contradict `the
/// market survived`. Every row without a contradiction was flagged before; the control rows (a plain denial, and
/// `would never` with no `without`) must still be flagged. Cases written for these tests (an invented market town).
@Suite("A counterfactual's consequence is no denial")
struct CounterfactualDenialTests {
    @Test(
        "A denial under `would` or `could` with `without` contradicts nothing",
        arguments: [
            (
                "The Kelvar night market survived the long winter, its organisers said on Monday.",
                "Without the new bypass, the Kelvar night market would never have survived the long winter, the mayor said.",
                false
            ),
            (
                "The Kelvar night market survived the long winter, its organisers said on Monday.",
                "Without the council grant the Kelvar night market wouldn't have survived the long winter, the mayor said.",
                false
            ),
            // Controls: a plain denial; `would never` with nothing it would have needed.
            (
                "The Kelvar night market survived the long winter, its organisers said on Monday.",
                "The Kelvar night market did not survive the long winter, the mayor said on Monday.", true
            ),
            (
                "The Kelvar night market survived the long winter, its organisers said on Monday.",
                "The Kelvar night market would never survive the long winter, the mayor said on Monday.", true
            ),
        ])
    func counterfactual(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
