/// Turns the bytes of a file into text: UTF-8 with or without a byte-order mark, UTF-16 with one, and
/// Windows-1252 for anything else (with a warning, never silently). Binary files are refused by name. Text that was
/// encoded twice (`Ã©` for `é`) is repaired, with a warning too (`Mojibake`).
enum TextDecoder {
    struct Decoded {
        var text: String
        var warnings: [String]
    }

    /// File signatures of formats people rename to `.txt` by mistake.
    private static let signatures: [([UInt8], String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0x25, 0x50, 0x44, 0x46], "a PDF file"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or Office document"), ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"), ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
    ]

    /// `charset` is what a page declares; it decides for bytes that are not UTF-8. `repair: false` keeps text that
    /// was encoded twice as it is (evaluation counts offsets in the file's own text).
    static func decode(_ bytes: [UInt8], path: String, charset: String? = nil, repair: Bool = true)
        throws(IngestError) -> Decoded
    {
        if bytes.isEmpty { throw .emptyFile(path) }
        for (signature, kind) in signatures where bytes.starts(with: signature) {
            throw .binaryFile(path, looksLike: kind)
        }
        var warnings: [String] = []
        var text: String
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = decodeUTF8(bytes.dropFirst(3), warnings: &warnings)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
            warnings.append("read as UTF-16 (little-endian, from its byte-order mark)")
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
            warnings.append("read as UTF-16 (big-endian, from its byte-order mark)")
        } else {
            if let kind = utf16WithoutMark(bytes) {
                text = decodeUTF16(bytes[...], bigEndian: kind)
                warnings.append("no byte-order mark, but the bytes are UTF-16; read as such")
            } else {
                if bytes.contains(0) { throw .binaryFile(path, looksLike: "binary data with NUL bytes") }
                text = decode(bytes[...], declared: charset, warnings: &warnings)
            }
        }
        text = normalizeNewlines(text)
        if repair, let repaired = Mojibake.repair(text) {
            text = repaired.text
            warnings.append(repaired.warning)
        }
        if looksBinary(text) { throw .binaryFile(path, looksLike: "mostly control characters") }
        if text.unicodeScalars.allSatisfy(\.isWhitespaceLike) { throw .emptyFile(path) }
        return Decoded(text: text, warnings: warnings)
    }

    /// UTF-8 when the bytes are; otherwise the declared character set, when there is one and iconv knows it.
    private static func decode(_ bytes: ArraySlice<UInt8>, declared: String?, warnings: inout [String]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let declared, !Charset.utf8Names.contains(declared) {
            if Charset.windows1252Names.contains(declared) {
                warnings.append("read as Windows-1252, as the page declares (\(declared))")
                return decodeWindows1252(bytes)
            }
            if let text = Charset.convert(bytes, from: declared) {
                warnings.append("read as \(declared), as the page declares")
                return text
            }
            warnings.append("declares \(declared), which its bytes are not or which is unknown")
        }
        return decodeUTF8(bytes, warnings: &warnings)
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, warnings: inout [String]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        warnings.append("not valid UTF-8; read as Windows-1252")
        return decodeWindows1252(bytes)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// `true` for big-endian, `false` for little-endian, `nil` when the bytes do not look like UTF-16 text.
    private static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros > half * 8 / 10 && evenZeros == 0 { return false }
        if evenZeros > half * 8 / 10 && oddZeros == 0 { return true }
        return nil
    }

    /// Windows-1252's characters for bytes 0x80 to 0x9F; the rest match Latin-1.
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var view = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            view.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(view)
    }

    /// CRLF and lone CR become LF, so offsets match what Python's universal newlines (and brat) count.
    static func normalizeNewlines(_ text: String) -> String {
        // A carriage return is one byte in UTF-8, found without decoding the text.
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var view = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                view.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            view.append(scalar)
        }
        return String(view)
    }

    /// More than a tenth control characters (other than tab, newline, form feed) in the first 64 K scalars.
    /// Counted on the UTF-8 bytes: a scalar starts at every byte that is not a continuation byte, and a control
    /// character is a byte of its own.
    static func looksBinary(_ text: String) -> Bool {
        var total = 0
        var controls = 0
        for byte in text.utf8 {
            if byte & 0xC0 == 0x80 { continue }
            if total == 65536 { break }
            total += 1
            if byte < 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0C { controls += 1 }
        }
        return total > 0 && controls * 10 > total
    }
}
