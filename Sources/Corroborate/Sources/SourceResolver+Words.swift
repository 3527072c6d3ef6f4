extension SourceResolver {
    /// Words of a mention: letters, digits and inner apostrophes, periods and hyphens.
    static func words(_ text: String) -> [String] {
        var copy = text
        if let words = copy.withUTF8({ asciiWords($0) }) { return words }
        // Past ASCII: the word so far is kept as UTF-8 bytes in one buffer, reused from word to word (a string's
        // scalar view grown a scalar at a time, and made anew for every word, was most of the cost of splitting a
        // whole article).
        // An ASCII scalar (most of any text) is tested on its value, as `asciiWords` tests a byte.
        @inline(__always) func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80
                ? scalar.value &- 0x30 < 10 || (scalar.value | 0x20) &- 0x61 < 26 : scalar.isWordCharacter
        }
        var result: [String] = []
        var current: [UInt8] = []
        var hasPeriod = false
        let scalars = Array(text.unicodeScalars)
        for i in scalars.indices {
            let scalar = scalars[i]
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            if isWord(scalar)
                || ((scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == "-") && !current.isEmpty
                    && isWord(next))
            {
                let kept: Unicode.Scalar = scalar == "\u{2019}" ? "'" : scalar
                if kept == "." { hasPeriod = true }
                UTF8.encode(kept) { current.append($0) }
            } else if scalar == "." && !current.isEmpty && hasPeriod {
                current.append(UInt8(ascii: "."))
            } else {
                if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                hasPeriod = false
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// `words(_:)` of an ASCII text, read on its bytes (nil past ASCII): a word is a run of the text, cut out once.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        @inline(__always) func isWord(_ byte: UInt8) -> Bool {
            byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 26
        }
        var result: [String] = []
        var start = -1
        var hasPeriod = false
        for i in 0..<bytes.count {
            let byte = bytes[i]
            guard byte < 0x80 else { return nil }
            let next = i + 1 < bytes.count ? bytes[i + 1] : UInt8(ascii: " ")
            if isWord(byte)
                || ((byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")) && start >= 0
                    && isWord(next))
            {
                if start < 0 { start = i }
                if byte == UInt8(ascii: ".") { hasPeriod = true }
            } else if byte == UInt8(ascii: ".") && start >= 0 && hasPeriod {
                continue
            } else {
                if start >= 0 {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                }
                start = -1
                hasPeriod = false
            }
        }
        if start >= 0 { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        return result
    }
}
