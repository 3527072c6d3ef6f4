/// A piece of text in one role of an attribution (source, cue, content), with its spans: the extraction
/// contract's `ROLE = {"text": ..., "spans": [[start, end], ...]}`.
public struct Role: Sendable, Hashable, Codable {
    public var text: String
    public var spans: [TextSpan]

    public init(text: String, spans: [TextSpan]) {
        self.text = text
        self.spans = spans
    }

    /// The smallest span covering every piece.
    public var extent: TextSpan {
        TextSpan(spans.map(\.start).min() ?? 0, spans.map(\.end).max() ?? 0)
    }
}

/// Who said what: an attributed statement found in an article, as written. The canonical source is assigned by
/// the Sources stage.
public struct Attribution: Sendable, Hashable {
    /// The source mention as written (`It`, `the Observatory's chief, Rami Abdurrahman`); `nil` when the text
    /// names none.
    public var source: Role?
    public var cue: Role?
    public var content: Role
    /// For nested attribution, the inner source: `an unnamed military official` in
    /// `State TV quoted an unnamed military official as saying ...`.
    public var via: Role?
    /// The descriptive apposition beside the source (`a Britain-based monitoring group`), used to resolve it.
    public var apposition: Role?
    /// The pattern that found it: `quote-cue-source`, `source-cue-content`, `according-to`, ...
    public var rule: String
    /// Whether the content is a direct quotation.
    public var isDirectQuote: Bool
    /// Hedging words in the content: `appeared to`, `reportedly`, `may`.
    public var hedges: [String]
    /// The sentence holding the cue (or the content's start), as an index into `TextAnalysis.sentences`.
    public var sentence: Int
    /// Canonical sources, filled in by the Sources stage.
    public var resolved: ResolvedSources? = nil
    /// The quotations after the cue's sentence that carry the quote on with no cue of their own (`"X," he said.
    /// "Y."`): also pieces of `content`, as PolNeAR marks them. A piece in a paragraph of its own makes claims of
    /// its own (`ClaimBuilder`).
    public var continuation: [TextSpan] = []
}
