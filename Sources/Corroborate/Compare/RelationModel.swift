import Foundation

/// The learned part of the comparison: for contradictions and for agreements, a logistic regression over the
/// rules' `PairFeatures` and the least probability for a flag. Built deterministically by `corroborate
/// train-relations` from annotated stories (the threshold chosen on stories left out of training), shipped as
/// `Resources/relation-model.json`.
public struct RelationModel: Sendable, Codable, Equatable {
    /// Weights of one family of relations.
    public struct Family: Sendable, Codable, Equatable {
        public var bias: Double
        public var weights: [Double]
        /// Proposals scored below this are not flagged.
        public var threshold: Double

        public init(bias: Double, weights: [Double], threshold: Double) {
            self.bias = bias
            self.weights = weights
            self.threshold = threshold
        }

        /// The probability the model gives a feature vector.
        func probability(_ features: [Double]) -> Double {
            var z = bias
            for (w, x) in zip(weights, features) { z += w * x }
            return 1 / (1 + exp(-z))
        }
    }

    public var description: String
    /// The feature names, in the order of the weights.
    public var features: [String]
    public var conflict: Family
    public var agreement: Family
    /// How the model was built, for the record.
    public var training: [String: String]

    public init(
        description: String, features: [String], conflict: Family, agreement: Family, training: [String: String]
    ) {
        self.description = description
        self.features = features
        self.conflict = conflict
        self.agreement = agreement
        self.training = training
    }

    /// A model that keeps every proposal (probability one half, threshold one half): the rules alone.
    public static let rulesOnly = RelationModel(
        description: "no learned weights: every proposal of the rules is flagged", features: PairFeatures.names,
        conflict: Family(bias: 0, weights: [Double](repeating: 0, count: PairFeatures.count), threshold: 0.5),
        agreement: Family(bias: 0, weights: [Double](repeating: 0, count: PairFeatures.count), threshold: 0.5),
        training: [:])

    /// The shipped model, or the rules alone when it was built for other features.
    public static let builtIn: RelationModel = {
        guard
            let url = Bundle.module.url(
                forResource: "relation-model", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url), let model = try? RelationModel.decode(data)
        else { return rulesOnly }
        return model
    }()

    /// Reads a model file, refusing one whose features are not this build's.
    public static func decode(_ data: Data) throws(RelationModelError) -> RelationModel {
        let model: RelationModel
        do {
            model = try JSONDecoder().decode(RelationModel.self, from: data)
        } catch {
            throw .unreadable("\(error)")
        }
        guard model.features == PairFeatures.names, model.conflict.weights.count == PairFeatures.count,
            model.agreement.weights.count == PairFeatures.count
        else { throw .otherFeatures }
        return model
    }

    /// The model as indented JSON with sorted keys, so that a rebuild is byte for byte the same.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Whether the model has learnt nothing: every proposal is flagged as the rules made it.
    var isRulesOnly: Bool {
        [conflict, agreement].allSatisfy { $0.bias == 0 && $0.threshold == 0.5 && $0.weights.allSatisfy { $0 == 0 } }
    }

    func family(_ family: Proposal.Family) -> Family? {
        if isRulesOnly { return nil }
        switch family {
        case .conflict: return conflict
        case .agreement: return agreement
        case .rule: return nil
        }
    }
}

/// Why a relation model file cannot be used.
public enum RelationModelError: Error, CustomStringConvertible {
    case unreadable(String)
    case otherFeatures

    public var description: String {
        switch self {
        case .unreadable(let why): return "not a relation model: \(why)"
        case .otherFeatures: return "the model was built for other features; rebuild it with train-relations"
        }
    }
}
