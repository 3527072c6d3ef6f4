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
    /// Cue words whose sense in a sentence may be a deed rather than words (see `Acts`); the report's sources
    /// read them, the attribution tagger does not.
    public var acts: Acts

    /// Cue words whose sense may be a deed rather than words: `attacked the mall`, `showed up at a hospital`,
    /// `claimed the lives of six`. Each entry is a verb's base form (`strike|struck` gives irregular forms;
    /// regular inflections are matched too), with the word that makes it a deed after a space where the entry
    /// says so.
    public struct Acts: Codable, Sendable {
        /// Verbs of force, whose sense is a deed when their object is one of `targets` or one of `casualties`
        /// follows (`attacked a patrol near the border`, `attacked the mall, killing six`), and criticism otherwise
        /// (`attacked the senator for his vote`).
        public var force: [String]
        /// Nouns for places, vehicles and units that a verb of force strikes as a deed (`patrol`, `mall`, `convoy`).
        public var targets: [String]
        /// Words for casualties after a verb of force that make it a deed (`killing`, `wounded`).
        public var casualties: [String]
        /// A verb and the particle that makes it a motion (`show up`: to appear somewhere, not to show anything;
        /// `turn up`).
        public var phrasal: [String]
        /// A verb and an object noun that make an idiom of a deed (`claim lives`: to kill).
        public var objects: [String]
        /// Verbs of thought whose sense with `about` or `of` after them is a topic, not a proposition
        /// (`knew about the plan`, `heard of the raid`).
        public var topics: [String]
        /// Verbs that report words only with a clause, a quotation or a colon after them (`agreed that`, `showed
        /// the ferry was late`, `added: "..."`) and are deeds with a noun object, `to` and a verb, or a
        /// preposition (`agreed a truce`, `agreed to build a wall`, `asked for help`).
        public var clausal: [String]
        /// Verbs that state of a deed in `-ing` after them that it happened or not (`denied agreeing to a truce`,
        /// `admitted firing`): a cue that ends on the deed is then a statement, not a deed.
        public var statements: [String] = []

        public init(
            force: [String] = [], targets: [String] = [], casualties: [String] = [], phrasal: [String] = [],
            objects: [String] = [], topics: [String] = [], clausal: [String] = [], statements: [String] = []
        ) {
            self.force = force
            self.targets = targets
            self.casualties = casualties
            self.phrasal = phrasal
            self.objects = objects
            self.topics = topics
            self.clausal = clausal
            self.statements = statements
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            force = try container.decodeIfPresent([String].self, forKey: .force) ?? []
            targets = try container.decodeIfPresent([String].self, forKey: .targets) ?? []
            casualties = try container.decodeIfPresent([String].self, forKey: .casualties) ?? []
            phrasal = try container.decodeIfPresent([String].self, forKey: .phrasal) ?? []
            objects = try container.decodeIfPresent([String].self, forKey: .objects) ?? []
            topics = try container.decodeIfPresent([String].self, forKey: .topics) ?? []
            clausal = try container.decodeIfPresent([String].self, forKey: .clausal) ?? []
            statements = try container.decodeIfPresent([String].self, forKey: .statements) ?? []
        }
    }

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
        acts.force += other.acts.force
        acts.targets += other.acts.targets
        acts.casualties += other.acts.casualties
        acts.phrasal += other.acts.phrasal
        acts.objects += other.acts.objects
        acts.topics += other.acts.topics
        acts.clausal += other.acts.clausal
        acts.statements += other.acts.statements
    }

    private enum CodingKeys: String, CodingKey {
        case verbs, prepositional, nested, skipBetweenSourceAndCue, hedges, raising, classes, acts
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
        acts = try container.decodeIfPresent(Acts.self, forKey: .acts) ?? Acts()
    }
}
