/// The value a denial denies (`does not weigh 21 grams`): the figure right after a grammatically denied verb, which
/// the other side must state for a contradiction, and which states no value of its own for the numeric rule.
extension Opposition {
    /// The figure a grammatical negation's denied verb takes right after it, its qualifiers included (`does not
    /// weigh 21 grams`, `did not kill more than 12`): the value denied. Figures before the focus say whom the
    /// denial is about (`none of the 300 workers died`, `no one was hurt`); figures further on belong to other
    /// parts of the clause (`did not free the 12 hostages`, `denied agreeing to a ceasefire and releasing 200
    /// girls`): neither is a value denied.
    static func deniedFigure(
        of negation: (cue: Range<Int>, scope: Range<Int>), in content: ClaimContent
    ) -> TypedQuantity? {
        // A grammatical negation of one word: a verb or noun of denial (`rejected 30 appeals`, `a lack of`) governs
        // its object's figure as a count, and `failed to` is two words.
        guard negation.cue.count == 1,
            ContentReader.isGrammaticalNegation(content.words[negation.cue.lowerBound].key),
            let focus = focus(of: negation, in: content)
        else { return nil }
        return content.quantities.first { $0.words.lowerBound == focus + 1 && negation.scope.contains(focus + 1) }
    }

    /// The words of every value the negations of a claim deny (`deniedFigure`), read once per pair of claims.
    static func deniedFigures(in content: ClaimContent) -> Set<Range<Int>> {
        Set(content.negations.compactMap { deniedFigure(of: $0, in: content)?.words })
    }

    /// Whether the asserting clause states the value a denial denies (`deniedFigure`), in the same dimension; true
    /// when the denial denies no value.
    static func statesDeniedFigure(
        _ negation: (cue: Range<Int>, scope: Range<Int>), _ neg: ClaimContent, _ clauseP: Range<Int>,
        _ pos: ClaimContent
    ) -> Bool {
        guard let q = deniedFigure(of: negation, in: neg) else { return true }
        return pos.quantities.contains {
            clauseP.contains($0.words.lowerBound) && $0.dimension == q.dimension && $0.low == q.low && $0.high == q.high
        }
    }
}
