/// Mentions opened by a possessive pronoun (`his spokesman`, `her family`, `his sister Mara`): a reader takes them
/// as the possessor's, found as a pronoun's antecedent is, or as the person they name.
extension SourceResolver {
    private typealias X = AttributionExtractor

    /// What a mention opened by a possessive pronoun stands for (`his spokesman`, `her family`, `his sister
    /// Mara`): the name it gives after a role word (`Mara`, or `Mara Lind` when the article writes the possessor's
    /// surname after it), to be resolved; else the possessor found as a pronoun's antecedent is, with what the
    /// mention says of them (`Ivo Kovac's spokesman`). Nil when the mention opens with no possessive pronoun
    /// (`my` and `our` speak for the speaker) or no possessor is found.
    func possessed(
        words: [String], history: [Source], document: Document, at offset: Int, names: NameEvidence,
        pronouns: [String: String]
    ) -> (name: String, source: Source)? {
        guard words.count >= 2, let pronoun = SourceResolver.possessivePronouns[words[0].folded],
            ["he", "she", "it"].contains(pronoun)
        else { return nil }
        let person = pronoun == "he" || pronoun == "she"
        // The last source before it that the sentence or the one before names; `his` is someone a `he` of the
        // article was taken as, `her` someone a `she` was.
        let near = nearbyWords(before: offset, in: names.analysis)
        let possessor =
            person
            ? history.last(where: { source in
                // A one-word name the article also writes inside a sentence (not `According`).
                let nameWords = NamedPeople.nameWords(source) ?? []
                return (nameWords.count >= 2 || (nameWords.count == 1 && names.isName(nameWords[0])))
                    && !X.pronouns.contains(nameWords[0].folded) && isPerson(source) && named(source, in: near)
                    && pronouns[source.name] == pronoun
            })
            : history.last(where: {
                !isPerson($0) && $0.kind != .multiple && !$0.name.contains("'s ") && named($0, in: near)
            })
        let rest = Array(words.dropFirst())
        var nameStart = rest.count
        while nameStart > 1, rest[nameStart - 1].unicodeScalars.first?.isUppercaseLetter == true { nameStart -= 1 }
        if nameStart < rest.count,
            rest[..<nameStart].allSatisfy({ $0.unicodeScalars.first?.isUppercaseLetter != true }),
            isRoleWord(rest[nameStart - 1])
        {
            let given = rest[nameStart...].joined(separator: " ")
            // `his brother John` is John Dorn when the article writes `John Dorn`.
            if nameStart == rest.count - 1, let possessor, let surname = SourceResolver.words(possessor.name).last,
                person, isPersonName(SourceResolver.words(possessor.name)),
                document.text.contains(given + " " + surname)
            {
                return (given + " " + surname, possessor)
            }
            return (given, possessor ?? Source(name: given, kind: .other))
        }
        // What the mention says of the possessor ends in a noun for someone (`his press officer`, `her
        // family`) and holds no possessive of its own (`his crew's divers`).
        guard let possessor, let head = rest.last?.folded,
            rest.allSatisfy({ $0.unicodeScalars.first?.isUppercaseLetter != true && !$0.folded.hasSuffix("'s") }),
            isRoleWord(head) || isSpeakingWord(head) || bodyNouns.contains(head)
        else { return nil }
        let described = rest.joined(separator: " ")
        let kind = kind(of: rest.map(\.folded)).flatMap { [.government, .military, .official].contains($0) ? $0 : nil }
        return ("", Source(name: possessor.name + "'s " + described, kind: kind ?? .other))
    }

    /// The folded words of the sentence holding `offset`, up to it, and of the sentence before.
    private func nearbyWords(before offset: Int, in analysis: TextAnalysis) -> Set<String> {
        let tokens = analysis.tokens
        let here = analysis.tokenIndex(atOrAfter: offset)
        guard let n = analysis.sentences.lastIndex(where: { $0.tokens.lowerBound <= here }) else { return [] }
        let start = analysis.sentences[max(n - 1, 0)].tokens.lowerBound
        return Set((start..<min(here, tokens.count)).map { tokens[$0].folded })
    }

    /// Whether the words hold the last word of a source's name (`Kovac` of `Ivo Kovac`).
    private func named(_ source: Source, in words: Set<String>) -> Bool {
        guard let last = SourceResolver.words(source.name).last?.folded else { return false }
        return words.contains(last) || words.contains(last + "'s")
    }
}
