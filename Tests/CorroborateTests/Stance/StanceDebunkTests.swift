import Foundation
import Testing

@testable import Corroborate

/// The debunk word class of the stance features (`debunks` in `comparison.json`): words that say a report,
/// picture or story is not what it claims count where the article speaks of the claim, in its own voice or in
/// someone else's, and a user's comparison file adds words to the class. Uncertainties and report nouns count
/// near the claim's words the same way.
@Suite("Stance: debunks, uncertainties and report nouns where the claim is")
struct StanceDebunkTests {
    /// The named features of one claim against one body.
    static func features(_ claim: String, _ body: String, knowledge: Knowledge = .builtIn) -> [String: Float] {
        let reader = StanceReader(knowledge: knowledge)
        let text = reader.body(body, name: "body")
        let vocabulary = StanceVocabulary(documents: [text], minimumCount: 1)
        let values = StanceFeatures(claim: reader.claim(claim), body: text, vocabulary: vocabulary).values
        return Dictionary(uniqueKeysWithValues: zip(StanceFeatures.names, values))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var claim: String
        var body: String
        /// Debunks within a few words of the claim's words; those in the article's own voice; the claim's weighted
        /// share beside a debunk is above zero.
        var near: Bool
        var ownVoice: Bool
        var besideClaim: Bool
        var testDescription: String { body }
    }

    static let cases: [Case] = [
        // The article calls the picture doctored in its own voice, beside the claim's words.
        Case(
            claim: "A shark swam along a flooded motorway in Leeds",
            body:
                "The picture of a shark on a flooded motorway in Leeds is doctored. The same fin appeared in a magazine years ago.",
            near: true, ownVoice: true, besideClaim: true),
        // The same judgement, reported as an expert's: near the claim, but not the article's own voice.
        Case(
            claim: "A shark swam along a flooded motorway in Leeds",
            body:
                "Ms Patel, a photographer, said the picture of a shark on a flooded motorway in Leeds was doctored.",
            near: true, ownVoice: false, besideClaim: true),
        // A debunk about something else, sentences away from the claim's words.
        Case(
            claim: "A shark swam along a flooded motorway in Leeds",
            body:
                "A shark swam along a flooded motorway in Leeds on Sunday, drivers told the council. In other news, a satirical website mocked the budget.",
            near: false, ownVoice: false, besideClaim: false),
        // A phrase of several words (`no evidence`) is one debunk.
        Case(
            claim: "The mayor bought a yacht with council money",
            body: "There is no evidence that the mayor bought a yacht with council money. She denies wrongdoing.",
            near: true, ownVoice: true, besideClaim: true),
        // Nothing of the class anywhere.
        Case(
            claim: "The mayor bought a yacht with council money",
            body: "The mayor bought a yacht with council money, auditors found. She has promised to repay it.",
            near: false, ownVoice: false, besideClaim: false),
    ]

    @Test("A debunk counts near the claim's words, in the article's voice or another's", arguments: cases)
    func debunksNearTheClaim(_ row: Case) throws {
        let f = Self.features(row.claim, row.body)
        #expect((f["debunks near claim words"]! > 0) == row.near)
        #expect((f["own-voice debunks near claim words"]! > 0) == row.ownVoice)
        #expect((f["claim share beside a debunk"]! > 0) == row.besideClaim)
    }

    @Test("Debunks count in the body and the claim wherever they stand, refuting sentences among all sentences")
    func debunkRates() {
        let f = Self.features(
            "Viral video of a flying car is fake news",
            "A satirical website published the video. Engineers said the car cannot fly. The company makes vans.")
        #expect(f["body debunk rate"]! > 0)
        #expect(f["claim debunks"]! > 0)
        #expect(f["debunks in lead"] == 1)
        // One sentence of three holds a debunk or a refutation.
        #expect(abs(f["sentences refuting or debunking"]! - 1.0 / 3.0) < 1e-6)
    }

    struct Withheld: Sendable, CustomTestStringConvertible {
        var body: String
        var uncertain: Bool
        var reportNoun: Bool
        var testDescription: String { body }
    }

    static let withheld: [Withheld] = [
        Withheld(
            body: "It is unclear whether the bridge in Dorset collapsed on Monday.", uncertain: true,
            reportNoun: false),
        Withheld(
            body: "Reports that the bridge in Dorset collapsed on Monday spread quickly online.", uncertain: false,
            reportNoun: true),
        Withheld(
            body: "The bridge in Dorset collapsed on Monday. Whether the weather played a part is still unclear.",
            uncertain: false, reportNoun: false),
        Withheld(body: "The bridge in Dorset collapsed on Monday.", uncertain: false, reportNoun: false),
    ]

    @Test("Withheld judgements and named reports count where the claim is, not sentences away", arguments: withheld)
    func withheldNearTheClaim(_ row: Withheld) {
        let f = Self.features("The bridge in Dorset collapsed on Monday", row.body)
        #expect((f["uncertainties near claim words"]! > 0) == row.uncertain)
        #expect((f["report nouns near claim words"]! > 0) == row.reportNoun)
    }

    @Test("A user's comparison file (--comparison) adds debunk words")
    func usersExtendTheClass() throws {
        let claim = "The minister resigned on Friday"
        let body = "The story that the minister resigned on Friday is hogwash from start to end."
        #expect(Self.features(claim, body)["debunks near claim words"] == 0)
        let folder = try TemporaryFolder()
        let path = folder.path + "/mine.json"
        try Data(#"{"debunks": ["hogwash"]}"#.utf8).write(to: URL(fileURLWithPath: path))
        let knowledge = try Knowledge.with(comparison: path)
        #expect(Self.features(claim, body, knowledge: knowledge)["debunks near claim words"]! > 0)
    }
}
