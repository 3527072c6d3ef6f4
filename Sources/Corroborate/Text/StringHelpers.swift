import Foundation

/// Small string helpers shared by every stage; they avoid Foundation on hot paths.
extension StringProtocol {
    /// Whether every scalar is ASCII (one byte each): such strings take the byte paths of the hot loops.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}

extension String {
    /// Lower-case particles that open a surname joined by a hyphen or an apostrophe (`al-Karbouli`, `d'Estaing`).
    static let nameParticles: Set<String> = [
        "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul", "d", "l",
    ]

    /// Whether a word is a surname behind a lower-case particle and a hyphen or apostrophe (`al-Karbouli`,
    /// `el-Sisi`, `d'Estaing`): a name though its first letter is small. Not `pre-war` or `anti-Western`.
    var isParticleName: Bool {
        let scalars = Array(unicodeScalars)
        guard let joiner = scalars.firstIndex(where: { $0 == "-" || $0.isApostrophe }), joiner + 1 < scalars.count,
            scalars[joiner + 1].isUppercaseLetter
        else { return false }
        var particle = String.UnicodeScalarView()
        particle.append(contentsOf: scalars[..<joiner])
        return String.nameParticles.contains(String(particle))
    }

    /// The string without leading and trailing white space (including no-break spaces).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceLike }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceLike })!
        return String(scalars[first...last])
    }

    /// Runs of white space folded into single spaces, ends trimmed.
    func collapsingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isWhitespaceLike {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the UTF-8 bytes hold those of `needle` somewhere: a plain byte search, with no string made.
    func containsBytes(_ needle: StaticString) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            let n = needle.utf8CodeUnitCount
            guard n > 0, n <= bytes.count else { return n == 0 }
            let first = needle.utf8Start[0]
            var i = 0
            while i + n <= bytes.count {
                if bytes[i] == first && memcmp(bytes.baseAddress! + i, needle.utf8Start, n) == 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// `contains(needle)` (Foundation's search, which compares canonically equivalent text as equal) for a needle
    /// of ASCII punctuation, spaces and lower-case letters other than the three ASCII scalars that a scalar past
    /// ASCII is canonically equal to (`K`, `;` and `` ` ``): text whose bytes do not hold the needle's cannot hold
    /// it canonically either, so the byte search answers no at once and only a text that holds it is searched
    /// again by Foundation. Nearly every text answers no, which costs a tenth of Foundation's search.
    func containsText(_ needle: StaticString) -> Bool {
        containsBytes(needle) && range(of: needle.description) != nil
    }

    /// The number of Unicode scalars, counted on the UTF-8 bytes (a scalar starts at every byte that is not a
    /// continuation byte) rather than by decoding them.
    var scalarCount: Int {
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Lowercased, with curly apostrophes and dashes made plain, for matching against word lists. An ASCII string
    /// (nearly every word) is lowercased byte by byte, and one with no capital is returned as it is.
    var folded: String {
        var upper = false
        for byte in utf8 {
            if byte >= 0x80 { return foldedScalars }
            if byte &- UInt8(ascii: "A") < 26 { upper = true }
        }
        guard upper else { return self }
        let count = utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            for byte in utf8 {
                buffer[n] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                n += 1
            }
            return n
        }
    }

    /// The string without leading and trailing full stops (`Gen.` is `Gen`): what `trimmingCharacters(in: ["."])`
    /// gives, without building a character set and a copy for every word.
    func trimmingPeriods() -> String {
        let scalars = unicodeScalars
        guard scalars.first == "." || scalars.last == "." else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start] == "." { scalars.formIndex(after: &start) }
        while end > start && scalars[scalars.index(before: end)] == "." { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }

    /// `folded` past ASCII: lowercased as Unicode says, then apostrophes, dashes and no-break spaces made plain.
    private var foldedScalars: String {
        var out = String.UnicodeScalarView()
        for scalar in lowercased().unicodeScalars {
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": out.append("'")
            case "\u{2013}", "\u{2014}": out.append("-")
            case "\u{00A0}": out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension Character {
    /// The character's own `isUppercase` (not `Unicode.Scalar.isUppercaseLetter`, which reads one scalar's
    /// property), answered for an ASCII character by its code: the standard library's answer for a character that
    /// is not upper case builds its upper-case string to compare (a thousand instructions a character where
    /// speakers' names are read).
    var isUppercaseLetter: Bool {
        if let ascii = asciiValue { return ascii >= 0x41 && ascii <= 0x5A }
        return isUppercase
    }
}

extension Unicode.Scalar {
    /// White space, including no-break and zero-width spaces that scraped text carries.
    var isWhitespaceLike: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    var isLetter: Bool {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return properties.isAlphabetic
    }

    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// A letter, a digit, or another numeric character (`½`, `٣`). The numeric-type lookup is the slow part, and
    /// no ASCII character other than a digit has one, so it is only made past ASCII.
    var isWordCharacter: Bool { isLetter || isDigit || (value >= 0x80 && properties.numericType != nil) }

    /// Whether the scalar has a numeric type (`7`, `½`, `٣`): no ASCII character but a digit has one, so the
    /// property is looked up past ASCII only.
    var hasNumericType: Bool { isDigit || (value >= 0x80 && properties.numericType != nil) }

    var isApostrophe: Bool { self == "'" || self == "\u{2019}" || self == "\u{02BC}" }

    var isDash: Bool { self == "-" || self == "\u{2013}" || self == "\u{2014}" || self == "\u{2012}" }

    /// A mark that ends a sentence: `.`, `!` or `?`.
    var isSentenceMark: Bool { self == "." || self == "!" || self == "?" }

    /// Punctuation that parts two clauses of a claim when it stands between their words: `.;:!?,()` and the em
    /// dash. A test on the scalar's value, where a search of a string of the marks decoded it for every scalar.
    var isClauseMark: Bool {
        switch value {
        case 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x2C, 0x28, 0x29, 0x2014: return true
        default: return false
        }
    }

    /// Marks that part clauses inside a sentence: a semicolon, a colon, an em or en dash.
    var isClauseSeparator: Bool { self == ";" || self == ":" || self == "\u{2014}" || self == "\u{2013}" }
}
