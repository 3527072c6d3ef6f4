/// One article as ingest made it: its text (what `corroborate text` prints, and what every offset refers to),
/// its metadata, and the parts of the text that are page furniture rather than reporting.
public struct Document: Sendable {
    /// Where the article came from: the path as the user gave it, or `-` for standard input.
    public var path: String
    public var format: Format
    public var metadata: DocumentMetadata
    /// The article text. Offsets everywhere are Unicode scalar offsets into this string.
    public let text: String
    /// The text as scalars, for constant-time offset access.
    public let scalars: [Unicode.Scalar]
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
        self.text = text
        self.scalars = Document.scalars(of: text)
        self.furniture = furniture
        self.warnings = warnings
    }

    /// The scalars of a text, in an array of exactly their number: counted on the UTF-8 bytes (a scalar starts at
    /// every byte that is not a continuation byte), and an ASCII text copied byte by byte.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        let count = text.scalarCount
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(count)
        if count == text.utf8.count {
            for byte in text.utf8 { scalars.append(Unicode.Scalar(byte)) }
        } else {
            scalars.append(contentsOf: text.unicodeScalars)
        }
        return scalars
    }

    /// The text of a span.
    public func text(of span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        // UTF-8 bytes built in one buffer: appending scalars to a string view one by one is several times slower.
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
