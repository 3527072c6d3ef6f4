import Foundation
import Testing

@testable import Corroborate

/// A denied causative denies what its object was to do (issue 28): `couldn't get its old snowploughs to start`
/// denies that the snowploughs started, not that there are snowploughs, so it does not contradict `sold its old
/// snowploughs at auction` or `tested the new flood sensors`. Every row without a contradiction was flagged before;
/// the control rows must still be flagged: plain denials of the same verb, a clause that says the caused verb
/// (`the sensors worked`), and a clause that says the causative itself (`got the sensors to work`, `got enough
/// signatures`). Cases written for these tests (two invented towns).
@Suite("A denied causative denies the verb it leaves to its object")
struct CausedPredicateTests {
    @Test(
        "`could not get X to V` contradicts only a clause that says V",
        arguments: [
            (
                "The Hollin council sold its old snowploughs at auction in May, a clerk said on Tuesday.",
                "The Hollin council couldn't get its old snowploughs to start in May, a clerk said on Tuesday.", false
            ),
            (
                "Dorran council engineers tested the new flood sensors in March, a spokesman said on Monday.",
                "Dorran council engineers couldn't get the new flood sensors to work in March, a spokesman said on Monday.",
                false
            ),
            // Controls: plain denials of the verb the other clause says.
            (
                "The Dorran council installed new flood sensors along the river in March, a spokesman said on Monday.",
                "The Dorran council did not install new flood sensors along the river in March, a spokesman said on Monday.",
                true
            ),
            (
                "The Dorran council's new flood sensors worked in March, a spokesman said on Monday.",
                "The Dorran council's new flood sensors did not work in March, a spokesman said on Monday.", true
            ),
            // The denied causative against the verb it leaves to its object, and against the causative itself.
            (
                "The Dorran council's new flood sensors worked in March, a spokesman said on Monday.",
                "Dorran council engineers couldn't get the new flood sensors to work in March, a spokesman said on Monday.",
                true
            ),
            (
                "Dorran council engineers got the new flood sensors to work in March, a spokesman said on Monday.",
                "Dorran council engineers couldn't get the new flood sensors to work in March, a spokesman said on Monday.",
                true
            ),
            (
                "The Greens did not get enough signatures to force a vote on the Hollin bypass, their leader said.",
                "The Greens got enough signatures for a vote on the Hollin bypass, the town clerk said on Tuesday.",
                true
            ),
        ])
    func causedPredicate(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
