import Foundation

/// The pair model: whether an article body agrees with a claim, disagrees, discusses it or is about something
/// else, from `StanceFeatures`, the learned words of `StanceLexicon` and the sides of `StancePolarity` through boosted trees, with the vocabulary's
/// term rarities and the lexicon learned alongside.
/// Built by `corroborate train-stance` from FNC-1 and shipped as `Resources/stance-model.bin`.
public struct StanceModel: Sendable {
    var vocabulary: StanceVocabulary
    var lexicon: StanceLexicon
    /// The learned words of the side of its story each headline and article takes.
    var polarity: StancePolarity
    var trees: BoostedTrees
    /// The feature names the model was trained on, in order: a file from older code is refused, not misread.
    var featureNames: [String]

    /// Every feature the model reads, in order: `StanceFeatures`, then `StanceLexicon`'s and `StancePolarity`'s.
    static var names: [String] { StanceFeatures.names + StanceLexicon.names + StancePolarity.names }

    /// The model's decision on one pair, with the probabilities of the four stances and the body's best sentences.
    public struct Judgement: Sendable {
        public var stance: Stance
        /// In the order of `Stance.allCases`.
        public var probabilities: [Double]
        /// The body's sentences holding most of the claim (indices into the body's sentences), best first.
        public var best: [(sentence: Int, coverage: Double)]
        public var features: [Float]

        public var confidence: Double { probabilities[stance.index] }
    }

    func judge(claim: StanceText, body: StanceText) -> Judgement {
        let features = StanceFeatures(claim: claim, body: body, vocabulary: vocabulary)
        let values =
            features.values
            + lexicon.values(claim: claim, body: body, related: features.related, best: features.best.first?.sentence)
            + StancePolarity.values(claim: polarity.claimScore(claim), body: polarity.bodySide(body))
        let p = trees.probabilities(values)
        var k = 0
        for c in 1..<p.count where p[c] > p[k] { k = c }
        return Judgement(stance: Stance.allCases[k], probabilities: p, best: features.best, features: values)
    }

    /// The model built into the package.
    public static let builtIn: StanceModel? = {
        guard let url = Bundle.module.url(forResource: "stance-model", withExtension: "bin", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? StanceModelFile.decode(data, path: url.path)
    }()

    /// Loads a model written by `corroborate train-stance`.
    public static func load(_ path: String) throws(KnowledgeError) -> StanceModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be read")
        }
        return try StanceModelFile.decode(data, path: path)
    }

    /// Writes the model in its binary format, atomically.
    public func write(to path: String) throws(OutputError) {
        let bytes = [UInt8](StanceModelFile.encode(self))
        try AtomicFile.stream(to: path) { sink in sink.write(bytes) }
    }

    /// The number of trees, for summaries.
    public var treeCount: Int { trees.trees.count }
}
