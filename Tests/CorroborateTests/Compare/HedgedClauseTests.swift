import Corroborate
import Foundation
import Testing

/// A modal of possibility governs its whole clause (issue 28: a hedge set against a claim was a cause of wrong
/// contradictions): `may have broken the rules that cover how a ledger is kept` does not say there is a ledger, so a
/// denial that there is one contradicts nothing. A comma or `and` starts another predicate, which is asserted as
/// before. Cases written for these tests (invented places and people), in a run with articles of other stories.
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
            (
                "The auditors said Lena Kovac could have kept in her office for many years a secret harbour ledger.",
                false
            ),
            // Control: stated plainly.
            ("Lena Kovac kept a secret harbour ledger for three years, the auditors said.", true),
            // Control: the modal's predicate ends at `and`; what follows is asserted.
            (
                "Lena Kovac may resign next week and the auditors found a secret harbour ledger in her office, the paper said.",
                true
            ),
        ])
    func modalScope(claim: String, conflict: Bool) throws {
        let found = try ArticleSet([claim, HedgedClauseTests.denial] + ConflictSubjectsTests.background).relations()
            .filter { $0.type.isContradiction }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
