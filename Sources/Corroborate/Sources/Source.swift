/// A canonical source: one name per entity across every article, with its kind and, when known, its side.
public struct Source: Sendable, Hashable, Codable, Comparable {
    public var name: String
    public var kind: SourceKind
    /// Sources on one side usually take the same position; agreement across sides is the strongest kind.
    public var side: String?
    /// For several sources credited together, each of them.
    public var members: [Source]?

    public init(name: String, kind: SourceKind, side: String? = nil, members: [Source]? = nil) {
        self.name = name
        self.kind = kind
        self.side = side
        self.members = members
    }

    /// The individual sources this one stands for: its members, or itself.
    public var individuals: [Source] { members ?? [self] }

    public static func < (lhs: Source, rhs: Source) -> Bool { lhs.name < rhs.name }
}

extension Attribution {
    /// The source resolved by `SourceResolver`, filled in after extraction.
    public var canonical: Source? {
        get { resolved?.source }
        set { resolved = ResolvedSources(source: newValue, via: resolved?.via) }
    }

    /// The inner source of a nested attribution, resolved.
    public var viaCanonical: Source? {
        get { resolved?.via }
        set { resolved = ResolvedSources(source: resolved?.source, via: newValue) }
    }
}

/// The resolved sources of an attribution.
public struct ResolvedSources: Sendable, Hashable {
    public var source: Source?
    public var via: Source?
}
