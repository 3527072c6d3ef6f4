/// An item of a report with what a story store adds to it: `new` (arrived since the report's `--since`),
/// `newSources` (sources that report an event since then and did not before) and a person's `review`. Encoded
/// as the item's own fields plus these, which are left out when absent, so a report not made from a store is
/// the same bytes as before.
struct Marked<Item: Encodable & Sendable>: Encodable, Sendable {
    var item: Item
    var new: Bool?
    var newSources: [String]?
    var review: RelationReview?

    init(item: Item, new: Bool? = nil, newSources: [String]? = nil, review: RelationReview? = nil) {
        self.item = item
        self.new = new
        self.newSources = newSources
        self.review = review
    }

    private enum Keys: String, CodingKey {
        case new, newSources, review
    }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(new, forKey: .new)
        try container.encodeIfPresent(newSources, forKey: .newSources)
        try container.encodeIfPresent(review, forKey: .review)
    }
}

/// `true` for what is new, absent otherwise: only new items carry the field.
func newFlag(_ isNew: Bool?) -> Bool? { isNew == true ? true : nil }

/// The JSON report's `since`: from when items count as new, and the ids of what is new.
struct SinceEntry: Encodable, Sendable {
    var from: String
    var label: String
    var articles: [String]
    var claims: [String]
    var relations: [String]
    var events: [String]
    /// Per event id, the sources newly reporting it.
    var eventSources: [String: [String]]

    init(_ novelty: Novelty, analysis: Analysis) {
        from = novelty.from
        label = novelty.label
        articles = novelty.articles.sorted().map { "d\($0 + 1)" }
        claims = analysis.claims.map(\.id).filter { novelty.claims.contains($0) }
        relations = analysis.relations.map(\.id).filter { novelty.relations.contains($0) }
        events = analysis.events.map(\.id).filter { novelty.events.contains($0) }
        eventSources = novelty.eventSources
    }
}
