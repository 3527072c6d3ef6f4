/// A relation between claims, carrying the rule that fired, a score, an explanation and the exact words on each
/// side: what a fact-checker needs to judge the flag without trusting the tool.
public struct Relation: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case agreement
        case conflict
        case numericConflict = "numeric-conflict"
        case tension
        case quoteVariant = "quote-variant"
        case update

        /// Conflicts, numeric conflicts and tensions are listed as contradictions.
        public var isContradiction: Bool { self == .conflict || self == .numericConflict || self == .tension }
    }

    /// `r1`, `r2`, ...
    public var id: String
    public var type: Kind
    /// The claims related, by id.
    public var claims: [String]
    /// The rule that fired: `manner: unopposed vs contested`, `numeric: killed`, ...
    public var rule: String
    /// How strong the flag is, from 0 to 1; contradictions are listed strongest first.
    public var score: Double
    public var explanation: String
    /// The exact words on each side.
    public var evidence: [RelationEvidence]
    /// The event the relation is about, if any.
    public var event: String?
}

/// One side of a relation: which claim, which source, which words.
public struct RelationEvidence: Sendable, Hashable, Codable {
    public var claim: String
    public var source: String
    public var sourceKind: SourceKind
    public var document: String
    /// The words that made the rule fire, exactly as written.
    public var words: String
    public var span: TextSpan
}

/// Claims about one happening, grouped across articles, with how many independent sources report it.
public struct Event: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    /// The kind of happening (`territory`, `violence`, `siege`, ...).
    public var kind: String
    public var place: String
    public var date: CalendarDate?
    public var label: String
    public var claims: [String]
    /// The distinct canonical sources whose own words assert it (not those that only mention the place and a
    /// kind word), wire copies counted once.
    public var sources: [String]
    public var independentSources: Int
    /// Sources on opposing sides both report it: the strongest corroboration.
    public var crossSide: Bool
    /// Sources that deny it, or that a flag shows contradicting a source that asserts it: listed against it,
    /// never counted for it.
    public var contradictedBy: [String] = []
    public var singleSourced: Bool { independentSources <= 1 }
}
