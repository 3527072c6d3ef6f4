/// Word classes for claims, from `Resources/events.json`: kinds of happening, manner and state classes and
/// which of them conflict, entities with their spelling variants, measures, qualifiers and number words.
public struct EventLexicon: Codable, Sendable {
    public struct Entity: Codable, Sendable {
        public var name: String
        public var type: String
        public var aliases: [String]
        /// The larger place this one lies in (`eastern Aleppo` in `Aleppo`).
        public var parent: String?
        /// A country or region: too wide to tell events apart by itself.
        public var general: Bool?
    }

    public var kinds: [String: [String]]
    public var manner: [String: [String]]
    public var state: [String: [String]]
    public var conflicts: [[String]]
    public var entities: [Entity]
    public var measures: [String: [String]]
    public var qualifiers: [String: String]
    public var numberWords: [String: Double]
    public var negation: [String]
    public var families: [String: [String]]
    /// Families whose happening is done to the place itself (a capture, a withdrawal, control): with these, a
    /// place named after the kind word behind one of `locatives` (`a reporter was captured near Tarsk`, `seized
    /// power in Tarsk`) is only where something else was taken, so the claim does not assert the happening there.
    public var placeTaken: [String]
    /// Prepositions that say where something happened (`in`, `near`), not what it happened to.
    public var locatives: [String]

    /// Adds another lexicon's entries.
    mutating func merge(_ other: EventLexicon) {
        for (key, words) in other.kinds { kinds[key, default: []] += words }
        for (key, words) in other.manner { manner[key, default: []] += words }
        for (key, words) in other.state { state[key, default: []] += words }
        conflicts += other.conflicts
        entities = other.entities + entities
        for (key, words) in other.measures { measures[key, default: []] += words }
        qualifiers.merge(other.qualifiers) { _, new in new }
        numberWords.merge(other.numberWords) { _, new in new }
        negation += other.negation
        for (key, kinds) in other.families { families[key, default: []] += kinds }
        placeTaken += other.placeTaken
        locatives += other.locatives
    }

    private enum CodingKeys: String, CodingKey {
        case kinds, manner, state, conflicts, entities, measures, qualifiers, numberWords, negation, families
        case placeTaken, locatives
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kinds = try c.decodeIfPresent([String: [String]].self, forKey: .kinds) ?? [:]
        manner = try c.decodeIfPresent([String: [String]].self, forKey: .manner) ?? [:]
        state = try c.decodeIfPresent([String: [String]].self, forKey: .state) ?? [:]
        conflicts = try c.decodeIfPresent([[String]].self, forKey: .conflicts) ?? []
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        measures = try c.decodeIfPresent([String: [String]].self, forKey: .measures) ?? [:]
        qualifiers = try c.decodeIfPresent([String: String].self, forKey: .qualifiers) ?? [:]
        numberWords = try c.decodeIfPresent([String: Double].self, forKey: .numberWords) ?? [:]
        negation = try c.decodeIfPresent([String].self, forKey: .negation) ?? []
        families = try c.decodeIfPresent([String: [String]].self, forKey: .families) ?? [:]
        placeTaken = try c.decodeIfPresent([String].self, forKey: .placeTaken) ?? []
        locatives = try c.decodeIfPresent([String].self, forKey: .locatives) ?? []
    }
}
