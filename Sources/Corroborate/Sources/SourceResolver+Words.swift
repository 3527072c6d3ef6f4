extension SourceResolver {
    /// Words of a mention: letters, digits and inner apostrophes, periods and hyphens.
    static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { utf8Words($0) }
    }

    /// `words(_:)` read on the text's UTF-8 bytes: a word is a run of the text, cut out once, with a curly
    /// apostrophe (`\u{2019}`) inside it made plain. A scalar past ASCII is decoded in place (the text is valid
    /// UTF-8) and tested as a scalar; building an array of the scalars and each word a scalar at a time, as the
    /// path past ASCII did, was most of the cost of splitting a whole article.
    private static func utf8Words(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        // The scalar at `i` and its width in bytes.
        @inline(__always) func scalar(at i: Int) -> (UInt32, Int) {
            let lead = UInt32(bytes[i])
            if lead < 0x80 { return (lead, 1) }
            if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
            if lead < 0xF0 {
                return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
            }
            return (
                (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4
            )
        }
        @inline(__always) func isWord(_ value: UInt32) -> Bool {
            value < 0x80
                ? value &- 0x30 < 10 || (value | 0x20) &- 0x61 < 26
                : Unicode.Scalar(value).map(\.isWordCharacter) ?? false
        }
        let apostrophe: UInt32 = 0x27
        let period: UInt32 = 0x2E
        let hyphen: UInt32 = 0x2D
        let curly: UInt32 = 0x2019
        var result: [String] = []
        var start = -1
        var hasPeriod = false
        var hasCurly = false
        // The word `start..<end`, its curly apostrophes made plain.
        func cut(_ end: Int) {
            let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard hasCurly else {
                result.append(String(decoding: run, as: UTF8.self))
                return
            }
            var plain: [UInt8] = []
            plain.reserveCapacity(run.count)
            var k = 0
            while k < run.count {
                if k + 2 < run.count && run[k] == 0xE2 && run[k + 1] == 0x80 && run[k + 2] == 0x99 {
                    plain.append(UInt8(ascii: "'"))
                    k += 3
                } else {
                    plain.append(run[k])
                    k += 1
                }
            }
            result.append(String(decoding: plain, as: UTF8.self))
        }
        var i = 0
        var (value, width) = bytes.isEmpty ? (0, 0) : scalar(at: 0)
        while i < bytes.count {
            let after = i + width
            let (next, nextWidth) = after < bytes.count ? scalar(at: after) : (0x20, 0)
            if isWord(value)
                || ((value == apostrophe || value == curly || value == period || value == hyphen) && start >= 0
                    && isWord(next))
            {
                if start < 0 { start = i }
                if value == period { hasPeriod = true }
                if value == curly { hasCurly = true }
            } else if value == period && start >= 0 && hasPeriod {
                // The period closing an abbreviation's last initial (`J.R.`) stays in the word.
            } else {
                if start >= 0 { cut(i) }
                start = -1
                hasPeriod = false
                hasCurly = false
            }
            i = after
            (value, width) = (next, nextWidth)
        }
        if start >= 0 { cut(bytes.count) }
        return result
    }
}
