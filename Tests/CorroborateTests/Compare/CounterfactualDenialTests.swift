import Foundation
import Testing

@testable import Corroborate

/// A denial that is the consequence of a counterfactual denies nothing (issue 28): `without the bypass, the market
/// would never have survived` says the market did survive, owing to the bypass, so it does not contradict `the
/// market survived`. Every row without a contradiction was flagged before; the control rows must still be flagged: a
/// plain denial, `would never` with no `without`, a reported `would not` after a `without` that heads no clause, a
/// factual `could not` after `without`, a `would not` with no perfect, and
/// a `without` before a word in `-ing` (`without naming a builder`). Cases written for these tests (two
/// invented towns).
@Suite("A counterfactual's consequence is no denial")
struct CounterfactualDenialTests {
    @Test(
        "A denial under `would have` or `could have` that `without` governs contradicts nothing",
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
            // `would not have` with an object, under a `without` that heads the sentence.
            (
                "The Kelvar night market has a new roof this winter, its organisers said on Monday.",
                "Without the council grant, the Kelvar night market would not have a new roof this winter, the mayor said.",
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
            (
                "The Pellin harbour master said, without giving a reason, that the night ferry would not sail on Friday.",
                "The night ferry will sail on Friday, the Pellin harbour master said on Tuesday.", true
            ),
            (
                "Without a safety certificate, the Pellin ferry could not sail on Sunday, its captain said.",
                "The Pellin ferry sailed on Sunday, the harbour office said.", true
            ),
            // `without` before a word in `-ing` tells a manner: a plain denial.
            (
                "The Pellin school board said, without naming a builder, that the school would not have a new hall by June.",
                "The Pellin school will have a new hall by June, the builder said on Monday.", true
            ),
            (
                "The Pellin ferry board, working without a chair, would not renew the night service, a clerk said.",
                "The Pellin ferry board renewed the night service, its chair said on Tuesday.", true
            ),
        ])
    func counterfactual(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
