/// What a report from a story store marks as new: what arrived since a point in time (`report --since DATE` or
/// `--since-last`). Items are named by the ids the report gives them; articles by their index.
public struct Novelty: Sendable {
    /// When "new" starts, as the store writes times (UTC, ISO 8601).
    public var from: String
    /// In words: `the last add (2025-03-02T08:00:00Z)`, `since 2025-03-01T00:00:00Z`.
    public var label: String
    public var articles: Set<Int> = []
    public var claims: Set<String> = []
    public var relations: Set<String> = []
    /// Events first reported since then.
    public var events: Set<String> = []
    /// Per event, the sources that report it since then and did not before: new corroboration of a fact.
    public var eventSources: [String: [String]] = [:]

    public init(from: String, label: String) {
        self.from = from
        self.label = label
    }
}

/// A person's verdict on a relation (`corroborate review STORE r12 wrong --note ...`).
public struct RelationReview: Sendable, Codable, Hashable {
    public enum Verdict: String, Sendable, Codable, CaseIterable {
        case right, wrong
    }

    public var verdict: Verdict
    public var note: String?
    public var reviewer: String
    /// When, as the store writes times (UTC, ISO 8601).
    public var at: String

    public init(verdict: Verdict, note: String?, reviewer: String, at: String) {
        self.verdict = verdict
        self.note = note
        self.reviewer = reviewer
        self.at = at
    }
}
