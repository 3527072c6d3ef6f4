/// What a figure measures, read in its own phrase (issue 28): the role a sum of money plays (a price, a fine, a
/// salary, a budget) or the verb of money said of it (paid, stole, awarded), a period that makes it a rate (`a
/// year`, `annual`), a part noun in its phrase (`its $40 million share`, `the mill's share ... is $40 million`), and
/// whose requirement a figure of need is. Two differing figures whose measured thing is not shown to line up are no
/// conflict: the comparison abstains. Two equal figures are no agreement when a part noun is said of one only or
/// their sums have roles of no shared class (`sameValueApart`); the other checks of `measuredApart` (rates among
/// them) are not applied to equal figures.
extension QuantityComparison {
    /// Verbs of being or amounting right before a figure (`the fine was $2 million`): the figure's phrase then
    /// reaches back to the start of its clause, where the noun it measures stands.
    static let amountingVerbs: Set<String> = [
        "is", "was", "are", "were", "be", "been", "totalled", "totaled", "totals", "total", "totalling", "totaling",
        "reached", "stood", "stands",
    ]

    /// Verbs that amount to a figure with `to` (`the cost of the repairs came to $2 million`, `amounted to`).
    static let amountingToVerbs: Set<String> = [
        "came", "come", "comes", "coming", "amounted", "amount", "amounts", "amounting", "ran", "runs", "run",
    ]

    /// Whether the words right before a figure are a verb of being or amounting (`was`, `came to`), so that the
    /// noun the figure measures is the subject of its clause.
    static func amounting(before start: Int, _ c: ClaimContent, from clauseStart: Int) -> Bool {
        let k = start - 1
        guard k >= clauseStart else { return false }
        if amountingVerbs.contains(c.words[k].key) { return true }
        return c.words[k].key == "to" && k - 1 >= clauseStart && amountingToVerbs.contains(c.words[k - 1].key)
    }

    /// The positions of a figure's own phrase: up to five words before it (back to its clause's start after a verb of
    /// being or amounting: `the fine imposed on the mill was $2 million`, `the cost of rebuilding the old bridge
    /// came to $2 million`) and four after it in its clause, stopping at
    /// punctuation, a joining word (`and`, `while`) or another number, which start the phrase of another figure.
    func ownPhrase(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> [Int] {
        let clause = c.clause(of: q.words.lowerBound)
        var result: [Int] = []
        var k = q.words.lowerBound - 1
        let amounting = QuantityComparison.amounting(before: q.words.lowerBound, c, from: clause.lowerBound)
        while k >= max(clause.lowerBound, amounting ? 0 : q.words.lowerBound - 5) {
            if scalars.gap(between: c.words[k], and: c.words[k + 1], holdsAnyOf: ",;:()") { break }
            if QuantityComparison.joiners.contains(c.words[k].key) || c.numbers[k] != nil { break }
            result.append(k)
            k -= 1
        }
        k = q.words.upperBound
        while k < min(clause.upperBound, q.words.upperBound + 4) {
            if k > 0 && scalars.gap(between: c.words[k - 1], and: c.words[k], holdsAnyOf: ",;:()") { break }
            if QuantityComparison.joiners.contains(c.words[k].key) || c.numbers[k] != nil { break }
            result.append(k)
            k += 1
        }
        return result
    }

    /// The classes `table` gives the words of a figure's own phrase (`phrase`, from `ownPhrase`): with `moneyRoles`,
    /// `cost` for `costing $20` and `fine` for `a fine of $2 million` or `a $2 million fine`; with `moneyVerbs`, `pay`
    /// for `paid $2 million`, `take` for `stole $2 million`. Empty when the phrase says none.
    static func classes(of phrase: [Int], _ c: ClaimContent, in table: [String: Set<String>]) -> Set<String> {
        var result = Set<String>()
        for k in phrase {
            if let classes = table[c.words[k].key] { result.formUnion(classes) }
        }
        return result
    }

    /// The reason given when roles are said of both sums and share no class (a fine against a salary): two sums, so
    /// neither a conflict nor, for equal values, an agreement.
    static let differentRoles = "sums of different roles"

    /// Why two sums of money are not shown to be one measure, or nil when they are. Positive evidence is needed:
    /// roles said of both sums that share a class, or, when a role is said of one side at most, verbs of money of
    /// one class said of both (`paid $2 million` and `paid $5 million`). Roles said of both and of no shared class
    /// (a price against a fine) are two sums whatever the verbs; a bare `$20 million` against anything, or a sum
    /// paid against a sum stolen, is not proved one sum.
    func rolesApart(
        _ x: TypedQuantity, _ a: ClaimContent, _ scalarsA: ScalarText, _ y: TypedQuantity, _ b: ClaimContent,
        _ scalarsB: ScalarText
    ) -> String? {
        let px = ownPhrase(x, a, scalarsA)
        let py = ownPhrase(y, b, scalarsB)
        let rx = QuantityComparison.classes(of: px, a, in: moneyRoles)
        let ry = QuantityComparison.classes(of: py, b, in: moneyRoles)
        if !rx.isEmpty && !ry.isEmpty { return rx.isDisjoint(with: ry) ? QuantityComparison.differentRoles : nil }
        let vx = QuantityComparison.classes(of: px, a, in: moneyVerbs)
        let vy = QuantityComparison.classes(of: py, b, in: moneyVerbs)
        return vx.isDisjoint(with: vy) ? "a sum whose role is not said" : nil
    }

    /// Why two equal figures are not one measure, or nil: a part noun is said of one and not the other (`a $40
    /// million share of the contract` against `the $40 million contract`), or their sums have roles of no shared
    /// class (a fine against a salary). Such claims state different things, so the figures are no agreement. `of`
    /// and a determiner (`86% of those arrested`, `86% of all arrests`) and a period on one side only (`the minimum
    /// wage, $7.25 an hour` against `the minimum wage is $7.25`) are left to the agreement: each is as often one
    /// measure written two ways.
    func sameValueApart(
        _ x: TypedQuantity, _ a: ClaimContent, _ scalarsA: ScalarText, _ y: TypedQuantity, _ b: ClaimContent,
        _ scalarsB: ScalarText
    ) -> String? {
        if partAfter(x, a, scalarsA).subtracting(["of the"]) != partAfter(y, b, scalarsB).subtracting(["of the"]) {
            return "a part against another extent"
        }
        if x.dimension.hasPrefix("currency"),
            rolesApart(x, a, scalarsA, y, b, scalarsB) == QuantityComparison.differentRoles
        {
            return QuantityComparison.differentRoles
        }
        return nil
    }

    /// Periods that the rate words name, written otherwise (`annually`, `yearly`, `annual` are all a year).
    static let periods: [String: String] = [
        "annually": "year", "annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
        "daily": "day", "hourly": "hour", "nightly": "night",
    ]

    /// Words after `a year` or `a day` that make it a time, not a rate (`a year ago`, `a day after the blast`, `a
    /// week into the strike`). `on` and `in` are left out: `$4 million a year on the theatre` is a rate.
    static let timeAfterPeriod: Set<String> = [
        "ago", "after", "before", "earlier", "later", "since", "of", "from", "into",
    ]

    /// The period a figure is counted by, or nil: a rate phrase (`ratePhrases`) after it or after its noun in its
    /// phrase (`$4 million a year`, `300 visitors a day`, `earns $90,000 annually`), or a period adjective
    /// (`rateAdjectives`) that describes the figure itself: right before it (`an annual $4 million`), right after
    /// it or its noun (`a $4 million annual budget`), or before a role noun of money (`the annual budget is $4
    /// million`). An adjective of another noun (`daily clashes killed 12 people`) makes no rate; `a year ago` and
    /// `a week into` say when, not how often.
    func period(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> String? {
        func normal(_ phrase: String) -> String {
            let word = phrase.split(separator: " ").last.map(String.init) ?? phrase
            return QuantityComparison.periods[word] ?? word
        }
        let phrase = ownPhrase(q, c, scalars)
        for k in phrase.sorted() {
            let key = c.words[k].key
            if rateAdjectives.contains(key) {
                let next = k + 1 < c.words.count ? c.words[k + 1].key : ""
                if k == q.words.lowerBound - 1 || (q.words.upperBound...q.words.upperBound + 1).contains(k)
                    || moneyRoles[next] != nil
                {
                    return normal(key)
                }
            }
            guard k >= q.words.upperBound else { continue }
            if ratePhrases.contains(key) { return normal(key) }
            if k + 1 < c.words.count, ["a", "an"].contains(key) {
                let two = key + " " + c.words[k + 1].key
                let next = k + 2 < c.words.count ? c.words[k + 2].key : ""
                if ratePhrases.contains(two) && !QuantityComparison.timeAfterPeriod.contains(next) {
                    return normal(two)
                }
            }
        }
        return nil
    }

    /// Part words of a figure: right after it (`partNouns`, at most one word between: `a $40 million share`, `its
    /// $2 million equity stake`), in the subject of its clause when a verb of being or amounting comes right before
    /// it (`the yard's share of the contract is $40 million`; not `one of a crew of 150`), or `of` and a
    /// determiner after it (`$300,000 of the prize`, `12 of the 40 workers`): the figure is a part of a larger
    /// amount.
    func partAfter(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> Set<String> {
        let end = q.words.upperBound
        var found = Set<String>()
        let clause = c.clause(of: q.words.lowerBound)
        if QuantityComparison.amounting(before: q.words.lowerBound, c, from: clause.lowerBound) {
            for k in ownPhrase(q, c, scalars) where k < q.words.lowerBound && partNouns.contains(c.words[k].key) {
                found.insert(c.words[k].key)
            }
        }
        for k in end..<min(c.words.count, end + 2) where partNouns.contains(c.words[k].key) {
            found.insert(c.words[k].key)
        }
        if end + 1 < c.words.count, c.words[end].key == "of",
            AttributionExtractor.determiners.contains(c.words[end + 1].key)
        {
            found.insert("of the")
        }
        return found
    }

    /// Why two figures of need are not shown to be one requirement, or nil: a threshold set for all (`the 30 names
    /// needed to`) against what one party lacks (`needs 12`, `12 short of`), or requirements of differently named
    /// parties (`the Tarn Guild needs 12 permits` against `the Osk Union needs 9`).
    func requirementsApart(
        _ kindX: Requirement, _ x: TypedQuantity, _ a: ClaimContent, _ kindY: Requirement, _ y: TypedQuantity,
        _ b: ClaimContent
    ) -> String? {
        if (kindX == .target) != (kindY == .target) { return "a threshold against what one lacks" }
        let nx = namesBefore(x, a)
        let ny = namesBefore(y, b)
        guard !nx.isEmpty, !ny.isEmpty, nx.isDisjoint(with: ny) else { return nil }
        // A name the other claim gives elsewhere is no other party.
        if !nx.isDisjoint(with: b.skeletons) || !ny.isDisjoint(with: a.skeletons) { return nil }
        return "requirements of different parties"
    }

    /// The skeletons of the capitalised content words before a figure in its clause, the claim's first word
    /// included (`Mayor Ilse needs 12 votes`): who the figure is said of.
    func namesBefore(_ q: TypedQuantity, _ c: ClaimContent) -> Set<String> {
        let clause = c.clause(of: q.words.lowerBound)
        var result = Set<String>()
        for k in clause.lowerBound..<q.words.lowerBound where c.terms[k] != nil && !c.words[k].isNumber {
            if c.words[k].text.unicodeScalars.first?.isUppercaseLetter == true, c.words[k].key.count >= 3 {
                result.insert(ContentReader.skeleton(c.words[k].key))
            }
        }
        return result
    }
}
