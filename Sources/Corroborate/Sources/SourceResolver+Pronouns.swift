/// A `he` or `she` as a reader takes it: one person (never `doctors`, `his kidnappers`, `Holm and others`, `two
/// men`), and only the last speaker when no one else has been introduced since (`Tomas Ferrel, a friend, posted:
/// "..." He added: "..."`).
extension SourceResolver {
    private typealias X = AttributionExtractor

    /// Words after which a phrase's head noun has ended (`vice president of the union`, `doctors at the clinic`,
    /// `a man who`): the head is the last word before the first of them.
    private static let headEnders: Set<String> = [
        "of", "from", "at", "in", "with", "for", "on", "near", "by", "to", "representing", "who", "that", "which",
    ]

    /// Words that open a phrase for several people (`some officials`, `both men`, `two witnesses`, `others`).
    static let pluralOpeners: Set<String> = [
        "some", "many", "several", "both", "all", "few", "various", "numerous", "others", "those", "these", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    ]

    /// Verbs that follow a sentence's subject besides the `-ed` forms and past cue forms (`Ana Petrov is drawing`).
    private static let subjectVerbs: Set<String> = [
        "is", "was", "has", "had", "says", "will", "would", "can", "could", "does", "did",
    ]

    /// Months written in full (the longest of `CalendarDate.monthNames` for each month, not `Jan`, a given name),
    /// which with `weekdays` make a capitalised run a date rather than a name (`Early Friday`).
    private static let months = Set(
        Dictionary(grouping: CalendarDate.monthNames, by: \.value).values.compactMap { spellings in
            spellings.max { $0.key.count < $1.key.count }?.key
        })

    /// Whether a source names several people: it opens with a word for several (`some`, `both`, `two`), joins
    /// nouns with `and` before its head ends (`Holm and others`, not `secretary of health and human
    /// services`), or its head noun is a plural (`SourceResolver.isPlural`: `doctors`, `Marek strategists`,
    /// `gunmen`, `police`) or, capitalised, a role word's plural (`Friends`, `Officials`). A name (`Reuters`,
    /// `James Jones`), a singular head (`vice president of the union representing agents`, `police officer`) and
    /// a phrase opened by `one` (`one of her former lawyers`) name one.
    func namesSeveral(_ source: Source) -> Bool {
        var name = Substring(source.name)
        // `US administration official (unnamed)`: the note in parentheses is no part of the phrase.
        if let open = name.firstIndex(of: "(") { name = name[..<open] }
        let words = SourceResolver.words(String(name))
        guard let first = words.first?.folded else { return false }
        if SourceResolver.pluralOpeners.contains(first) { return true }
        let phrase = Array(words.prefix { !SourceResolver.headEnders.contains($0.folded) })
        if phrase.count >= 3, phrase.dropFirst().dropLast().contains(where: { $0.folded == "and" }) { return true }
        guard var head = phrase.last else { return false }
        if head.hasSuffix("'s") { head.removeLast(2) }
        let folded = head.folded
        guard head.unicodeScalars.first?.isLowercaseLetter == true else { return isPluralRoleWord(head) }
        return folded.count > 3 && SourceResolver.isPlural(folded) && !folded.hasSuffix("us")
            && !folded.hasSuffix("is")
    }

    /// Whether someone else has been introduced since the source a `he` or `she` would be given: a name of two or
    /// more capitalised words opens, as its subject (set off by a comma or followed by a verb: `Tomas Ferrel, a
    /// friend, posted`, `Ivo Marek appealed`), the sentence before the pronoun or the first sentence of that
    /// sentence's paragraph, and from there to the pronoun nothing names the source. The pronoun most likely
    /// continues that person, whom no attribution may name, so it is left unresolved. A date (`Early Friday`), a
    /// body (`Velmora Human Rights League`) or a modifier (`Green Valley residents`) is no such name.
    func someoneIntroducedSince(before offset: Int, than source: Source, analysis: TextAnalysis) -> Bool {
        guard let s = analysis.sentenceIndex(containing: offset), s > 0 else { return false }
        let tokens = analysis.tokens
        let sentences = analysis.sentences
        let allWords = SourceResolver.words(source.name).map(\.folded).filter { !titles.contains($0) }
        // `Li Wu`: a name of short words is still named by them.
        let long = allWords.filter { $0.count >= 3 }
        let nameWords = Set(long.isEmpty ? allWords : long)
        func names(_ range: Range<Int>) -> Bool {
            tokens[range].contains { $0.kind == .word && $0.span.end <= offset && nameWords.contains($0.folded) }
        }
        // The pronoun's own sentence may name the source before it (`Ida Holm said before he spoke that`).
        if names(sentences[s].tokens) { return false }
        var first = s - 1
        while first > 0, sentences[first - 1].paragraph == sentences[s - 1].paragraph { first -= 1 }
        // From the paragraph's first sentence on, the last one that opens with another name, if the source is
        // named in none of the sentences from there to the pronoun.
        for index in stride(from: s - 1, through: first, by: -1) {
            if names(sentences[index].tokens) { return false }
            guard index == s - 1 || index == first else { continue }
            if opensWithSubjectName(sentences[index].tokens, tokens: tokens) { return true }
        }
        return false
    }

    /// Whether a sentence opens with a name of two or more capitalised words as its subject: set off by a comma or
    /// followed by a verb, with no weekday or month in it, and not a body's name.
    private func opensWithSubjectName(_ range: Range<Int>, tokens: [Token]) -> Bool {
        var k = range.lowerBound
        var run: [String] = []
        while k < range.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized {
            run.append(tokens[k].folded)
            k += 1
        }
        // Several people (`Several Guards said`) are no one a `he` continues.
        guard run.count >= 2, k < range.upperBound, !X.closedClass.contains(run[0]),
            !SourceResolver.pluralOpeners.contains(run[0]), !isPluralRoleWord(run[run.count - 1]),
            !run.contains(where: { X.weekdays.contains($0) || SourceResolver.months.contains($0) })
        else { return false }
        // The run is the sentence's subject: set off by a comma, or followed by a verb (`Ivo Marek
        // appealed`, `Ana Petrov is`), not a modifier (`Green Valley residents`).
        let next = tokens[k]
        let verb =
            next.kind == .word && !next.isCapitalized
            && (next.folded.hasSuffix("ed") || X.pastCueForms.contains(next.folded)
                || SourceResolver.subjectVerbs.contains(next.folded))
        guard next.folded == "," || verb else { return false }
        // A body is no one a `he` continues (`Velmora Human Rights League said`, `the Velmora Dock Union,`).
        if let last = run.last, bodyNouns.contains(last) { return false }
        if let entry = lookup(run.joined(separator: " ")), entry.person != true, entry.kind != .official {
            return false
        }
        // A name whose words give a body's kind (`Velmora Rights Watch`, `the Harbour Monitor`); a rank or an
        // office gives a person's (`Lieutenant Colonel Ivo Marek`, `Governor Ivo Marek`).
        if let kind = kind(of: run), ![.official, .military, .anonymous, .other].contains(kind) { return false }
        return true
    }
}
