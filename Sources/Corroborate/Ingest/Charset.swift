#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The character set a page declares (`<meta charset>`, `http-equiv` Content-Type, an XML declaration's
/// `encoding`), and conversion from it with iconv, so that a page in Windows-1251 or ISO-8859-2 is read as its
/// author wrote it rather than as Windows-1252.
enum Charset {
    /// The declared character set in the first 4 KB, lower-cased (`windows-1251`), or nil.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        for key in [Array("charset=".utf8), Array("encoding=".utf8)] {
            var from = head.startIndex
            while let range = head[from...].firstRange(of: key) {
                from = range.upperBound
                var index = range.upperBound
                while index < head.count && (head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20) {
                    index += 1
                }
                var end = index
                while end < head.count, isNameByte(head[end]) { end += 1 }
                if end > index, end - index < 40 { return String(decoding: head[index..<end], as: UTF8.self) }
            }
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    /// Names that mean UTF-8, or Windows-1252 (which browsers read for Latin-1 and ASCII too).
    static let utf8Names: Set<String> = ["utf-8", "utf8"]
    static let windows1252Names: Set<String> = [
        "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
    ]

    /// The bytes converted from `charset` with iconv; nil when iconv does not know the name or the bytes are not
    /// valid in it.
    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String) -> String? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(validating: output[0..<written], as: UTF8.self)
    }
}
