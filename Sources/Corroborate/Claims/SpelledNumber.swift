/// Numbers spelled out in two words: a tens word and a unit word (`twenty-two`, `thirty five`) are one number.
///
/// Without this, `twenty-two-year-old` reads as an age of 2 and `thirty-five people` as 30 and 5, and a figure
/// that agrees with `22` or `35` elsewhere is flagged as a numeric conflict.
enum SpelledNumber {
    /// The value of the tens word at `i` joined with the unit word right after it, or nil when word `i` does not
    /// open such a pair. A hyphen joins them (`twenty-two`, `twenty-two-year-old`); a space only when the unit
    /// word is not itself hyphened onward, since `forty two-storey houses` are forty houses of two storeys.
    static func compound(
        _ words: [FrameWord], at i: Int, numberWords: [String: Double], scalars: ScalarText
    ) -> Double? {
        guard i + 1 < words.count, let tens = numberWords[words[i].key], let unit = numberWords[words[i + 1].key],
            [20, 30, 40, 50, 60, 70, 80, 90].contains(tens), (1...9).contains(unit), unit.rounded() == unit,
            words[i + 1].span.start - words[i].span.end == 1
        else { return nil }
        switch scalars[words[i].span.end] {
        case "-": return tens + unit
        case " ":
            let after = words[i + 1].span.end
            return after < scalars.count && scalars[after] == "-" ? nil : tens + unit
        default: return nil
        }
    }

    /// How to read the number word at `i`, whose value is `value`: nil when it is the unit word of such a pair
    /// (read with the tens word before it, never alone), else its value and how many words it takes. Only a word
    /// already known to be a number word is asked, so the words around it are looked up for number words alone.
    static func reading(
        _ words: [FrameWord], at i: Int, value: Double, numberWords: [String: Double], scalars: ScalarText
    ) -> (value: Double, length: Int)? {
        if (1...9).contains(value), i > 0, compound(words, at: i - 1, numberWords: numberWords, scalars: scalars) != nil
        {
            return nil
        }
        if value >= 20, value <= 90, let joined = compound(words, at: i, numberWords: numberWords, scalars: scalars) {
            return (joined, 2)
        }
        return (value, 1)
    }
}
