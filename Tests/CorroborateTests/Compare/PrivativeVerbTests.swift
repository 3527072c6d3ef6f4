import Foundation
import Testing

@testable import Corroborate

/// A verb that takes a thing away, keeps it from happening or says it did not happen (`dropped`, `was voted down`,
/// `refrained from`, `barred from`, `avoided`) states what a denial of the thing states (issue 28): the two sides agree
/// on its absence. Every row without a contradiction was flagged before as a denial; the controls say the thing exists
/// or happened, with a verb of the same look (`dropped by`) among them. Cases written for these tests (invented towns).
@Suite("A privative verb on the asserting side states the denial's position")
struct PrivativeVerbTests {
    @Test(
        "A thing taken away, kept from happening or avoided is not asserted against its denial",
        arguments: [
            (
                "The plan for a Dalby bypass was dropped, the mayor said.",
                "There is no plan for a Dalby bypass, the council said.", false
            ),
            (
                "The plan for a Dalby bypass was voted down, the mayor said.",
                "There is no plan for a Dalby bypass, the council said.", false
            ),
            (
                "The Dalby council withdrew the plan for a bypass, the mayor said.",
                "There is no plan for a Dalby bypass, the council said.", false
            ),
            (
                "The Dalby council turned down the plan for a bypass, the mayor said.",
                "There is no plan for a Dalby bypass, the council said.", false
            ),
            (
                "The Dalby mayor refrained from signing the pier lease, the clerk said.",
                "The Dalby mayor did not sign the pier lease, the council said.", false
            ),
            (
                "The Dalby mayor was barred from signing the pier lease, the clerk said.",
                "The Dalby mayor did not sign the pier lease, the council said.", false
            ),
            (
                "The Dalby mayor avoided the vote on the pier lease, the clerk said.",
                "The Dalby mayor did not vote on the pier lease, the council said.", false
            ),
            // Controls: the thing exists or happened.
            (
                "The plan for a Dalby bypass was approved, the mayor said.",
                "There is no plan for a Dalby bypass, the council said.", true
            ),
            (
                "The Dalby council drew up a plan for a bypass, the mayor said.",
                "There is no plan for a Dalby bypass, the council said.", true
            ),
            (
                "The Dalby mayor cast her vote on the pier lease, the clerk said.",
                "The Dalby mayor did not vote on the pier lease, the council said.", true
            ),
            (
                "The Dalby mayor dropped by to sign the pier lease, the clerk said.",
                "The Dalby mayor did not sign the pier lease, the council said.", true
            ),
        ])
    func privativeVerb(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
