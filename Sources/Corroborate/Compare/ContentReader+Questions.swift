import Foundation

/// Questions: a claim that asks asserts nothing (`Is the mayor dead?`), nor does a denial inside a question
/// (`Don't you know ...?`), unless the article answers at once (`Yes: ...`, `It did.`).
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

    /// Whether the claim's last span ends with a question mark that closes no quotation (a speaker's quoted question
    /// is read as the speaker's words, as before: `"he is alive, so why ...?" his spokesman asked`), inside the span
    /// or just after it on its line, that the next words do not answer (`Is the mayor dead? Yes: ...`
    /// asserts the answer). The text after the span is read forward only, so the first word of the next line
    /// (`Is the mayor dead?` then `Fans mourn`) does not hide the mark.
    static func endsWithQuestion(_ claim: Claim, scalars: ScalarText) -> Bool {
        guard let last = claim.spans.last else { return false }
        if asks(after: min(last.end, scalars.count), scalars: scalars) { return true }
        var k = min(last.end, scalars.count) - 1
        while k >= last.start {
            let c = scalars[k]
            if c == "?" { return !answered(after: k + 1, scalars: scalars) && !closesQuote(after: k, scalars: scalars) }
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "." || c == "!" { return false }
            k -= 1
        }
        return false
    }

    /// Whether a question mark follows offset `end` on its line, up to two closing quotes, brackets or spaces
    /// after it, and the next words do not answer it (`answered`).
    static func asks(after end: Int, scalars: ScalarText) -> Bool {
        var k = end
        while k < min(scalars.count, end + 3) {
            let c = scalars[k]
            if c == "?" { return !answered(after: k + 1, scalars: scalars) && !closesQuote(after: k, scalars: scalars) }
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "." || c == "!" || c == "\n" {
                return false
            }
            k += 1
        }
        return false
    }

    /// Whether the article answers the question it just asked, in the words after offset `start` up to the end of
    /// the next sentence: `yes` among the first three words (`Yes: ...`, `Sadly, yes.`), or a short answer, a
    /// subject pronoun and an auxiliary ending its clause (`It did, the coast guard said.`, `He is.`).
    static func answered(after start: Int, scalars: ScalarText) -> Bool {
        var words: [(text: String, ends: Bool)] = []
        var word = ""
        var k = start
        while k < min(scalars.count, start + 80) && words.count < 3 {
            let c = scalars[k]
            if c.properties.isAlphabetic {
                word += String(c).lowercased()
            } else {
                if !word.isEmpty { words.append((word, c != " " && c != "'" && c != "\u{2019}")) }
                word = ""
                if !words.isEmpty && (c == "." || c == "!" || c == "?") { break }
            }
            k += 1
        }
        if !word.isEmpty && words.count < 3 { words.append((word, true)) }
        if words.contains(where: { $0.text == "yes" }) { return true }
        return words.count >= 2 && answerSubjects.contains(words[0].text) && answerVerbs.contains(words[1].text)
            && words[1].ends
    }

    /// The subject pronouns and auxiliaries of a short answer (`It did.`, `They were.`).
    static let answerSubjects: Set<String> = ["it", "he", "she", "they", "we", "i", "you"]
    static let answerVerbs: Set<String> = [
        "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
    ]

    /// Whether the question mark after offset `end` (up to two scalars on) closes a quotation: the question is a
    /// speaker's quoted words.
    static func closesQuote(after end: Int, scalars: ScalarText) -> Bool {
        var k = end
        while k < min(scalars.count, end + 3) && scalars[k] != "?" { k += 1 }
        guard k + 1 < scalars.count, scalars[k] == "?" else { return false }
        return ["\"", "\u{201D}", "'", "\u{2019}"].contains(scalars[k + 1])
    }
}
