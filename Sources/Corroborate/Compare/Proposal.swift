/// A relation a rule proposes, with what the rule measured: the relation model decides whether it is flagged.
struct Proposal: Sendable {
    /// Which model judges the proposal: contradictions and agreements have their own weights and thresholds;
    /// quote variants and updates are decided by their rule alone.
    enum Family: String, Sendable, CaseIterable {
        case conflict
        case agreement
        case rule
    }

    var relation: Relation
    var family: Family
    var features: PairFeatures
    /// The relation model's probability, once a run has judged the proposal as it was made
    /// (`RelationJudge.settle`): its features are let go then, since every kept proposal is held until all are
    /// judged. Training judges nothing early and keeps the features.
    var probability: Double?
    /// An agreement between two claims whose sentences are one text (`CopiedText`): never flagged, but it holds
    /// the place its claims' agreement with each other's article would take, so that a weaker pair of the two
    /// articles, near the copied passage, is not reported in its stead; no training example either.
    var copied = false
}
