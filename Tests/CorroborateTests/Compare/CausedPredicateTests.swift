import Foundation
import Testing

@testable import Corroborate

/// A denied causative denies what its object was to do (issue 28): `couldn't get its new flood sensors to work`
/// denies that the sensors worked, not that there are sensors, so it does not contradict `dropped its new flood
/// sensors after repeated faults` or `tested the new flood sensors`. Every row without a contradiction was flagged
/// before; the control rows (plain denials of the same verb) must still be flagged. Cases written for these tests
/// (an invented town council).
@Suite("A denied causative denies the verb it leaves to its object")
struct CausedPredicateTests {
    @Test(
        "`could not get X to V` contradicts only a clause that says V",
        arguments: [
            (
                "The Dorran council dropped its new flood sensors after repeated faults, a spokesman said on Monday.",
                "The Dorran council couldn't get its new flood sensors to work, a spokesman said on Monday.", false
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
        ])
    func causedPredicate(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
