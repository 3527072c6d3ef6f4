import Foundation

/// A claim's words as the comparison indexes them: index terms (folded and stemmed, figures marked) and the consonant
/// skeletons that let two spellings of one name meet.
extension ContentReader {
    /// The index term of a word: folded and stemmed, nil for function words.
    func term(_ word: FrameWord) -> String? {
        if stopwordIDs.contains(word) { return nil }
        let key = word.key
        // Fewer than two characters: none, or the first one ends the key (not a count of them all).
        if key.isEmpty || key.index(after: key.startIndex) == key.endIndex { return nil }
        if word.isNumber { return "#" + key.filter { $0 != "," } }
        return ContentReader.stem(key)
    }

    /// A light suffix stripper: both sides of a comparison are stemmed alike, which is what matters.
    static func stem(_ word: String) -> String {
        // Printable ASCII (the common case): one byte is one character, so the same steps on bytes.
        var bytes = word
        let ascii = bytes.withUTF8 { utf8 -> String? in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return stemmed(ascii: utf8) { String(decoding: $0, as: UTF8.self) }
        }
        return ascii ?? stemByCharacters(word)
    }

    /// `stem(_:)` step by step on the word's characters: what a word past printable ASCII takes, and what the
    /// byte steps must give on the others.
    static func stemByCharacters(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        guard w.count > 3 else { return w }
        if w.hasSuffix("ies") && w.count > 4 {
            w.removeLast(3)
            w += "y"
        } else if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.hasSuffix("ing") && w.count > 5 {
            w.removeLast(3)
        } else if w.hasSuffix("ed") && w.count > 4 {
            w.removeLast(2)
        }
        // British and American spellings meet: `metre` and `meter`, `centre` and `center`.
        if w.hasSuffix("re") && w.count > 4 {
            w.removeLast(2)
            w += "er"
        }
        if w.hasSuffix("e") && w.count > 3 { w.removeLast() }
        // `stopped` and `stop`: a doubled final consonant left by a suffix counts once.
        let scalars = Array(w.unicodeScalars)
        if scalars.count > 3, scalars[scalars.count - 1] == scalars[scalars.count - 2],
            !"aeiouls".unicodeScalars.contains(scalars[scalars.count - 1])
        {
            w.removeLast()
        }
        return w
    }

    /// The id in `InternedStrings` of a word's stem, for the key of `word`: the same as `InternedStrings.id(stem(key))`,
    /// with no string made for a printable ASCII key whose stem is already interned.
    static func stemID(of word: FrameWord) -> UInt32 {
        var key = word.key
        let id = key.withUTF8 { utf8 -> UInt32? in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            return stemmed(ascii: utf8) { InternedStrings.id(ascii: $0) }
        }
        return id ?? InternedStrings.id(stem(key))
    }

    /// `stem(_:)` on the bytes of a printable ASCII word: the same steps, so a change to one is made to both. The
    /// stem is made in a buffer on the stack (it is never longer than the word) and handed to `body`.
    private static func stemmed<R>(
        ascii word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { w in
            var n = word.count
            for k in 0..<n { w[k] = word[k] }
            // Byte by byte, the suffix's bytes as arguments: a `StaticString` read per test was most of the time.
            // `back(k)` is the k-th byte from the end, 0 (no letter) before the start.
            func back(_ k: Int) -> UInt8 { n >= k ? w[n - k] : 0 }
            func ends(_ a: Unicode.Scalar) -> Bool { back(1) == UInt8(ascii: a) }
            func ends(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
                back(2) == UInt8(ascii: a) && back(1) == UInt8(ascii: b)
            }
            func ends(_ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool {
                back(3) == UInt8(ascii: a) && ends(b, c)
            }
            func result() -> R { body(UnsafeBufferPointer(rebasing: w[0..<n])) }
            if ends("'", "s") { n -= 2 }
            guard n > 3 else { return result() }
            if ends("i", "e", "s") && n > 4 {
                n -= 3
                w[n] = UInt8(ascii: "y")
                n += 1
            } else if back(4) == UInt8(ascii: "s") && ends("s", "e", "s") {
                n -= 2
            } else if ends("s") && !ends("s", "s") && !ends("u", "s") && !ends("i", "s") {
                n -= 1
            }
            if ends("i", "n", "g") && n > 5 {
                n -= 3
            } else if ends("e", "d") && n > 4 {
                n -= 2
            }
            if ends("r", "e") && n > 4 {
                w[n - 2] = UInt8(ascii: "e")
                w[n - 1] = UInt8(ascii: "r")
            }
            if ends("e") && n > 3 { n -= 1 }
            if n > 3, w[n - 1] == w[n - 2], !"aeiouls".utf8.contains(w[n - 1]) { n -= 1 }
            return result()
        }
    }

    /// The consonant skeleton of a name: diacritics and vowels (with `w`, `y`, `h`) left out, doubled letters
    /// once, `al-` and `el-` dropped. `Manbij` and `Menbij`, `Sawran` and `Soran` share theirs.
    static func skeleton(_ name: String) -> String {
        if name.isASCII { return skeleton(ascii: name) }
        var out = String.UnicodeScalarView()
        // ASCII names took the byte path above: this one folds accents and case.
        var base = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        for prefix in ["al-", "el-", "al ", "el "] where base.hasPrefix(prefix) { base.removeFirst(3) }
        var last: Unicode.Scalar?
        for scalar in base.unicodeScalars where scalar.isLetter {
            if "aeiouywh".unicodeScalars.contains(scalar) { continue }
            let s: Unicode.Scalar = scalar == "q" ? "k" : scalar == "c" ? "k" : scalar
            if s == last { continue }
            out.append(s)
            last = s
        }
        return "~" + String(out)
    }

    /// `skeleton(_:)` on the bytes of an ASCII name: the same steps, without a string per step.
    private static func skeleton(ascii name: String) -> String {
        let bytes = name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var from = 0
        for prefix in ["al-", "el-", "al ", "el "] where bytes[from...].starts(with: prefix.utf8) { from += 3 }
        var out: [UInt8] = [UInt8(ascii: "~")]
        var last: UInt8 = 0
        for byte in bytes[from...] where byte >= 0x61 && byte <= 0x7A {
            switch byte {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"), UInt8(ascii: "w"), UInt8(ascii: "h"):
                continue
            default: break
            }
            let s = byte == UInt8(ascii: "q") || byte == UInt8(ascii: "c") ? UInt8(ascii: "k") : byte
            if s == last { continue }
            out.append(s)
            last = s
        }
        return String(decoding: out, as: UTF8.self)
    }
}
