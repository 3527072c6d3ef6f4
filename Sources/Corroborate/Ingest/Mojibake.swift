/// Text that was encoded twice ("mojibake"): UTF-8 bytes read as Windows-1252 (or Latin-1) and written out again
/// as UTF-8, so `é` arrives as `Ã©`, `’` as `â€™` and `—` as `â€”`. A name spelled so is another name to search,
/// compare and report, so the ingester repairs it when it decodes a file, and says so.
///
/// A run of characters is repaired when its characters, mapped back to their Windows-1252 (or Latin-1) bytes, form
/// one valid UTF-8 sequence (a lead byte C2 to F4 and the continuation bytes 80 to BF it needs) and the character
/// they decode to is one such a mistake makes of real text (a letter, figure, mark or symbol of a script's usual
/// block). Each run is decided on its own, never the whole file, and conservatively: a capital letter with an
/// accent followed by a closing quote or dash in a word written in capitals (`IRMÃ”`) is left, as is a lower-case
/// accented letter before closing punctuation (`été »`). A space that was a no-break space (`Ã ` for `à`) is not
/// repaired: `Ã` before a space is also how Portuguese capitals end a word. Text encoded three times is repaired by
/// repeating the pass while it changes something, at most `maxPasses` times. Text decomposed after the damage
/// (`A` and a combining tilde for `Ã`, a space and a combining diaeresis for `¨`) is read as the characters it
/// decomposes from; other compatibility forms (`º` as `o`, `ª` as `a`) are not, as they are also plain letters.
enum Mojibake {
    /// The repaired text, what it took, and where each scalar of the given text went.
    struct Repaired {
        var text: String
        /// For each scalar offset of the given text, the offset of the scalar it is part of in `text`.
        var map: [Int]
        /// Characters of `text` made of more than one scalar of the given text.
        var count: Int
        /// The first repaired word, before and after.
        var example: (before: String, after: String)

        /// The one-line warning the decoder gives for the file.
        var warning: String {
            "repaired \(count) character\(count == 1 ? "" : "s") encoded twice (\(example.before) -> \(example.after))"
        }
    }

    /// Passes over the text: two undo a triple encoding; one more leaves room without looping on bad input.
    static let maxPasses = 3

    /// The repaired text, or nil when nothing in `text` looks encoded twice.
    static func repair(_ text: String) -> Repaired? {
        // Every lead character (Â to ô, U+00C2 to U+00F4) is C3 xx in UTF-8, or a letter and a combining accent
        // (U+0300 to U+033F, CC xx) when the text was decomposed.
        guard text.utf8.contains(where: { $0 == 0xC3 || $0 == 0xCC }) else { return nil }
        let original = Array(text.unicodeScalars)
        var scalars = original
        var map = Array(0..<original.count)
        for _ in 0..<maxPasses {
            guard let (next, passMap) = pass(scalars) else { break }
            map = map.map { passMap[$0] }
            scalars = next
        }
        guard scalars.count < original.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return summary(original: original, repaired: scalars, text: String(view), map: map)
    }

    /// One left-to-right pass: the scalars with each run repaired, and where each scalar went; nil when no run was.
    private static func pass(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int])? {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var map = [Int](repeating: 0, count: scalars.count)
        var index = 0
        var repairedAny = false
        var afterRepair = false
        while index < scalars.count {
            if let (scalar, length) = sequence(at: index, in: scalars, afterRepair: afterRepair) {
                for k in index..<(index + length) { map[k] = output.count }
                output.append(scalar)
                index += length
                repairedAny = true
                afterRepair = true
            } else {
                map[index] = output.count
                output.append(scalars[index])
                index += 1
                afterRepair = false
            }
        }
        return repairedAny ? (output, map) : nil
    }

    /// The character the run at `index` stands for and the run's length in scalars, when it is one encoded twice.
    private static func sequence(at index: Int, in scalars: [Unicode.Scalar], afterRepair: Bool)
        -> (Unicode.Scalar, Int)?
    {
        // A lead is Â to ô, or a letter and a combining accent: most scalars are neither, known without a lookup.
        let first = scalars[index].value
        guard (0xC2...0xF4).contains(first) || (index + 1 < scalars.count && isMark(scalars[index + 1])),
            let (lead, leadLength) = unit(at: index, in: scalars), lead >= 0xC2, lead <= 0xF4
        else { return nil }
        let count = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var bytes = [lead]
        var end = index + leadLength
        for _ in 1..<count {
            guard let (next, length) = unit(at: end, in: scalars), next & 0xC0 == 0x80 else { return nil }
            bytes.append(next)
            end += length
        }
        guard let decoded = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first,
            isLikely(decoded, length: count, afterRepair: afterRepair)
        else { return nil }
        if closing.contains(scalars[index + leadLength].value) {
            // A capital with an accent, then a closing quote or dash, in a word in capitals: real text.
            var before = index - 1
            while before >= 0, isMark(scalars[before]) { before -= 1 }
            if count == 2, !afterRepair, before >= 0, scalars[before].properties.isUppercase { return nil }
            // An accented small letter, then closing punctuation (`é »`): real text. `â` leads the punctuation.
            if count > 2, lead != 0xE2 { return nil }
        }
        return (decoded, end - index)
    }

    /// The byte the scalars at `index` were read from, and how many scalars that is: one character (`Ã`), or a
    /// letter and its combining accent when the text was decomposed (`A` and U+0303), or a space and a combining
    /// accent for a spacing accent decomposed by compatibility (`¨` as a space and U+0308).
    private static func unit(at index: Int, in scalars: [Unicode.Scalar]) -> (UInt8, Int)? {
        guard index < scalars.count else { return nil }
        let scalar = scalars[index]
        if index + 1 < scalars.count, let accents = composed[scalar.value],
            let byte = accents[scalars[index + 1].value]
        {
            return (byte, 2)
        }
        return byte(of: scalar).map { ($0, 1) }
    }

    /// Windows-1252's characters that decompose into a base and one combining accent, by base and accent.
    private static let composed: [UInt32: [UInt32: UInt8]] = {
        let grave: UInt32 = 0x300
        let acute: UInt32 = 0x301
        let circumflex: UInt32 = 0x302
        let tilde: UInt32 = 0x303
        let diaeresis: UInt32 = 0x308
        let capitals: [(Character, [UInt32: UInt8])] = [
            ("A", [grave: 0xC0, acute: 0xC1, circumflex: 0xC2, tilde: 0xC3, diaeresis: 0xC4, 0x30A: 0xC5]),
            ("C", [0x327: 0xC7]), ("E", [grave: 0xC8, acute: 0xC9, circumflex: 0xCA, diaeresis: 0xCB]),
            ("I", [grave: 0xCC, acute: 0xCD, circumflex: 0xCE, diaeresis: 0xCF]), ("N", [tilde: 0xD1]),
            ("O", [grave: 0xD2, acute: 0xD3, circumflex: 0xD4, tilde: 0xD5, diaeresis: 0xD6]),
            ("U", [grave: 0xD9, acute: 0xDA, circumflex: 0xDB, diaeresis: 0xDC]), ("Y", [acute: 0xDD]),
        ]
        var table: [UInt32: [UInt32: UInt8]] = [:]
        for (letter, accents) in capitals {
            let value = letter.unicodeScalars.first!.value
            table[value] = accents
            // The small letters sit 0x20 above the capitals, in ASCII and in Latin-1 alike.
            table[value + 0x20] = accents.mapValues { $0 + 0x20 }
        }
        table[0x79, default: [:]][diaeresis] = 0xFF  // ÿ
        table[0x59, default: [:]][diaeresis] = 0x9F  // Ÿ, Windows-1252
        table[0x53, default: [:]][0x30C] = 0x8A  // Š
        table[0x73, default: [:]][0x30C] = 0x9A  // š
        table[0x5A, default: [:]][0x30C] = 0x8E  // Ž
        table[0x7A, default: [:]][0x30C] = 0x9E  // ž
        // Spacing accents, decomposed by compatibility into a space and the combining accent: ¨ ¯ ´ ¸ ˜.
        table[0x20] = [diaeresis: 0xA8, 0x304: 0xAF, acute: 0xB4, 0x327: 0xB8, tilde: 0x98]
        return table
    }()

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Closing punctuation and spaces that real text puts right after a letter: ’ ” – — … » › and no-break space.
    private static let closing: Set<UInt32> = [0x2019, 0x201D, 0x2013, 0x2014, 0x2026, 0xBB, 0x203A, 0xA0]

    /// Whether a twice-encoded character would decode to `scalar`: its script's usual block for its length (Latin,
    /// Greek, Cyrillic, Hebrew and Arabic for two bytes; Indic, Thai, Vietnamese, punctuation and symbols, CJK and
    /// Hangul for three; emoji and CJK for four), and a letter, figure, punctuation or symbol. A mark or a format
    /// character (a combining accent, a variation selector, a zero-width joiner) only right after a repaired one.
    private static func isLikely(_ scalar: Unicode.Scalar, length: Int, afterRepair: Bool) -> Bool {
        let value = scalar.value
        let blocks: [ClosedRange<UInt32>]
        switch length {
        case 2: blocks = [0xA0...0x17F, 0x218...0x21B, 0x370...0x3FF, 0x400...0x4FF, 0x590...0x6FF]
        case 3:
            blocks = [
                0x900...0xEFF, 0x1E00...0x1EFF, 0x2000...0x27FF, 0x2900...0x2E7F, 0x3000...0x30FF, 0x3400...0x4DBF,
                0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFE00...0xFE0F, 0xFF00...0xFFEF,
            ]
        default: blocks = [0x1F000...0x1FAFF, 0x20000...0x2FFFF]
        }
        guard blocks.contains(where: { $0.contains(value) }) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation,
            .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
            .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator:
            return true
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return afterRepair
        default:
            return false
        }
    }

    /// Windows-1252's byte for each of its characters 0x80 to 0x9F.
    private static let cp1252Bytes: [UInt32: UInt8] = {
        var bytes: [UInt32: UInt8] = [:]
        for (offset, value) in TextDecoder.cp1252High.enumerated() where value != 0xFFFD {
            bytes[value] = UInt8(0x80 + offset)
        }
        return bytes
    }()

    /// The byte a character was read from: Latin-1's for U+0080 to U+00FF (which also holds the bytes Windows-1252
    /// leaves undefined), Windows-1252's for its characters 0x80 to 0x9F; nil for ASCII and anything else.
    private static func byte(of scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return nil }
        if value <= 0xFF { return UInt8(value) }
        return cp1252Bytes[value]
    }

    /// The count of repaired characters and the first repaired word, before and after.
    private static func summary(original: [Unicode.Scalar], repaired: [Unicode.Scalar], text: String, map: [Int])
        -> Repaired
    {
        var count = 0
        var first: Int?
        var index = 0
        while index < map.count {
            var end = index + 1
            while end < map.count, map[end] == map[index] { end += 1 }
            if end - index > 1 {
                count += 1
                if first == nil { first = map[index] }
            }
            index = end
        }
        // The word around the first repaired character, at most 20 scalars on each side.
        let at = first ?? 0
        var start = at
        while start > 0, at - start < 20, !repaired[start - 1].properties.isWhitespace { start -= 1 }
        var end = at + 1
        while end < repaired.count, end - at < 20, !repaired[end].properties.isWhitespace { end += 1 }
        let rawStart = map.firstIndex(of: start) ?? 0
        let rawEnd = (map.lastIndex(of: end - 1) ?? rawStart) + 1
        func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        return Repaired(
            text: text, map: map, count: count,
            example: (string(original[rawStart..<rawEnd]), string(repaired[start..<end])))
    }
}
