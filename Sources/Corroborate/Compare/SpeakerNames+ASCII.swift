/// A speaker's name read byte by byte when every byte is printable ASCII (space to tilde), most names of a run.
/// There each byte is one Character (the only ASCII pair that makes one Character, CR LF, is left out), a letter is
/// `A`-`Z` or `a`-`z`, an upper-case letter is `A`-`Z`, and lowercasing or folding changes `A`-`Z` alone, so every
/// field equals the general reading's (`init(general:)`), which walks Characters and costs about 130 k instructions
/// a name.
extension SpeakerNames {
    /// Whether every byte of `name` is printable ASCII (0x20 to 0x7E).
    static func isPrintableASCII(_ name: String) -> Bool {
        name.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    }

    /// The fields read from a printable ASCII name's bytes (`isPrintableASCII`).
    convenience init(ascii name: String) {
        let bytes = Array(name.utf8)
        func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
        func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
        // Written straight into the new string: decoding a lazy map goes through a dynamic cast and a copy.
        func lowered(_ range: Range<Int>) -> String {
            String(unsafeUninitializedCapacity: range.count) { buffer in
                for (n, i) in range.enumerated() { buffer[n] = lower(bytes[i]) }
                return range.count
            }
        }
        // The words between spaces, none empty (`split(separator: " ")`).
        var words: [Range<Int>] = []
        var start = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") {
            if i > start { words.append(start..<i) }
            start = i + 1
        }
        let capitalised = words.filter { isUpper(bytes[$0.lowerBound]) }
        let names = Set(capitalised.map(lowered))
        let initials =
            capitalised.count >= 2
            ? String(decoding: capitalised.map { lower(bytes[$0.lowerBound]) }, as: UTF8.self) : nil
        let isDescription = !bytes.isEmpty && !bytes.contains(where: isUpper)
        // Runs of letters of four or more, lowercased.
        var voiceWords = Set<String>()
        start = 0
        for i in 0...bytes.count where i == bytes.count || !isLetter(bytes[i]) {
            if i - start >= 4 { voiceWords.insert(lowered(start..<i)) }
            start = i + 1
        }
        let spelling = words.map(lowered)
        // Each spelling word's parts between hyphens, none empty.
        var parts: [Range<Int>] = []
        for word in words {
            var from = word.lowerBound
            for i in word.lowerBound...word.upperBound where i == word.upperBound || bytes[i] == UInt8(ascii: "-") {
                if i > from { parts.append(from..<i) }
                from = i + 1
            }
        }
        let letters = String(
            decoding: parts.flatMap { bytes[$0] }.filter(isLetter).map(lower), as: UTF8.self)
        let nameParts = NameParts(
            letters: letters, lastPart: parts.last.map(lowered),
            longParts: Set(parts.filter { $0.count >= 4 }.map(lowered)).sorted())
        self.init(
            names: names, initials: initials, isDescription: isDescription, voiceWords: voiceWords,
            spelling: spelling, parts: nameParts,
            personShaped: (2...4).contains(words.count) && capitalised.count == words.count)
    }
}
