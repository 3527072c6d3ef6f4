import Corroborate
import Foundation
import Testing

/// A denial contradicts the other side's own proposition, not what a `where` or `who` clause says to describe a
/// place or a person, nor what follows a condition; and a thing lacking is no contradiction of the same thing found
/// poor (issue 28). Each table has control rows: real contradictions that must still be flagged. Cases written for
/// these tests (invented places, people and boats).
@Suite("Contradictions meet the other side's own proposition")
struct ConflictBackgroundTests {
    private static func contradicted(_ a: String, _ b: String) throws -> [Relation] {
        try ArticleSet([a, b]).relations().filter { $0.type.isContradiction }
    }

    @Test(
        "What a where or who clause says describes a place or a person; a denial of it contradicts nothing",
        arguments: [
            (
                "Divers have found a sunken hull off the reef where a trawler and its crew vanished last winter.",
                "The sunken hull off the reef is not the vanished trawler, the harbour office found.", false
            ),
            // Control: the other side says who they are, in its own clause.
            (
                "The sunken hull raised off the reef is the vanished trawler, divers said.",
                "The sunken hull raised off the reef was identified as not being the vanished trawler.", true
            ),
        ])
    func described(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictBackgroundTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A lack of something and the same thing found poor say one thing in two strengths",
        arguments: [
            (
                "The ferry captain has poor navigation skills, the Tarn company said.",
                "The ferry captain has a lack of navigation skills, a deckhand said.", false
            ),
            // Control: skills said plainly against their lack.
            (
                "The ferry captain has navigation skills, the Tarn company said.",
                "The ferry captain has a lack of navigation skills, a deckhand said.", true
            ),
        ])
    func wanting(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictBackgroundTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A condition opened earlier in the claim leaves what follows unasserted",
        arguments: [
            (
                "If the clerk is right about the order, it follows that the ferries have a licence. Then, too, the harbour must reopen.",
                "The ferries did not have a licence, the minister said.", false
            ),
            // Control: the licence said plainly.
            (
                "The ferries have a licence, the board said.", "The ferries did not have a licence, the minister said.",
                true
            ),
        ])
    func conditioned(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictBackgroundTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
