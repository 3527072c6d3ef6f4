import Foundation
import Testing

@testable import Corroborate

/// A run judges each proposal as it is made and keeps only its probability: the flags must come out as when the
/// proposals were judged whole, features and all.
@Suite("Relation judge")
struct RelationJudgeTests {
    /// A model that weighs one feature (the cosine) and flags a contradiction from 0.6.
    static let model: RelationModel = {
        var weights = [Double](repeating: 0, count: PairFeatures.count)
        weights[PairFeatures.Name.allCases.firstIndex(of: .cosine)!] = 4
        let family = RelationModel.Family(bias: -2, weights: weights, threshold: 0.6)
        return RelationModel(
            description: "test", features: PairFeatures.names, conflict: family, agreement: family, training: [:])
    }()

    static func proposal(cosine: Double) -> Proposal {
        let side = { (claim: String, words: String, start: Int) in
            RelationEvidence(
                claim: claim, source: "the harbour authority", sourceKind: .government, document: "a.txt",
                words: words, span: TextSpan(start, start + words.count))
        }
        let relation = Relation(
            id: "", type: .conflict, claims: ["c1", "c2"], rule: "denial", score: 0.5,
            explanation: "The ferry sailed; the ferry did not sail.",
            evidence: [side("c1", "the ferry sailed", 0), side("c2", "the ferry did not sail", 40)])
        var features = PairFeatures()
        features[.cosine] = cosine
        return Proposal(relation: relation, family: .conflict, features: features)
    }

    @Test(
        "A proposal the model flags keeps its probability in place of its features; one it does not is dropped",
        arguments: [(0.9, true), (0.5, false)])
    func settles(cosine: Double, kept: Bool) {
        let judge = RelationJudge(model: RelationJudgeTests.model)
        var proposal = RelationJudgeTests.proposal(cosine: cosine)
        #expect(judge.settle(&proposal) == kept)
        if kept {
            let logistic: Double = 1 / (1 + exp(2 - 4 * cosine))
            let error: Double = abs((proposal.probability ?? .nan) - logistic)
            #expect(error < 1e-12)
            #expect(proposal.features.values.allSatisfy { $0 == 0 })
        }
    }

    @Test("A settled proposal is flagged with the score and explanation of the whole one")
    func settledJudgedAlike() {
        let judge = RelationJudge(model: RelationJudgeTests.model)
        let whole = RelationJudgeTests.proposal(cosine: 0.8)
        var settled = whole
        #expect(judge.settle(&settled))
        let flags = judge.judge([settled], claims: [])
        #expect(flags == judge.judge([whole], claims: []))
        #expect(flags.count == 1)
        #expect(flags.first?.score == 0.77)
    }
}
