import Corroborate
import Foundation
import Testing

/// A claim about another case than the story's (an earlier birth, another patient, a similar loss) is compared only
/// with another such claim (issue 28). Cases written for these tests (an invented town, clinic and harbour), each
/// run among articles of other stories (`ArticleSet.background`).
@Suite("A claim about another case is no side against the story's own")
struct OtherCaseTests {
    @Test(
        "Another case, or a subject set apart with `but in his case`, contradicts nothing of the story's own case",
        arguments: [
            (
                "Surgeons in Tarsk reattached the fisherman's hand after a six-hour operation on Sunday.",
                "Another fisherman did the same last year, but in his case the hand was not reattached, doctors said.",
                false
            ),
            (
                "Surgeons in Tarsk reattached the fisherman's hand after a six-hour operation on Sunday.",
                "The fisherman's hand was not reattached after the operation in Tarsk, doctors said.", true
            ),
            (
                "The nun gave birth to a healthy boy at the Velmora clinic on Sunday.",
                "Another nun gave birth to a healthy girl at the Velmora clinic years ago, the abbess said.", false
            ),
            (
                "The nun gave birth to a healthy boy at the Velmora clinic on Sunday.",
                "The nun gave birth to a healthy girl at the Velmora clinic, the abbess said.", true
            ),
            (
                "A fisherman in Kesso lost 12 boats in the storm on Sunday.",
                "Another fisherman in Kesso lost 20 boats in the storm, the harbour master said.", false
            ),
            // The phrase alone, after `but`.
            (
                "Surgeons in Tarsk reattached the fisherman's hand after a six-hour operation on Sunday.",
                "A fisherman in Arnvik did the same last year, but in his case the hand was not reattached, doctors said.",
                false
            ),
            (
                "A fisherman in Kesso lost 12 boats in the storm on Sunday.",
                "A fisherman in Kesso lost 20 boats in the storm, the harbour master said.", true
            ),
        ])
    func otherCase(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }

    @Test(
        "`another` that opens no clause or sets apart nothing the other side speaks of, and `in his case` not after `but`, are the story's own case",
        arguments: [
            ("In another blow to the town, the storm in Arnvik killed two people on Monday.", storm),
            ("Another day of rain: the storm in Arnvik killed two people on Monday.", storm),
            ("The judge in his case jailed Piet Dahl for four years on Friday.", sentence),
            ("In his case, the judge jailed Piet Dahl for four years on Friday.", sentence),
        ])
    func storysOwnCase(a: String, b: String) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, true)
    }

    private static let storm = "The storm in Arnvik killed six people on Monday, the mayor said."
    private static let sentence = "Piet Dahl was jailed for nine years on Friday, his lawyer said."

    @Test("A quotation about another case is still compared for its wording")
    func quotation() throws {
        let found = try ArticleSet(
            [
                "\"Another fire like this would ruin the whole town of Arnvik,\" Mara Olsen said on Monday.",
                "\"One more fire like this would ruin the whole town of Arnvik,\" Mara Olsen told reporters.",
            ] + ArticleSet.background
        ).relations().filter { $0.type == .quoteVariant }
        #expect(!found.isEmpty)
    }
}
