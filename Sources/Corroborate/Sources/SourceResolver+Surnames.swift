import Foundation

/// Where an article writes each capitalised word, read once for the article when a surname alone first asks
/// (`SourceResolver.givenFullName`): each later mention looks its surname up instead of walking the text again.
struct SurnameIndex {
    /// Token indices of each capitalised word, by its folded form without a possessive, in text order.
    let positions: [String: [Int]]
    /// Folded words the article writes right after `in` (a place: `in Tarsk`).
    let afterIn: Set<String>

    init(_ tokens: [Token]) {
        var positions: [String: [Int]] = [:]
        var afterIn = Set<String>()
        for j in tokens.indices where tokens[j].kind == .word {
            let key = NameEvidence.bare(tokens[j].folded)
            if tokens[j].isCapitalized { positions[key, default: []].append(j) }
            if j > 0, tokens[j - 1].folded == "in" { afterIn.insert(key) }
        }
        self.positions = positions
        self.afterIn = afterIn
    }
}

extension SourceResolver {
    /// The full name an article gives to a surname alone that nothing else resolves (`Felicia Sanders and Polly
    /// Sheppard spoke on Wednesday`, then `Sanders said`): a reader takes the surname for the person so named, though
    /// no attribution credited her yet. Nil unless the mention is one capitalised word the article capitalises inside
    /// a sentence and never writes in lower case, not a title, not a pronoun, not in capitals, never written after
    /// `in` (a place). The article's occurrences of the surname before `offset` are read (all of them, for a mention
    /// in its first sentence, a headline's): one after a title (`Mrs. Holm`, `Sen. Holm`) or after no capital says
    /// nothing; one after a given name (capitalised, not a title, a role word, a possessive, a weekday or a month, a
    /// name the article never writes in lower case, not its sentence's first word, right before the surname, with
    /// no other capital before it but a title, `Sen. Bernie Sanders`, and none after the surname) gives a full name;
    /// any other capital before it (`Hillary Rodham Clinton`, `South China Sea`, a sentence's first word) leaves the
    /// surname unsure. The full name is given only when it is the one the article gives and nothing leaves it unsure:
    /// with `Tywanza Sanders` and `Felicia Sanders` both named, `Sanders said` stays a surname.
    /// `index` is the article's `SurnameIndex`, built on the first call that needs it and kept for the next.
    func givenFullName(
        ofSurname mention: String, before offset: Int, document: Document, analysis: TextAnalysis,
        names: NameEvidence, index: inout SurnameIndex?
    ) -> String? {
        let words = SourceResolver.words(mention)
        guard words.count == 1, let word = words.first, word.count > 1,
            word.unicodeScalars.first?.isUppercaseLetter == true,
            !word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
            !SourceResolver.personPronouns.contains(word.folded), !isTitle(word),
            !names.isWrittenLowercase(word.folded), names.isName(word)
        else { return nil }
        if index == nil { index = SurnameIndex(analysis.tokens) }
        let surname = NameEvidence.bare(word.folded)
        guard !index!.afterIn.contains(surname), let occurrences = index!.positions[surname] else { return nil }
        let tokens = analysis.tokens
        let opening = analysis.sentenceIndex(containing: offset) == 0
        var found: String?
        for j in occurrences where j >= 1 && (opening || tokens[j].span.end <= offset) {
            guard
                let reading = reading(
                    at: j, of: word, tokens: tokens, document: document, analysis: analysis, names: names)
            else { continue }
            guard let full = reading, found == nil || found == full else { return nil }
            found = full
        }
        return found
    }

    /// What the surname at token `j` says: nil when no capital stands before it or a title does (`, Sanders said`,
    /// `Mrs. Sanders`), `.some(nil)` when a capital that is no given name does, and the full name (`Felicia
    /// Sanders`) when a given name does; `word` is the surname as the mention writes it.
    private func reading(
        at j: Int, of word: String, tokens: [Token], document: Document, analysis: TextAnalysis, names: NameEvidence
    ) -> String?? {
        let given = tokens[j - 1]
        guard given.kind == .word, given.isCapitalized, given.span.end + 1 == tokens[j].span.start,
            !tokens[j].newlineBefore
        else { return nil }
        let givenText = document.text(of: given.span)
        if isTitle(givenText) { return nil }
        let unsure: String?? = .some(nil)
        guard given.folded.count > 1, !Opposition.possessive(given.folded), !names.isWrittenLowercase(given.folded),
            names.isName(givenText), !givenText.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
            !AttributionExtractor.weekdays.contains(given.folded), CalendarDate.monthNames[given.folded] == nil
        else { return unsure }
        // Another capital before the given name makes a longer name, unless it is a title (`Sen. Bernie Sanders`).
        if j >= 2, tokens[j - 2].kind == .word, tokens[j - 2].isCapitalized, !given.newlineBefore,
            !isTitle(document.text(of: tokens[j - 2].span))
        {
            return unsure
        }
        // So does a capital after the surname (`South China Sea`).
        if j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
            tokens[j].span.end + 1 == tokens[j + 1].span.start
        {
            return unsure
        }
        if let s = analysis.sentenceIndex(containing: given.span.start),
            tokens[analysis.sentences[s].tokens].first(where: { $0.kind == .word })?.span == given.span
        {
            return unsure
        }
        // The surname as the mention writes it: no possessive (`Donald Trump's` is Donald Trump).
        return .some(givenText + " " + word)
    }
}
