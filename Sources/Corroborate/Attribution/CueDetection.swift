/// Cue detection by the rules in one sentence: lexicon matches, `according to`, nested `quoted X as saying`, and
/// passives; with the checks that reject cue words used otherwise.
extension SentenceContext {
    mutating func findCues() -> [Candidate] {
        var result: [Candidate] = []
        var i = start
        while i < end {
            if inQuote[i] || !tokens[i].isWord {
                i += 1
                continue
            }
            // One hashed table probe tells whether any cue may start here: most words start none, and the
            // string-keyed look-ups below are then skipped.
            let facts = index.facts(of: tokens[i].folded)
            if facts.startsRuleCue,
                let phrase = index.prepositional.first(where: { CueIndex.matches($0, tokens, at: i, limit: end) })
            {
                result.append(Candidate(cue: i..<(i + phrase.count), entry: nil, kind: .accordingTo))
                i += phrase.count
                continue
            }
            if facts.startsRuleCue, index.nestedQuote.contains(tokens[i].folded), i > start,
                let saying = nestedSaying(after: i)
            {
                var candidate = Candidate(cue: i..<(i + 1), entry: nil, kind: .nestedQuote)
                candidate.via = (i + 1)..<saying.lowerBound
                candidate.contentStart = saying.upperBound
                result.append(candidate)
                i = saying.upperBound
                continue
            }
            if facts.startsCue, let (entry, after) = index.match(tokens, at: i, limit: end) {
                // `Asked whether he would ...` opens a sentence: a passive, whoever did the asking.
                let openingPassive = isBroad && entry.words[0] == "asked" && isPassive(entry, at: i)
                if !openingPassive, acceptable(entry, at: i) {
                    result.append(Candidate(cue: i..<after, entry: entry, kind: .verb))
                    i = after
                    continue
                }
                if isBroad, isPassive(entry, at: i) {
                    var candidate = Candidate(cue: i..<after, entry: entry, kind: .verb)
                    candidate.passive = true
                    result.append(candidate)
                    i = after
                    continue
                }
            }
            i += 1
        }
        return result
    }

    /// `as saying` within ten tokens after `quoted`.
    func nestedSaying(after i: Int) -> Range<Int>? {
        var j = i + 1
        while j < min(end, i + 14) {
            for phrase in index.nestedSaying where CueIndex.matches(phrase, tokens, at: j, limit: end) {
                var after = j + phrase.count
                if after < end && tokens[after].folded == "that" { after += 1 }
                return j..<after
            }
            j += 1
        }
        return nil
    }

    /// A cue in the passive: `was asked`, `had been urged`, or `asked` opening a clause (`When asked if`).
    func isPassive(_ entry: CueIndex.Entry, at i: Int) -> Bool {
        let word = entry.words[0]
        guard word.hasSuffix("ed") || ["told", "said", "shown"].contains(word) else { return false }
        let j = startOfAdverbs(before: i)
        let previous = j > start ? tokens[j - 1].folded : ""
        if X.passiveAuxiliaries.contains(previous) { return true }
        return word == "asked" && (j == start || ["when", "if", "after", "before", "as", "while"].contains(previous))
    }

    /// Where the adverbs of the skip list before token `i` start (`was once asked`); a passive auxiliary stops
    /// the walk.
    func startOfAdverbs(before i: Int) -> Int {
        var j = i
        while j > start && index.skip.contains(tokens[j - 1].folded)
            && !X.passiveAuxiliaries.contains(tokens[j - 1].folded)
        {
            j -= 1
        }
        return j
    }

    /// Rejects cue words used otherwise: nouns after determiners, infinitives, passives, names.
    mutating func acceptable(_ entry: CueIndex.Entry, at i: Int) -> Bool {
        // `IS downplayed`: a word in capitals is a name, not the auxiliary `is`.
        let previous = i > start && !isAllCapitals(tokens[i - 1]) ? tokens[i - 1].folded : ""
        if X.determiners.contains(previous) && previous != "that" { return false }
        if entry.isBase && (previous == "to" || previous == "not" || previous == "n't") && entry.words[0] != "say" {
            return false
        }
        // `was once asked`; `IS downplayed` has a name, not an auxiliary.
        let p = startOfAdverbs(before: i)
        if p > start, !isAllCapitals(tokens[p - 1]), X.passiveAuxiliaries.contains(tokens[p - 1].folded) {
            let word = entry.words[0]
            if word.hasSuffix("ed") || ["told", "said", "known", "thought", "shown", "found", "seen"].contains(word) {
                return false
            }
        }
        if tokens[i].isCapitalized && i > start && !tokens[i - 1].isQuote && tokens[i - 1].folded != "," && !isTitleCase
        {
            return false
        }
        let word = entry.words[0]
        let isPastOrParticiple = word.hasSuffix("ed") || word.hasSuffix("ing") || X.pastCueForms.contains(word)
        if !isPastOrParticiple {
            // Nouns: `in hopes of`, `America's support`, `in favour of`.
            if X.prepositions.contains(previous) || previous.hasSuffix("'s") { return false }
            // `says of` is the verb (`the actor says of the race`).
            if entry.words.count == 1, i + 1 < end, ["of", "for"].contains(tokens[i + 1].folded), word != "says" {
                return false
            }
            var m = i - 1
            while m > start && index.skip.contains(tokens[m].folded) && !X.modals.contains(tokens[m].folded) { m -= 1 }
            if entry.isBase && m >= start && X.modals.contains(tokens[m].folded) && !["say", "tell"].contains(word) {
                return false
            }
        }
        if entry.isParticiple && entry.words.count == 1 {
            // `is demanding` and `, adding that` are cues; `with Turkey backing rebels` is not.
            var j = i - 1
            while j > start && index.skip.contains(tokens[j].folded)
                && !X.progressiveAuxiliaries.contains(tokens[j].folded)
            { j -= 1 }
            let before = j >= start ? tokens[j].folded : ""
            // `released a statement saying`, `by saying`, `In describing`: the participle reports the subject.
            let reporting =
                X.messageNouns.contains(before) || ["by", "in", "while", "after", "before"].contains(before)
            if !(X.progressiveAuxiliaries.contains(before) || before == "," || i == start || reporting) { return false }
            if before == "," && entry.frame != .speech { return false }
        }
        // `whom he accused of ...`: an object verb with its object moved away has no content here.
        if entry.frame == .object, entry.words.count == 1, i + 1 < end, ["of", "for"].contains(tokens[i + 1].folded) {
            return false
        }
        if !isPastOrParticiple, X.nounLike.contains(entry.lemma), entry.words.count == 1 {
            var j = i - 1
            while j > start && index.skip.contains(tokens[j].folded) && !X.auxiliaries.contains(tokens[j].folded) {
                j -= 1
            }
            let subject = j >= start ? tokens[j] : nil
            let plausible =
                subject.map { t in
                    X.pronouns.contains(t.folded) || t.folded == "that" || t.isCapitalized
                        || X.speakingNouns.contains(t.folded) || X.quantities.contains(t.folded)
                        || t.kind == .closingQuote || t.folded == ","
                } ?? true
            if !plausible { return false }
        }
        // `radio attacks by rival unions`, `withheld support from Harlow`, `that 2009 remark.`:
        // an object or belief cue followed by the sentence end or by these prepositions is a noun or a passive.
        if entry.frame != .speech, entry.words.count == 1 {
            let after = i + 1 < end ? tokens[i + 1].folded : "."
            if [".", "?", "!", ";", ")", "by", "in", "of", "from", "for", "on", "at", "with", "among", "against"]
                .contains(after)
            {
                return false
            }
        }
        // `said nothing about ...` reports silence, not a statement.
        if i + 1 < end, ["nothing", "little"].contains(tokens[i + 1].folded), entry.frame == .speech { return false }
        if entry.words[0] == "call" || entry.words[0] == "called" || entry.words[0] == "calls"
            || entry.words[0] == "calling"
        {
            // `called X Y` counts; `called for` and `called on` are their own entries; `so-called` is not a cue.
            if i + 1 >= end || !tokens[i + 1].isWord { return false }
        }
        return true
    }

}
