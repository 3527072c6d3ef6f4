import Corroborate
import Foundation
import Testing

/// An agreement is one proposition told twice, slot by slot (issue 28): the same subject, the same figures,
/// and more than a name and one word in common. Each table has control rows: a real agreement that must still be
/// flagged. Cases written for these tests (invented places, people and figures).
@Suite("Agreements need the same proposition, not similar words")
struct AgreementSlotTests {
    /// Expects the two one-sentence articles to agree, or not.
    private static func expect(_ a: String, _ b: String, agree: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty == agree, "\(found.map(\.explanation))")
    }

    @Test(
        "Two exact figures, or two amounts of different measures, are two moments of a count, not one fact",
        arguments: [
            // Two moments of a running count: exact figures close to each other are still two figures.
            (
                "With 318 seats at stake in the Varnhold ballot, the Green List is sure of winning at least 161.",
                "With 309 seats at stake in the Varnhold ballot, the Green List is sure of winning at least 158.",
                false
            ),
            // A share and a count of one thing, with no figure in common.
            (
                "The Green List had 80 percent of the Varnhold seats needed to form a council on Tuesday.",
                "The Green List needs 412 Varnhold seats to form a council, the returning officer said.",
                false
            ),
            // Controls: one figure, told exactly or roughly; a round large figure and its exact count.
            (
                "With 318 seats at stake in the Varnhold ballot, the Green List is sure of winning at least 161.",
                "Of the 318 seats at stake in Varnhold, the Green List will win at least 161 in the ballot, it is sure.",
                true
            ),
            (
                "Flood water reached 2,400 homes in the Varnhold valley overnight, the river board said.",
                "About 2,400 homes in the Varnhold valley were reached by flood water overnight, a firefighter said.",
                true
            ),
        ])
    func figuresOfTwoMoments(a: String, b: String, agree: Bool) throws {
        try AgreementSlotTests.expect(a, b, agree: agree)
    }

    @Test(
        "Two speakers' stances are two propositions; one speaker's stance told twice, or an event two people report, is one",
        arguments: [
            // Each claim leaves its subject to its speaker: two people want a canal.
            (
                "Ola Berg proposed building a second canal lock at Tarnvik for the grain barges.",
                "Ivo Lund has proposed building another canal lock at Tarnvik for the grain barges of the valley.",
                false
            ),
            (
                "Ola Berg called for a second canal lock at Tarnvik for the grain barges.",
                "Ivo Lund called for a new canal lock at Tarnvik for all the grain barges.",
                false
            ),
            // Controls: the same speaker in two articles; two people telling what happened.
            (
                "Ola Berg proposed building a second canal lock at Tarnvik for the grain barges.",
                "Ola Berg again proposed another canal lock at Tarnvik, this one for the valley's grain barges.",
                true
            ),
            (
                "Ola Berg said the second canal lock at Tarnvik was closed to the grain barges on Monday.",
                "The new canal lock at Tarnvik was closed to all grain barges on Monday, Ivo Lund said.",
                true
            ),
        ])
    func speakersStances(a: String, b: String, agree: Bool) throws {
        try AgreementSlotTests.expect(a, b, agree: agree)
    }

    @Test(
        "A speaker's own plan against another speaker's is no agreement; one plan told twice, or an act two report, is",
        arguments: [
            // Each speaker tells of their own intent: the actors differ.
            (
                "Ola Berg said he would build a second canal lock at Tarnvik for the grain barges of the valley.",
                "Ivo Lund said she wants a second canal lock built at Tarnvik for the grain barges of the valley.",
                false
            ),
            (
                "\"We will build a second canal lock at Tarnvik for the grain barges of the valley,\" said Ola Berg.",
                "Ivo Lund said she wants a second canal lock built at Tarnvik for the grain barges of the valley.",
                false
            ),
            // Controls: two speakers telling what others did (one speaker's plan printed twice in near the same
            // words is relayed, not corroborated: `NearCopyTests`).
            (
                "Ola Berg said they closed the second canal lock at Tarnvik to the grain barges on Monday.",
                "Ivo Lund said the second canal lock at Tarnvik was closed to the grain barges on Monday.",
                true
            ),
        ])
    func ownPlans(a: String, b: String, agree: Bool) throws {
        try AgreementSlotTests.expect(a, b, agree: agree)
    }

    @Test(
        "Two speakers who share a name and one word say two things; two shared words said of it are a proposition",
        arguments: [
            (
                "Ola Berg said the mayor would appoint Harbour Board members.",
                "Ivo Lund said the governor would appoint Harbour Board wardens.",
                false
            ),
            // A speaker known by a description is a voice of its own too.
            (
                "Ola Berg said the mayor would appoint Harbour Board members.",
                "Dock workers said the governor would appoint Harbour Board wardens.",
                false
            ),
            // A brand written with a capital inside is a name, not something said of it.
            (
                "Ola Berg said the eFerry app crashed during the Tarnvik regatta.",
                "Ivo Lund said the eFerry booking stopped during the Tarnvik regatta.",
                false
            ),
            (
                "Ola Berg said the Harbour Board will close the Tarnvik pier to ferries.",
                "The Harbour Board will close the old Tarnvik pier to ferries, Ivo Lund said.",
                true
            ),
        ])
    func nameAndOneWord(a: String, b: String, agree: Bool) throws {
        try AgreementSlotTests.expect(a, b, agree: agree)
    }
}
