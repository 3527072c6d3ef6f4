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
    /// Inner folds of the training stories for the learned words' features (see `fit`), and how words are learned.
    var lexiconFolds = 3
    var lexiconSettings = StanceLexicon.Settings()

    public init() {}

    /// Every feature the model reads, in order.
    public static var featureNames: [String] { StanceModel.names }

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

    /// A model from some of the corpus: the vocabulary from the given bodies, the learned words and the trees from
    /// the given pairs. The trees must learn what the learned words are worth on stories the lexicon has not seen:
    /// the training stories are dealt into `lexiconFolds` inner folds, and each pair's learned-word features come
    /// from a lexicon learned on the other inner folds; the model keeps the lexicon learned on all of them.
    func fit(_ corpus: Corpus, pairs: [Int], bodies: [Int], progress: ((Int) -> Void)? = nil) -> StanceModel {
        let vocabulary = StanceVocabulary(documents: bodies.map { corpus.bodies[$0] })
        let pairList = pairs.map { (claim: corpus.claimOf[$0], body: corpus.bodyOf[$0]) }
        let analysed = StanceModel.analyse(
            claims: corpus.claims, bodies: corpus.bodies, pairs: pairList, vocabulary: vocabulary)
        let labels = pairs.map { corpus.pairs[$0].stance!.index }
        let stories = FNCStories(pairs.map { corpus.pairs[$0] })
        let storyOf = pairs.map { stories.headlineStory[corpus.pairs[$0].headline]! }
        let innerFold = stories.folds(max(1, lexiconFolds))
        let contexts = pairs.indices.map { k in
            labels[k] == Stance.unrelated.index
                ? []
                : StanceLexicon.context(
                    claim: corpus.claims[pairList[k].claim], body: corpus.bodies[pairList[k].body],
                    sentences: analysed[k].related)
        }
        // The whole body's terms, per body (a pair's claim words are left in: each story votes once per side, so
        // the story's topic cancels), for the pairs the whole-body contrasts read.
        var bodyTerms: [Int: [String]] = [:]
        for k in pairs.indices where labels[k] == Stance.agree.index || labels[k] == Stance.discuss.index {
            let b = pairList[k].body
            if bodyTerms[b] == nil {
                bodyTerms[b] = Array(Set(corpus.bodies[b].words.map(\.term).filter { !$0.isEmpty })).sorted()
            }
        }
        let bodyContexts = pairs.indices.map { k in
            labels[k] == Stance.agree.index || labels[k] == Stance.discuss.index ? bodyTerms[pairList[k].body]! : []
        }
        func learn(_ keep: [Int]) -> StanceLexicon {
            StanceLexicon.learn(
                contexts: keep.map { contexts[$0] }, bodyContexts: keep.map { bodyContexts[$0] },
                labels: keep.map { labels[$0] }, stories: keep.map { storyOf[$0] },
                settings: lexiconSettings)
        }
        func learnSides(_ keep: [Int]) -> StancePolarity {
            StancePolarity.learn(
                claims: corpus.claims, bodies: corpus.bodies, pairs: keep.map { pairList[$0] },
                labels: keep.map { labels[$0] }, stories: keep.map { storyOf[$0] }, settings: lexiconSettings)
        }
        let lexicon = learn(Array(pairs.indices))
        let polarity = learnSides(Array(pairs.indices))
        let inner = (0..<max(1, lexiconFolds)).map { f in
            lexiconFolds > 1 ? learn(pairs.indices.filter { innerFold[storyOf[$0]] != f }) : lexicon
        }
        let innerSides = (0..<max(1, lexiconFolds)).map { f in
            lexiconFolds > 1 ? learnSides(pairs.indices.filter { innerFold[storyOf[$0]] != f }) : polarity
        }
        var rows = StanceModel.rows(
            analysed, claims: corpus.claims, bodies: corpus.bodies, pairs: pairList,
            lexicon: { inner[innerFold[storyOf[$0]]] }, polarities: innerSides,
            polarityOf: { innerFold[storyOf[$0]] })
        let names = StanceModel.names
        let ignored = names.indices.filter { ignoredFeatures.contains(names[$0]) }
        if !ignored.isEmpty { for r in rows.indices { for f in ignored { rows[r][f] = 0 } } }
        var trainer = BoostedTreesTrainer()
        trainer.rounds = trees.rounds
        trainer.depth = trees.depth
        trainer.learningRate = trees.learningRate
        trainer.minimumChildWeight = trees.minimumChildWeight
        trainer.lambda = trees.lambda
        let model = trainer.train(
            rows: rows, labels: labels, weights: labels.map { classWeights[$0] }, classes: Stance.allCases.count,
            progress: progress)
        return StanceModel(
            vocabulary: vocabulary, lexicon: lexicon, polarity: polarity, trees: model, featureNames: names)
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
    /// Feature rows for claim-body pairs (indices into `claims` and `bodies`), computed in parallel.
    static func features(
        claims: [StanceText], bodies: [StanceText], pairs: [(claim: Int, body: Int)], vocabulary: StanceVocabulary,
        lexicon: StanceLexicon, polarity: StancePolarity
    ) -> [[Float]] {
        let analysed = analyse(claims: claims, bodies: bodies, pairs: pairs, vocabulary: vocabulary)
        return rows(
            analysed, claims: claims, bodies: bodies, pairs: pairs, lexicon: { _ in lexicon }, polarities: [polarity],
            polarityOf: { _ in 0 })
    }

    /// The `StanceFeatures` of claim-body pairs, computed in parallel; each body's norm is computed once.
    static func analyse(
        claims: [StanceText], bodies: [StanceText], pairs: [(claim: Int, body: Int)], vocabulary: StanceVocabulary
    ) -> [StanceFeatures] {
        var usedBodies = [Bool](repeating: false, count: bodies.count)
        for pair in pairs { usedBodies[pair.body] = true }
        let used = usedBodies
        let norms = ResultBox<Double>(count: bodies.count)
        DispatchQueue.concurrentPerform(iterations: bodies.count) { b in
            _ = norms.set(b, used[b] ? vocabulary.norm(of: bodies[b]) : 0)
        }
        let norm = norms.values()
        return inChunks(pairs.count) { k in
            StanceFeatures(
                claim: claims[pairs[k].claim], body: bodies[pairs[k].body], vocabulary: vocabulary,
                bodyNorm: norm[pairs[k].body])
        }
    }

    /// Full feature rows: each pair's `StanceFeatures`, the learned words' features of the lexicon given for it
    /// (by its index in `pairs`), and the side features of the polarity given for it (`polarities[polarityOf(k)]`),
    /// computed in parallel; each claim's and body's side score is computed once per polarity.
    static func rows(
        _ analysed: [StanceFeatures], claims: [StanceText], bodies: [StanceText], pairs: [(claim: Int, body: Int)],
        lexicon: (Int) -> StanceLexicon, polarities: [StancePolarity], polarityOf: (Int) -> Int
    ) -> [[Float]] {
        let lexicons = pairs.indices.map(lexicon)
        let sideOf = pairs.indices.map(polarityOf)
        // Per polarity, the claims and bodies it scores, then their scores in parallel.
        var wanted: [(polarity: Int, isClaim: Bool, index: Int)] = []
        var slot: [[Int: Int]] = [[Int: Int]](repeating: [:], count: 2 * polarities.count)
        for k in pairs.indices {
            for (isClaim, index) in [(true, pairs[k].claim), (false, pairs[k].body)] {
                let table = 2 * sideOf[k] + (isClaim ? 0 : 1)
                if slot[table][index] == nil {
                    slot[table][index] = wanted.count
                    wanted.append((sideOf[k], isClaim, index))
                }
            }
        }
        let jobs = wanted
        // A claim's score is its side's `whole`.
        let scores = ResultBox<StancePolarity.BodySide>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { j in
            let job = jobs[j]
            let polarity = polarities[job.polarity]
            _ = scores.set(
                j,
                job.isClaim
                    ? StancePolarity.BodySide(whole: polarity.claimScore(claims[job.index]))
                    : polarity.bodySide(bodies[job.index]))
        }
        let score = scores.values()
        let slots = slot
        return inChunks(pairs.count) { k in
            let p = sideOf[k]
            return analysed[k].values
                + lexicons[k].values(
                    claim: claims[pairs[k].claim], body: bodies[pairs[k].body], related: analysed[k].related,
                    best: analysed[k].best.first?.sentence)
                + StancePolarity.values(
                    claim: score[slots[2 * p][pairs[k].claim]!].whole, body: score[slots[2 * p + 1][pairs[k].body]!])
        }
    }

    /// `make(k)` for every `k` in `0..<count`, in parallel chunks, in order.
    private static func inChunks<T: Sendable>(_ count: Int, _ make: @Sendable (Int) -> T) -> [T] {
        (0..<count).inOrderedChunks(perChunk: 64, maxChunks: 256) { $0.map(make) }.flatMap { $0 }
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
            vocabulary: vocabulary, lexicon: lexicon, polarity: polarity)
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
