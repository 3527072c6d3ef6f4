/// The source of each cue: before or after it, in an apposition, shared with a coordinated verb or taken from the
/// main clause's subject; and the attributions with no cue (a headline's `Name: ...`, `In a poll, ...`).
extension SentenceContext {
    mutating func findSource(_ candidate: inout Candidate, previous: Candidate?) {
        let cueStart = candidate.cue.lowerBound
        let cueEnd = candidate.cue.upperBound
        switch candidate.kind {
        case .accordingTo:
            candidate.source = rightNounPhrase(startingAt: cueEnd, limit: end)
            candidate.sourceAfterCue = true
            return
        case .nestedQuote, .verb:
            break
        }
        if candidate.passive {
            // `was asked by the host whether`, `had been told to keep them by the board`.
            var j = cueEnd
            while j < end && j < cueEnd + 10 && !isBoundary(tokens[j]) && tokens[j].folded != "by" { j += 1 }
            if j < end, tokens[j].folded == "by", let agent = rightNounPhrase(startingAt: j + 1, limit: end) {
                candidate.source = agent
                candidate.sourceAfterCue = true
            }
            return
        }
        let entry = candidate.entry
        let left = skipLeft(from: cueStart)
        let before = left > start ? tokens[left - 1] : nil
        // A participle after a comma takes the clause's source: `..., adding that ...`.
        if let entry, entry.isParticiple, before?.folded == "," {
            if let previous, previous.source != nil, entry.frame == .speech {
                candidate.source = previous.source
                candidate.apposition = previous.apposition
                candidate.sourceShared = true
                return
            }
            // `Hillary Clinton posted a comment of her own, saying, "..."`: the clause's subject speaks.
            if previous == nil, entry.frame == .speech, let subject = sentenceSubject(before: cueStart) {
                candidate.source = subject
                candidate.sourceShared = true
            }
            return
        }
        // `released a statement confirming`, `by accusing him`: the clause's subject (see `fallbackSource`).
        if let entry, entry.isParticiple, let before, X.messageNouns.contains(before.folded) || before.folded == "by" {
            return
        }
        // Coordinated verbs: `he played down ... and insisted that`: the subject opens the clause.
        if let before, before.folded == "and" || before.folded == "but", left - 1 > start {
            var c = left - 1
            while c > start && !isBoundary(tokens[c - 1]) && tokens[c - 1].folded != "but" { c -= 1 }
            if c > start, tokens[c - 1].folded == "but" || tokens[c - 1].folded == "," || c == start {
                if X.pronouns.contains(tokens[c].folded) {
                    candidate.source = c..<(c + 1)
                    candidate.sourceShared = true
                    return
                }
                var d = c
                while d < left - 1 && tokens[d].isCapitalized && tokens[d].isWord { d += 1 }
                if d > c {
                    candidate.source = c..<d
                    candidate.sourceShared = true
                    return
                }
            }
        }
        // Apposition: `The Observatory, a Britain-based monitoring group, said`.
        if let before, before.folded == ",", let found = appositionSource(left: left) {
            candidate.source = found.source
            candidate.apposition = found.apposition
            return
        }
        // Inverted: `"...," said Kerry` or `..., said Turkish Prime Minister Binali Yildirim.`
        // Only speech verbs invert (`..., said Kerry`); `Howard, ..., endorsed Ted Cruz` is in order.
        if let before, before.kind == .closingQuote || before.folded == "," || before.folded == ":",
            left == cueStart || before.kind == .closingQuote,
            before.kind == .closingQuote || (entry?.frame == .speech && !candidate.learned)
        {
            if let source = rightNounPhrase(startingAt: cueEnd, limit: end), source.count <= 10,
                tokens[source.lowerBound].isCapitalized || X.determiners.contains(tokens[source.lowerBound].folded)
                    || X.pronouns.contains(tokens[source.lowerBound].folded)
                    || X.quantifiers.contains(tokens[source.lowerBound].folded)
                    || X.quantities.contains(tokens[source.lowerBound].folded)
                    || (source.count >= 3 && tokens[source.upperBound - 1].isCapitalized),
                endsInvertedSource(source.upperBound)
            {
                candidate.source = source
                candidate.sourceAfterCue = true
                return
            }
        }
        if cueStart == start, let source = rightNounPhrase(startingAt: cueEnd, limit: end),
            tokens[source.lowerBound].isCapitalized, endsInvertedSource(source.upperBound)
        {
            candidate.source = source
            candidate.sourceAfterCue = true
            return
        }
        if before?.folded == "," { return }
        // `in a later interview said`, `at any time Thursday mention`: an adjunct, not the source.
        // `About 9 percent said`, `At least half of voters say`: a preposition before a number is an approximation.
        if let source = leftNounPhrase(endingAt: left, floor: start),
            !(X.prepositions.contains(tokens[source.lowerBound].folded)
                && !X.determiners.contains(tokens[source.lowerBound].folded)
                && !startsWithQuantity(source))
        {
            candidate.source = source
        }
    }

    /// `HEAD, APPOSITIVE, CUE`: the head is the source; a proper-name appositive joins it
    /// (`Lavrov's deputy, Sergei Ryabkov`), a descriptive one is kept aside to help resolve it.
    func appositionSource(left: Int) -> (source: Range<Int>, apposition: Range<Int>?)? {
        var c = left - 1
        while c > start && tokens[c - 1].folded != "," && !tokens[c - 1].isQuote && c > left - 12 { c -= 1 }
        guard c > start, tokens[c - 1].folded == ",", c < left - 1,
            let head = leftNounPhrase(endingAt: c - 1, floor: start),
            head.lowerBound == start
                || (isBoundary(tokens[head.lowerBound - 1]) && tokens[head.lowerBound - 1].folded != ",")
        else { return nil }
        let appositive = c..<(left - 1)
        if appositive.contains(where: { index.match(tokens, at: $0, limit: end) != nil && !tokens[$0].isCapitalized }) {
            return nil
        }
        let isName = appositive.allSatisfy { tokens[$0].isCapitalized || tokens[$0].folded == "al" }
        return isName ? (head.lowerBound..<(left - 1), nil) : (head, appositive)
    }

    /// An inverted source ends the sentence or is followed by punctuation, a preposition or a participle;
    /// `said Dabiq had fallen` is a clause, not a source.
    func endsInvertedSource(_ k: Int) -> Bool {
        guard k < end else { return true }
        let token = tokens[k]
        if token.kind == .punctuation || token.isQuote { return true }
        return X.prepositions.contains(token.folded) || X.weekdays.contains(token.folded)
            || (token.folded.hasSuffix("ing") && !token.isCapitalized) || token.folded == "reporters"
            || ["who", "which", "whose"].contains(token.folded)
    }

    /// Where a later candidate's own material starts, which ends the content of the candidate before it: only
    /// when the two are coordinated (`X branded ... and Y urged ...`, `..., adding that`). An embedded
    /// attribution (`Kerry said the U.S. wanted ...`) stays inside the outer content.
    func boundaryStart(of candidate: Candidate) -> Int? {
        var b = candidate.cue.lowerBound
        if let source = candidate.source, !candidate.sourceAfterCue, !candidate.sourceShared {
            b = min(b, source.lowerBound)
        }
        if candidate.kind == .accordingTo { return b }
        guard b > start else { return nil }
        var cut = b
        while cut > start && ["and", ",", "but", ";", "-", "\u{2014}"].contains(tokens[cut - 1].folded) { cut -= 1 }
        if cut == b && !candidate.sourceAfterCue { return nil }
        return cut
    }

    /// A source holds a word that can name someone: not only punctuation, time words or adjuncts (`this past`,
    /// `)`, `very vocal in`, `Let's`).
    func plausibleSource(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        guard let first = words.first, let last = words.last else { return false }
        if ["let", "let's"].contains(tokens[first].folded) { return false }
        // `making a spirited plea`, `putting a few questions to them`: no noun ends the phrase.
        if ["a", "an", "the", "of", "very"].contains(tokens[last].folded) { return false }
        if X.prepositions.contains(tokens[last].folded) && !X.determiners.contains(tokens[last].folded)
            && !X.weekdays.contains(tokens[last].folded)
        {
            return false
        }
        return words.contains {
            if isAllCapitals(tokens[$0]) { return true }
            let w = tokens[$0].folded
            return
                !(X.prepositions.contains(w) || X.determiners.contains(w) || X.weekdays.contains(w)
                || index.skip.contains(w) || ["past", "week", "month", "year", "next"].contains(w))
        }
    }

    /// When the cue's neighbours name no source, the main clause's subject: past a parenthesis
    /// (`Okafor, citing figures from the Labour Office, said`), a coordination (`he called her "reckless" and said`)
    /// or, for a participle opening the sentence, after its clause (`Noting that ..., Allen said`).
    func fallbackSource(for candidate: Candidate) -> Range<Int>? {
        let cueStart = candidate.cue.lowerBound
        let opensSentence =
            cueStart == start
            || (cueStart == start + 1
                && (X.prepositions.contains(tokens[start].folded)
                    || X.clauseWords.contains(tokens[start].folded)))
        if opensSentence {
            guard candidate.entry?.isParticiple == true else { return nil }
            var j = candidate.cue.upperBound
            while j < end && (tokens[j].folded != "," || inQuote[j]) { j += 1 }
            guard j + 1 < end, let subject = sentenceSubject(from: j + 1, before: end) else { return nil }
            return subject
        }
        guard let subject = sentenceSubject(before: cueStart), subject.upperBound < cueStart,
            !(subject.upperBound..<cueStart).contains(where: { tokens[$0].folded == ";" && !inQuote[$0] })
        else { return nil }
        // `IS, which seized ... and declared ...`: a cue inside a relative clause is not the subject's.
        let left = skipLeft(from: cueStart)
        if left > start, tokens[left - 1].folded != ",",
            (subject.upperBound..<left).contains(where: { tokens[$0].folded == "which" })
        {
            return nil
        }
        return subject
    }

    /// The subject of the main clause: after an opening phrase that ends in a comma, a pronoun, a run of
    /// capitalised words, or a determiner with the few words after it.
    func sentenceSubject(from first: Int? = nil, before limit: Int) -> Range<Int>? {
        var k = first ?? start
        // An opening phrase starts with a preposition, clause word, adverb, `and` or `speaking`.
        let opener = k < limit ? tokens[k].folded : ""
        let opens =
            ["and", "speaking"].contains(opener) || X.prepositions.contains(opener) || X.clauseWords.contains(opener)
            || index.skip.contains(opener) || X.sentenceAdverbs.contains(opener)
        if k < limit, opens, !X.determiners.contains(opener) {
            var c = k
            while c < limit && tokens[c].folded != "," && c < k + 14 { c += 1 }
            if c < limit && tokens[c].folded == "," {
                k = c + 1
            } else if ["but", "and", "so", "yet"].contains(opener) {
                k += 1
            } else {
                return nil
            }
        }
        guard k < limit, tokens[k].isWord, !X.sentenceAdverbs.contains(tokens[k].folded) else { return nil }
        if X.pronouns.contains(tokens[k].folded) && tokens[k].folded != "which" { return k..<(k + 1) }
        var e = k
        if tokens[k].isCapitalized && !X.determiners.contains(tokens[k].folded) {
            while e < limit && (tokens[e].isCapitalized || ["of", "'s"].contains(tokens[e].folded)) && tokens[e].isWord
            { e += 1 }
        } else if X.determiners.contains(tokens[k].folded) {
            e = k + 1
            while e < limit && e < k + 5 && tokens[e].isWord && !X.auxiliaries.contains(tokens[e].folded)
                && !tokens[e].folded.hasSuffix("ed") && index.match(tokens, at: e, limit: end) == nil
            {
                e += 1
            }
            if e == k + 1 { return nil }
        }
        return e > k ? k..<e : nil
    }

    /// Labels before a colon that do not name a source.
    static let colonLabels: Set<String> = [
        "update", "updated", "note", "editor's", "photo", "photos", "video", "watch", "related", "read", "correction",
        "opinion", "analysis", "exclusive", "breaking", "live", "transcript", "q", "a", "listen", "see", "more",
        "also", "question", "answer", "warning", "caption", "source", "sources", "credit", "update", "full",
    ]

    /// A headline `Pat Caddell: Democrat Voters Worried ...`: a short name, a colon, the statement.
    func headlineColon() -> Attribution? {
        var colon = start
        while colon < min(end, start + 6) && tokens[colon].folded != ":" { colon += 1 }
        guard colon > start, colon < end, tokens[colon].folded == ":", end - colon >= 4 else { return nil }
        let name = start..<colon
        guard name.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord || tokens[$0].folded == "of" }),
            !name.contains(where: {
                SentenceContext.colonLabels.contains(tokens[$0].folded) || tokens[$0].kind == .number
            }),
            !isAllCapitals(tokens[start]) || colon - start > 1
        else { return nil }
        let content = span(colon + 1, end)
        guard !content.isEmpty else { return nil }
        return Attribution(
            source: role(name), cue: role(colon..<(colon + 1)),
            content: Role(text: content.map { document.text(of: $0) }.joined(), spans: content), via: nil,
            apposition: nil, rule: "headline-colon", isDirectQuote: false, hedges: [], sentence: sentenceIndex)
    }

    /// Documents that speak: `In an NBC News poll released Monday, 50 percent chose Clinton.`
    static let speakingDocuments: Set<String> = [
        "poll", "survey", "statement", "interview", "letter", "op-ed", "tweet", "post", "memo", "report", "speech",
        "email", "study", "editorial", "column", "filing", "complaint", "lawsuit", "ruling", "release", "video",
        "ad", "advertisement", "essay", "book", "message", "note", "remarks", "testimony", "analysis",
    ]

    func openingSourcePhrase() -> Attribution? {
        guard end - start > 6, ["in", "according"].contains(tokens[start].folded), tokens[start].folded == "in" else {
            return nil
        }
        var comma = start + 1
        while comma < min(end, start + 16) && tokens[comma].folded != "," { comma += 1 }
        guard comma < end, tokens[comma].folded == ",", comma > start + 1,
            tokens[(start + 1)..<comma].contains(where: { SentenceContext.speakingDocuments.contains($0.folded) }),
            X.determiners.contains(tokens[start + 1].folded) || tokens[start + 1].isCapitalized
        else { return nil }
        let content = span(comma + 1, end)
        guard !content.isEmpty else { return nil }
        return Attribution(
            source: role((start + 1)..<comma), cue: role(start..<(start + 1)),
            content: Role(text: content.map { document.text(of: $0) }.joined(), spans: content), via: nil,
            apposition: nil, rule: "in-document", isDirectQuote: false, hedges: [], sentence: sentenceIndex)
    }

}
