/// A statement as the comparison sees it: an attribution's content, or a sentence the outlet states on its own
/// authority, with its source and normalised frame.
///
/// Its fields live in one shared, copy-on-write box: the comparison and the reports pass claims around by the
/// million (every candidate pair holds two), and a copy is then one reference count rather than one per field.
public struct Claim: Sendable, Hashable, Identifiable {
    /// `c1`, `c2`, ... in document order.
    public var id: String {
        _read { yield storage.id }
        _modify {
            unique()
            yield &storage.id
        }
    }
    /// Index of the article in the analysis.
    public var document: Int {
        _read { yield storage.document }
        _modify {
            unique()
            yield &storage.document
        }
    }
    /// Index of the attribution in its article, or `nil` for the outlet's own statement.
    public var attribution: Int? {
        _read { yield storage.attribution }
        _modify {
            unique()
            yield &storage.attribution
        }
    }
    public var source: Source {
        _read { yield storage.source }
        _modify {
            unique()
            yield &storage.source
        }
    }
    /// For nested attribution, the inner source (`an unnamed military official`).
    public var via: Source? {
        get { storage.via?.value }
        set {
            unique()
            storage.via = newValue.map(Boxed.init)
        }
    }
    /// Where the source is named in the article (empty for the outlet's own statements), so that the comparison
    /// can tell a speaker from a dateline or a fragment of a longer name.
    public var sourceSpans: [TextSpan] {
        _read { yield storage.sourceSpans }
        _modify {
            unique()
            yield &storage.sourceSpans
        }
    }
    public var text: String {
        _read { yield storage.text }
        _modify {
            unique()
            yield &storage.text
        }
    }
    public var spans: [TextSpan] {
        _read { yield storage.spans }
        _modify {
            unique()
            yield &storage.spans
        }
    }
    /// The sentence the claim starts in, an index into the article's sentences.
    public var sentence: Int {
        _read { yield storage.sentence }
        _modify {
            unique()
            yield &storage.sentence
        }
    }
    public var isDirectQuote: Bool {
        _read { yield storage.isDirectQuote }
        _modify {
            unique()
            yield &storage.isDirectQuote
        }
    }
    public var frame: ClaimFrame {
        _read { yield storage.frame }
        _modify {
            unique()
            yield &storage.frame
        }
    }
    /// The events the claim belongs to, filled in by the comparison; the first is its main event.
    public var events: [String] {
        _read { yield storage.events }
        _modify {
            unique()
            yield &storage.events
        }
    }
    /// Claims that are near-identical copies across outlets (wire copy) share a copy group.
    public var copyGroup: String? {
        _read { yield storage.copyGroup }
        _modify {
            unique()
            yield &storage.copyGroup
        }
    }
    /// Hashes of the claim's five-word shingles, computed with the claim (per article, in parallel) so that the
    /// comparison only indexes them.
    var shingles: [Int] {
        _read { yield storage.shingles }
        _modify {
            unique()
            yield &storage.shingles
        }
    }
    /// What the comparison reads from the claim, read with it (per article, in parallel, from the words the frame
    /// was read from) and dropped once the comparison is done.
    var read: ReadContent? {
        _read { yield storage.read }
        _modify {
            unique()
            yield &storage.read
        }
    }

    private var storage: Storage

    init(
        id: String, document: Int, attribution: Int?, source: Source, via: Source?, sourceSpans: [TextSpan] = [],
        text: String, spans: [TextSpan], sentence: Int, isDirectQuote: Bool, frame: ClaimFrame,
        events: [String] = [], copyGroup: String? = nil, shingles: [Int] = [], read: ReadContent? = nil
    ) {
        storage = Storage(
            id: id, document: document, attribution: attribution, source: source, via: via.map(Boxed.init),
            sourceSpans: sourceSpans, text: text, spans: spans, sentence: sentence, isDirectQuote: isDirectQuote,
            frame: frame, events: events, copyGroup: copyGroup, shingles: shingles, read: read)
    }

    /// Gives this claim a box of its own before a field changes, if another claim shares it.
    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public static func == (lhs: Claim, rhs: Claim) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let a = lhs.storage
        let b = rhs.storage
        return a.id == b.id && a.document == b.document && a.attribution == b.attribution && a.source == b.source
            && a.via == b.via && a.sourceSpans == b.sourceSpans && a.text == b.text && a.spans == b.spans
            && a.sentence == b.sentence && a.isDirectQuote == b.isDirectQuote && a.frame == b.frame
            && a.events == b.events && a.copyGroup == b.copyGroup && a.shingles == b.shingles && a.read == b.read
    }

    /// The fields in declaration order, as a synthesised conformance would hash them.
    public func hash(into hasher: inout Hasher) {
        let s = storage
        hasher.combine(s.id)
        hasher.combine(s.document)
        hasher.combine(s.attribution)
        hasher.combine(s.source)
        hasher.combine(s.via)
        hasher.combine(s.sourceSpans)
        hasher.combine(s.text)
        hasher.combine(s.spans)
        hasher.combine(s.sentence)
        hasher.combine(s.isDirectQuote)
        hasher.combine(s.frame)
        hasher.combine(s.events)
        hasher.combine(s.copyGroup)
        hasher.combine(s.shingles)
        hasher.combine(s.read)
    }

    /// The fields of a claim; shared between copies until one of them changes.
    private final class Storage: @unchecked Sendable {
        var id: String
        var document: Int
        var attribution: Int?
        var source: Source
        /// Boxed: most claims have no inner source, and a source is 48 bytes.
        var via: Boxed<Source>?
        var sourceSpans: [TextSpan]
        var text: String
        var spans: [TextSpan]
        var sentence: Int
        var isDirectQuote: Bool
        var frame: ClaimFrame
        var events: [String]
        var copyGroup: String?
        var shingles: [Int]
        var read: ReadContent?

        init(
            id: String, document: Int, attribution: Int?, source: Source, via: Boxed<Source>?,
            sourceSpans: [TextSpan], text: String, spans: [TextSpan], sentence: Int, isDirectQuote: Bool,
            frame: ClaimFrame, events: [String], copyGroup: String?, shingles: [Int], read: ReadContent?
        ) {
            self.id = id
            self.document = document
            self.attribution = attribution
            self.source = source
            self.via = via
            self.sourceSpans = sourceSpans
            self.text = text
            self.spans = spans
            self.sentence = sentence
            self.isDirectQuote = isDirectQuote
            self.frame = frame
            self.events = events
            self.copyGroup = copyGroup
            self.shingles = shingles
            self.read = read
        }

        func copy() -> Storage {
            Storage(
                id: id, document: document, attribution: attribution, source: source, via: via,
                sourceSpans: sourceSpans, text: text, spans: spans, sentence: sentence, isDirectQuote: isDirectQuote,
                frame: frame, events: events, copyGroup: copyGroup, shingles: shingles, read: read)
        }
    }

    /// The five-word shingles of a text, for finding wire copy; empty for texts under eight words. Each is a
    /// 64-bit hash of five word hashes (a fixed mix, not the seeded `Hasher`, which cost more than the reading),
    /// sorted and without repeats.
    static func shingles(of text: String) -> [Int] {
        var words: [UInt64] = []
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isLetter || scalar.isDigit {
                let lower =
                    scalar.value < 0x80 && scalar.isUppercaseLetter ? scalar.value + 32 : scalar.value
                h = (h ^ UInt64(lower)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                words.append(Claim.mixed(h))
                h = 0xCBF2_9CE4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(Claim.mixed(h)) }
        guard words.count >= 8 else { return [] }
        var result: [Int] = []
        result.reserveCapacity(words.count - 4)
        for k in 0...(words.count - 5) {
            var s: UInt64 = 0x9E37_79B9_7F4A_7C15
            for w in words[k..<(k + 5)] { s = Claim.mixed(s ^ w) }
            result.append(Int(truncatingIfNeeded: s))
        }
        result.sort()
        var unique = 0
        for value in result where unique == 0 || result[unique - 1] != value {
            result[unique] = value
            unique += 1
        }
        result.removeLast(result.count - unique)
        return result
    }

    /// A 64-bit finaliser (splitmix64's): every input bit reaches every output bit.
    @inline(__always)
    static func mixed(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The normalised content of a claim: what happened, where, to whom, how much, when, and how sure.
public struct ClaimFrame: Sendable, Hashable, Codable {
    /// Kinds of happening (`capture`, `withdrawal`, `casualties`, ...) with the words that show them.
    public var kinds: [Evidence]
    public var places: [EntityMention]
    public var actors: [EntityMention]
    /// Places taken from the sentences before, for claims that refer back (`these gains`, `It said nine...`).
    public var contextPlaces: [EntityMention]
    public var quantities: [Quantity]
    public var time: TimeReference? {
        get { timeBox?.value }
        set { timeBox = newValue.map(Boxed.init) }
    }
    public var negated: Bool
    public var negation: Evidence? {
        get { negationBox?.value }
        set { negationBox = newValue.map(Boxed.init) }
    }
    /// The time and the negation, boxed: most claims have neither, and they are 64 and 48 bytes wide.
    private var timeBox: Boxed<TimeReference>?
    private var negationBox: Boxed<Evidence>?
    public var hedges: [String]
    /// Manner classes (`unopposed`, `contested`) with their words.
    public var manner: [Evidence]
    /// State classes (`full-control`, `partial-control`) with their words.
    public var state: [Evidence]

    private enum CodingKeys: String, CodingKey {
        case kinds, places, actors, contextPlaces, quantities, time, negated, negation, hedges, manner, state
    }

    /// Empty lists and `false` are left out, so that reports stay small; decoding treats them as empty.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !kinds.isEmpty { try c.encode(kinds, forKey: .kinds) }
        if !places.isEmpty { try c.encode(places, forKey: .places) }
        if !actors.isEmpty { try c.encode(actors, forKey: .actors) }
        if !contextPlaces.isEmpty { try c.encode(contextPlaces, forKey: .contextPlaces) }
        if !quantities.isEmpty { try c.encode(quantities, forKey: .quantities) }
        try c.encodeIfPresent(time, forKey: .time)
        if negated { try c.encode(negated, forKey: .negated) }
        try c.encodeIfPresent(negation, forKey: .negation)
        if !hedges.isEmpty { try c.encode(hedges, forKey: .hedges) }
        if !manner.isEmpty { try c.encode(manner, forKey: .manner) }
        if !state.isEmpty { try c.encode(state, forKey: .state) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kinds = try c.decodeIfPresent([Evidence].self, forKey: .kinds) ?? []
        places = try c.decodeIfPresent([EntityMention].self, forKey: .places) ?? []
        actors = try c.decodeIfPresent([EntityMention].self, forKey: .actors) ?? []
        contextPlaces = try c.decodeIfPresent([EntityMention].self, forKey: .contextPlaces) ?? []
        quantities = try c.decodeIfPresent([Quantity].self, forKey: .quantities) ?? []
        timeBox = try c.decodeIfPresent(TimeReference.self, forKey: .time).map(Boxed.init)
        negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        negationBox = try c.decodeIfPresent(Evidence.self, forKey: .negation).map(Boxed.init)
        hedges = try c.decodeIfPresent([String].self, forKey: .hedges) ?? []
        manner = try c.decodeIfPresent([Evidence].self, forKey: .manner) ?? []
        state = try c.decodeIfPresent([Evidence].self, forKey: .state) ?? []
    }

    init(
        kinds: [Evidence], places: [EntityMention], actors: [EntityMention], contextPlaces: [EntityMention],
        quantities: [Quantity], time: TimeReference?, negated: Bool, negation: Evidence?, hedges: [String],
        manner: [Evidence], state: [Evidence]
    ) {
        self.kinds = kinds
        self.places = places
        self.actors = actors
        self.contextPlaces = contextPlaces
        self.quantities = quantities
        self.timeBox = time.map(Boxed.init)
        self.negated = negated
        self.negationBox = negation.map(Boxed.init)
        self.hedges = hedges
        self.manner = manner
        self.state = state
    }
}

/// A class of meaning found in a claim, with the exact words and where they are.
public struct Evidence: Sendable, Hashable, Codable {
    public var label: String
    public var words: String
    public var span: TextSpan
}

/// A place or actor named in a claim, with its one canonical name.
public struct EntityMention: Sendable, Hashable, Codable {
    public var name: String
    public var words: String
    public var span: TextSpan
    public var parent: String?
    public var general: Bool
}

/// A number in a claim, with what it counts and how exact it is.
public struct Quantity: Sendable, Hashable, Codable {
    public enum Qualifier: String, Sendable, Codable {
        case exact, atLeast, moreThan, nearly, about, upTo, lessThan
    }

    public var value: Double
    /// What is counted (`killed`, `wounded`, `trapped`, `villages`, `distance`, `percent`, ...).
    public var measure: String
    public var qualifier: Qualifier
    /// The unit after conversion, for measures with units (`km`, `km2`).
    public var unit: String?
    public var words: String
    public var span: TextSpan

    /// The range of values the claim allows, given its qualifier.
    public var interval: ClosedRange<Double> {
        switch qualifier {
        case .exact: return (value * 0.98)...(value * 1.02 + 0.5)
        case .atLeast: return value...Double.greatestFiniteMagnitude
        case .moreThan: return (value + 0.0001)...Double.greatestFiniteMagnitude
        case .nearly: return (value * 0.85)...value
        case .about: return (value * 0.8)...(value * 1.2)
        case .upTo: return 0...value
        case .lessThan: return 0...(max(0, value - 0.0001))
        }
    }
}

/// When a claim says something happened.
public struct TimeReference: Sendable, Hashable, Codable {
    public var words: String
    /// The day, when the words and the article date fix it.
    public var date: CalendarDate?
    /// Month and day without a year (`August 24` in an undated article), as `MM-DD`.
    public var monthDay: String?
}

/// A claim's `ClaimContent`, carried with the claim from the claims stage to the comparison. It is derived from
/// the claim's own spans, so it takes no part in comparing two claims for equality.
struct ReadContent: Sendable, Hashable {
    var value: ClaimContent

    static func == (lhs: ReadContent, rhs: ReadContent) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
