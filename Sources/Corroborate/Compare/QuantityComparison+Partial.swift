extension QuantityComparison {
    // MARK: Figures said of some of a kind

    /// Quantifiers that pick out some things of a kind, not all of them (`some bottles`, `several of the boats`).
    static let partialQuantifiers: Set<String> = ["some", "several", "certain", "many", "few"]

    /// Words that tie a figure to the things before it: a price or a measure (`costing`, `priced at`, `worth`).
    /// Verbs of saying are not among them: `some residents said 12 were killed` counts the dead, not residents.
    static let figureLinks: Set<String> = [
        "at", "for", "worth", "cost", "costs", "priced", "valued", "sold", "selling", "costing", "fetching",
        "fetched", "measuring", "weighing", "reaching", "topping",
    ]

    /// Words between a linking word and its figure that qualify the figure.
    static let figureQualifiers: Set<String> = [
        "more", "less", "than", "up", "to", "about", "around", "over", "under", "nearly", "almost", "roughly", "as",
        "much", "just", "above", "below",
    ]

    /// Words that may stand between a partial quantifier and a figure's linking word besides nouns: prepositions
    /// and determiners of the things' phrase (`some bottles of wine`, `several yachts at the marina`) and forms of
    /// `be` before the link (`are priced at`).
    static let partialPhraseWords: Set<String> = [
        "of", "at", "in", "on", "from", "for", "the", "a", "an", "their", "its", "his", "her", "are", "were", "is",
        "was", "be", "been",
    ]

    /// Whether a figure is said of some things of a kind (`some bottles costing more than $20,000`, `several yachts
    /// at the marina sold for $5 million`): a partial quantifier opens the phrase before it, the things' nouns (with
    /// their prepositions and determiners, at most ten words) follow, and a linking word comes just before the figure
    /// (qualifiers aside). Such a figure is true of those things only, so a different figure for the kind (`bottles
    /// costing $15,000 each`) may be true of others: the two can both hold. `some 300 people` (about 300) has no noun
    /// before the figure; a verb ends the phrase (`several buildings collapsed in the quake measuring 6.1`, `some
    /// experts estimate the bottles cost $900`): a word in `-ed` or `-ing` that is no link, or one a determiner
    /// follows.
    static func someOfKind(_ q: TypedQuantity, _ content: ClaimContent) -> Bool {
        let words = content.words
        let clause = content.clause(of: q.words.lowerBound)
        var k = q.words.lowerBound - 1
        // Qualifiers a figure's words may leave out (`more than`, `up to`, `as much as`).
        while k > clause.lowerBound, figureQualifiers.contains(words[k].key) { k -= 1 }
        guard k > clause.lowerBound, figureLinks.contains(words[k].key) else { return false }
        // `priced at`: two linking words.
        if k - 1 > clause.lowerBound, figureLinks.contains(words[k - 1].key) { k -= 1 }
        var things = 0
        for j in stride(from: k - 1, through: max(clause.lowerBound, k - 10), by: -1) {
            let key = words[j].key
            if partialQuantifiers.contains(key) {
                // `a few bottles`, not `few bottles` alone (which says there were hardly any).
                if key == "few" && (j == 0 || words[j - 1].key != "a") { return false }
                return things > 0
            }
            if partialPhraseWords.contains(key) { continue }
            let verbLike =
                key.hasSuffix("ed") || key.hasSuffix("ing")
                || (j + 1 < words.count && ["the", "a", "an", "their", "its"].contains(words[j + 1].key))
            guard content.terms[j] != nil, !words[j].isNumber, !verbLike else { return false }
            things += 1
        }
        return false
    }
}
