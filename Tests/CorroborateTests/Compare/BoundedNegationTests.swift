import Foundation
import Testing

@testable import Corroborate

/// A negation that tells when rather than whether (`did not reopen until Friday`, `has never before flooded`), one
/// that bounds a figure (`no more than forty`), and one that negates a denial in its verb group (`did not deny that`,
/// `has never once denied that`) deny nothing (issue 28). Every row without a contradiction was flagged before as a
/// denial. The controls deny the same words plainly, by `never`, by a verb of denial that nothing negates, before a
/// happening or a time of day, since a day or a happening, or by a verb of denial with a negation outside its verb
/// group (an apposition, a concessive clause, an interjection, a relative clause). Cases written for these tests
/// (invented towns).
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
            (
                "The Dalby pier was sold, the council said.",
                "The Dalby mayor has never once denied that the pier was sold.", false
            ),
            // A negation over a comparison denies the comparison (`no one has died more times than`).
            (
                "The old general Ivo Marek died in Tarsk on Sunday, his family said.",
                "No one has died more times than the old general Ivo Marek, the Tarsk Herald said.", false
            ),
            (
                "Mayor Lena Vost won the vote in Tarrow, the election office said.",
                "Nobody has won the vote in Tarrow more often than Mayor Lena Vost, her aide Piet Grall said.", false
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
            (
                "The old general Ivo Marek died in Tarsk on Sunday, his family said.",
                "The old general Ivo Marek has not died, the Tarsk Herald said.", true
            ),
            // Controls: a comparison denied, and `more than` before a figure, a count.
            (
                "The Velm dam is higher than the Tarsk weir, the engineers said.",
                "The Velm dam is not higher than the Tarsk weir, the council said.", true
            ),
            (
                "Two workers died in the fire at the Tarrow mill on Sunday, the fire service said.",
                "None of the more than 300 workers died in the fire at the Tarrow mill on Sunday, the owner said.", true
            ),
            // Controls: `before` and `since` bound nothing, before a happening or a time, since a day or a happening.
            (
                "The Varnholm ferry was not inspected before it sank, the coastguard said.",
                "The Varnholm ferry sank after it was inspected in May, the owner said.", true
            ),
            (
                "The Quellby ferry reached the harbour before noon on Monday, the council said.",
                "No ferry reached the Quellby harbour before noon on Monday, the coastguard said.", true
            ),
            (
                "The Quellby harbour master has been seen at the quay since Monday, the council said.",
                "The Quellby harbour master has not been seen at the quay since Monday, the coastguard said.", true
            ),
            (
                "The Quellby ferry has sailed to Harnwick twice since the storm, the council said.",
                "The Quellby ferry has not sailed to Harnwick since the storm, the coastguard said.", true
            ),
            // Controls: a negation outside the denying verb's group leaves the denial.
            (
                "The Dalby pier was sold, the council said.",
                "Harnwick Lines, not the council, denied that the Dalby pier was sold.", true
            ),
            (
                "The Dalby pier was sold, the council said.",
                "Harnwick Lines, though not asked, denied that the Dalby pier was sold.", true
            ),
            (
                "The Dalby pier was sold, the council said.",
                "No, Harnwick Lines denied that the Dalby pier was sold.", true
            ),
            (
                "The Dalby pier was sold, the council said.",
                "The Dalby mayor, who never lies, denied that the pier was sold.", true
            ),
        ])
    func boundedNegation(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A first time (`never before`) is neither a contradiction nor an agreement of the happening",
        arguments: [
            "The Varnholm river flooded the market square on Monday, the coastguard said.",
            "The Varnholm river flooded the market square in 1998, the coastguard said.",
        ])
    func firstTime(a: String) throws {
        let b = "The Varnholm river has never before flooded the market square, the mayor said."
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }
}
