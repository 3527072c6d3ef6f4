/// Well-known sources with their aliases, kinds and sides, from `Resources/sources.json`, plus the words that
/// give an unknown source its kind and the titles stripped from a person's name.
public struct SourceRegistry: Codable, Sendable {
    public struct Entry: Codable, Sendable {
        public var name: String
        public var kind: SourceKind
        public var aliases: [String]
        public var side: String?
        public var person: Bool?

        /// The folded words of the entry's name and aliases.
        var nameWords: Set<String> {
            Set((aliases + [name]).flatMap { SourceResolver.words($0.folded) })
        }
    }

    public var sources: [Entry]
    public var kindWords: [String: [String]]
    public var titles: [String]
    public var opposingSides: [[String]]
    /// Words that describe a broadcaster or paper around its name (`private`, `television`): `private NTV
    /// television` is the source `NTV`.
    public var descriptors: [String]
    /// Nouns that head the name of a body (`ministry`, `office`, `institute`): `Velmora's Transport Ministry` is a
    /// body, not a person called `Ministry`.
    public var bodyNouns: [String]
    /// Nouns for what a source issues (`statement`, `email`, `page`): `Anton Dorn's Facebook page` speaks for
    /// Anton Dorn, `a statement from the ministry` for the ministry.
    public var documentNouns: [String]
    /// Nouns for what a person is or does (`ceo`, `sergeant`, `presenter`, `niece`): before a name they describe
    /// the person and are no part of the name (`Harbour Board CEO Ida Holm` is Ida Holm), and a later `the CEO`
    /// is the person named before with that role.
    public var roleWords: [String]

    /// Adds another registry; its entries take precedence.
    mutating func merge(_ other: SourceRegistry) {
        sources = other.sources + sources
        for (kind, words) in other.kindWords { kindWords[kind, default: []] += words }
        titles += other.titles
        opposingSides += other.opposingSides
        descriptors += other.descriptors
        bodyNouns += other.bodyNouns
        documentNouns += other.documentNouns
        roleWords += other.roleWords
    }

    private enum CodingKeys: String, CodingKey {
        case sources, kindWords, titles, opposingSides, descriptors, bodyNouns, documentNouns, roleWords
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sources = try container.decodeIfPresent([Entry].self, forKey: .sources) ?? []
        kindWords = try container.decodeIfPresent([String: [String]].self, forKey: .kindWords) ?? [:]
        titles = try container.decodeIfPresent([String].self, forKey: .titles) ?? []
        opposingSides = try container.decodeIfPresent([[String]].self, forKey: .opposingSides) ?? []
        descriptors = try container.decodeIfPresent([String].self, forKey: .descriptors) ?? []
        bodyNouns = try container.decodeIfPresent([String].self, forKey: .bodyNouns) ?? []
        documentNouns = try container.decodeIfPresent([String].self, forKey: .documentNouns) ?? []
        roleWords = try container.decodeIfPresent([String].self, forKey: .roleWords) ?? []
    }

    /// Whether two sides rarely agree, so that their agreement is the strongest corroboration.
    public func areOpposed(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, a != b else { return false }
        return opposingSides.contains { $0.contains(a) && $0.contains(b) }
    }
}

/// What kind of source speaks: the sourcing review counts statements by these.
public enum SourceKind: String, Codable, Sendable, CaseIterable, Comparable {
    case monitoringGroup = "monitoring-group"
    case stateMedia = "state-media"
    case media
    case rebelFaction = "rebel-faction"
    case militantGroup = "militant-group"
    case official
    case government
    case military
    case internationalOrg = "international-org"
    case anonymous
    case multiple
    /// The outlet itself: statements the article makes without attributing them.
    case outlet
    case other

    public static func < (lhs: SourceKind, rhs: SourceKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A label for people: `state media`, `monitoring group`.
    public var label: String { String(rawValue.map { $0 == "-" ? " " : $0 }) }
}
