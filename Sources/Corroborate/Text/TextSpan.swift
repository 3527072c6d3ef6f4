/// A half-open range of Unicode scalar offsets into a document's text: the convention of brat and PolNeAR,
/// so that spans can be scored against their annotations.
public struct TextSpan: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func contains(_ offset: Int) -> Bool { start <= offset && offset < end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension TextSpan: Codable {
    /// Encoded as `[start, end]`, as the extraction contract and the scorer expect.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(try container.decode(Int.self), try container.decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}

extension TextSpan: CustomStringConvertible {
    public var description: String { "\(start)..<\(end)" }
}
