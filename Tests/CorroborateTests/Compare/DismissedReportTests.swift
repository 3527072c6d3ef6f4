import Foundation
import Testing

@testable import Corroborate

/// A claim that retells a report in the same sentence as a rejection of it (`fake reports said`, `the story that ...
/// was made up`, `a hoax claimed`) takes the side of a denial of what the report says (issue 28). Every row without a
/// contradiction was flagged before as a denial; the controls retell a report that nothing rejects, assert the thing
/// before the report that the sentence rejects, or dismiss something that is no report. Cases written for these
/// tests (invented towns).
@Suite("A report the asserting claim rejects is no side against a denial")
struct DismissedReportTests {
    @Test(
        "What a rejected report says is not asserted against a denial of it",
        arguments: [
            (
                "A hoax claimed the Varnholm lighthouse had collapsed in the storm, the coastguard said.",
                "The Varnholm lighthouse did not collapse in the storm, the mayor said.", false
            ),
            (
                "Fake reports said the Osterby mine would close next year, the ministry said.",
                "The Osterby mine will not close next year, the ministry said.", false
            ),
            (
                "The story that the Dalby mayor resigned was made up, her office said.",
                "The Dalby mayor has not resigned, her office said.", false
            ),
            // Controls: a report nothing rejects, a dismissal of something that is no report, the plain statement.
            (
                "Reports said the Osterby mine would close next year, the union said.",
                "The Osterby mine will not close next year, the ministry said.", true
            ),
            (
                "The union dismissed the ministry's promise and said the Osterby mine would close next year.",
                "The Osterby mine will not close next year, the ministry said.", true
            ),
            (
                "The Varnholm lighthouse collapsed in the storm, the coastguard said.",
                "The Varnholm lighthouse did not collapse in the storm, the mayor said.", true
            ),
        ])
    func dismissedReport(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

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
            // Control: the thing itself.
            (
                "A bomb was found at the Dalby station, police said.",
                "There was no bomb at the Dalby station, the mayor said.", true
            ),
        ])
    func counterfeit(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
