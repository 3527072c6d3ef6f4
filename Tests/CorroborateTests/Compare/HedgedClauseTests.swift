import Corroborate
import Foundation
import Testing

/// A modal of possibility governs its whole clause (issue 28: a hedge set against a claim was a cause of wrong
/// contradictions): `may have broken the rules that cover how a ledger is kept` does not say there is a ledger, so a
/// denial that there is one contradicts nothing. A comma, `and`, a subordinator (`after`) or another verb with its
/// object starts another predicate, which is asserted as before; `could see` tells what was seen. Cases written for
/// these tests (invented places and people), in a run with articles of other stories.
@Suite("Hedged clauses")
struct HedgedClauseTests {
    static let denial =
        "\"I never kept anything from the auditors. There is no secret harbour ledger,\" Lena Kovac said."

    @Test(
        "What a modal of possibility governs, however far back, is not contradicted by a denial",
        arguments: [
            (
                "Lena Kovac may have broken the rules that cover how a secret harbour ledger is kept, the auditors said.",
                false
            ),
            // An adverbial between the modal and its verb.
            ("Lena Kovac could in the coming weeks publish the secret harbour ledger, the auditors said.", false),
            ("Lena Kovac might by the end of the month have published a secret harbour ledger, the paper said.", false),
            // Control: stated plainly.
            ("Lena Kovac kept a secret harbour ledger for three years, the auditors said.", true),
            // Control: `could` of perception.
            ("Auditors could see from the records that Lena Kovac kept a secret harbour ledger.", true),
            // Control: the modal inside the subject's relative clause; the main verb is asserted.
            ("The firm that may face fines kept a secret harbour ledger for Lena Kovac, the auditors said.", true),
            // Control: the adverbial's verb has its own subject after `and`.
            (
                "Lena Kovac could in the coming weeks resign and the auditors found a secret harbour ledger, the paper said.",
                true
            ),
            // Control: the modal's clause ends at `after`.
            ("Lena Kovac could resign after the auditors found a secret harbour ledger in her office.", true),
            // Control: the modal's predicate ends at `and`; what follows is asserted.
            (
                "Lena Kovac may resign next week and the auditors found a secret harbour ledger in her office, the paper said.",
                true
            ),
        ])
    func modalScope(claim: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(claim, HedgedClauseTests.denial, conflict)
    }

    @Test("A modal whose own verb group reaches the governed word hedges it")
    func modalGroupToTheWord() throws {
        try ArticleSet.expectContradictionAmongOthers(
            "The auditors said the Tarsk harbour ledger may also still well even have been secret.",
            "The Tarsk harbour ledger was not secret, Lena Kovac said.", false)
    }
}
