/// Whether a source mention the extraction kept can stand in a report as the one who speaks. The report names
/// every source it credits, so a mention that is a headline's word run (`Villagers Fear Flood`), a caption's
/// label (`Mourned:`), a fragment cut from a clause (`Dorn gave the crew 50 and`, `of the few divers`,
/// `actually many anglers`) or the modifier of a noun it lost (`Masked` of `Masked divers`) credits nobody: the
/// statement stays the outlet's own, and a later `he` or `it` cannot take it as its antecedent.
///
/// Read on the tokens, with the grammar word classes the extraction uses, so the rule holds on any story.
extension SourceResolver {
    /// Whether a mention is fit to be credited as a source (see the type's note). A pronoun alone always is.
    func isFitMention(
        _ mention: Role, cue: Role?, document: Document, analysis: TextAnalysis, names: NameEvidence
    ) -> Bool {
        let tokens = analysis.tokens
        let span = mention.extent
        let first = analysis.tokenIndex(atOrAfter: span.start)
        var end = first
        while end < tokens.count, tokens[end].span.end <= span.end { end += 1 }
        let words = (first..<end).filter { tokens[$0].isWord }
        guard let head = words.first, let last = words.last else { return false }
        let lastWord = tokens[last].folded
        // `American sources in Tarsk`, `a trip to Tarsk said`, `a claim DHS said`: a piece of a longer phrase.
        if isCutMention(words: words, first: first, end: end, cue: cue, analysis: analysis) { return false }
        // A mention that starts inside a word was cut from a longer one (`ihadi`), or, when it is a short run of
        // capitals, after a dot that joins it to the word before (`DZ` of `Reporters.DZ`; not `said.Trump`).
        if span.start > 0, case let before = document.text(of: TextSpan(span.start - 1, span.start)),
            before.unicodeScalars.first.map(\.isWordCharacter) == true
                || (before == "." && span.start > 1 && mention.text.count <= 4
                    && mention.text.unicodeScalars.allSatisfy(\.properties.isUppercase)
                    && document.text(of: TextSpan(span.start - 2, span.start - 1)).unicodeScalars.first.map(
                        \.isWordCharacter) == true)
        {
            return false
        }
        // A mention that ends inside a word (`and d` of `don't`), or that its cue opens before it and ends inside
        // it (`said intelligence indicated Marek` taken as cue and mention).
        if case let after = document.text(of: TextSpan(span.end, span.end + 1)),
            after.unicodeScalars.first.map(\.isWordCharacter) == true,
            tokens[end - 1].kind == .word, tokens[end - 1].span.end == span.end
        {
            return false
        }
        if let cue, cue.extent.start < span.start, cue.extent.end > span.start { return false }
        // A cue that starts or ends inside a word (`e con` of `he confirmed`, `ince` of `since`) was misread.
        if let cue, cue.extent.start < cue.extent.end,
            document.text(of: TextSpan(cue.extent.start - 1, cue.extent.start)).unicodeScalars.first.map(
                \.isWordCharacter) == true
                && document.text(of: TextSpan(cue.extent.start, cue.extent.start + 1)).unicodeScalars.first.map(
                    \.isWordCharacter) == true
                || document.text(of: TextSpan(cue.extent.end - 1, cue.extent.end)).unicodeScalars.first.map(
                    \.isWordCharacter) == true
                    && document.text(of: TextSpan(cue.extent.end, cue.extent.end + 1)).unicodeScalars.first.map(
                        \.isWordCharacter) == true
        {
            return false
        }
        // `Source) A neighbour`, `Harbour Radar)`: a closing bracket without its opening one.
        if let close = (first..<end).first(where: { tokens[$0].folded == ")" }),
            !(first..<close).contains(where: { tokens[$0].folded == "(" })
        {
            return false
        }
        // `Ivo Kovac, a former envoy to Tarsk and`, `Ivo Kovac (a diver so bold he`: a person's name before an
        // appositive stands whatever the appositive's cut.
        if let comma = (first..<end).first(where: { tokens[$0].folded == "," || tokens[$0].folded == "(" }),
            isPersonName(SourceResolver.words(document.text(of: TextSpan(span.start, tokens[comma].span.start))))
        {
            return true
        }
        // `according to the Harbour`, `Mayor Ivo de`: a name cut before its last words, which follow at once.
        if end < tokens.count, !(first..<end).contains(where: { tokens[$0].folded == "," }), !tokens[end].newlineBefore,
            tokens[end].spaceBefore, tokens[end].kind == .word,
            isNameWord(document.text(of: tokens[end].span)), !isTimeWord(tokens[end].folded),
            cue.map({ tokens[end].span.start >= $0.extent.end || tokens[end].span.end <= $0.extent.start }) ?? true
        {
            return false
        }
        if words.count == 1 {
            let word = tokens[head].folded
            if X.pronouns.contains(word) || SourceResolver.objectPronouns.contains(word) { return true }
            if isSpeakingWord(word) || names.isName(word) || lookup(word) != nil { return true }
            // `Mourned: flowers at the gate`: a caption's label before its colon is no speaker.
            if let cue, cue.text.trimmingWhitespace() == ":" { return false }
            // `Masked divers said`: a capital opening a noun phrase whose head the mention lost (not `Dorn himself`).
            if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
                !X.closedClass.contains(tokens[end].folded), !isAdverbWord(tokens[end].folded),
                !tokens[end].folded.hasSuffix("self"), !tokens[end].folded.hasSuffix("selves"),
                cue.map({ tokens[end].span.start < $0.extent.start }) ?? true
            {
                return false
            }
            return true
        }
        let firstWord = tokens[head].folded
        // `I'm`, `they're`: a pronoun with its contraction.
        if words.count == 2, lastWord.hasPrefix("'") || lastWord.hasPrefix("\u{2019}"),
            X.pronouns.contains(firstWord) || SourceResolver.objectPronouns.contains(firstWord)
        {
            return true
        }
        // `of the few divers`, `including harbour pilots`, `without telling others`: a phrase a preposition or
        // a conjunction opens is part of a clause, not its subject.
        // (`At least half of voters` is a share.)
        if SourceResolver.fragmentOpeners.contains(firstWord),
            !(firstWord == "at" && tokens[words[1]].folded == "least")
        {
            return false
        }
        // `Dorn gave the crew 50 and`, `the diver's story further`: a run that ends in a function word.
        if SourceResolver.fragmentEnders.contains(lastWord) || X.determiners.contains(lastWord)
            || X.auxiliaries.contains(lastWord) || (X.prepositions.contains(lastWord) && lastWord != "this")
        {
            return false
        }
        // `Unconfirmed reports`, `multiple reports`: reports that no one is named as issuing credit no one.
        if lastWord.hasSuffix("s"), documentNouns.contains(lastWord), lookup(mention.text) == nil,
            !words.contains(where: { ["and", "or"].contains(tokens[$0].folded) }),
            issuer(ofDocument: SourceResolver.words(mention.text), names: names) == nil
        {
            return false
        }
        // A relative clause inside the mention (`people who spoke on condition of anonymity`) is its own.
        let relative = words.first { ["who", "that", "which"].contains(tokens[$0].folded) } ?? end
        for k in words.dropFirst() where k < relative && !tokens[k].isCapitalized && tokens[k].kind == .word {
            let word = tokens[k].folded
            let next = words.first { $0 > k }.map { tokens[$0] }
            let previous = tokens[k - 1]
            // `Dorn told the Gazette`, `Dorn gave`: a past verb inside the mention makes it a clause.
            // (Not a noun in the same form: `cast members`.)
            if X.pastCueForms.contains(word) || X.irregularPasts.contains(word),
                previous.isCapitalized || X.pronouns.contains(previous.folded)
                    || next.map({ $0.isCapitalized || $0.kind == .number || X.determiners.contains($0.folded) })
                        == true
            {
                return false
            }
            // `in case it rises`: a subject pronoun after the mention's first word, outside a list (`both he and
            // Dorn`), opens a clause.
            if ["he", "she", "it", "they", "we"].contains(word), !["and", "or"].contains(previous.folded),
                next?.folded != "and", next?.folded != "or"
            {
                return false
            }
            // `Lin confronts Dorn`, `Dorn and Vale released a statement`: a verb's `-s` or `-ed` form between a
            // name and a capitalised object or a determiner.
            // (Not after a sentence's opening capital: `Trailing contenders Ivo Kovac and Lena Vale`.)
            if word.hasSuffix("s") || word.hasSuffix("ed"), !word.hasSuffix("'s"), previous.isCapitalized,
                k - 1 != head || names.isName(previous.folded),
                previous.isWord, !X.closedClass.contains(previous.folded), !X.quantifiers.contains(previous.folded),
                !X.quantities.contains(previous.folded), let next, next.span.start == tokens[k + 1].span.start,
                next.isCapitalized || X.determiners.contains(next.folded), !X.closedClass.contains(word),
                !SourceResolver.fragmentOpeners.contains(word),
                !["across", "towards", "besides", "versus"].contains(word),
                !isSpeakingWord(word)
            {
                return false
            }
        }
        // `some believe`: a verb of saying left at the end of the mention.
        if !tokens[last].isCapitalized, cueWords.cueForms.contains(lastWord), !X.nounLike.contains(lastWord),
            !lastWord.hasSuffix("ing"),
            !isSpeakingWord(lastWord)
        {
            return false
        }
        return true
    }

    /// Whether a cue says its subject is no speaker: a passive verb of report (`it is understood`, `Ida Holm is
    /// believed to`: whoever understands or believes is not named); any other cue verb in the passive after its
    /// subject, adverbs allowed between (`Kovac was told`, `the trio were eventually refused entry`: the subject
    /// is spoken to or acted on), unless the verb is a state (`is convinced`, `was pleased`) or the one of a
    /// quotation's report (`was quoted as saying`); `known as` (a name, not a statement); or `called` or `named`
    /// before a capitalised name when the mention is a thing, not someone who speaks (`a radio show called
    /// Harbour Hour`), or, when the mention's last word is in lower case and no pronoun, when nothing but the
    /// name follows the verb (`an aid agency called Velmora Relief, which`; not `the agency called Kovac a
    /// liar`, nor `he dubbed Kovac "the admiral"`; see `namesWithoutComplement`).
    func reportsNoSpeaker(_ cue: Role, mention: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let mentionEnd = analysis.tokenIndex(atOrAfter: mention.extent.end) - 1
        guard mentionEnd >= 0 else { return false }
        let mentionHead = tokens[mentionEnd]
        let span = cue.extent
        let first = analysis.tokenIndex(atOrAfter: span.start)
        var end = first
        while end < tokens.count, tokens[end].span.end <= span.end { end += 1 }
        let words = (first..<end).filter { tokens[$0].isWord }.map { tokens[$0].folded }
        guard let verb = words.last else { return false }
        if words.count >= 2, X.passiveAuxiliaries.contains(words[words.count - 2]) || words[words.count - 2] == "'s",
            SourceResolver.passiveReports.contains(verb)
        {
            return true
        }
        if words.suffix(2) == ["known", "as"] { return true }
        if mention.extent.end <= span.start, isPassive(verbAt: end - 1, after: mentionEnd, analysis: analysis) {
            return true
        }
        guard ["called", "named", "dubbed"].contains(verb), end < tokens.count,
            tokens[end].isCapitalized || tokens[end].isQuote
                || (tokens[end].folded == "the" && end + 1 < tokens.count && tokens[end + 1].isCapitalized)
        else { return false }
        let head = mentionHead.folded
        if mention.extent.end <= span.start, !mentionHead.isCapitalized, !X.pronouns.contains(head),
            !SourceResolver.objectPronouns.contains(head), namesWithoutComplement(after: end, analysis: analysis)
        {
            return true
        }
        return tokens[end].folded != "the" && !mentionHead.isCapitalized && !isSpeakingWord(head)
            && !X.pronouns.contains(head) && !isRoleWord(head)
    }

    /// Whether the cue verb at a token is a participle in the passive after its subject, whose last token is
    /// `subjectEnd`: a form of `be` or `get` before it, with only adverbs between (`was told`, `were eventually
    /// refused`), the verb a form ending in `-ed` or an irregular past, and neither a state (`convinced`) nor a
    /// quotation's report (`quoted`, `cited`).
    private func isPassive(verbAt verb: Int, after subjectEnd: Int, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard verb > subjectEnd, verb < tokens.count, tokens[verb].kind == .word else { return false }
        let word = tokens[verb].folded
        guard word.hasSuffix("ed") || X.irregularPasts.contains(word) || X.pastCueForms.contains(word),
            cueWords.cueForms.contains(word) || acts.force.contains(word)
                || cueWords.cueClassForms.contains(word),
            !cueWords.stateWords.contains(word), !cueWords.quoteNouns.contains(word)
        else { return false }
        var k = verb - 1
        while k > subjectEnd, tokens[k].kind == .word, isAdverbWord(tokens[k].folded) { k -= 1 }
        guard k > subjectEnd, tokens[k].kind == .word else { return false }
        // `Kovac, who was asked, said`: the auxiliary must follow the subject within the clause.
        return X.passiveAuxiliaries.contains(tokens[k].folded)
    }

    /// Whether an attribution was read from a plural noun of report taken for its cue (`Rival weekly posts have
    /// claimed`, `unsourced reports say`) whose modifier, the mention, is certainly no source: the noun then heads
    /// the subject of the verb after it, and the sentence's other attribution on that verb (`twinned`: one whose
    /// mention starts where this one does) carries the statement. Without such a twin (`"...," Union reports
    /// said.`, the quotation first) the attribution is the statement's only one and is kept, as is any whose
    /// modifier may be a source (see `modifierIsNoSource`).
    func isSpuriousReportNoun(
        _ mention: Role, cue: Role, twinned: Bool, document: Document, analysis: TextAnalysis, names: NameEvidence
    ) -> Bool {
        let tokens = analysis.tokens
        let first = analysis.tokenIndex(atOrAfter: mention.extent.start)
        var end = first
        while end < tokens.count, tokens[end].span.end <= mention.extent.end { end += 1 }
        // `Several reports in local media claim`: a plural quantifier before a report word in `-s` makes it a plural
        // noun whatever follows, with or without a twin (a plural subject would take `report`). Without a twin the
        // statement is the outlet's, as for `multiple reports` (`isFitMention`). A quantifier's word that names
        // someone (`Nine reports`, a broadcaster the article writes as a name inside its sentences) is kept.
        if end == first + 1, isReportNoun(at: end, cue: cue, analysis: analysis),
            X.pluralQuantifiers.contains(tokens[first].folded), !names.isName(tokens[first].folded),
            lookup(document.text(of: tokens[first].span)) == nil
        {
            return true
        }
        guard twinned else { return false }
        guard isReportNounCue(cue, after: end, analysis: analysis) else { return false }
        let words = (first..<end).filter { tokens[$0].isWord }
        return modifierIsNoSource(words, document: document, analysis: analysis, names: names)
    }

    /// Whether a report noun's modifier certainly names no one who could issue reports: every word is in lower
    /// case and no role, body or speaking word (`muddled`, `unsourced`), a determiner's or a number's capital
    /// (`The`, `Two`), a sentence's first word that the article never writes as a name inside a sentence
    /// (`Initial`), or one of the registry's nation adjectives (`German`) that the article does not also
    /// write as a name inside a sentence. A registry entry, a role, body or speaking word in any case (`Union`,
    /// `police`), a name the article writes inside a sentence, or any other capitalised word inside the sentence
    /// (`By noon, Harbourpress reports said`) may be a source, and keeps the attribution; a lone name opening the
    /// sentence and never written elsewhere gives way to the twin on the verb, which keeps the statement.
    private func modifierIsNoSource(
        _ words: [Int], document: Document, analysis: TextAnalysis, names: NameEvidence
    ) -> Bool {
        let tokens = analysis.tokens
        guard let head = words.first, let last = words.last else { return false }
        if lookup(document.text(of: TextSpan(tokens[head].span.start, tokens[last].span.end))) != nil { return false }
        return words.allSatisfy { i in
            let word = tokens[i].folded
            let bare = NameEvidence.bare(word)
            // Before the role test, which counts the registry's titles, nation adjectives among them.
            if tokens[i].isCapitalized, demonyms.contains(bare), !names.isName(word) { return true }
            if isRoleWord(bare) || bodyNouns.contains(bare) || X.speakingNouns.contains(bare)
                || X.speakerNouns.contains(bare) || SourceResolver.anonymousNouns.contains(bare)
            {
                return false
            }
            guard tokens[i].isCapitalized else { return true }
            // A sentence's own capital on a word the article never writes as a name inside a sentence (`Initial
            // reports, including ..., said`): no one's name.
            if !names.isName(word), lookup(document.text(of: tokens[i].span)) == nil,
                let s = analysis.sentenceIndex(containing: tokens[i].span.start),
                analysis.sentences[s].tokens.lowerBound == i
            {
                return true
            }
            return X.determiners.contains(word) || X.quantities.contains(word) || X.quantifiers.contains(word)
        }
    }

    /// Whether a cue is a plural noun of report (`reports`, `claims`) that follows the mention at once and is
    /// followed by a verb (an auxiliary or a verb of saying) or a comma: then it heads a noun phrase, and is no verb.
    private func isReportNounCue(_ cue: Role, after end: Int, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard end + 1 < tokens.count, isReportNoun(at: end, cue: cue, analysis: analysis) else { return false }
        // A comma after it opens an aside before the verb (`Initial reports, including ..., said`).
        if tokens[end + 1].folded == "," { return true }
        guard tokens[end + 1].kind == .word else { return false }
        let next = tokens[end + 1].folded
        return (X.auxiliaries.contains(next) && next != "to" && next != "'s") || cueWords.cueForms.contains(next)
    }

    /// Whether the token at `end` is the cue and a plural noun of report (a word of `documentNouns` in `-s`).
    private func isReportNoun(at end: Int, cue: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard end < tokens.count, tokens[end].span == cue.extent, tokens[end].kind == .word else { return false }
        let noun = tokens[end].folded
        return noun.hasSuffix("s") && documentNouns.contains(noun)
    }

    /// Participles of report whose passive (`is understood`, `was believed`) leaves the reporter unnamed.
    static let passiveReports: Set<String> = [
        "understood", "believed", "thought", "said", "reported", "rumoured", "rumored", "alleged", "expected",
        "feared", "estimated", "presumed", "assumed", "considered", "known", "claimed", "suspected",
    ]

    /// The mention without the adverbs around its noun phrase: `Actually many anglers` are `many anglers`, `Now
    /// Dorn` is `Dorn`, `the employee first` is `the employee` (an adverb's capital opening a sentence counts
    /// unless the article writes the word as a name inside its sentences: `Early`).
    func withoutAdverbs(_ mention: Role, document: Document, analysis: TextAnalysis, names: NameEvidence) -> Role {
        let tokens = analysis.tokens
        let span = mention.extent
        var a = analysis.tokenIndex(atOrAfter: span.start)
        var b = a
        while b < tokens.count, tokens[b].span.end <= span.end { b += 1 }
        func isAdverb(_ i: Int) -> Bool {
            let word = tokens[i].folded
            guard tokens[i].kind == .word, !X.shareWords.contains(word) else { return false }
            // `So Se-hun`: a capital the article also writes inside its sentences is a name's.
            if tokens[i].isCapitalized && names.isName(word) { return false }
            if X.sentenceAdverbs.contains(word) || X.spanAdverbs.contains(word) || ["later", "earlier"].contains(word) {
                return true
            }
            // A capitalised `-ly` word before another capitalised word opens a name (`Molly Grant`, `Beverly Hills
            // police`), not an adverb (`Actually many viewers`).
            if tokens[i].isCapitalized, i + 1 < b, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized {
                return false
            }
            return isAdverbWord(word)
        }
        while b - a > 1, isAdverb(a) { a += 1 }
        while b - a > 1, !tokens[b - 1].isCapitalized, isAdverb(b - 1) || tokens[b - 1].folded == "first" { b -= 1 }
        guard a < b, tokens[a].span.start > span.start || tokens[b - 1].span.end < span.end else { return mention }
        let kept = TextSpan(tokens[a].span.start, tokens[b - 1].span.end)
        return Role(text: document.text(of: kept), spans: [kept])
    }

    /// The mention's last line: a span across a line break joins a headline or a caption to the subject of the
    /// sentence after it (`Harbour Blast Inquiry` over `The coastguard said`), and only the last line is that
    /// subject.
    func lastLine(of mention: Role, document: Document, analysis: TextAnalysis) -> Role {
        guard mention.text.contains("\n") else { return mention }
        let span = mention.extent
        let tokens = analysis.tokens
        var start = span.start
        var i = analysis.tokenIndex(atOrAfter: span.start) + 1
        while i < tokens.count, tokens[i].span.start < span.end {
            if tokens[i].newlineBefore { start = tokens[i].span.start }
            i += 1
        }
        guard start > span.start else { return mention }
        let line = TextSpan(start, span.end)
        return Role(text: document.text(of: line), spans: [line])
    }

    /// Whether a cue after its mention is written with a capital inside a sentence: a headline's word run
    /// (`Villagers Fear Flood`, `Ministry Denies Report`), where every word is capitalised. The cue may
    /// begin inside the mention (`Harbour Chief's Shocking` with `Shocking Claim`).
    func isHeadlineCue(_ cue: Role, after mention: TextSpan, analysis: TextAnalysis) -> Bool {
        let start = cue.extent.start
        guard start > mention.start else { return false }
        let i = analysis.tokenIndex(atOrAfter: start)
        guard i < analysis.tokens.count, i > 0, analysis.tokens[i].kind == .word, analysis.tokens[i].isCapitalized
        else { return false }
        let previous = analysis.tokens[i - 1]
        // A capital after a sentence's end, a colon or a quotation mark is the capital of a new sentence.
        return !analysis.tokens[i].newlineBefore && !previous.isQuote
            && ![".", "!", "?", ":", ";", "(", "\u{2014}", "\u{2013}", "-"].contains(previous.folded)
    }

    /// A noun for someone who speaks: the speaking and speaker nouns, the registry's titles and body nouns.
    func isSpeakingWord(_ word: String) -> Bool {
        X.speakingNouns.contains(word) || X.speakerNouns.contains(word) || X.registryNouns.contains(word)
            || SourceResolver.anonymousNouns.contains(word)
    }

    /// An adverb by class (`now`, `actually`, `reportedly`) or by its `-ly` ending (not `family`, `daily`).
    private func isAdverbWord(_ word: String) -> Bool {
        X.sentenceAdverbs.contains(word) || X.spanAdverbs.contains(word)
            || (word.count > 4 && word.hasSuffix("ly") && !X.lyNouns.contains(word) && !X.lyAdjectives.contains(word))
    }

    /// A word of time (`Monday`, `May`), which may follow a subject at once (`the council Monday said`).
    func isTimeWord(_ word: String) -> Bool {
        X.weekdays.contains(word) || X.timeWords.contains(word) || CalendarDate.monthNames[word] != nil
    }

    private typealias X = AttributionExtractor

    static let objectPronouns: Set<String> = ["i", "you", "we", "us", "him", "her", "them"]
    /// Words that open a clause's inner phrase, never a subject (`of`, `including`, `without`).
    static let fragmentOpeners: Set<String> = AttributionExtractor.clauseWords.union(AttributionExtractor.prepositions)
        .union(["of", "and", "or", "including", "considering", "without", "despite", "into", "against", "among"])
        .subtracting(AttributionExtractor.pronouns).subtracting(["whose"]).subtracting(AttributionExtractor.shareWords)
        .subtracting(AttributionExtractor.timeWords).subtracting(["this", "that", "what"])
    /// Words that end no subject: a conjunction, or an adverb of order (`first`, `further`).
    static let fragmentEnders: Set<String> = ["and", "or", "of", "further", "but", "than", "as", "if"]
}
