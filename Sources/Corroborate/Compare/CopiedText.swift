/// One text printed by two articles: the sentences that hold the two claims share a long run of words word for
/// word, or most of the shorter sentence's words in the same order (a wire story copied, or lightly reworded with a
/// word changed here and there, without quotation marks). Two articles that print one agency's sentence are one
/// source relayed, not two that corroborate each other, whatever speakers the two claims carry, so no agreement is
/// proposed between them. Contradiction rules run before this one: a copy with a changed figure or an added
/// denial is still a conflict.
///
/// The sentences are read rather than the claims because a claim is often only the reported part of its sentence:
/// two outlets that copy `the depot will reopen in May, the mayor said` give claims a few words long whose sentences
/// are one text.
enum CopiedText {
    /// The fewest words in one unbroken run shared by the two sentences for them to be one text. Chosen on the
    /// first half of the development stories (the lowest run that removed no agreement judged right there).
    static let longRun = 10
    /// The share of the shorter sentence's words that must appear, in order, in the other: `NearCopy.share`.
    static let share = NearCopy.share
    /// The fewest words the shorter sentence needs for the share to count: a short sentence of common words
    /// (`the mayor died of cancer on Monday`) is told alike by outlets that never saw each other's text.
    static let fewestWords = 12

    /// Whether the two claims' sentences are one text.
    static func holds(_ pair: ClaimPair) -> Bool {
        let a = words(of: pair.a, in: pair.documents[pair.a.document])
        let b = words(of: pair.b, in: pair.documents[pair.b.document])
        return oneText(a, b)
    }

    /// Whether two sentences' words are one text: a run of `longRun` words, or `share` of the shorter one's words
    /// (of `fewestWords` at least) in order in the other.
    static func oneText(_ a: [String], _ b: [String]) -> Bool {
        guard min(a.count, b.count) >= min(longRun, fewestWords) else { return false }
        if longestRun(a, b) >= longRun { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= fewestWords else { return false }
        let needed = Int((share * Double(short.count)).rounded(.up))
        let present = Set(long)
        guard short.filter(present.contains).count >= needed else { return false }
        return NearCopy.commonSubsequence(short, long) >= needed
    }

    /// The length of the longest run of words the two sequences share word for word.
    static func longestRun<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        var best = 0
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : 0
                best = max(best, current[j + 1])
            }
            swap(&previous, &current)
        }
        return best
    }

    /// The lower-cased words (letters and digits) of the sentence or sentences that hold a claim: from the end of
    /// the sentence before its first span to the end of the sentence of its last span, a line break ending a
    /// sentence too.
    static func words(of claim: Claim, in document: Document) -> [String] {
        let scalars = document.scalars
        guard let first = claim.spans.first?.start, let last = claim.spans.last?.end, first >= 0,
            first < last, last <= scalars.count
        else { return [] }
        var from = first
        while from > 0 && !endsSentence(scalars, at: from - 1) { from -= 1 }
        var to = max(first, last - 1)
        while to < scalars.count && !endsSentence(scalars, at: to) { to += 1 }
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for k in from..<min(to + 1, scalars.count) {
            let c = scalars[k]
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                word.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Whether the scalar at `k` ends a sentence: a line break, or a full stop, question or exclamation mark
    /// followed by a space or a line break (a decimal point or an abbreviation inside a word is none).
    static func endsSentence(_ scalars: ScalarText, at k: Int) -> Bool {
        let c = scalars[k]
        if c == "\n" { return true }
        guard c == "." || c == "?" || c == "!" else { return false }
        return k + 1 >= scalars.count || scalars[k + 1] == " " || scalars[k + 1] == "\n"
    }
}
