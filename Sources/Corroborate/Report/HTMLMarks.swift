/// What a story store adds to the HTML report, as the templates read it: the "new since" box after the summary,
/// a `new` badge on relations that arrived since then, people's reviews, and the relations they dismissed. Every
/// value is empty or absent on a report not made from a store, so such pages show none of it.
struct NewSince {
    var label: String
    var articles: Int
    var claims: Int
    var contradictions: Int
    var otherRelations: Int
    /// The new contradictions by id, at most twelve, linked to their cards.
    var contradictionIDs: [String]
    var hasContradictionIDs: Bool
    var events: [EventGain]
    var hasEvents: Bool

    /// An event with sources that report it since then and did not before: new corroboration of a fact.
    struct EventGain {
        var label: String
        var sources: String
        var isNewEvent: Bool
    }

    init?(_ analysis: Analysis, names: ReportNames) {
        guard let novelty = analysis.novelty else { return nil }
        label = novelty.label
        articles = novelty.articles.count
        claims = novelty.claims.count
        let newRelations = analysis.relations.filter { novelty.relations.contains($0.id) }
        let newContradictions = newRelations.filter(\.type.isContradiction)
        contradictions = newContradictions.count
        otherRelations = newRelations.count - newContradictions.count
        contradictionIDs = newContradictions.prefix(12).map(\.id)
        hasContradictionIDs = !contradictionIDs.isEmpty
        let gained = analysis.events.compactMap { event -> EventGain? in
            guard let sources = novelty.eventSources[event.id] else { return nil }
            return EventGain(
                label: event.label, sources: sources.map(names.source).joined(separator: ", "),
                isNewEvent: novelty.events.contains(event.id))
        }
        events = Array(gained.prefix(20))
        hasEvents = !events.isEmpty
    }
}

/// A person's verdict on a relation, shown under its card.
struct ReviewMark {
    var verdict: String
    var reviewer: String
    var at: String
    var note: String?

    init?(_ relation: Relation, _ analysis: Analysis) {
        guard let review = analysis.reviews[relation.id] else { return nil }
        verdict = review.verdict.rawValue
        reviewer = review.reviewer
        at = review.at
        note = review.note.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// A relation people marked wrong: listed apart at the end of the contradictions, not counted.
struct DismissedRelation {
    var id: String
    var type: String
    var rule: String
    var sides: String
    var review: ReviewMark?

    init(_ relation: Relation, _ analysis: Analysis, names: ReportNames) {
        id = relation.id
        type = relation.type.rawValue
        rule = relation.rule
        sides = relation.evidence.map { "\(names.source($0.source)): “\($0.words)”" }.joined(separator: " / ")
        review = ReviewMark(relation, analysis)
    }
}
