/// A text's Unicode scalars with constant-time access by offset (offsets everywhere are scalar offsets), kept in a
/// byte each: an ASCII scalar as itself, any other as `0x80` plus its place in a palette of the text's distinct
/// non-ASCII scalars (curly quotation marks, dashes, accented letters: a handful in a news article).
///
/// A document keeps its scalars from ingest to the end of the report, for every article of the run at once, so an
/// article's scalars take as much memory as its ASCII text rather than four times as much. A text with more than 128
/// distinct non-ASCII scalars keeps four bytes a scalar.
public struct ScalarText: RandomAccessCollection, Sendable, Equatable {
    /// A byte per scalar (empty when `isWide`).
    private let bytes: [UInt8]
    /// The non-ASCII scalars, by their byte less `0x80`.
    private let palette: [Unicode.Scalar]
    /// Every scalar, for a text whose non-ASCII scalars do not fit the palette (empty otherwise).
    private let wide: [Unicode.Scalar]
    private let isWide: Bool
    public let endIndex: Int
    public var startIndex: Int { 0 }

    /// The scalars of a text; an ASCII text (counted on its UTF-8 bytes, where a scalar starts at every byte that
    /// is not a continuation byte) is copied byte by byte.
    public init(_ text: String) {
        let count = text.scalarCount
        endIndex = count
        if count == text.utf8.count {
            bytes = Array(text.utf8)
            palette = []
            wide = []
            isWide = false
            return
        }
        if let (bytes, palette) = ScalarText.encoded(text.unicodeScalars, count: count) {
            self.bytes = bytes
            self.palette = palette
            wide = []
            isWide = false
        } else {
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(count)
            scalars.append(contentsOf: text.unicodeScalars)
            bytes = []
            palette = []
            wide = scalars
            isWide = true
        }
    }

    /// Scalars already split (in tests, and where a text is built scalar by scalar).
    public init(_ scalars: [Unicode.Scalar]) {
        endIndex = scalars.count
        if let (bytes, palette) = ScalarText.encoded(scalars, count: scalars.count) {
            self.bytes = bytes
            self.palette = palette
            wide = []
            isWide = false
        } else {
            bytes = []
            palette = []
            wide = scalars
            isWide = true
        }
    }

    /// A byte per scalar and the palette, or nil when the text has more than 128 distinct non-ASCII scalars.
    private static func encoded(_ scalars: some Sequence<Unicode.Scalar>, count: Int) -> ([UInt8], [Unicode.Scalar])? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var palette: [Unicode.Scalar] = []
        var places: [Unicode.Scalar: UInt8] = [:]
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else if let place = places[scalar] {
                bytes.append(place)
            } else {
                guard palette.count < 128 else { return nil }
                let place = UInt8(0x80 + palette.count)
                places[scalar] = place
                palette.append(scalar)
                bytes.append(place)
            }
        }
        return (bytes, palette)
    }

    @inline(__always)
    public subscript(position: Int) -> Unicode.Scalar {
        if isWide { return wide[position] }
        let byte = bytes[position]
        return byte < 0x80 ? Unicode.Scalar(byte) : palette[Int(byte &- 0x80)]
    }

    /// The bytes held for each scalar: one, or four for a text whose non-ASCII scalars overflow the palette.
    var bytesPerScalar: Int { isWide ? 4 : 1 }

    /// Whether every scalar in `range` is ASCII.
    func isASCII(_ range: Range<Int>) -> Bool {
        if isWide { return wide[range].allSatisfy { $0.value < 0x80 } }
        return palette.isEmpty || bytes[range].allSatisfy { $0 < 0x80 }
    }

    /// The bytes of a range whose scalars are all ASCII (`isASCII(range)`).
    func asciiBytes(_ range: Range<Int>) -> [UInt8] {
        isWide ? wide[range].map { UInt8(truncatingIfNeeded: $0.value) } : Array(bytes[range])
    }

    /// Calls `body` with the bytes of a range whose scalars are all ASCII (`isASCII(range)`), read in place where
    /// the text keeps a byte a scalar rather than copied out.
    func withASCIIBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if isWide { return asciiBytes(range).withUnsafeBufferPointer(body) }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The scalars of `range` a byte each, an ASCII scalar as itself and any other as a byte of `0x80` or more, when
    /// every non-ASCII scalar there passes `inert`; nil when one does not, or when the text keeps four bytes a scalar.
    /// A search for an ASCII word in these bytes finds it where a search of the range's UTF-8 bytes does: in both a
    /// non-ASCII scalar is bytes that are no ASCII letter and match no ASCII byte.
    func searchBytes(_ range: Range<Int>, nonASCII inert: (Unicode.Scalar) -> Bool) -> ArraySlice<UInt8>? {
        guard !isWide else { return nil }
        let slice = bytes[range]
        if !palette.isEmpty {
            for byte in slice where byte >= 0x80 {
                guard inert(palette[Int(byte &- 0x80)]) else { return nil }
            }
        }
        return slice
    }

    /// Whether a scalar at an offset in `range` passes `test`: a loop over the offsets, which copies no slice of
    /// the text (a slice holds a copy of the text's storage references).
    @inline(__always)
    func contains(in range: Range<Int>, where test: (Unicode.Scalar) -> Bool) -> Bool {
        for k in range where test(self[k]) { return true }
        return false
    }

    public static func == (lhs: ScalarText, rhs: ScalarText) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
