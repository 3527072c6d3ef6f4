import Foundation
import Testing

@testable import Corroborate

/// What a statement noun puts forward is neither asserted nor denied by the claim that names it (issue 28): `the
/// idea that the pier will close` does not say it will, and `his suggestion that the pier would not close`, which the
/// council dismissed, is no denial by the council. Every row without a contradiction was flagged before; the control
/// rows (a plain denial, and a report whose content is told after its verb) must still be flagged. Cases written for
/// these tests (an invented harbour town).
@Suite("A clause a statement noun puts forward is not the claim's")
struct ProposedClauseTests {
    @Test(
        "A denial meets only what a claim asserts or denies itself",
        arguments: [
            // The asserting side only names the idea.
            (
                "In a radio interview the harbour master was asked about the idea that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", false
            ),
            // The denying side only names someone's suggestion, which its subject dismisses.
            (
                "The Velmar pier will close in May, the council said on Monday.",
                "The council dismissed his suggestion that the Velmar pier would not close in May.", false
            ),
            // Controls: a plain denial; a report named before its verb says what it says.
            (
                "The Velmar pier will close in May, the council said on Monday.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
            (
                "The report that the council published on Friday says the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
        ])
    func proposedClause(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
