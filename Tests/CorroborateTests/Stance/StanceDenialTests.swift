import Testing

@testable import Corroborate

/// Denials that govern the claim's words where the article speaks of it: a negation, refutation or debunk before
/// them in the claim's best sentence (in the article's voice or in someone else's), a verdict after them, and the
/// claim's own confirming, uncertain and reporting words.
@Suite("Stance: denials that govern the claim's words")
struct StanceDenialTests {
    static func features(_ claim: String, _ body: String) -> [String: Float] {
        StanceDebunkTests.features(claim, body)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var body: String
        /// A denial in the article's own voice before the claim's words in its best sentence; one in reported
        /// speech; a refutation or debunk after the claim's last word in a related sentence.
        var ownDenial: Bool
        var reportedDenial: Bool
        var verdictAfter: Bool
        var testDescription: String { body }
    }

    static let claim = "The ferry company cancelled all crossings to Orkney"

    static let cases: [Case] = [
        // The article itself says the company did not cancel.
        Case(
            body: "The ferry company has not cancelled all crossings to Orkney, and boats left on time on Tuesday.",
            ownDenial: true, reportedDenial: false, verdictAfter: false),
        // A spokeswoman denies it: the denial is hers, not the article's.
        Case(
            body: "A spokeswoman said the ferry company never cancelled all crossings to Orkney.",
            ownDenial: false, reportedDenial: true, verdictAfter: false),
        // A verdict after the claim's words: the report is false.
        Case(
            body:
                "The post saying the ferry company cancelled all crossings to Orkney is false, the harbour confirmed.",
            ownDenial: false, reportedDenial: false, verdictAfter: true),
        // The claim stated plainly; a denial about something else sentences away.
        Case(
            body:
                "The ferry company cancelled all crossings to Orkney on Monday because of the storm. The airport did not close.",
            ownDenial: false, reportedDenial: false, verdictAfter: false),
    ]

    @Test(
        "A denial counts when it governs the claim's words in its best sentence, in whose voice it stands",
        arguments: cases)
    func denialsOfTheClaim(_ row: Case) {
        let f = Self.features(Self.claim, row.body)
        #expect((f["own-voice denial of the claim in its best sentence"]! > 0) == row.ownDenial)
        #expect((f["reported denial of the claim in its best sentence"]! > 0) == row.reportedDenial)
        #expect((f["related sentences with a verdict after the claim"]! > 0) == row.verdictAfter)
        // Polarity: the claim is not negated, so its best sentence differs exactly when a denial governs it there.
        #expect((f["polarity differs in the best sentence"]! == 1) == (row.ownDenial || row.reportedDenial))
    }

    @Test("A negated claim and a negated best sentence agree in polarity; a plain one differs")
    func polarity() {
        let claim = "The ferry company did not cancel the crossings to Orkney"
        #expect(
            Self.features(claim, "The ferry company did not cancel the crossings to Orkney.")[
                "polarity differs in the best sentence"] == 0)
        #expect(
            Self.features(claim, "The ferry company cancelled the crossings to Orkney.")[
                "polarity differs in the best sentence"] == 1)
    }

    @Test("The claim's own confirming, uncertain and reporting words count, and a confirmation beside its words")
    func claimWords() {
        let f = Self.features(
            "Confirmed: unclear reports say the ferry company cancelled crossings",
            "The ferry company confirmed it cancelled crossings on Monday.")
        #expect(f["claim confirmations"]! > 0)
        #expect(f["claim uncertainties"]! > 0)
        #expect(f["claim report nouns"]! > 0)
        #expect(f["claim share beside a confirmation in its best sentence"]! > 0)
        let plain = Self.features("The ferry company cancelled crossings", "The ferry company cancelled crossings.")
        #expect(plain["claim confirmations"] == 0)
        #expect(plain["claim share beside a confirmation in its best sentence"] == 0)
    }

    struct Turn: Sendable, CustomTestStringConvertible {
        var body: String
        /// Doubts within a few words of the claim's words, in the article's own voice; sentences opening with a
        /// contrast among the three after the best one; any opening with one that doubts or denies.
        var doubtNear: Bool
        var ownDoubt: Bool
        var turnsAfter: Float
        var turningDoubt: Bool
        var testDescription: String { body }
    }

    static let turns: [Turn] = [
        // The article reports the claim, then turns: scientists cast doubt on it.
        Turn(
            body:
                "A meteor left a crater near the lighthouse in Cromer, the council said. But geologists cast doubt on the meteor.",
            doubtNear: true, ownDoubt: true, turnsAfter: 1, turningDoubt: true),
        // A named expert is skeptical: the doubt is reported, not the article's.
        Turn(
            body: "Dr Okafor said she was skeptical that a meteor left a crater near the lighthouse in Cromer.",
            doubtNear: true, ownDoubt: false, turnsAfter: 0, turningDoubt: false),
        // A turn that neither doubts nor denies, and no doubt anywhere.
        Turn(
            body:
                "A meteor left a crater near the lighthouse in Cromer on Sunday. However, the beach stayed open all day.",
            doubtNear: false, ownDoubt: false, turnsAfter: 1, turningDoubt: false),
        // The claim stated plainly, nothing after it.
        Turn(
            body: "A meteor left a crater near the lighthouse in Cromer on Sunday night.",
            doubtNear: false, ownDoubt: false, turnsAfter: 0, turningDoubt: false),
    ]

    @Test(
        "Doubts count near the claim's words by whose voice, and turns after the claim's best sentence",
        arguments: turns)
    func doubtsAndTurns(_ row: Turn) {
        let f = Self.features("A meteor left a crater near the lighthouse in Cromer", row.body)
        #expect((f["doubts near claim words"]! > 0) == row.doubtNear)
        #expect((f["own-voice doubts near claim words"]! > 0) == row.ownDoubt)
        #expect(f["turns in the three sentences after the best"] == row.turnsAfter)
        #expect((f["turning sentences that doubt or deny"]! > 0) == row.turningDoubt)
    }

    @Test("A contrast after the claim's words in its best sentence counts; one before them does not")
    func contrastInTheBestSentence() {
        let claim = "The museum in Bath returned the stolen painting"
        let after = Self.features(
            claim, "The museum in Bath returned the stolen painting, but the owner denies it was stolen.")
        #expect(after["contrast after the claim in its best sentence"] == 1)
        let before = Self.features(claim, "Although it was late, the museum in Bath returned the stolen painting.")
        #expect(before["contrast after the claim in its best sentence"] == 0)
    }
}
