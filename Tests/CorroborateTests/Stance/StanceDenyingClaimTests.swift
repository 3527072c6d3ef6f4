import Testing

@testable import Corroborate

/// A claim that is itself a denial, against an article that states what it denies without a denial word, and
/// against one that reports the denial.
@Suite("Stance: a denying claim against an article that asserts what it denies")
struct StanceDenyingClaimTests {
    static func features(_ claim: String, _ body: String) -> [String: Float] {
        StanceDebunkTests.features(claim, body)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var claim: String
        var body: String
        /// The claim denies; its best sentence holds no denial; its denial words are absent from the body.
        var denying: Bool
        var bestPlain: Bool
        var denialAbsent: Bool
        var testDescription: String { claim + " / " + body }
    }

    static let cases: [Case] = [
        // The article states what the claim denies: no denial word anywhere.
        Case(
            claim: "Harbour board denies the Kelvale ferry pier will close",
            body: "The Kelvale ferry pier will close in March, the harbour board announced on Friday.",
            denying: true, bestPlain: true, denialAbsent: true),
        // The article reports the denial: its best sentence denies, and holds the claim's denial word (the same
        // term: `denied` is another term than `denies` for the light stemmer, so it would count as absent).
        Case(
            claim: "Harbour board denies the Kelvale ferry pier will close",
            body:
                "The harbour board denies that the Kelvale ferry pier will close in March, a spokesman said on Friday.",
            denying: true, bestPlain: false, denialAbsent: false),
        // A claim that doubts counts as denying: the article that simply states the proposition stands against it.
        Case(
            claim: "Engineers are skeptical the Kelvale ferry pier will close",
            body: "The Kelvale ferry pier will close in March, the harbour board announced on Friday.",
            denying: true, bestPlain: true, denialAbsent: true),
        // A claim that denies nothing: the features stay at -1 whatever the body says.
        Case(
            claim: "The Kelvale ferry pier will close in March",
            body: "The Kelvale ferry pier will close in March, the harbour board announced on Friday.",
            denying: false, bestPlain: false, denialAbsent: false),
    ]

    @Test(
        "A denying claim's article is read for whether it states the claim's proposition without a denial",
        arguments: cases)
    func denyingClaim(_ row: Case) {
        let f = Self.features(row.claim, row.body)
        let best = f["denying claim: best sentence coverage without a denial"]!
        let absent = f["denying claim: its denial words absent from the body"]!
        #expect((best >= 0) == row.denying)
        #expect((best > 0) == row.bestPlain)
        #expect((absent > 0) == row.denialAbsent)
        #expect((f["denying claim: related sentences without a denial"]! == 1) == row.bestPlain)
        #expect((f["denying claim: body denial rate"]! == 0) == row.bestPlain)
    }
}
