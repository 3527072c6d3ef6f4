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
                "Divers recovered more wreckage from the bay where six trawlers went missing in March, the coast guard said.",
                "The boats recovered from the Velsk bay were confirmed not to be the missing trawlers, the harbour master said.",
                false
            ),
            // Control: the other side says the boats were the trawlers, in its own clause.
            (
                "The boats recovered from the Velsk bay were the missing trawlers, the coast guard said.",
                "The boats recovered from the Velsk bay were confirmed not to be the missing trawlers, the harbour master said.",
                true
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
                "The ferry captain was dismissed for having poor navigation skills, the Tarn company said.",
                "The ferry captain was dismissed for his lack of navigation skills, a deckhand said.", false
            ),
            // Control: skills said plainly against their lack.
            (
                "The ferry captain was dismissed despite having navigation skills, the Tarn company said.",
                "The ferry captain was dismissed for his lack of navigation skills, a deckhand said.", true
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
                "If the council meant what it wrote, then the implication is that the Dunmore toll bridge is closed to lorries, a haulier said.",
                "The Dunmore toll bridge is not closed to lorries, the council said.", false
            ),
            // Control: the bridge said plainly to be closed.
            (
                "The Dunmore toll bridge is closed to lorries, a haulier said.",
                "The Dunmore toll bridge is not closed to lorries, the council said.", true
            ),
        ])
    func conditioned(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictBackgroundTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
