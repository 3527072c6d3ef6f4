/// A plural noun of report heading the subject of a verb of saying (`Online reports in militant forums claim`,
/// `Local reports say`): the tagger may take the noun for the cue, crediting its modifier (`Online`) with the
/// rest of the sentence. The noun then is no verb: a plural subject takes the verb after it, which is the cue.
extension SentenceContext {
    /// Plural nouns of report or document that head a speaking subject (`reports`, `accounts`, `polls`); not
    /// the nouns that are as often verbs of a named speaker (`tweets`, `comments`).
    static let reportNounPlurals: Set<String> = [
        "reports", "statements", "accounts", "rumours", "rumors", "allegations", "posts", "stories", "polls",
        "surveys", "studies", "documents", "records",
    ]

    /// Prepositions that open a report noun's phrase before its verb (`reports in local media`, `from the scene`).
    static let reportNounPrepositions: Set<String> = ["in", "from", "on", "by", "at", "of", "across", "out"]

    /// `cues` with each cue the tagger put on a plural report noun that heads the subject of a verb of saying
    /// (`reports [in militant forums] claim`, `reports have suggested`) moved to that verb, or dropped when the
    /// verb is a cue already; and the nouns by their verbs' first tokens (the verbs are statements whatever the
    /// rules read). A verb in `-s` (`reports claims of abuse`) agrees with no plural subject and moves nothing.
    func movingReportNounCues(_ cues: [Range<Int>]) -> (cues: [Range<Int>], verbs: [Int: Int]) {
        var result: [Range<Int>] = []
        var verbs: [Int: Int] = [:]
        for cue in cues {
            guard let verb = verbAfterReportNoun(at: cue.lowerBound) else {
                result.append(cue)
                continue
            }
            verbs[verb.lowerBound] = cue.lowerBound
            if !cues.contains(where: { $0.overlaps(verb) && $0.lowerBound != cue.lowerBound }),
                !result.contains(where: { $0.overlaps(verb) })
            {
                result.append(verb)
            }
        }
        return (result.sorted { $0.lowerBound < $1.lowerBound }, verbs)
    }

    /// The cue of the verb of saying a plural report noun at `i` is the subject of, if any: right after the noun
    /// or after its prepositional phrase (no comma, no more than eight words), an auxiliary of the perfect
    /// (`have`, `had`) allowed before it.
    func verbAfterReportNoun(at i: Int) -> Range<Int>? {
        guard i < end, tokens[i].isWord, SentenceContext.reportNounPlurals.contains(tokens[i].folded),
            !inQuote[i]
        else { return nil }
        var j = i + 1
        if j < end, tokens[j].isWord, SentenceContext.reportNounPrepositions.contains(tokens[j].folded) {
            j += 1
            // Not through a clause's opener: `reports from Damascus that residents said` is a verb of report.
            while j < end, j - i <= 9, tokens[j].isWord, index.match(tokens, at: j, limit: end) == nil,
                !SentenceContext.clauseOpeners.contains(tokens[j].folded) || ["and", "or"].contains(tokens[j].folded),
                !X.pronouns.contains(tokens[j].folded),
                !X.auxiliaries.contains(tokens[j].folded) || ["'s", "to"].contains(tokens[j].folded)
            {
                j += 1
            }
            // `messages by saying`: a verb right after the preposition is its object, not the noun's verb.
            guard j > i + 2 else { return nil }
        }
        if j < end, ["have", "had"].contains(tokens[j].folded) { j += 1 }
        guard j < end, let (entry, after) = index.match(tokens, at: j, limit: end), entry.frame == .speech,
            !tokens[j].folded.hasSuffix("s") || tokens[j].folded.hasSuffix("ss")
        else { return nil }
        return j..<after
    }

    /// The subject of a verb a report noun's cue moved to, when the tagger did not mark it whole: it marked only
    /// the noun's modifier (`Online` of `Online reports in militant forums claim`), or no source before the verb
    /// (`Earlier rumors suggested that two suppliers, namely Quanta and Inventec, ...` is no statement of the
    /// suppliers'). The subject runs from the noun's modifiers (back to a preposition, a conjunction, a pronoun
    /// or a cue) through the word before the verb or its auxiliary. Nil when the tagger's source reaches the noun already.
    func subjectThroughReportNoun(source: Role?, verb: Range<Int>, noun: Int) -> Role? {
        var first = noun
        while first > start, noun - first < 4, tokens[first - 1].isWord, !inQuote[first - 1],
            case let word = tokens[first - 1].folded,
            !X.prepositions.contains(word), !X.auxiliaries.contains(word), !X.pronouns.contains(word),
            !SentenceContext.clauseOpeners.contains(word), index.match(tokens, at: first - 1, limit: end) == nil
        {
            first -= 1
        }
        // The subject ends before an auxiliary of the verb (`reports have claimed`).
        var last = verb.lowerBound
        if last - 1 > noun, ["have", "had"].contains(tokens[last - 1].folded) { last -= 1 }
        if let span = source?.spans.first, source?.spans.count == 1 {
            let sourceStart = analysis.tokenIndex(atOrAfter: span.start)
            let sourceEnd = analysis.tokenIndex(atOrAfter: span.end)
            // Already the subject, or a part of it the noun's phrase ends: kept (`the agency's reports say`).
            if sourceStart < verb.lowerBound, sourceEnd > noun { return nil }
            if sourceStart >= first, sourceStart < noun { first = sourceStart }
        }
        return role(first..<last)
    }

    /// Words that open a clause, and so end the noun phrase before them (`since reports claim`).
    static let clauseOpeners: Set<String> = [
        "and", "or", "but", "since", "that", "as", "because", "if", "when", "although", "though", "so", "then",
        "while", "whereas", "yet", "unless", "until", "where",
    ]
}
