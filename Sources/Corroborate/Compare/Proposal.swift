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
    /// An explanation left to be written until the proposal is flagged (`explained`): a run holds every kept
    /// proposal until the last pair is compared, and a rule whose explanation reads only what its evidence and a
    /// count hold need not keep a copy of the text each meanwhile.
    var lateExplanation = LateExplanation.none

    /// The explanations a rule may leave to be written (`Proposal.lateExplanation`). The payload is small enough
    /// to fit in the padding after `copied`, so a proposal is no wider for it.
    enum LateExplanation: Sendable, Equatable {
        /// The relation's explanation is written.
        case none
        /// One quotation credited to two named people (`QuoteVariants.speakerConflict`): the number of words
        /// that line up; the speakers and articles are the evidence's.
        case sameWordsTwoSpeakers(aligned: UInt16)
    }

    /// The relation with its explanation written: what is judged, reported and trained on.
    var explained: Relation {
        guard case .sameWordsTwoSpeakers(let aligned) = lateExplanation, relation.evidence.count == 2 else {
            return relation
        }
        var relation = relation
        relation.explanation = QuoteVariants.twoSpeakersExplanation(
            aligned: Int(aligned), relation.evidence[0], relation.evidence[1])
        return relation
    }
}
