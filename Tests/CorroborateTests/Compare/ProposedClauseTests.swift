import Foundation
import Testing

@testable import Corroborate

/// What a noun of supposition puts forward is neither asserted nor denied by the claim that names it (issue 28): `the
/// idea that the pier will close` does not say it will, nor `the belief that` or `the assumption that` it will, and
/// `the theory that the lighthouse would not shut`, which the trust rejected, is no denial by the trust. Every row
/// without a contradiction was flagged before; the control rows must still be flagged: a plain denial, a report whose
/// content is told after its verb, report nouns a source asserts (`confirmed reports that`, `issued a statement that`),
/// a supposition a source confirms or backs, and a supposition whose clause ends at a comma before the claim's own
/// clause. Cases written for these tests (two invented harbour towns).
@Suite("A clause a noun of supposition puts forward is not the claim's")
struct ProposedClauseTests {
    @Test(
        "A denial meets only what a claim asserts or denies itself",
        arguments: [
            // The asserting side only names the idea.
            (
                "In a radio interview the harbour master was asked about the idea that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", false
            ),
            // The denying side only names a theory, which its subject rejects.
            (
                "The Quillon lighthouse will shut in June, the trust said on Tuesday.",
                "The trust rejected the theory that the Quillon lighthouse would not shut in June.", false
            ),
            // A belief or an assumption others hold (`belief`, `assumption` and `ideology` are nouns of supposition
            // too).
            (
                "The Tarsk pier has closed for the winter, the harbour master said.",
                "Fishermen hold to the belief that the Tarsk pier has not closed for the winter.", false
            ),
            (
                "The Tarsk pier has closed for the winter, the harbour master said.",
                "The assumption that the Tarsk pier has not closed for the winter is common among fishermen.", false
            ),
            // A suspicion or speculation held by no one named, told with the verb of its holding (`suspicions persist
            // that`, `speculation grew that`).
            (
                "Suspicions persist among fishermen that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", false
            ),
            (
                "Speculation grew on Monday that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", false
            ),
            // Controls: a plain denial; a report named before its verb says what it says.
            (
                "The Tarsk pier has closed for the winter, the harbour master said.",
                "Fishermen said the Tarsk pier has not closed for the winter.", true
            ),
            (
                "The Velmar pier will close in May, the council said on Monday.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
            (
                "The report that the council published on Friday says the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
            (
                "Speculation grew after the council said that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
            (
                "The council announced on Monday that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
            // Report nouns that the source asserts.
            (
                "The director confirmed reports that the Quillon lighthouse will shut in June, her office said on Tuesday.",
                "The Quillon lighthouse will not shut in June, the keeper said on Tuesday.", true
            ),
            (
                "The trust issued a statement that the Quillon lighthouse will not shut in June.",
                "The Quillon lighthouse will shut in June, the keeper said on Tuesday.", true
            ),
            // A source that declines to confirm a rumour does not assert it.
            (
                "The Arlen port authority declined to confirm the rumour that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", false
            ),
            // A source that confirms or backs a supposition asserts its clause, in the claim or as the cue before it.
            (
                "The Arlen port authority confirmed the rumour that the Velmar pier will close in May.",
                "The Velmar pier will not close in May, the harbour master said on Monday.", true
            ),
            (
                "The trust's board has long backed the idea that the Quillon lighthouse will shut in June.",
                "The Quillon lighthouse will not shut in June, the keeper said on Tuesday.", true
            ),
            // The supposition's clause ends at the comma; the denial after it is the trust's own.
            (
                "Despite the rumour that the ferry would stop, the Quillon lighthouse will not shut in June, the trust said.",
                "The Quillon lighthouse will shut in June, the keeper said on Tuesday.", true
            ),
        ])
    func proposedClause(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
