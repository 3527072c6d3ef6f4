import Foundation
import Testing

@testable import Corroborate

/// A thing that a rejection word describes (`a fake bomb`, `a bogus permit`) is no such thing, so it is not asserted
/// against a denial of the thing (issue 28). Every row without a contradiction was flagged before as a denial; the
/// controls name the thing itself, set `fake` against `genuine`, or put the rejection word on another noun. Cases
/// written for these tests (invented towns).
@Suite("A fake thing is no side against a denial of the thing")
struct CounterfeitTests {
    @Test(
        "A thing a rejection word describes is not asserted against a denial of the thing",
        arguments: [
            (
                "A fake bomb was found at the Dalby station, police said.",
                "There was no bomb at the Dalby station, the mayor said.", false
            ),
            (
                "A bogus fishing permit was found on the Varnholm trawler, customs said.",
                "There was no fishing permit on the Varnholm trawler, the owner said.", false
            ),
            // Controls: the thing itself, `fake` against `genuine`, and a rejection word on another noun.
            (
                "A bomb was found at the Dalby station, police said.",
                "There was no bomb at the Dalby station, the mayor said.", true
            ),
            (
                "A fake bomb was defused at the Dalby station, police said.",
                "The bomb at the Dalby station was genuine, the mayor said.", true
            ),
            (
                "Police found a bomb and a fake permit at the Dalby station, the council said.",
                "There was no bomb at the Dalby station, the mayor said.", true
            ),
            (
                "Police found a fake permit and a bomb at the Dalby station, the council said.",
                "There was no bomb at the Dalby station, the mayor said.", true
            ),
        ])
    func counterfeit(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
