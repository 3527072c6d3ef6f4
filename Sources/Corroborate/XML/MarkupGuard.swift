/// Byte-level passes over markup before libxml2 sees it, each linear in the input, for two shapes libxml2 handles
/// badly: an element with tens of thousands of attributes (libxml2 2.9 appends each to a list it walks from the
/// start, so the parse takes the square of their number), and a DTD's internal subset in an HTML page (the HTML
/// parser reads its declarations as text, so they became a page's first paragraph).
enum MarkupGuard {
    /// The most attributes kept on one element; real pages stay far below it.
    static let attributeLimit = 256

    struct Result {
        var bytes: [UInt8]
        /// Elements that had attributes dropped.
        var truncatedElements = 0
        /// Whether an internal subset was removed from the doctype.
        var removedSubset = false
    }

    /// The markup with attributes past `attributeLimit` dropped from each start tag and, when `html` is set, the
    /// doctype's internal subset removed. Returns the input unchanged (not copied) when neither applies.
    static func clean(_ bytes: [UInt8], html: Bool) -> Result {
        var result = Result(bytes: bytes)
        var output: [UInt8]? = nil
        var copied = 0
        func drop(_ range: Range<Int>) {
            if output == nil {
                output = []
                output!.reserveCapacity(bytes.count)
            }
            output!.append(contentsOf: bytes[copied..<range.lowerBound])
            copied = range.upperBound
        }
        let count = bytes.count
        var index = 0
        var rawTextEnd: [UInt8]? = nil
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if let end = rawTextEnd {
                // Inside <script> or <style>: only its end tag matters.
                if matchesFolded(bytes, at: index, end) {
                    rawTextEnd = nil
                }
                index += 1
                continue
            }
            if starts(bytes, at: index, "<!--") {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? count
                continue
            }
            if starts(bytes, at: index, "<![CDATA[") {
                index = find(bytes, "]]>", from: index + 9).map { $0 + 3 } ?? count
                continue
            }
            if index + 1 < count && (bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?")) {
                let isDoctype = matchesFolded(bytes, at: index, Array("<!doctype".utf8))
                var cursor = index + 2
                var quote: UInt8? = nil
                while cursor < count {
                    let byte = bytes[cursor]
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: "[") && isDoctype && html {
                        let close = subsetEnd(bytes, from: cursor + 1)
                        drop(cursor..<close)
                        result.removedSubset = true
                        cursor = close
                        continue
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    cursor += 1
                }
                index = cursor + 1
                continue
            }
            guard index + 1 < count, isNameStart(bytes[index + 1]) else {
                index += 1
                continue
            }
            // A start tag: its name, then attributes until `>`.
            var cursor = index + 1
            while cursor < count && isNameByte(bytes[cursor]) { cursor += 1 }
            let name = bytes[(index + 1)..<cursor].map { $0 | 0x20 }
            var attributes = 0
            var truncated = false
            while cursor < count {
                while cursor < count && isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < count else { break }
                let byte = bytes[cursor]
                if byte == UInt8(ascii: ">") { break }
                if byte == UInt8(ascii: "/") {
                    cursor += 1
                    continue
                }
                let attributeStart = cursor
                while cursor < count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "="),
                    bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "/")
                {
                    cursor += 1
                }
                if cursor == attributeStart { cursor += 1 }
                var look = cursor
                while look < count && isSpace(bytes[look]) { look += 1 }
                if look < count && bytes[look] == UInt8(ascii: "=") {
                    look += 1
                    while look < count && isSpace(bytes[look]) { look += 1 }
                    if look < count && (bytes[look] == UInt8(ascii: "\"") || bytes[look] == UInt8(ascii: "'")) {
                        let quote = bytes[look]
                        look += 1
                        while look < count && bytes[look] != quote { look += 1 }
                        look = min(look + 1, count)
                    } else {
                        while look < count && !isSpace(bytes[look]) && bytes[look] != UInt8(ascii: ">") { look += 1 }
                    }
                    cursor = look
                }
                attributes += 1
                if attributes > attributeLimit {
                    drop(attributeStart..<cursor)
                    truncated = true
                }
            }
            if truncated { result.truncatedElements += 1 }
            if html && (name == Array("script".utf8) || name == Array("style".utf8)) {
                rawTextEnd = Array("</".utf8) + name
            }
            index = cursor + 1
        }
        if var output {
            output.append(contentsOf: bytes[min(copied, count)...])
            result.bytes = output
        }
        return result
    }

    /// The index just past the `]` that closes an internal subset, skipping quoted strings and comments.
    private static func subsetEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var cursor = start
        var quote: UInt8? = nil
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if starts(bytes, at: cursor, "<!--") {
                cursor = find(bytes, "-->", from: cursor + 4).map { $0 + 2 } ?? bytes.count
            } else if byte == UInt8(ascii: "]") {
                return cursor + 1
            }
            cursor += 1
        }
        return bytes.count
    }

    private static func starts(_ bytes: [UInt8], at index: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether `bytes` at `index` spell `lowercase`, ignoring ASCII case.
    private static func matchesFolded(_ bytes: [UInt8], at index: Int, _ lowercase: [UInt8]) -> Bool {
        guard index + lowercase.count <= bytes.count else { return false }
        for offset in lowercase.indices {
            let byte = bytes[index + offset]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != lowercase[offset] { return false }
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ text: StaticString, from start: Int) -> Int? {
        var index = start
        let first = text.utf8Start[0]
        while index < bytes.count {
            if bytes[index] == first && starts(bytes, at: index, text) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x3A
            || byte == 0x2E
    }
}
