/// One article as ingest made it: its text (what `corroborate text` prints, and what every offset refers to),
/// its metadata, and the parts of the text that are page furniture rather than reporting.
public struct Document: Sendable {
    /// Where the article came from: the path as the user gave it, or `-` for standard input.
    public var path: String
    public var format: Format
    public var metadata: DocumentMetadata
    /// The article text. Offsets everywhere are Unicode scalar offsets into this string.
    public let text: String
    /// The text as scalars, for constant-time offset access (a byte each for an ASCII text).
    public let scalars: ScalarText
    /// Furniture kept in the text but left out of analysis: the dateline, photo captions, credit lines.
    public var furniture: [TextSpan]
    /// What ingest noticed but could work around (a guessed encoding, removed furniture), for the user.
    public var warnings: [String]

    public enum Format: String, Sendable, Codable {
        case text
        case html
    }

    public init(
        path: String, format: Format, metadata: DocumentMetadata, text: String, furniture: [TextSpan] = [],
        warnings: [String] = []
    ) {
        self.path = path
        self.format = format
        self.metadata = metadata
        self.text = Document.exactCopy(text)
        self.scalars = Document.scalars(of: text)
        self.furniture = furniture
        self.warnings = warnings
    }

    /// The text in storage of its own size: a text built by appending (lines joined, markup stripped) can hold
    /// up to twice its bytes, and every document is held to the end of the run.
    static func exactCopy(_ text: String) -> String {
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            _ = buffer.initialize(from: utf8)
            return utf8.count
        }
    }

    /// The scalars of a text, in a buffer of exactly their number (see `ScalarText`).
    static func scalars(of text: String) -> ScalarText { ScalarText(text) }

    /// The text of a span.
    public func text(of span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        // UTF-8 bytes built in one buffer: appending scalars to a string view one by one is several times slower.
        if scalars.isASCII(lower..<upper) { return String(decoding: scalars.asciiBytes(lower..<upper), as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(upper - lower)
        for scalar in scalars[lower..<upper] { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file name without folders, used to name the article in reports.
    public var name: String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

/// What is known about an article besides its text.
public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var title: String?
    public var outlet: String?
    public var author: String?
    public var date: CalendarDate?
    public var url: String?
    /// The place named in the dateline (`BEIRUT` in `BEIRUT/london -`).
    public var place: String?
    /// The dateline as written.
    public var dateline: String?

    public init(
        title: String? = nil, outlet: String? = nil, author: String? = nil, date: CalendarDate? = nil,
        url: String? = nil, place: String? = nil, dateline: String? = nil
    ) {
        self.title = title
        self.outlet = outlet
        self.author = author
        self.date = date
        self.url = url
        self.place = place
        self.dateline = dateline
    }

    /// Fills the fields this value lacks from `other`.
    mutating func fill(from other: DocumentMetadata) {
        title = title ?? other.title
        outlet = outlet ?? other.outlet
        author = author ?? other.author
        date = date ?? other.date
        url = url ?? other.url
        place = place ?? other.place
        dateline = dateline ?? other.dateline
    }
}
