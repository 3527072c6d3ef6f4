extension QuantityComparison {
    // MARK: Whether a figure is a firm total, here and now

    /// Words that make a figure an increment over an earlier count (`an additional eight`, `another 14`).
    static let incrementWords: Set<String> = ["additional", "another", "further", "extra"]

    /// Whether a figure counts an increment: an increment word just before it (`a` aside), or `more` or `other`
    /// just after it (`14 more officers`, `wounded two other people`): a count besides someone already told of, not
    /// a total. Two increments (`two other people` against `four other people`) are not compared either.
    static func increment(_ q: TypedQuantity, _ content: ClaimContent) -> Bool {
        var k = q.words.lowerBound - 1
        if k >= 0 && ["a", "an"].contains(content.words[k].key) { k -= 1 }
        if k >= 0 && incrementWords.contains(content.words[k].key) { return true }
        let after = q.words.upperBound
        return after < content.words.count && ["more", "other"].contains(content.words[after].key)
    }

    /// Whether a duration is the window a count or a state is told over (`the fifth time in the past two years`,
    /// `within the next five years`), not how long something lasted (`has led the party for the past 20 years`):
    /// `past`, `last`, `next` or `coming` before it, after `in` or `within` (and `the`).
    static func window(_ q: TypedQuantity, _ content: ClaimContent) -> Bool {
        let words = content.words
        var k = q.words.lowerBound - 1
        guard k >= 1, ["past", "last", "next", "coming"].contains(words[k].key) else { return false }
        k -= 1
        if words[k].key == "the" { k -= 1 }
        return k >= 0 && ["in", "within"].contains(words[k].key)
    }

    /// Adverbs that set what a clause says at an earlier moment than the report's (`initially`, `at first`).
    /// `earlier`, `previously` and `formerly` are left out: they date an event (`a fire earlier on Monday killed
    /// 12`) or belong to another figure (`which previously employed 900, cut 200 jobs`) as often as not.
    static let earlierWords: Set<String> = ["initially", "originally"]

    /// Whether a claim sets a figure at an earlier moment: an adverb of `earlierWords` or `at first` up to six
    /// words before it (`at first police said 12`, across the report verb) or after it in its clause.
    static func earlier(_ q: TypedQuantity, _ content: ClaimContent) -> Bool {
        let clause = content.clause(of: q.words.lowerBound)
        let near = max(0, q.words.lowerBound - 6)..<min(clause.upperBound, q.words.upperBound + 6)
        return near.contains { k in
            let key = content.words[k].key
            return earlierWords.contains(key)
                || (key == "first" && k > 0 && content.words[k - 1].key == "at")
        }
    }

    /// Words that open another clause after a figure, where a hedge no longer governs it.
    static let hedgeJoins: Set<String> = ["and", "but", "or", "which", "who", "while", "when"]

    /// Whether a hedge governs a figure (`may contain more than 40`, `allegedly killed 12`, `over a dozen doctors
    /// have reportedly been executed`): up to four words before it, or up to four after it in its clause (its noun
    /// and the verb's auxiliary between).
    static func hedged(_ q: TypedQuantity, _ content: ClaimContent) -> Bool {
        let words = q.words
        if (max(0, words.lowerBound - 4)..<words.lowerBound).contains(where: { content.hedges.contains($0) })
            || (words.upperBound..<min(content.words.count, words.upperBound + 2)).contains(where: {
                content.hedges.contains($0)
            })
        {
            return true
        }
        // Further on, up to four words in the clause, before any join (`weighing 19 stone - and it could be the
        // biggest` is another clause).
        let clause = content.clause(of: words.lowerBound)
        for k in words.upperBound..<max(words.upperBound, min(clause.upperBound, words.upperBound + 4)) {
            if hedgeJoins.contains(content.words[k].key) { return false }
            if k >= words.upperBound + 2 && content.hedges.contains(k) { return true }
        }
        return false
    }

    /// Whether a figure's clause places it elsewhere than the story's place (`five civilians were killed in
    /// fighting elsewhere in the region`), or states it as of a moment (`more than 4,044 likes as of this
    /// writing`): another place's count, or a running total that grows, contradicts no other count.
    static func elsewhereOrAsOf(_ q: TypedQuantity, _ content: ClaimContent) -> Bool {
        let words = content.words
        let clause = content.clause(of: q.words.lowerBound)
        return clause.contains { k in
            words[k].key == "elsewhere"
                || (k > q.words.lowerBound && k + 1 < clause.upperBound && words[k].key == "as"
                    && words[k + 1].key == "of")
        }
    }
}
