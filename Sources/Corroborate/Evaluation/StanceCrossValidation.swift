/// Cross-validation of the stance model by story (`train-stance --cross-validate K`): FNC-1's stories
/// (`FNCStories`) are dealt into K folds, and every pair is predicted by a model that saw neither its headline nor
/// its body, nor any other headline or body of their stories. A related pair lies inside one story, so the model
/// that leaves its fold out predicts it; an unrelated pair may join two folds, and the model that leaves both out
/// predicts it (K(K+1)/2 models in all). Each model's vocabulary comes from its own training bodies, as the shipped
/// model's comes from FNC-1 train alone. Deterministic: the same files and settings give the same predictions.
public struct StanceCrossValidation: Sendable {
    public var folds: Int
    public var trainer: StanceTrainer

    public init(folds: Int = 5, trainer: StanceTrainer = StanceTrainer()) {
        self.folds = folds
        self.trainer = trainer
    }

    public struct Result: Sendable {
        /// The pairs in file order, with their gold stances, and the out-of-fold prediction of each.
        public var pairs: [FNCCorpus.Pair]
        public var predicted: [Stance]
        public var stories: Int
        /// Stories and related pairs per fold.
        public var foldStories: [Int]
        public var foldRelated: [Int]
        public var models: Int
        public var score: FNCScore { FNCScore(gold: pairs, predicted: predicted) }
    }

    public func run(
        stances: String, bodies: String, knowledge: Knowledge = .builtIn, progress: ((String) -> Void)? = nil
    ) throws(FNCError) -> Result {
        let corpus = try StanceTrainer.read(
            stances: stances, bodies: bodies, reader: StanceReader(knowledge: knowledge))
        let stories = FNCStories(corpus.pairs)
        let foldOf = stories.folds(folds)
        let headlineFold = corpus.pairs.map { foldOf[stories.headlineStory[$0.headline]!] }
        let bodyFold = corpus.bodyIDs.map { id in stories.bodyStory[id].map { foldOf[$0] } ?? -1 }
        var foldStories = [Int](repeating: 0, count: folds)
        var foldRelated = [Int](repeating: 0, count: folds)
        for (story, fold) in foldOf.enumerated() {
            foldStories[fold] += 1
            foldRelated[fold] += stories.relatedPairs[story]
        }
        progress?(
            "\(corpus.pairs.count) pairs, \(corpus.bodies.count) bodies, \(stories.count) stories in \(folds) folds (related pairs per fold: \(foldRelated.map(String.init).joined(separator: ", ")))"
        )
        var predicted = [Stance](repeating: .unrelated, count: corpus.pairs.count)
        var models = 0
        let total = folds * (folds + 1) / 2
        for i in 0..<folds {
            for j in i..<folds {
                let out = { (fold: Int) in fold != i && fold != j }
                let test = corpus.pairs.indices.filter {
                    let (h, b) = (headlineFold[$0], bodyFold[corpus.bodyOf[$0]])
                    return min(h, b) == i && max(h, b) == j
                }
                guard !test.isEmpty else { continue }
                let train = corpus.pairs.indices.filter { out(headlineFold[$0]) && out(bodyFold[corpus.bodyOf[$0]]) }
                let trainBodies = corpus.bodies.indices.filter { out(bodyFold[$0]) }
                models += 1
                progress?(
                    "model \(models) of \(total) (folds \(i == j ? "\(i + 1)" : "\(i + 1) and \(j + 1)") left out): \(train.count) training pairs, \(test.count) to predict"
                )
                let model = trainer.fit(corpus, pairs: train, bodies: trainBodies)
                let rows = StanceModel.features(
                    claims: corpus.claims, bodies: corpus.bodies,
                    pairs: test.map { (corpus.claimOf[$0], corpus.bodyOf[$0]) }, vocabulary: model.vocabulary,
                    lexicon: model.lexicon, polarity: model.polarity)
                for (k, stance) in model.decide(rows).enumerated() { predicted[test[k]] = stance }
            }
        }
        return Result(
            pairs: corpus.pairs, predicted: predicted, stories: stories.count, foldStories: foldStories,
            foldRelated: foldRelated, models: models)
    }
}
