/// The content of each cue (a quotation, the clause after it, the clause before it), and the attribution made of
/// the cue, its source and its content.
extension SentenceContext {
    func makeAttribution(_ candidate: Candidate, limit: Int) -> Attribution? {
        let cueRange = candidate.cue
        var rule = ""
        var isQuote = false
        var spans: [TextSpan] = []
        var sourceRange = candidate.source
        let leftEdge = min(cueRange.lowerBound, sourceRange?.lowerBound ?? cueRange.lowerBound)
        // `Do you support Donald Trump?`, `do we know how tempting`: a question asks, it reports nothing.
        if let source = sourceRange, source.lowerBound > start,
            ["do", "does", "did"].contains(tokens[source.lowerBound - 1].folded)
        {
            return nil
        }

        if candidate.passive {
            // The content follows the cue (`was asked about funding the bridge`), else it is the subject
            // (`A request for a second count has since been denied`).
            var s = cueRange.upperBound
            var stop = limit
            if let agent = sourceRange {
                if agent.lowerBound == s + 1 { s = agent.upperBound } else { stop = min(stop, agent.lowerBound - 1) }
            }
            // `Although Varga was not charged, he has accused ...`: what follows the comma is another clause.
            if s < stop && tokens[s].folded == "," { stop = s }
            let question = s < stop && ["about", "whether", "if", "to", "for"].contains(tokens[s].folded)
            if s < stop, question || hasContent(from: s, limit: stop) {
                var e = clauseEnd(from: s, limit: stop)
                // `Asked if he would run, Ryan said ...`: the question ends at the comma before the main clause.
                let adverbs = startOfAdverbs(before: cueRange.lowerBound)
                if adverbs == start || !X.passiveAuxiliaries.contains(tokens[adverbs - 1].folded),
                    let comma = (s..<e).first(where: { tokens[$0].folded == "," && !inQuote[$0] })
                {
                    e = comma
                }
                spans = span(s, e)
            } else {
                var a = cueRange.lowerBound
                while a > start
                    && (X.auxiliaries.contains(tokens[a - 1].folded) || index.skip.contains(tokens[a - 1].folded))
                {
                    a -= 1
                }
                if let subject = leftNounPhrase(endingAt: a, floor: start) {
                    spans = span(subject.lowerBound, subject.upperBound)
                }
            }
            rule = "passive"
        }
        // 1. A quotation that ends right before the source or cue, unless it is a word or two quoted inside a
        // clause (`comparing immigrants to "rapists," Ferrera wrote`), which is the content.
        else if let quotation = quotationEnding(before: candidate.sourceShared ? cueRange.lowerBound : leftEdge),
            !isPartialQuote(quotation)
        {
            spans = quotation.markedPieces
            isQuote = true
            rule = candidate.sourceAfterCue ? "quote-cue-source" : "quote-source-cue"
            // `"X," he said, "Y."`: the quotation resumes after the cue.
            var k = max(cueRange.upperBound, sourceRange?.upperBound ?? 0)
            while k < limit && k < cueRange.upperBound + 6 && tokens[k].isWord && !inQuote[k] { k += 1 }
            if k + 1 < limit, [",", ".", ":"].contains(tokens[k].folded),
                let resumed = quotationStarting(at: k + 1, limit: limit)
            {
                spans += resumed.markedPieces
            }
        }
        // 2. `according to`: the clause before it, or after it when it opens the sentence.
        else if candidate.kind == .accordingTo {
            let sourceEnd = sourceRange?.upperBound ?? cueRange.upperBound
            if leftEdge == start || (leftEdge > start && tokens[start..<leftEdge].allSatisfy({ !$0.isWord })) {
                var s = sourceEnd
                if s < limit && tokens[s].folded == "," { s += 1 }
                spans = span(s, limit)
            } else {
                let s = leftClauseStart(before: cueRange.lowerBound)
                spans = span(s, trimComma(cueRange.lowerBound))
                if sourceEnd < limit - 1 {
                    var s2 = sourceEnd
                    if tokens[s2].folded == "," { s2 += 1 }
                    let after = span(s2, limit)
                    if !after.isEmpty && (tokens[s2].isCapitalized == false || tokens[s2].isQuote) { spans += after }
                }
            }
            rule = "according-to"
        } else {
            // 3. A quotation right after the cue (or after a short adjunct and a colon).
            let after = max(cueRange.upperBound, candidate.sourceAfterCue ? (sourceRange?.upperBound ?? 0) : 0)
            let contentStart =
                candidate.contentStart ?? contentStartAfter(lemma: candidate.entry?.lemma, from: after, limit: limit)
            if let quotation = quotationStarting(at: contentStart, limit: limit),
                let q = analysis.tokenIndex(atOrAfter: quotation.span.end) as Int?, q >= limit - 2
            {
                spans = quotation.markedPieces
                isQuote = true
                rule = "source-cue-quote"
            } else if contentStart < limit, !candidate.sourceAfterCue || candidate.contentStart != nil,
                hasContent(from: contentStart, limit: limit, object: candidate.entry?.frame == .object)
            {
                spans = span(contentStart, clauseEnd(from: contentStart, limit: limit))
                rule = candidate.kind == .nestedQuote ? "nested-quote" : "source-cue-content"
            } else if leftEdge > start, !tokens[leftEdge - 1].isWord,
                !isAdjunct(from: leftClauseStart(before: leftEdge), to: trimComma(leftEdge))
            {
                // 4. `CONTENT, SOURCE CUE.` or `CONTENT, CUE SOURCE.`: punctuation parts them (`what he said` and
                // `until Reuters asked` are subordinate clauses, not statements).
                let s = leftClauseStart(before: leftEdge)
                spans = span(s, trimComma(leftEdge))
                rule = candidate.sourceAfterCue ? "content-cue-source" : "content-source-cue"
                if let quotation = analysis.quotation(startingAt: tokens[s].span.start),
                    quotation.span.end >= (spans.last?.end ?? 0)
                {
                    spans = quotation.markedPieces
                    isQuote = true
                }
            }
        }
        spans = spans.filter { !$0.isEmpty }
        // 5. The quotation is in the sentence before (`"... there!" Smith said last week.`) or after
        // (`Cruz continued:` then a quoted paragraph): the sentence holds only the source and the cue.
        if spans.isEmpty, candidate.kind == .verb, let quotation = neighbouringQuotation(leftEdge: leftEdge, candidate)
        {
            spans = quotation.markedPieces
            isQuote = true
            rule = quotation.span.end <= tokens[start].span.start ? "quote-source-cue" : "source-cue-quote"
        }
        guard !spans.isEmpty else { return nil }
        let raising = isRaising(candidate)
        if raising {
            // `the deal appears to be dead`: the subject is part of what is reported, and nobody is cited.
            if let subject = sourceRange, subject.upperBound <= cueRange.lowerBound, !isExpletive(subject) {
                spans = span(subject.lowerBound, subject.upperBound) + spans
            }
            sourceRange = nil
            rule = "raising"
        }
        if sourceRange == nil && candidate.kind != .accordingTo && !candidate.passive && !raising { return nil }
        let contentText = spans.map { document.text(of: $0) }.joined(separator: " … ")
        guard contentText.unicodeScalars.contains(where: \.isLetter) else { return nil }
        if candidate.learned { rule += "+model" }
        return Attribution(
            source: sourceRange.map(role), cue: role(cueRange), content: Role(text: contentText, spans: spans),
            via: candidate.via.flatMap { $0.isEmpty ? nil : role($0) },
            apposition: candidate.apposition.map(role), rule: rule, isDirectQuote: isQuote, hedges: [],
            sentence: sentenceIndex)
    }

    /// A cue made only of a raising verb (`seems`, `appeared to`): see `CueLexicon.raising`.
    func isRaising(_ candidate: Candidate) -> Bool {
        guard candidate.kind == .verb, var words = candidate.entry?.words else { return false }
        if words.count > 1 && words.last == "to" { words.removeLast() }
        return !words.isEmpty && words.allSatisfy(index.raising.contains)
    }

    /// `it`, `there` or `this` standing where a subject must (`it appears that ...`): not part of the content.
    func isExpletive(_ range: Range<Int>) -> Bool {
        range.count == 1 && ["it", "there", "this"].contains(tokens[range.lowerBound].folded)
    }

    /// Where the content starts after a cue: past `that`, a colon, the object of `told`, or a short adjunct
    /// (`said in a statement that`).
    func contentStartAfter(lemma: String?, from after: Int, limit: Int) -> Int {
        var s = after
        guard s < limit else { return s }
        if let lemma, X.tellVerbs.contains(lemma) {
            // `told reporters (on Sunday) that ...`, `told Breitbart News host Alex Marlow how ...`
            var j = s
            while j < min(limit, s + 14) {
                let w = tokens[j].folded
                if w == "that" || w == ":" || tokens[j].kind == .openingQuote
                    || ["how", "why", "what", "whether", "to"].contains(w)
                {
                    return w == "that" || w == ":" ? j + 1 : j
                }
                // `told the Washington Post, "..."`
                if w == ",", j + 1 < limit, tokens[j + 1].kind == .openingQuote { return j + 1 }
                if w == "," || w == "." { break }
                j += 1
            }
        }
        if lemma == "ask" {
            // `asked Clinton whether ...`, `asked the real estate mogul, "Did you know ..."`
            var j = s
            while j < min(limit, s + 8) {
                let w = tokens[j].folded
                if ["whether", "if"].contains(w) || tokens[j].kind == .openingQuote { return j }
                if w == ",", j + 1 < limit, tokens[j + 1].kind == .openingQuote { return j + 1 }
                if w == "," || w == "." || w == "to" { break }
                j += 1
            }
        }
        if X.prepositions.contains(tokens[s].folded) && tokens[s].folded != "to" {
            var j = s
            while j < min(limit, s + 25) {
                let w = tokens[j].folded
                if w == "that" || w == ":" { return j + 1 }
                if tokens[j].kind == .openingQuote { return j }
                if w == "," { return j + 1 }
                j += 1
            }
        }
        while s < limit && (tokens[s].folded == "that" || tokens[s].folded == ":" || tokens[s].folded == ",") { s += 1 }
        return s
    }

    /// Where a reported clause ends: before `, while ...`, `, but ...` and the like, which start a clause of the
    /// writer's.
    func clauseEnd(from s: Int, limit: Int) -> Int {
        var i = s + 1
        while i < limit - 1 {
            if tokens[i].folded == ",", !inQuote[i], X.contrastWords.contains(tokens[i + 1].folded) { return i }
            // `were worried about the harvest; most said ...`: a semicolon joins another clause.
            if tokens[i].folded == ";", !inQuote[i] { return i }
            i += 1
        }
        return limit
    }

    /// Whether what follows the cue is content rather than an adjunct (`in Diyarbakir`, `reporters Sunday`).
    func hasContent(from s: Int, limit: Int, object: Bool = false) -> Bool {
        let words = tokens[s..<limit].filter(\.isWord)
        guard !words.isEmpty else { return false }
        // An object verb's object is content even when it is a name (`endorsed Clinton`).
        if object, !X.weekdays.contains(words[0].folded), !X.prepositions.contains(tokens[s].folded) { return true }
        if words.count <= 3
            && words.allSatisfy({
                X.weekdays.contains($0.folded) || X.prepositions.contains($0.folded) || $0.isCapitalized
                    || $0.folded == "reporters"
            })
        {
            return false
        }
        return !(X.prepositions.contains(tokens[s].folded) && tokens[s].folded != "to") || words.count > 6
    }

    /// Trims a comma (and a closing quote's comma) before `k`.
    func trimComma(_ k: Int) -> Int {
        var j = k
        while j > start
            && (tokens[j - 1].folded == "," || tokens[j - 1].folded == "-" || tokens[j - 1].folded == "\u{2014}")
        { j -= 1 }
        return j
    }

    /// The start of the clause that ends at `k`: the sentence start, skipping an opening conjunction.
    func leftClauseStart(before k: Int) -> Int {
        var s = start
        if s + 1 < k, ["but", "and", "meanwhile", "also"].contains(tokens[s].folded) {
            s += tokens[s + 1].folded == "," ? 2 : 1
        } else if s + 2 < k, tokens[s].folded == "also", tokens[s + 1].folded == "on", tokens[s + 3].folded == "," {
            s += 4
        }
        return min(s, k)
    }

    /// A short prepositional phrase with no comma in it (`In a speech last July`, `On Sunday`), which sets the
    /// scene for a statement rather than being one.
    func isAdjunct(from a: Int, to b: Int) -> Bool {
        guard a < b, b - a <= 10 else { return false }
        let opener = X.prepositions.contains(tokens[a].folded) || ["as", "according"].contains(tokens[a].folded)
        return opener && !tokens[a..<b].contains { $0.folded == "," }
    }

    /// Text spans from token `a` to token `b` (exclusive), without trailing sentence punctuation.
    func span(_ a: Int, _ b: Int) -> [TextSpan] {
        var b = min(b, end)
        while b > a && tokens[b - 1].kind == .punctuation
            && [".", ",", ";", ":", "-", "\u{2014}", "\u{2013}"].contains(tokens[b - 1].folded)
        {
            b -= 1
        }
        guard b > a else { return [] }
        return [TextSpan(tokens[a].span.start, tokens[b - 1].span.end)]
    }

    /// The quotation whose closing mark sits right before token `k` (allowing a comma between).
    func quotationEnding(before k: Int) -> Quotation? {
        var j = k
        while j > start
            && (tokens[j - 1].folded == "," || tokens[j - 1].folded == "-" || tokens[j - 1].folded == "\u{2014}")
        { j -= 1 }
        guard j > start, tokens[j - 1].kind == .closingQuote || (tokens[j - 1].isQuote && inQuote[max(0, j - 2)]) else {
            return nil
        }
        let offset = tokens[j - 1].span.end
        return analysis.quotation(endingAt: offset)
    }

    /// A quotation of at most three words with words of the sentence before it: a phrase quoted inside a clause.
    func isPartialQuote(_ quotation: Quotation) -> Bool {
        let q = analysis.tokenIndex(atOrAfter: quotation.span.start)
        guard q > start, q < end else { return false }
        var words = 0
        var k = q + 1
        while k < end && tokens[k].span.end <= quotation.span.end {
            if tokens[k].isWord { words += 1 }
            k += 1
        }
        return words <= 3 && tokens[leftClauseStart(before: q)..<q].contains { $0.isWord }
    }

    /// A quotation closing right before the sentence, in its paragraph, when the source and cue open the
    /// sentence; or one opening the next sentence when the cue ends this one with a colon.
    func neighbouringQuotation(leftEdge: Int, _ candidate: Candidate) -> Quotation? {
        if leftEdge == start, start > 0, tokens[start - 1].kind == .closingQuote, sentenceIndex > 0,
            analysis.sentences[sentenceIndex - 1].paragraph == sentence.paragraph
        {
            let offset = tokens[start - 1].span.end
            return analysis.quotation(endingAt: offset)
        }
        let last = max(candidate.cue.upperBound, candidate.source?.upperBound ?? 0)
        guard last < end, tokens[last].folded == ":" else { return nil }
        return quotationStarting(at: last + 1, limit: tokens.count)
    }

    /// The quotation whose opening mark is token `k`.
    func quotationStarting(at k: Int, limit: Int) -> Quotation? {
        guard k < limit, tokens[k].kind == .openingQuote else { return nil }
        let offset = tokens[k].span.start
        return analysis.quotation(startingAt: offset)
    }

    /// `Quoting a source close to Johnson, the report said ...`: the inner source of every attribution after it.
    func sentenceInitialQuoting() -> Range<Int>? {
        guard end - start > 3, index.nestedQuote.contains(tokens[start].folded) else { return nil }
        var j = start + 1
        while j < end && tokens[j].folded != "," { j += 1 }
        return j < end && j > start + 1 ? (start + 1)..<j : nil
    }

    func role(_ range: Range<Int>) -> Role {
        let span = TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
        return Role(text: document.text(of: span), spans: [span])
    }
}
