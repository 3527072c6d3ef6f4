import Dispatch
import Foundation

/// Trains the stance model on FNC-1 (`corroborate train-stance`): the bodies give the vocabulary's rarities, every
/// pair is an example, weighted by its class so that `disagree` (2% of pairs) counts. Deterministic: the same files
/// give the same model, byte for byte. `StanceCrossValidation` uses the same steps on parts of the files.
public struct StanceTrainer: Sendable {
    public var trees = BoostedTreesTrainerSettings()
    /// Example weight per class, in the order of `Stance.allCases` (agree, disagree, discuss, unrelated); disagree's
    /// weight chosen by cross-validation over stories (10 against 6, measured before the debunk words: macro F1
    /// 0.619 against 0.617).
    public var classWeights: [Float] = [2, 10, 1, 0.5]
    /// Features left out of training (by name; the trees never split on them), to measure what each is worth.
    public var ignoredFeatures: Set<String> = []

    public init() {}

    /// Every feature the model reads, in order.
    public static var featureNames: [String] { StanceFeatures.names }

    /// What training saw, for the summary line.
    public struct Summary: Sendable {
        public var examples: Int
        public var bodies: Int
        public var classCounts: [Int]
    }

    /// FNC-1's files read once: each body and each distinct headline as a `StanceText`.
    struct Corpus: Sendable {
        var pairs: [FNCCorpus.Pair]
        /// Body IDs in sorted order, and their texts.
        var bodyIDs: [String]
        var bodies: [StanceText]
        /// The body of each pair, an index into `bodies`.
        var bodyOf: [Int]
        /// The claim of each pair, an index into `claims`.
        var claimOf: [Int]
        var claims: [StanceText]
    }

    /// Reads the files; a pair whose body is missing is an error naming its record.
    static func read(stances: String, bodies: String, reader: StanceReader) throws(FNCError) -> Corpus {
        let texts = try FNCCorpus.bodies(bodies)
        let pairs = try FNCCorpus.pairs(stances, labels: true)
        let ids = texts.keys.sorted()
        var index: [String: Int] = [:]
        for (k, id) in ids.enumerated() { index[id] = k }
        var bodyOf: [Int] = []
        for pair in pairs {
            guard let k = index[pair.bodyID] else {
                throw .badRecord(
                    path: stances, record: pair.record, reason: "Body ID \(pair.bodyID) is not in \(bodies)")
            }
            bodyOf.append(k)
        }
        let (claims, claimOf) = readClaims(pairs.map(\.headline), reader: reader)
        return Corpus(
            pairs: pairs, bodyIDs: ids, bodies: reader.bodies(ids.map { ($0, texts[$0]!) }), bodyOf: bodyOf,
            claimOf: claimOf, claims: claims)
    }

    /// Each distinct claim read once, in parallel; and the index of each given claim among them.
    static func readClaims(_ headlines: [String], reader: StanceReader) -> ([StanceText], [Int]) {
        var distinct: [String] = []
        var index: [String: Int] = [:]
        let claimOf = headlines.map { headline in
            if let k = index[headline] { return k }
            index[headline] = distinct.count
            distinct.append(headline)
            return distinct.count - 1
        }
        let texts = distinct
        let box = ResultBox<StanceText>(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { k in _ = box.set(k, reader.claim(texts[k])) }
        return (box.values(), claimOf)
    }

    public func train(
        stances: String, bodies: String, knowledge: Knowledge = .builtIn, progress: ((String) -> Void)? = nil
    ) throws(FNCError) -> (StanceModel, Summary) {
        let corpus = try StanceTrainer.read(
            stances: stances, bodies: bodies, reader: StanceReader(knowledge: knowledge))
        progress?("\(corpus.bodies.count) bodies, \(corpus.pairs.count) training pairs")
        let all = Array(corpus.pairs.indices)
        let model = fit(corpus, pairs: all, bodies: Array(corpus.bodies.indices)) { round in
            if round % 50 == 0 || round == trees.rounds { progress?("round \(round) of \(trees.rounds)") }
        }
        var counts = [Int](repeating: 0, count: Stance.allCases.count)
        for pair in corpus.pairs { counts[pair.stance!.index] += 1 }
        return (model, Summary(examples: all.count, bodies: corpus.bodies.count, classCounts: counts))
    }

    /// A model from some of the corpus: the vocabulary from the given bodies, the trees from the given pairs.
    func fit(_ corpus: Corpus, pairs: [Int], bodies: [Int], progress: ((Int) -> Void)? = nil) -> StanceModel {
        let vocabulary = StanceVocabulary(documents: bodies.map { corpus.bodies[$0] })
        var rows = StanceModel.features(
            claims: corpus.claims, bodies: corpus.bodies, pairs: pairs.map { (corpus.claimOf[$0], corpus.bodyOf[$0]) },
            vocabulary: vocabulary)
        let ignored = StanceFeatures.names.indices.filter { ignoredFeatures.contains(StanceFeatures.names[$0]) }
        if !ignored.isEmpty { for r in rows.indices { for f in ignored { rows[r][f] = 0 } } }
        let labels = pairs.map { corpus.pairs[$0].stance!.index }
        var trainer = BoostedTreesTrainer()
        trainer.rounds = trees.rounds
        trainer.depth = trees.depth
        trainer.learningRate = trees.learningRate
        trainer.minimumChildWeight = trees.minimumChildWeight
        trainer.lambda = trees.lambda
        let model = trainer.train(
            rows: rows, labels: labels, weights: labels.map { classWeights[$0] }, classes: Stance.allCases.count,
            progress: progress)
        return StanceModel(vocabulary: vocabulary, trees: model, featureNames: StanceFeatures.names)
    }
}

/// The boosting settings `train-stance` exposes.
public struct BoostedTreesTrainerSettings: Sendable {
    public var rounds = 300
    public var depth = 5
    public var learningRate: Float = 0.1
    /// The smallest summed hessian a leaf may have (chosen by cross-validation by story: larger leaves learn less
    /// of single articles and carry better to new stories), and the L2 penalty on leaf values.
    public var minimumChildWeight: Float = 20
    public var lambda: Float = 1
    public init() {}
}

extension StanceModel {
    /// Feature rows for claim-body pairs (indices into `claims` and `bodies`), computed in parallel; each body's
    /// norm is computed once.
    static func features(
        claims: [StanceText], bodies: [StanceText], pairs: [(claim: Int, body: Int)], vocabulary: StanceVocabulary
    ) -> [[Float]] {
        var usedBodies = [Bool](repeating: false, count: bodies.count)
        for pair in pairs { usedBodies[pair.body] = true }
        let used = usedBodies
        let norms = ResultBox<Double>(count: bodies.count)
        DispatchQueue.concurrentPerform(iterations: bodies.count) { b in
            _ = norms.set(b, used[b] ? vocabulary.norm(of: bodies[b]) : 0)
        }
        let norm = norms.values()
        let chunks = max(1, min(256, pairs.count / 64))
        let box = ResultBox<[[Float]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let from = pairs.count * c / chunks
            let to = pairs.count * (c + 1) / chunks
            let part = pairs[from..<to].map { pair in
                StanceFeatures(
                    claim: claims[pair.claim], body: bodies[pair.body], vocabulary: vocabulary,
                    bodyNorm: norm[pair.body]
                ).values
            }
            _ = box.set(c, part)
        }
        return box.values().flatMap { $0 }
    }

    /// The most probable stance of each row.
    func decide(_ rows: [[Float]]) -> [Stance] {
        rows.map { StanceModel.decide(trees.probabilities($0)) }
    }

    /// Predicts FNC-1 pairs: a stance per pair, or `nil` when its body is missing from `bodies`.
    public func predict(
        _ pairs: [FNCCorpus.Pair], bodies: [String: String], knowledge: Knowledge = .builtIn
    ) -> [Stance?] {
        let reader = StanceReader(knowledge: knowledge)
        let ids = Set(pairs.map(\.bodyID)).filter { bodies[$0] != nil }.sorted()
        let read = reader.bodies(ids.map { ($0, bodies[$0]!) })
        var index: [String: Int] = [:]
        for (k, id) in ids.enumerated() { index[id] = k }
        let known = pairs.indices.filter { index[pairs[$0].bodyID] != nil }
        let (claims, claimOf) = StanceTrainer.readClaims(known.map { pairs[$0].headline }, reader: reader)
        let rows = StanceModel.features(
            claims: claims, bodies: read, pairs: known.indices.map { (claimOf[$0], index[pairs[known[$0]].bodyID]!) },
            vocabulary: vocabulary)
        var out = [Stance?](repeating: nil, count: pairs.count)
        for (k, stance) in decide(rows).enumerated() { out[known[k]] = stance }
        return out
    }

    /// The most probable stance.
    static func decide(_ p: [Double]) -> Stance {
        var k = 0
        for c in 1..<p.count where p[c] > p[k] { k = c }
        return Stance.allCases[k]
    }
}
