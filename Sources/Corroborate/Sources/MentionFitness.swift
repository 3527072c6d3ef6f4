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
        // A mention that starts inside a word was cut from a longer one (`ihadi`).
        if span.start > 0, case let before = document.text(of: TextSpan(span.start - 1, span.start)),
            before.unicodeScalars.first.map(\.isWordCharacter) == true
        {
            return false
        }
        // `Source) A neighbour`, `Harbour Radar)`: a closing bracket without its opening one.
        if let close = (first..<end).first(where: { tokens[$0].folded == ")" }),
            !(first..<close).contains(where: { tokens[$0].folded == "(" })
        {
            return false
        }
        if let cue, isHeadlineCue(cue, after: span, analysis: analysis) { return false }
        // `according to the Harbour`, `Mayor Ivo de`: a name cut before its last words, which follow at once.
        if end < tokens.count, !tokens[end].newlineBefore, tokens[end].spaceBefore, tokens[end].kind == .word,
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
        // `of the few divers`, `including harbour pilots`, `without telling others`: a phrase a preposition or
        // a conjunction opens is part of a clause, not its subject.
        if SourceResolver.fragmentOpeners.contains(firstWord) { return false }
        // `actually many anglers`, `Now harbour watchers`: an adverb opens the sentence, not the subject.
        if X.sentenceAdverbs.union(X.spanAdverbs).union(["later", "earlier"]).contains(firstWord)
            || ((!tokens[head].isCapitalized || !names.isName(firstWord)) && isAdverbWord(firstWord)),
            !X.shareWords.contains(firstWord)
        {
            return false
        }
        // `Dorn gave the crew 50 and`, `the mystery diver first`: a run that ends in a function word or an adverb.
        if SourceResolver.fragmentEnders.contains(lastWord) || X.determiners.contains(lastWord)
            || X.auxiliaries.contains(lastWord) || (X.prepositions.contains(lastWord) && lastWord != "this")
            || (isAdverbWord(lastWord) && !tokens[last].isCapitalized)
        {
            return false
        }
        // `Unconfirmed reports`, `multiple reports`: reports that no one is named as issuing credit no one.
        if lastWord.hasSuffix("s"), documentNouns.contains(lastWord), lookup(mention.text) == nil,
            !words.contains(where: { ["and", "or"].contains(tokens[$0].folded) }),
            issuer(ofDocument: SourceResolver.words(mention.text)) == nil
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
            if X.pastCueForms.contains(word) || X.irregularPasts.contains(word) { return false }
            // `in case it rises`: a subject pronoun after the mention's first word, outside a list (`both he and
            // Dorn`), opens a clause.
            if ["he", "she", "it", "they", "we"].contains(word), !["and", "or"].contains(previous.folded),
                next?.folded != "and", next?.folded != "or"
            {
                return false
            }
            // `Lin confronts Dorn`, `Dorn and Vale released a statement`: a verb's `-s` or `-ed` form between a
            // name and a capitalised object or a determiner.
            if word.hasSuffix("s") || word.hasSuffix("ed"), !word.hasSuffix("'s"), previous.isCapitalized, let next,
                next.isCapitalized || X.determiners.contains(next.folded), !X.closedClass.contains(word),
                !isSpeakingWord(word)
            {
                return false
            }
        }
        // `some believe`: a verb of saying left at the end of the mention.
        if !tokens[last].isCapitalized, SourceResolver.cueForms.contains(lastWord), !X.nounLike.contains(lastWord),
            !isSpeakingWord(lastWord)
        {
            return false
        }
        return true
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
    private func isHeadlineCue(_ cue: Role, after mention: TextSpan, analysis: TextAnalysis) -> Bool {
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
    private func isSpeakingWord(_ word: String) -> Bool {
        X.speakingNouns.contains(word) || X.speakerNouns.contains(word) || X.registryNouns.contains(word)
            || SourceResolver.anonymousNouns.contains(word)
    }

    /// An adverb by class (`now`, `actually`, `reportedly`) or by its `-ly` ending (not `family`, `daily`).
    private func isAdverbWord(_ word: String) -> Bool {
        X.sentenceAdverbs.contains(word) || X.spanAdverbs.contains(word)
            || (word.count > 4 && word.hasSuffix("ly") && !X.lyNouns.contains(word) && !X.lyAdjectives.contains(word))
    }

    /// A word of time (`Monday`, `May`), which may follow a subject at once (`the council Monday said`).
    private func isTimeWord(_ word: String) -> Bool {
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
    static let fragmentEnders: Set<String> = ["and", "or", "of", "first", "further", "but", "than", "as", "if"]
    /// Every form of the cue lexicon's verbs (`say`, `believes`, `warned`).
    static let cueForms: Set<String> = Set(Knowledge.builtIn.cues.verbs.flatMap { $0.forms.map(\.folded) })
}
