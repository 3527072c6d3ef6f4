import Foundation
import Testing

@testable import Corroborate

/// A negation that tells when rather than whether (`did not reopen until Friday`, `has never before flooded`), one
/// that bounds a figure (`no more than forty`), and one that negates a denial (`did not deny that`) deny nothing
/// (issue 28). Every row without a contradiction was flagged before as a denial; the controls deny the same words
/// plainly, by `never`, by a verb of denial that nothing negates, or before a happening rather than a date. Cases
/// written for these tests (invented towns).
@Suite("A negation bounded in time or negated itself is no denial")
struct BoundedNegationTests {
    @Test(
        "A negation denies what follows only when nothing bounds or negates it",
        arguments: [
            (
                "The Varnholm bridge reopened on Friday, the mayor said.",
                "The Varnholm bridge did not reopen until Friday, the council said.", false
            ),
            (
                "The Dalby bridge will reopen on Friday, the mayor said.",
                "The Dalby bridge will not reopen before Friday, the council said.", false
            ),
            (
                "The Varnholm river flooded the market square, the coastguard said.",
                "The Varnholm river has never before flooded the market square, the mayor said.", false
            ),
            (
                "Forty boats sank in the Varnholm storm, the mayor said.",
                "No more than forty boats sank in the Varnholm storm, the coastguard said.", false
            ),
            (
                "The Dalby pier was sold, the council said.",
                "The Dalby mayor did not deny that the pier was sold, the clerk said.", false
            ),
            (
                "The Dalby mayor did not deny that the pier was sold, the clerk said.",
                "The Dalby pier was sold, the council said.", false
            ),
            // Controls: the same words denied plainly, by `never`, or by a verb of denial.
            (
                "The Varnholm bridge reopened on Friday, the mayor said.",
                "The Varnholm bridge did not reopen on Friday, the council said.", true
            ),
            (
                "The Varnholm river flooded the market square, the coastguard said.",
                "The Varnholm river never flooded the market square, the mayor said.", true
            ),
            (
                "The Dalby pier was sold, the council said.",
                "The Dalby mayor denied that the pier was sold, the clerk said.", true
            ),
            (
                "The Dalby pier was sold, the council said.",
                "The Dalby pier was not sold, the clerk said.", true
            ),
            // Control: `before` a happening, not a date, leaves the denial of what came before it.
            (
                "The Varnholm ferry was not inspected before it sank, the coastguard said.",
                "The Varnholm ferry sank after it was inspected in May, the owner said.", true
            ),
        ])
    func boundedNegation(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
