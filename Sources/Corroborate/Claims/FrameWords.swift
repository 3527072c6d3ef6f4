/// A word of a claim for frame matching: hyphenated words are split (`Jarablus-Azaz` is two places), numbers
/// keep their separators (`300,000`, `3.5`).
///
/// Every claim keeps its words until the comparison ends, so a word is kept small: its text and key as ids in the
/// run's `InternedStrings` (one id when they are the same string), its start as a 32-bit integer, its length and
/// its two flags packed in another, and its case key read from its text when asked for rather than stored (16
/// bytes a word, where two strings and eight bytes took 40).
struct FrameWord: Sendable {
    var text: String {
        get { InternedStrings.string(textID) }
        set { textID = InternedStrings.id(newValue) }
    }
    /// The same as `key` (kept under this name for the code that reads words and tokens alike); not stored twice.
    var folded: String { key }
    var span: TextSpan {
        get { TextSpan(Int(start), Int(start) + Int(packed & FrameWord.lengthMask)) }
        set {
            start = Int32(newValue.start)
            packed = packed & ~FrameWord.lengthMask | UInt32(newValue.end - newValue.start)
        }
    }
    /// What phrase tables match: lowercased, straight apostrophes, no possessive `'s`.
    var key: String {
        get { InternedStrings.string(keyID) }
        set { keyID = InternedStrings.id(newValue) }
    }
    private var textID: UInt32
    /// The key's id in `InternedStrings`: what word classes (`WordIDSet`) are asked with.
    private(set) var keyID: UInt32
    /// The same with its case kept, for short capital aliases (`IS`, `US`); the key for other words.
    var caseKey: String { keepsCase ? FrameWord.caseKey(text) : key }
    private var start: Int32
    /// The length in scalars (the low 30 bits), then `keepsCase` and `isNumber`: one word for three fields, so
    /// that a word is two strings and eight bytes, with no padding.
    private var packed: UInt32 = 0
    private static let lengthMask: UInt32 = (1 << 30) - 1
    private static let keepsCaseBit: UInt32 = 1 << 30
    private static let isNumberBit: UInt32 = 1 << 31
    /// Whether the case key may differ from the key: a word of at most five letters, possessive aside, with a
    /// capital. Other words' case key is their key, and is not built to be compared with it.
    private(set) var keepsCase: Bool {
        get { packed & FrameWord.keepsCaseBit != 0 }
        set { packed = newValue ? packed | FrameWord.keepsCaseBit : packed & ~FrameWord.keepsCaseBit }
    }
    var isNumber: Bool {
        get { packed & FrameWord.isNumberBit != 0 }
        set { packed = newValue ? packed | FrameWord.isNumberBit : packed & ~FrameWord.isNumberBit }
    }

    init(scalars: Slice<ScalarText>, span: TextSpan, isNumber: Bool) {
        self.init(text: scalars.base, range: scalars.startIndex..<scalars.endIndex, span: span, isNumber: isNumber)
    }

    /// The word at `range` of a document's scalars, read without a slice of them (a slice copies the text's
    /// storage references, which was a third of reading a claim's words).
    init(text: ScalarText, range: Range<Int>, span: TextSpan, isNumber: Bool) {
        if text.isASCII(range) {
            self.init(ascii: text, range: range, span: span, isNumber: isNumber)
        } else {
            self.init(unicode: text[range], span: span, isNumber: isNumber)
        }
    }

    private init(unicode scalars: Slice<ScalarText>, span: TextSpan, isNumber: Bool) {
        var textScalars = String.UnicodeScalarView()
        textScalars.append(contentsOf: scalars)
        let text = String(textScalars)
        textID = InternedStrings.id(text)
        start = Int32(span.start)
        packed = UInt32(span.end - span.start) | (isNumber ? FrameWord.isNumberBit : 0)
        // A possessive `'s` is left out of the keys: `Syria's` matches `Syria`.
        var end = scalars.endIndex
        if scalars.count > 2, scalars[end - 2].isApostrophe, scalars[end - 1] == "s" || scalars[end - 1] == "S" {
            end -= 2
        }
        var key = String.UnicodeScalarView()
        var hasUpper = false
        for scalar in scalars[scalars.startIndex..<end] {
            let straight: Unicode.Scalar = scalar.isApostrophe ? "'" : scalar
            if straight.value < 0x80 {
                if straight.isUppercaseLetter {
                    hasUpper = true
                    key.append(Unicode.Scalar(straight.value + 32)!)
                } else {
                    key.append(straight)
                }
            } else {
                hasUpper = hasUpper || straight.isUppercaseLetter
                key.append(contentsOf: String(straight).lowercased().unicodeScalars)
            }
        }
        let keyString = String(key)
        keyID = keyString == text ? textID : InternedStrings.id(keyString)
        // Case matters only for short capital aliases (`IS`, `US`): other words keep one key.
        keepsCase = hasUpper && end - scalars.startIndex <= 5
    }

    /// The case key of a word that keeps its case: its text without a possessive `'s`, apostrophes straight.
    private static func caseKey(_ text: String) -> String {
        // ASCII (the common case): the only apostrophe is `'`, already straight; drop a possessive and keep the rest.
        if text.isASCII {
            let utf8 = text.utf8
            let n = utf8.count
            if n > 2, utf8.dropLast().last == UInt8(ascii: "'"),
                utf8.last == UInt8(ascii: "s") || utf8.last == UInt8(ascii: "S")
            {
                return String(text.dropLast(2))
            }
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        if end > 2, scalars[end - 2].isApostrophe, scalars[end - 1] == "s" || scalars[end - 1] == "S" { end -= 2 }
        var caseKey = String.UnicodeScalarView()
        for scalar in scalars[0..<end] { caseKey.append(scalar.isApostrophe ? "'" : scalar) }
        return String(caseKey)
    }
}

extension FrameWord {
    /// The same word read from ASCII scalars, as bytes: the common case. The text and key are looked up by their
    /// bytes (`InternedStrings.id(ascii:)`), so a word seen before makes no string.
    private init(ascii scalars: ScalarText, range: Range<Int>, span: TextSpan, isNumber: Bool) {
        start = Int32(span.start)
        packed = UInt32(span.end - span.start) | (isNumber ? FrameWord.isNumberBit : 0)
        let (textID, keyID, hasUpper, end) = scalars.withASCIIBytes(range) {
            text -> (UInt32, UInt32, Bool, Int) in
            let textID = InternedStrings.id(ascii: text)
            var end = text.count
            if end > 2, text[end - 2] == UInt8(ascii: "'"),
                text[end - 1] == UInt8(ascii: "s") || text[end - 1] == UInt8(ascii: "S")
            {
                end -= 2
            }
            let hasUpper = text[0..<end].contains { $0 &- UInt8(ascii: "A") < 26 }
            // Most words are their own key (lower case, no possessive): one id for both.
            guard end < text.count || hasUpper else { return (textID, textID, false, end) }
            let keyID = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(end, 1)) { key in
                for k in 0..<end { key[k] = text[k] &- UInt8(ascii: "A") < 26 ? text[k] + 32 : text[k] }
                return InternedStrings.id(ascii: UnsafeBufferPointer(rebasing: key[0..<end]))
            }
            return (textID, keyID, hasUpper, end)
        }
        self.textID = textID
        self.keyID = keyID
        // Case matters only for short capital aliases (`IS`, `US`): other words keep one key.
        keepsCase = hasUpper && end <= 5
    }

    /// `syria's` matches `Syria`; `the city's east` in a lexicon is written the same way.
    static func dropPossessive(_ word: String) -> String {
        for suffix in ["'s", "\u{2019}s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return word
    }

    /// The words of the given spans of a document.
    static func words(in spans: [TextSpan], of document: Document) -> [FrameWord] {
        var result: [FrameWord] = []
        let scalars = document.scalars
        for span in spans {
            var i = max(0, span.start)
            let end = min(span.end, scalars.count)
            while i < end {
                guard scalars[i].isWordCharacter else {
                    i += 1
                    continue
                }
                let start = i
                var allDigits = true
                while i < end {
                    let c = scalars[i]
                    if c.isWordCharacter {
                        if !c.isDigit { allDigits = false }
                        i += 1
                    } else if (c == "," || c == ".") && allDigits && i + 1 < end && scalars[i + 1].isDigit {
                        i += 1
                    } else if c.isApostrophe && i + 1 < end && scalars[i + 1].isLetter && !allDigits {
                        i += 1
                    } else {
                        break
                    }
                }
                result.append(FrameWord(text: scalars, range: start..<i, span: TextSpan(start, i), isNumber: allDigits))
            }
        }
        return result
    }
}

/// Phrases (word sequences) with a value each, matched longest first at a word position.
struct PhraseTable<Value: Sendable>: Sendable {
    /// Every first word, so a caller can skip words no table starts with.
    var firstWords: Set<String> { Set(byFirst.keys) }

    private var byFirst: [String: [(words: [String], caseSensitive: Bool, value: Value)]] = [:]
    /// For each first byte of a first word, a bit per byte length (63 for longer): a word whose pair is not set
    /// starts no phrase, and is turned away without hashing it.
    private var firstShapes = [UInt64](repeating: 0, count: 256)
    /// Every first word by its interned id: a word whose key is none of them starts no phrase by its key, and is
    /// turned away with one bit read.
    private var firstKeys = WordIDSet([])

    private static func shape(_ key: String) -> (byte: Int, bit: UInt64) {
        let utf8 = key.utf8
        return (Int(utf8.first ?? 0), 1 << UInt64(min(utf8.count, 63)))
    }

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let isShortCapitals = phrase.count <= 4 && phrase.unicodeScalars.allSatisfy { !$0.isLowercaseLetter }
            let words = PhraseTable.split(isShortCapitals ? phrase : phrase.folded)
            guard let first = words.first else { continue }
            byFirst[isShortCapitals ? first : first, default: []].append((words, isShortCapitals, value))
        }
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.words.count > $1.words.count }
            let (byte, bit) = PhraseTable.shape(key)
            firstShapes[byte] |= bit
        }
        firstKeys = WordIDSet(byFirst.keys)
    }

    static func split(_ phrase: String) -> [String] {
        phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).map { word in
            FrameWord.dropPossessive(String(word).replacingApostrophes().trimmingCharacters(in: ",.".unicodeScalars))
        }.filter { !$0.isEmpty }
    }

    /// A phrase of up to `limit` words that ends just before word `i` (`at least` before `10`): its value and
    /// where it starts.
    func match(_ words: [FrameWord], endingBefore i: Int, limit: Int = 3) -> (Value, Int)? {
        for back in 1...limit where i - back >= 0 {
            if let (value, n) = match(words, at: i - back), i - back + n == i { return (value, i - back) }
        }
        return nil
    }

    /// The longest phrase starting at word `i`: its value and word count.
    func match(_ words: [FrameWord], at i: Int) -> (Value, Int)? {
        if firstKeys.contains(words[i]), let found = match(words, at: i, key: words[i].key) { return found }
        guard words[i].keepsCase else { return nil }
        // The case key starts with the word's first letter: when no phrase starts with that byte, the case key
        // (a new string each time) need not be built.
        if let first = words[i].text.utf8.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first),
            firstShapes[Int(first)] == 0
        {
            return nil
        }
        let caseKey = words[i].caseKey
        if caseKey != words[i].key { return match(words, at: i, key: caseKey) }
        return nil
    }

    /// Phrases starting with `key`; later words are compared by their precomputed keys.
    private func match(_ words: [FrameWord], at i: Int, key: String) -> (Value, Int)? {
        let (byte, bit) = PhraseTable.shape(key)
        guard firstShapes[byte] & bit != 0 else { return nil }
        for entry in byFirst[key] ?? [] where i + entry.words.count <= words.count {
            var ok = true
            for (k, w) in entry.words.enumerated() {
                let word = entry.caseSensitive ? words[i + k].caseKey : words[i + k].key
                if word != w {
                    ok = false
                    break
                }
            }
            if ok { return (entry.value, entry.words.count) }
        }
        return nil
    }

    /// Every match, scanning left to right without overlaps; `candidates` marks words that may start a phrase.
    func matches(in words: [FrameWord], candidates: [Bool]? = nil) -> [(value: Value, range: Range<Int>)] {
        var result: [(Value, Range<Int>)] = []
        var i = 0
        while i < words.count {
            if let candidates, !candidates[i] {
                i += 1
                continue
            }
            if let (value, length) = match(words, at: i) {
                result.append((value, i..<(i + length)))
                i += length
            } else {
                i += 1
            }
        }
        return result
    }
}

extension String {
    func trimmingCharacters(in set: String.UnicodeScalarView) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(scalars[first...last])
    }
}

extension ScalarText {
    /// Whether the text between two words (`before`'s end to `after`'s start) holds one of `marks`: punctuation
    /// that parts a figure from what follows it, or a clause from the next.
    func gap(between before: FrameWord, and after: FrameWord, holdsAnyOf marks: String) -> Bool {
        let from = before.span.end
        let to = after.span.start
        guard from < to, to <= count else { return false }
        return self[from..<to].contains(where: { marks.unicodeScalars.contains($0) })
    }

    /// `gap(between:and:holdsAnyOf:)` with the marks as a set.
    func gap(between before: FrameWord, and after: FrameWord, holdsAnyOf marks: Set<Unicode.Scalar>) -> Bool {
        let from = before.span.end
        let to = after.span.start
        guard from < to, to <= count else { return false }
        return self[from..<to].contains(where: marks.contains)
    }

    /// The word that ends before `offset` on its line (spaces and tabs skipped), in lower case; empty when a mark,
    /// a line break or the start comes first. Reads the verb that governs a claim's first words from outside the
    /// claim (`confirmed` before `the rumour that ...`), with the offset where it starts.
    func word(before offset: Int) -> (text: String, start: Int) {
        var end = Swift.min(offset, count)
        while end > 0, self[end - 1] == " " || self[end - 1] == "\t" { end -= 1 }
        var start = end
        while start > 0, end - start < 40, self[start - 1].properties.isAlphabetic { start -= 1 }
        return (String(String.UnicodeScalarView(self[start..<end])).lowercased(), start)
    }
}
