extension SourceResolver {
    /// The noun phrase before `, who`: a name (`It was Brandt who` is `Brandt`; `dockers from North Quay who`
    /// keeps the phrase the place belongs to), or a common noun phrase back to its determiner (`a senior
    /// security official, who`); an appositive stands for the name before it (`Harbourline, the news magazine, which`).
    func antecedent(before offset: Int, document: Document, analysis: TextAnalysis) -> String? {
        let tokens = analysis.tokens
        var end = analysis.tokenIndex(atOrAfter: offset) - 1
        while end >= 0 && tokens[end].folded == "," { end -= 1 }
        guard end >= 0, tokens[end].isWord else { return nil }
        var i = end
        func commonPhrase() {
            while i > 0, end - i < 7, tokens[i - 1].isWord {
                let previous = tokens[i - 1].folded
                // A verb (`visited`, `debriefed`) ends the phrase.
                if (previous.hasSuffix("ed") && !tokens[i - 1].isCapitalized)
                    || AttributionExtractor.clauseWords.contains(previous)
                    || AttributionExtractor.auxiliaries.contains(previous)
                    || (AttributionExtractor.prepositions.contains(previous)
                        && !AttributionExtractor.determiners.contains(previous))
                {
                    break
                }
                i -= 1
                if AttributionExtractor.determiners.contains(previous)
                    || AttributionExtractor.quantifiers.contains(previous)
                    || AttributionExtractor.quantities.contains(previous) || tokens[i].kind == .number
                {
                    break
                }
            }
        }
        if tokens[end].isCapitalized {
            while i > 0, end - i < 8, tokens[i - 1].isWord,
                tokens[i - 1].isCapitalized
                    || (["of", "al", "'s", "and"].contains(tokens[i - 1].folded) && i >= 2
                        && tokens[i - 2].isCapitalized)
            {
                i -= 1
            }
            if i >= 2, ["from", "in", "at"].contains(tokens[i - 1].folded), tokens[i - 2].isWord,
                !tokens[i - 2].isCapitalized, !AttributionExtractor.closedClass.contains(tokens[i - 2].folded)
            {
                i -= 1
                commonPhrase()
            }
        } else {
            commonPhrase()
            // `Harbourline, the Velmoran news magazine, which`: the name the appositive describes.
            if i >= 2, tokens[i - 1].folded == ",", tokens[i - 2].isCapitalized, tokens[i - 2].isWord {
                end = i - 2
                i = end
                while i > 0, end - i < 6, tokens[i - 1].isWord, tokens[i - 1].isCapitalized { i -= 1 }
            }
        }
        return document.text(of: TextSpan(tokens[i].span.start, tokens[end].span.end))
    }
}
