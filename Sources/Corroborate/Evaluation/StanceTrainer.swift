import Dispatch
import Foundation

/// Trains the stance model on FNC-1 (`corroborate train-stance`): the bodies give the vocabulary's rarities,
/// every pair whose headline is not held out (`FNCCorpus.isHeldOut`) is an example, weighted by its class so
/// that `disagree` (2% of pairs) counts. Deterministic: the same files give the same model, byte for byte.
public struct StanceTrainer: Sendable {
    public var trees = BoostedTreesTrainerSettings()
    /// Example weight per class, in the order of `Stance.allCases` (agree, disagree, discuss, unrelated).
    public var classWeights: [Float] = [2, 6, 1, 0.5]

    public init() {}

    /// What training saw, for the summary line.
    public struct Summary: Sendable {
        public var examples: Int
        /// The held-out pairs (every fifth headline, all its pairs), in file order, with their gold stances.
        public var heldOutPairs: [FNCCorpus.Pair]
        public var heldOut: Int { heldOutPairs.count }
        public var bodies: Int
        public var classCounts: [Int]
    }

    public func train(
        stances: String, bodies: String, knowledge: Knowledge = .builtIn, progress: ((String) -> Void)? = nil
    ) throws(FNCError) -> (StanceModel, Summary) {
        let texts = try FNCCorpus.bodies(bodies)
        let pairs = try FNCCorpus.pairs(stances, labels: true)
        let reader = StanceReader(knowledge: knowledge)
        let ids = texts.keys.sorted()
        let read = reader.bodies(ids.map { ($0, texts[$0]!) })
        var byID: [String: StanceText] = [:]
        for (k, id) in ids.enumerated() { byID[id] = read[k] }
        let vocabulary = StanceVocabulary(documents: read)
        let heldOut = pairs.filter { FNCCorpus.isHeldOut($0.headline) }
        let training = pairs.filter { !FNCCorpus.isHeldOut($0.headline) }
        for pair in training where byID[pair.bodyID] == nil {
            throw .badRecord(path: stances, record: pair.record, reason: "Body ID \(pair.bodyID) is not in \(bodies)")
        }
        progress?(
            "\(read.count) bodies, \(training.count) training pairs (\(heldOut.count) held out)")
        let rows = StanceModel.features(
            training.map { ($0.headline, byID[$0.bodyID]!) }, reader: reader, vocabulary: vocabulary)
        let labels = training.map { $0.stance!.index }
        let weights = labels.map { classWeights[$0] }
        var counts = [Int](repeating: 0, count: Stance.allCases.count)
        for l in labels { counts[l] += 1 }
        var trainer = BoostedTreesTrainer()
        trainer.rounds = trees.rounds
        trainer.depth = trees.depth
        trainer.learningRate = trees.learningRate
        let model = trainer.train(rows: rows, labels: labels, weights: weights, classes: Stance.allCases.count) {
            round in
            if round % 50 == 0 || round == trainer.rounds { progress?("round \(round) of \(trainer.rounds)") }
        }
        return (
            StanceModel(vocabulary: vocabulary, trees: model, featureNames: StanceFeatures.names),
            Summary(
                examples: training.count, heldOutPairs: heldOut, bodies: read.count, classCounts: counts
            )
        )
    }
}

/// The boosting settings `train-stance` exposes.
public struct BoostedTreesTrainerSettings: Sendable {
    public var rounds = 300
    public var depth = 5
    public var learningRate: Float = 0.1
    public init() {}
}

extension StanceModel {
    /// Feature rows for claim-body pairs, computed in parallel (each distinct claim read once).
    static func features(_ pairs: [(String, StanceText)], reader: StanceReader, vocabulary: StanceVocabulary)
        -> [[Float]]
    {
        var read: [String: StanceText] = [:]
        for (claim, _) in pairs where read[claim] == nil { read[claim] = reader.claim(claim) }
        let claims = read
        let chunks = max(1, min(256, pairs.count / 64))
        let box = ResultBox<[[Float]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let from = pairs.count * c / chunks
            let to = pairs.count * (c + 1) / chunks
            let part = pairs[from..<to].map { claim, body in
                StanceFeatures(claim: claims[claim]!, body: body, vocabulary: vocabulary).values
            }
            _ = box.set(c, part)
        }
        return box.values().flatMap { $0 }
    }

    /// Predicts FNC-1 pairs: a stance per pair, or `nil` when its body is missing from `bodies`.
    public func predict(
        _ pairs: [FNCCorpus.Pair], bodies: [String: String], knowledge: Knowledge = .builtIn
    ) -> [Stance?] {
        let reader = StanceReader(knowledge: knowledge)
        let ids = Set(pairs.map(\.bodyID)).filter { bodies[$0] != nil }.sorted()
        let read = reader.bodies(ids.map { ($0, bodies[$0]!) })
        var byID: [String: StanceText] = [:]
        for (k, id) in ids.enumerated() { byID[id] = read[k] }
        let known = pairs.indices.filter { byID[pairs[$0].bodyID] != nil }
        let rows = StanceModel.features(
            known.map { (pairs[$0].headline, byID[pairs[$0].bodyID]!) }, reader: reader, vocabulary: vocabulary)
        var out = [Stance?](repeating: nil, count: pairs.count)
        for (k, i) in known.enumerated() { out[i] = StanceModel.decide(trees.probabilities(rows[k])) }
        return out
    }

    /// The most probable stance.
    static func decide(_ p: [Double]) -> Stance {
        var k = 0
        for c in 1..<p.count where p[c] > p[k] { k = c }
        return Stance.allCases[k]
    }
}
