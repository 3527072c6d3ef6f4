/// A word's spelling key read from its bytes, for the alignment words every quoted claim holds.
extension QuoteAlignment {
    /// The number words of `numerals`, by interned id.
    static let numeralWords = WordIDSet(numerals.keys)

    /// The id in `InternedStrings` of the spelling key of `word`'s key: the same as
    /// `InternedStrings.id(spelling(key))`, worked out on the bytes of a printable ASCII key (one byte a character)
    /// with no string made for a key shorter than five letters or a spelling already interned.
    static func spellingID(of word: FrameWord) -> UInt32 {
        if numeralWords.contains(word) { return InternedStrings.id(spelling(word.key)) }
        var key = word.key
        let id = key.withUTF8 { utf8 -> UInt32? in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            guard utf8.count >= 5 else { return word.keyID }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { out in
                out[0] = UInt8(ascii: "%")
                var n = 1
                var last: UInt8 = 0
                for byte in utf8 {
                    let s = byte == UInt8(ascii: "z") ? UInt8(ascii: "s") : byte
                    switch s {
                    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                        UInt8(ascii: "y"):
                        continue
                    default: break
                    }
                    if s == last { continue }
                    out[n] = s
                    n += 1
                    last = s
                }
                return InternedStrings.id(ascii: UnsafeBufferPointer(rebasing: out[0..<n]))
            }
        }
        return id ?? InternedStrings.id(spelling(key))
    }
}
