import Foundation

extension SourceResolver {
    /// The full name an article gives, before `offset`, to a surname alone that nothing else resolves (`Felicia
    /// Sanders and Polly Sheppard spoke on Wednesday`, then `Sanders said`): a reader takes the surname for the
    /// person so named, though no attribution credited her yet. Nil unless the mention is one capitalised word the
    /// article capitalises inside a sentence and never writes in lower case, not a title, not a pronoun, not in
    /// capitals, never written after `in` (a place); and the name before it is a given name: capitalised, not a
    /// title or a role word, a name the article never writes in lower case, not the first word of its sentence,
    /// right before the surname with one space, and not itself after another capitalised word other than a title
    /// (`Sen. Bernie Sanders` gives Bernie Sanders), nor followed by one (`South China Sea`). The nearest occurrence of the surname after a capitalised word,
    /// before `offset`, decides (or the first after it, for a mention the article opens with): `Hillary Rodham
    /// Clinton` there gives nothing, not a `Bill Clinton` named further back.
    func givenFullName(
        ofSurname mention: String, before offset: Int, document: Document, analysis: TextAnalysis,
        names: NameEvidence
    ) -> String? {
        let words = SourceResolver.words(mention)
        guard words.count == 1, let word = words.first, word.count > 1,
            word.unicodeScalars.first?.isUppercaseLetter == true,
            !word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
            !SourceResolver.personPronouns.contains(word.folded), !isTitle(word),
            !names.isWrittenLowercase(word.folded), names.isName(word)
        else { return nil }
        let surname = word.folded
        let tokens = analysis.tokens
        // A word written after `in` is a place (`in Nicaragua`), not a surname.
        for j in tokens.indices.dropFirst()
        where tokens[j].kind == .word && NameEvidence.bare(tokens[j].folded) == surname && tokens[j - 1].folded == "in"
        {
            return nil
        }
        // What the surname at token `j` says: nil when it stands alone (`, Sanders said`), the full name when a
        // given name comes before it, and "" when a capitalised word before it is no given name (`Hillary Rodham
        // Clinton`, `Crooked Hillary Clinton`, a sentence's first word): then the article gives no full name to
        // rely on.
        func reading(at j: Int) -> String? {
            guard j >= 1, tokens[j].kind == .word, NameEvidence.bare(tokens[j].folded) == surname else { return nil }
            let given = tokens[j - 1]
            guard given.kind == .word, given.isCapitalized, given.span.end + 1 == tokens[j].span.start,
                !tokens[j].newlineBefore
            else { return nil }
            let givenText = document.text(of: given.span)
            if isTitle(givenText) { return nil }
            // A possessive is no given name (`the BBC's Nigeria correspondent`).
            guard given.folded.count > 1, !Opposition.possessive(given.folded), !names.isWrittenLowercase(given.folded),
                names.isName(givenText),
                !givenText.unicodeScalars.allSatisfy({ !$0.properties.isLowercase })
            else { return "" }
            // Another capitalised word before the given name makes a longer name, unless it is a title (`Sen.
            // Bernie Sanders`).
            if j >= 2, tokens[j - 2].kind == .word, tokens[j - 2].isCapitalized, !given.newlineBefore,
                !isTitle(document.text(of: tokens[j - 2].span))
            {
                return ""
            }
            // Nor does a capitalised word after the surname (`South China Sea`).
            if j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
                tokens[j].span.end + 1 == tokens[j + 1].span.start
            {
                return ""
            }
            if let s = analysis.sentenceIndex(containing: given.span.start),
                analysis.tokens[analysis.sentences[s].tokens].first(where: { $0.kind == .word })?.span == given.span
            {
                return ""
            }
            // The surname as the mention writes it: no possessive (`Donald Trump's` is Donald Trump).
            return givenText + " " + word
        }
        // The nearest reading before the mention decides; for a mention the article opens with (a headline's
        // `Sanders:`), the first after it.
        let before = tokens.lastIndex(where: { $0.span.end <= offset }) ?? -1
        let found =
            before >= 1
            ? stride(from: before, through: 1, by: -1).lazy.compactMap(reading(at:)).first
            : (1..<tokens.count).lazy.compactMap(reading(at:)).first
        return found?.isEmpty == false ? found : nil
    }
}
