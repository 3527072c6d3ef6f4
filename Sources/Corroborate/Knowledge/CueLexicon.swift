/// Cue words that introduce attributed statements, from `Resources/cues.json`.
public struct CueLexicon: Codable, Sendable {
    /// How a cue verb takes its content.
    public enum Frame: String, Codable, Sendable {
        /// A clause or a quotation: `said (that) ...`, `warned ...`.
        case speech
        /// A belief or intention, which PolNeAR counts as attribution: `believes ...`, `wants ...`.
        case cognition
        /// A noun phrase, often with a complement: `condemned X`, `urged X to ...`, `branded X as ...`.
        case object
    }

    public struct Verb: Codable, Sendable {
        public var lemma: String
        public var frame: Frame
        public var forms: [String]
    }

    public struct Nested: Codable, Sendable {
        public var quote: [String]
        public var saying: [String]
    }

    public var verbs: [Verb]
    public var prepositional: [String]
    public var nested: Nested
    public var skipBetweenSourceAndCue: Set<String>
    public var hedges: [String]
    /// Verbs whose subject belongs to the content and names no source (`the deal appears to be dead`), as
    /// PolNeAR annotates them; used with `--broad`, where the model adds them as cues.
    public var raising: Set<String>
    /// Words by what they report (`speech`, `cognition`, `stance`, `message`, ...): each entry a word, or its forms
    /// as `think|thought`; regular inflections are matched too. The attribution tagger reads a word's classes as
    /// features, so a verb of a known class counts even where training never saw it.
    public var classes: [String: [String]]

    /// Adds another lexicon's entries; its verbs take precedence for forms both define.
    mutating func merge(_ other: CueLexicon) {
        verbs = other.verbs + verbs
        prepositional += other.prepositional
        nested.quote += other.nested.quote
        nested.saying += other.nested.saying
        skipBetweenSourceAndCue.formUnion(other.skipBetweenSourceAndCue)
        hedges += other.hedges
        raising.formUnion(other.raising)
        classes.merge(other.classes) { $0 + $1 }
    }

    private enum CodingKeys: String, CodingKey {
        case verbs, prepositional, nested, skipBetweenSourceAndCue, hedges, raising, classes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verbs = try container.decodeIfPresent([Verb].self, forKey: .verbs) ?? []
        prepositional = try container.decodeIfPresent([String].self, forKey: .prepositional) ?? []
        nested = try container.decodeIfPresent(Nested.self, forKey: .nested) ?? Nested(quote: [], saying: [])
        skipBetweenSourceAndCue =
            try container.decodeIfPresent(Set<String>.self, forKey: .skipBetweenSourceAndCue) ?? []
        hedges = try container.decodeIfPresent([String].self, forKey: .hedges) ?? []
        raising = try container.decodeIfPresent(Set<String>.self, forKey: .raising) ?? []
        classes = try container.decodeIfPresent([String: [String]].self, forKey: .classes) ?? [:]
    }
}
