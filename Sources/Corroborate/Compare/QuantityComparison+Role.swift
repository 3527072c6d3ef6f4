/// What a figure measures, read in its own phrase (issue 28): the role a sum of money plays (a price, a fine, a
/// salary, a budget), a period that makes it a rate (`a year`, `annual`), a part noun after it (`its $40 million
/// share`), a named group counted against everyone counted, and whose requirement a figure of need is. Two
/// differing figures whose measured thing is not shown to line up are no conflict (and no agreement either): the
/// comparison abstains.
extension QuantityComparison {
    /// Verbs of being or amounting right before a figure (`the fine was $2 million`): the figure's phrase then
    /// reaches back to the start of its clause, where the noun it measures stands.
    static let amountingVerbs: Set<String> = [
        "is", "was", "are", "were", "be", "been", "totalled", "totaled", "totals", "reached", "stood", "stands",
    ]

    /// The positions of a figure's own phrase: up to five words before it (back to its clause's start after a verb of
    /// being: `the fine imposed on the mill was $2 million`) and four after it in its clause, stopping at
    /// punctuation, a joining word (`and`, `while`) or another number, which start the phrase of another figure.
    func ownPhrase(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> [Int] {
        let clause = c.clause(of: q.words.lowerBound)
        var result: [Int] = []
        var k = q.words.lowerBound - 1
        let amounting = k >= clause.lowerBound && QuantityComparison.amountingVerbs.contains(c.words[k].key)
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

    /// The role classes (`moneyRoles`) of the words in a money figure's own phrase: `cost` for `costing $20`,
    /// `fine` for `a fine of $2 million` or `a $2 million fine`. Empty when the phrase says no role.
    func roles(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> Set<String> {
        var result = Set<String>()
        for k in ownPhrase(q, c, scalars) {
            if let classes = moneyRoles[c.words[k].key] { result.formUnion(classes) }
        }
        return result
    }

    /// Why two sums of money are not shown to be one measure, or nil when they are: a role must be said of both,
    /// and the two share a class. A price against a fine, a salary against a budget, or a bare `$20 million`
    /// against anything are not proved one sum.
    func rolesApart(
        _ x: TypedQuantity, _ a: ClaimContent, _ scalarsA: ScalarText, _ y: TypedQuantity, _ b: ClaimContent,
        _ scalarsB: ScalarText
    ) -> String? {
        let rx = roles(x, a, scalarsA)
        let ry = roles(y, b, scalarsB)
        if rx.isEmpty || ry.isEmpty { return "a sum whose role is not said" }
        return rx.isDisjoint(with: ry) ? "sums of different roles" : nil
    }

    /// Whether roles are said of both sums and none is shared: the same value said of a fine and of a salary is
    /// no agreement.
    func rolesClash(
        _ x: TypedQuantity, _ a: ClaimContent, _ scalarsA: ScalarText, _ y: TypedQuantity, _ b: ClaimContent,
        _ scalarsB: ScalarText
    ) -> Bool {
        let rx = roles(x, a, scalarsA)
        let ry = roles(y, b, scalarsB)
        return !rx.isEmpty && !ry.isEmpty && rx.isDisjoint(with: ry)
    }

    /// Periods that the rate words name, written otherwise (`annually`, `yearly`, `annual` are all a year).
    static let periods: [String: String] = [
        "annually": "year", "annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
        "daily": "day", "hourly": "hour", "nightly": "night",
    ]

    /// Words after `a year` or `a day` that make it a time, not a rate (`a year ago`, `a day after the blast`).
    static let timeAfterPeriod: Set<String> = ["ago", "after", "before", "earlier", "later", "since", "of", "from"]

    /// The period a figure is counted by, or nil: a rate phrase (`ratePhrases`) right after it or after its noun
    /// (`$4 million a year`, `300 visitors a day`, `earns $90,000 annually`), or a period adjective
    /// (`rateAdjectives`) in its own phrase (`an annual $4 million`, `a $4 million annual budget`). `a year ago` and
    /// `a day after` say when, not how often.
    func period(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> String? {
        func normal(_ phrase: String) -> String {
            let word = phrase.split(separator: " ").last.map(String.init) ?? phrase
            return QuantityComparison.periods[word] ?? word
        }
        let phrase = ownPhrase(q, c, scalars)
        for k in phrase.sorted() {
            let key = c.words[k].key
            if rateAdjectives.contains(key) { return normal(key) }
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

    /// Part words right after a figure (`partNouns`, at most one word between: `a $40 million share`, `its $2
    /// million equity stake`), or `of` and a determiner (`$300,000 of the prize`, `12 of the 40 workers`): the figure
    /// is a part of a larger amount.
    func partAfter(_ q: TypedQuantity, _ c: ClaimContent) -> Set<String> {
        let end = q.words.upperBound
        var found = Set<String>()
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

    /// Whether a count's noun names no particular group: none read (`killed 12`), or a word for people in general.
    func generic(_ q: TypedQuantity) -> Bool { q.head.map { genericHeads.contains($0) } ?? true }

    /// Why two counts of people may both hold, or nil: one counts a named group (`20 pupils`), the other everyone
    /// (`26 people`, `killed 26`), and the group's count is no more than everyone's, so it may be a part of them.
    /// A group larger than the whole (`11 fighters` against `six people`) cannot be, and still conflicts.
    func subgroup(_ x: TypedQuantity, _ y: TypedQuantity) -> String? {
        guard x.dimension == "count", x.counted == "person", generic(x) != generic(y) else { return nil }
        let (part, whole) = generic(x) ? (y, x) : (x, y)
        return part.interval.lowerBound <= whole.interval.upperBound ? "a group against all counted" : nil
    }

    /// Why two figures of need are not shown to be one requirement, or nil: a threshold set for all (`the 30 names
    /// needed to`) against what one party lacks (`needs 12`, `12 short of`), or requirements of differently named
    /// parties (`Mayor Ilse needs 12` against `Councillor Brann is 9 short of`).
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
