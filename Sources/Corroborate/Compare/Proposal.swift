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
}
