/// Whether a claim's source can stand on one side of a relation. Extraction sometimes takes for a speaker what is
/// not one: a dateline (`Oslo -`), a fragment of the sentence (`All`, `of them`, `he couldn't comment`), the
/// tail of a longer name (`Mail` of `Daily Mail`), page furniture in capitals, or a document noun (`statement`,
/// `reports`) where the sentence names who spoke. A flag credited to such a "source" would mislead; the claim is
/// then the outlet's own, as it would be with no attribution at all.
struct SpeakerFitness: Sendable {
    /// Words that are never a speaker on their own: quantifiers, pronouns and sentence adverbs.
    let nonSpeakers: Set<String>
    /// Nouns for a document or a medium rather than a speaker (`statement`, `video`, `reports`).
    let documentNouns: Set<String>
    /// Function words: a source that starts with one is a fragment of the sentence.
    let functionWords: Set<String>
    let negations: Set<String>

    init(words: ComparisonWords) {
        nonSpeakers = Set(words.nonSpeakers.map(\.folded))
        documentNouns = Set(words.documentNouns.map(\.folded))
        functionWords = words.stopwords
        negations = Set(words.negations.filter { !$0.contains(" ") }.map(\.folded))
    }

    static let fragment = "a fragment of the sentence"

    /// Determiners that may open a speaker's description (`his sister`, `the ministry`).
    static let openers: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "one"]

    /// Why the claim's source is not fit to stand on a relation, or nil when it is.
    func problem(_ claim: Claim, in document: Document) -> String? {
        problem(claim, in: document) { word in SpeakerFitness.writesInLowercase(word, in: document) }
    }

    /// Whether an article writes a word (given in lowercase) in lowercase somewhere, as a whole word: a common
    /// word, not a name. A scan of the scalars, without building strings.
    static func writesInLowercase(_ word: String, in document: Document) -> Bool {
        let target = Array(word.unicodeScalars)
        let scalars = document.scalars
        guard let first = target.first, target.count <= scalars.count else { return false }
        var k = 0
        while k + target.count <= scalars.count {
            if scalars[k] == first, k == 0 || !scalars[k - 1].properties.isAlphabetic,
                k + target.count == scalars.count || !scalars[k + target.count].properties.isAlphabetic,
                scalars[k..<(k + target.count)].elementsEqual(target)
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// Why the claim's source is not fit, with `usedInLowercase` telling whether the article writes a word in
    /// lowercase (callers keep one answer per article).
    func problem(_ claim: Claim, in document: Document, usedInLowercase: (String) -> Bool) -> String? {
        guard claim.attribution != nil, claim.source.kind != .outlet else { return nil }
        if claim.source.kind == .multiple { return nil }
        let name = claim.source.name
        let words = SourceResolver.words(name)
        guard let first = words.first else { return "no name" }
        let keys = words.map(\.folded)
        // A negation or a contracted verb inside the name: the extraction took part of the sentence.
        if keys.contains(where: { negations.contains($0) || $0.hasSuffix("n't") || $0 == "none" }) {
            return SpeakerFitness.fragment
        }
        if words.count >= 2, words.allSatisfy({ $0.count > 1 && $0.uppercased() == $0 && $0.lowercased() != $0 }) {
            return "page furniture in capitals"
        }
        if claim.source.kind == .anonymous { return nil }
        let firstKey = first.folded
        if first.first?.isLowercase == true, functionWords.contains(firstKey),
            !SpeakerFitness.openers.contains(firstKey)
        {
            return SpeakerFitness.fragment
        }
        if words.count >= 5, first.first?.isLowercase == true, !SpeakerFitness.openers.contains(firstKey) {
            return SpeakerFitness.fragment
        }
        if keys.count <= 2, let last = keys.last, documentNouns.contains(last),
            words.allSatisfy({ $0.first?.isLowercase == true })
        {
            return "a document, not a speaker"
        }
        if words.count == 1 {
            if nonSpeakers.contains(firstKey) || functionWords.contains(firstKey) { return "not a speaker" }
            if CalendarDate.monthNames[firstKey] != nil || CalendarDate.weekdayNames[firstKey] != nil {
                return "a date, not a speaker"
            }
            if first.count > 4, firstKey.hasSuffix("ing") || firstKey.hasSuffix("ly") { return "not a speaker" }
        }
        if let place = document.metadata.place, place.folded == name.folded { return "the dateline" }
        guard let mention = claim.sourceSpans.first, mention.start < document.scalars.count else { return nil }
        let mentioned = document.text(of: mention)
        // Checks on the mention as written, when it is the source's name (not a pronoun resolved to one).
        guard mentioned.folded == name.folded || mentioned.folded.hasSuffix(name.folded) else { return nil }
        if isDateline(mention, in: document) { return "the dateline" }
        if words.count == 1 {
            // The tail of a longer name (`Mail` of `Daily Mail`, `Organization` of `World Health Organization`):
            // an institution's head noun after a capitalised word. People called by surname are kept.
            if claim.source.kind != .other, capitalisedWordBefore(mention, in: document) {
                return "the tail of a longer name"
            }
            // A common word capitalised because it opens the sentence (`Photos`, `Fears`), written in lowercase
            // elsewhere in the article.
            if mentioned.first?.isUppercase == true, !mentioned.contains(" "), startsSentence(mention, in: document),
                usedInLowercase(firstKey)
            {
                return "not a speaker"
            }
        }
        return nil
    }

    /// A mention that opens a paragraph and is followed by a dash: a dateline (`OSLO -`, `Bergen —`).
    private func isDateline(_ span: TextSpan, in document: Document) -> Bool {
        let scalars = document.scalars
        var k = span.start - 1
        while k >= 0 && (scalars[k] == " " || scalars[k] == "\t") { k -= 1 }
        guard k < 0 || scalars[k] == "\n" else { return false }
        var j = span.end
        while j < scalars.count && j < span.end + 12 && scalars[j] != "\n" {
            let c = scalars[j]
            if c == "-" || c == "\u{2013}" || c == "\u{2014}" { return true }
            if c.properties.isAlphabetic { return false }
            j += 1
        }
        return false
    }

    private func capitalisedWordBefore(_ span: TextSpan, in document: Document) -> Bool {
        let scalars = document.scalars
        var k = span.start - 1
        guard k >= 1, scalars[k] == " " else { return false }
        k -= 1
        var start = k
        while start >= 0 && (scalars[start].properties.isAlphabetic || scalars[start] == "-") { start -= 1 }
        guard start < k, scalars[start + 1].properties.isUppercase else { return false }
        // The word before must not open its sentence itself: `Officials Organization` is no name.
        var p = start
        while p >= 0 && scalars[p] == " " { p -= 1 }
        return p >= 0 && !".!?\n\"\u{201C}".unicodeScalars.contains(scalars[p])
    }

    private func startsSentence(_ span: TextSpan, in document: Document) -> Bool {
        let scalars = document.scalars
        var k = span.start - 1
        while k >= 0 && (scalars[k] == " " || scalars[k] == "\"" || scalars[k] == "\u{201C}") { k -= 1 }
        return k < 0 || ".!?\n:".unicodeScalars.contains(scalars[k])
    }
}
