extension SourceResolver {
    /// The noun phrase before `, who`: a name (`It was Brandt who` is `Brandt`; `dockers from North Quay who`
    /// keeps the phrase the place belongs to), or a common noun phrase back to its determiner (`a senior
    /// security official, who`); an appositive stands for the name before it (`Harbourline, the news magazine, which`).
    /// A `who` after a place or a thing in a prepositional phrase is the noun for people that phrase hangs on (`a
    /// volunteer at the regatta, who`, `nurses near the Tarsk quay, who`). A `which` after a place hanging on a
    /// gerund or participle (an `-ing` word after a preposition or an auxiliary) is the place (`years of planning
    /// in Tarsk, which`, `they have been living in Tarsk, which`); an `-ing` noun keeps its place (`the group's
    /// armed wing in Velmora, which`).
    func antecedent(before offset: Int, person: Bool, document: Document, analysis: TextAnalysis) -> String? {
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
        // Whether the phrase starting at `k` follows a preposition after a common noun: a place after any noun
        // (`dockers from North Quay`) but, for `which`, a gerund or participle (`years of planning in Tarsk`,
        // `been living in Tarsk`), and a place or a thing after a noun for people when the pronoun is `who`
        // (`nurses near the quay`, `a volunteer at the regatta`; not `praise from harbour users`).
        func hangsOn(_ k: Int, place: Bool) -> Bool {
            let noun = tokens[k - 2]
            let preposition = tokens[k - 1].folded
            guard noun.isWord, !noun.isCapitalized, !AttributionExtractor.closedClass.contains(noun.folded) else {
                return false
            }
            // `planning` in `years of planning` and `living` in `have been living` are no nouns; `wing`, `meeting`
            // and `king` after an article or an adjective are.
            if place, !person, k >= 3, noun.folded.hasSuffix("ing"),
                SourceResolver.gerundPrepositions.contains(tokens[k - 3].folded)
                    || AttributionExtractor.auxiliaries.contains(tokens[k - 3].folded)
            {
                return false
            }
            if place && ["from", "in", "at"].contains(preposition) { return true }
            return person && SourceResolver.placeOrPartPrepositions.contains(preposition) && isPeopleNoun(noun.folded)
        }
        if tokens[end].isCapitalized {
            while i > 0, end - i < 8, tokens[i - 1].isWord,
                tokens[i - 1].isCapitalized
                    || (["of", "al", "'s", "and"].contains(tokens[i - 1].folded) && i >= 2
                        && tokens[i - 2].isCapitalized)
            {
                i -= 1
            }
            if i >= 2, hangsOn(i, place: true) {
                i -= 1
                commonPhrase()
            }
        } else {
            commonPhrase()
            if person, i >= 2, hangsOn(i, place: false) {
                i -= 1
                commonPhrase()
            }
            // `Harbourline, the Velmoran news magazine, which`: the name the appositive describes.
            if i >= 2, tokens[i - 1].folded == ",", tokens[i - 2].isCapitalized, tokens[i - 2].isWord {
                end = i - 2
                i = end
                while i > 0, end - i < 6, tokens[i - 1].isWord, tokens[i - 1].isCapitalized { i -= 1 }
            }
        }
        return document.text(of: TextSpan(tokens[i].span.start, tokens[end].span.end))
    }

    /// Whether a folded noun names people: a role word, singular or plural (`nurses`, `witnesses`, `coaches`, by
    /// the comparison's stemmer), or a noun for those who speak (`crew`, `staff`).
    func isPeopleNoun(_ folded: String) -> Bool {
        roleWords.contains(folded) || (folded.hasSuffix("s") && roleStems.contains(ContentReader.stem(folded)))
            || AttributionExtractor.speakerNouns.contains(folded) || AttributionExtractor.speakingNouns.contains(folded)
    }

    /// Prepositions that make the `-ing` word after them a gerund (`years of planning`, `after sailing`).
    static let gerundPrepositions: Set<String> = [
        "of", "after", "before", "by", "for", "from", "in", "on", "since", "through", "with", "without", "about",
    ]

    /// Prepositions that hang a place or a thing on the noun before them (`nurses near the quay`, `a volunteer at
    /// the regatta`).
    static let placeOrPartPrepositions: Set<String> = ["from", "in", "at", "inside", "near", "outside", "of"]
}
