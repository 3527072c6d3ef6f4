extension QuantityComparison {
    // MARK: Whether two figures are one measure of one thing

    /// The words between a count and its counted noun (`Democratic primary` in `418 Democratic primary voters`),
    /// as terms; empty when nothing stands between them or the noun is not found within four words.
    static func qualifiers(_ q: TypedQuantity, _ c: ClaimContent) -> Set<String> {
        guard let head = q.head else { return [] }
        let end = min(c.words.count, q.words.upperBound + 4)
        guard let k = (q.words.upperBound..<end).first(where: { c.terms[$0] == head }) else { return [] }
        return Set((q.words.upperBound..<k).compactMap { c.terms[$0] }.filter { !$0.hasPrefix("#") })
    }

    /// Whether both counts describe their counted noun, and differently.
    static func qualifiersApart(_ x: TypedQuantity, _ a: ClaimContent, _ y: TypedQuantity, _ b: ClaimContent) -> Bool {
        let qx = qualifiers(x, a)
        let qy = qualifiers(y, b)
        return !qx.isEmpty && !qy.isEmpty && qx != qy
    }

    /// Whether both figures' clauses hold other figures, none of them the same on both sides: the figures are
    /// set in different frames (another number of states, of respondents, of contests). Two measures of one event
    /// that both differ (`killed 42 and injured 30` against `killed 17 and injured 12`) look the same as two polls
    /// of different places, and abstain too: a missed conflict rather than a false one. A number written in digits
    /// that the reader measures nothing by, followed by a function word or the clause's end (`at least 334 of the
    /// 865 delegates`, `is assured of winning at least 118.`), is a figure of the frame too: `334 of the 865` and
    /// `118` of `214` are two contests.
    static func framesApart(_ x: TypedQuantity, _ a: ClaimContent, _ y: TypedQuantity, _ b: ClaimContent) -> Bool {
        func others(_ q: TypedQuantity, _ c: ClaimContent) -> [(low: Double, high: Double)] {
            let clause = c.clause(of: q.words.lowerBound)
            let read = c.quantities.filter { $0.words != q.words && clause.contains($0.words.lowerBound) }
            // Followed by a function word or the clause's end: a number restated in another unit (`12 meters (39
            // feet)`) is followed by its unit, and is the same figure, not another.
            let bare = clause.filter { k in
                c.words[k].isNumber && !q.words.contains(k) && !c.quantities.contains { $0.words.contains(k) }
                    && (k + 1 == clause.upperBound || c.terms[k + 1] == nil)
            }
            return read.map { ($0.low, $0.high) }
                + bare.compactMap { k in Double(c.words[k].text.filter { $0 != "," }).map { ($0, $0) } }
        }
        let ox = others(x, a)
        let oy = others(y, b)
        guard !ox.isEmpty, !oy.isEmpty else { return false }
        return !ox.contains { p in oy.contains { p.low == $0.low && p.high == $0.high } }
    }

    /// Whether two claims name one thing: a term both use that either writes as a name (capitalised inside the
    /// claim, or a consonant skeleton). Percentages of claims that share no name measure something generic (`the
    /// poll`, `the margin of error`), which each article may mean of its own thing.
    static func shareName(_ pair: ClaimPair) -> Bool {
        let allA = 0..<pair.contentA.words.count
        let allB = 0..<pair.contentB.words.count
        return pair.shared.contains { term in
            term.hasPrefix("~") || pair.contentA.isName(term, in: allA) || pair.contentB.isName(term, in: allB)
        }
    }

    /// Whether a term names something specific to some of the run's articles: rare in the run, and no day or
    /// month.
    static func names(_ rarity: TermRarity) -> (String) -> Bool {
        { term in
            rarity.isSpecific(term) && !term.hasPrefix("#") && CalendarDate.weekdayNames[term] == nil
                && CalendarDate.monthNames[term] == nil
        }
    }
}
