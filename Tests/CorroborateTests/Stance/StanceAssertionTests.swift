import Testing

@testable import Corroborate

/// The claim asserted in the article's own voice: a sentence that holds the claim's words outside any attribution
/// or quotation and carries no hedge, attribution cue, report noun, uncertainty, doubt or denial, and is no question.
@Suite("Stance: the claim asserted plainly in the article's own voice")
struct StanceAssertionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var body: String
        /// Some sentence asserts the claim plainly; one of the first two does; the share of related sentences that
        /// are plain is one.
        var plain: Bool
        var inLead: Bool
        var allRelatedPlain: Bool
        var testDescription: String { body }
    }

    static let claim = "The Kelvale ferry pier will close in March"

    static let cases: [Case] = [
        Case(
            body: "The Kelvale ferry pier will close in March. Its last boat leaves on the first Sunday.",
            plain: true, inLead: true, allRelatedPlain: true),
        // A hedge frames the claim.
        Case(
            body: "The Kelvale ferry pier will reportedly close in March. Its last boat leaves on the first Sunday.",
            plain: false, inLead: false, allRelatedPlain: false),
        // Someone else says it: the claim's words stand in an attribution's content.
        Case(
            body: "A harbour official said the Kelvale ferry pier will close in March. Nobody else would comment.",
            plain: false, inLead: false, allRelatedPlain: false),
        // A question does not assert.
        Case(
            body: "Will the Kelvale ferry pier close in March? The harbour board has not said.",
            plain: false, inLead: false, allRelatedPlain: false),
        // Asserted plainly, but only after two sentences that frame it.
        Case(
            body:
                "Rumours spread on Monday. A harbour official said the Kelvale ferry pier may close in March. "
                + "The Kelvale ferry pier will close in March after all.",
            plain: true, inLead: false, allRelatedPlain: false),
    ]

    @Test("A sentence that states the claim without framing it counts as the article's own assertion", arguments: cases)
    func assertion(_ row: Case) {
        let f = StanceDebunkTests.features(Self.claim, row.body)
        #expect((f["plain assertion coverage"]! > 0.5) == row.plain)
        #expect((f["lead plain assertion coverage"]! > 0.5) == row.inLead)
        #expect((f["plain related sentences"]! == 1) == row.allRelatedPlain)
    }
}
