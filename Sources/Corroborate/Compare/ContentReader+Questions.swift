import Foundation

/// Questions: a claim that asks asserts nothing (`Is the mayor dead?`), nor does a denial inside a question
/// (`Don't you know ...?`), unless the article answers at once with `yes`.
extension ContentReader {
    /// Whether the sentence going on from `start` ends with a question mark before `limit` (or just after it).
    static func inQuestion(after start: Int, scalars: ScalarText, limit: Int) -> Bool {
        var k = start
        let end = min(scalars.count, limit + 2)
        while k < end {
            let c = scalars[k]
            if c == "?" { return true }
            if c == "." || c == "!" { return false }
            k += 1
        }
        return false
    }

    /// Whether the claim's last span ends with a question mark (closing quotes and spaces aside), inside the span
    /// or just after it on its line, that the next words do not answer with `yes` (`Is the mayor dead? Yes: ...`
    /// asserts the answer). The text after the span is read forward only, so the first word of the next line
    /// (`Is the mayor dead?` then `Fans mourn`) does not hide the mark.
    static func endsWithQuestion(_ claim: Claim, scalars: ScalarText) -> Bool {
        guard let last = claim.spans.last else { return false }
        if asks(after: min(last.end, scalars.count), scalars: scalars) { return true }
        var k = min(last.end, scalars.count) - 1
        while k >= last.start {
            let c = scalars[k]
            if c == "?" { return !answered(after: k + 1, scalars: scalars) }
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "." || c == "!" { return false }
            k -= 1
        }
        return false
    }

    /// Whether a question mark follows offset `end` on its line, up to two closing quotes, brackets or spaces
    /// after it, and the next words do not answer it with `yes`.
    static func asks(after end: Int, scalars: ScalarText) -> Bool {
        var k = end
        while k < min(scalars.count, end + 3) {
            let c = scalars[k]
            if c == "?" { return !answered(after: k + 1, scalars: scalars) }
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "." || c == "!" || c == "\n" {
                return false
            }
            k += 1
        }
        return false
    }

    /// Whether `yes` is the first word after offset `start`, a few quotes, spaces or a line break aside: the
    /// article answers the question it just asked.
    static func answered(after start: Int, scalars: ScalarText) -> Bool {
        var k = start
        while k < min(scalars.count, start + 4) && !scalars[k].properties.isAlphabetic { k += 1 }
        guard k + 3 <= scalars.count else { return false }
        let word = (k..<(k + 3)).map { String(scalars[$0]).lowercased() }.joined()
        return word == "yes" && (k + 3 == scalars.count || !scalars[k + 3].properties.isAlphabetic)
    }
}
