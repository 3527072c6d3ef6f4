import Foundation

/// Whether two differing figures measure one thing (issue 28): a conflict needs the same counted noun, no part of a
/// count set against the whole, no rate against a total, no projection, no gap or target against an amount had,
/// and, where a claim gives several figures of one dimension (two products' prices, two buildings' areas), the
/// words of the figure's own stretch shared. When the measured thing does not line up, the comparison abstains: no
/// conflict. Equal figures pass only the part-noun and role checks (`sameValueApart`) before an agreement.
extension QuantityComparison {
    /// The fewest content terms the stretches of two figures must share when a claim gives other figures of the
    /// same dimension: the shared topic (`price`, the product's name) does not say which of them is meant. Set by
    /// reading the figures of development stories s00-s19 (`/tmp/c/fnc-out`), checked on s20-s39.
    static let listedShared = 3

    /// Words that join two figures' stretches in one sentence (`$20 for the small one, while the large one ...`).
    static let joiners: Set<String> = ["and", "but", "while", "whereas", "or", "against", "compared", "versus"]

    /// Why two differing figures of one dimension are not proved one measure of one thing, or nil when they are.
    func measuredApart(
        _ x: TypedQuantity, _ a: ClaimContent, _ y: TypedQuantity, _ b: ClaimContent, scalarsA: ScalarText,
        scalarsB: ScalarText
    ) -> String? {
        if let hx = x.head, let hy = y.head, hx != hy, !(genericHeads.contains(hx) && genericHeads.contains(hy)) {
            return "different counted nouns"
        }
        // `a 300-hectare marsh` and `its 120-hectare farm`: areas or lengths of differently named things.
        if !x.measured.isEmpty, !y.measured.isEmpty, x.measured.isDisjoint(with: y.measured) {
            return "figures of differently named things"
        }
        // `nine firefighters were checked by paramedics` against `four firefighters were injured`: what happened to
        // those counted is said on one side only, so the two counts need not be one measure of one event. Without
        // an outcome, two different passive verbs (`were treated`, `were praised`) are two events too.
        if x.dimension == "count", (x.outcome == nil) != (y.outcome == nil) { return "an outcome on one side only" }
        if x.dimension == "count", x.outcome == nil, let px = predicate(x, a), let py = predicate(y, b), px != py {
            return "different predicates"
        }
        if parts(x, a).union(partAfter(x, a, scalarsA)) != parts(y, b).union(partAfter(y, b, scalarsB)) {
            return "a part against another extent"
        }
        if (rate(x, a) ?? period(x, a, scalarsA)) != (rate(y, b) ?? period(y, b, scalarsB)) {
            return "a rate against a total"
        }
        if x.dimension.hasPrefix("currency"), let apart = rolesApart(x, a, scalarsA, y, b, scalarsB) { return apart }
        if projected(x, a) || projected(y, b) { return "a projection" }
        let needX = requirement(x, a, scalarsA)
        let needY = requirement(y, b, scalarsB)
        if (needX == nil) != (needY == nil) { return "a requirement against an amount" }
        if let needX, let needY, let apart = requirementsApart(needX, x, a, needY, y, b) { return apart }
        if record(x, a) != record(y, b) { return "a record against another instance" }
        if followedByMore(x, a) != followedByMore(y, b) {
            return "a first part against a whole count"
        }
        if QuantityComparison.roundedAlike(x, y) { return "a round figure" }
        let listed = !others(x, a).isEmpty || !others(y, b).isEmpty
        if listed {
            let shared = stretchTerms(x, a, scalarsA).intersection(stretchTerms(y, b, scalarsB))
            if shared.count < QuantityComparison.listedShared { return "one figure of several" }
        }
        return nil
    }

    /// Words of an unstated number before `more` (`several more shots`, `a few more`).
    static let someWords: Set<String> = ["several", "few", "some", "many", "dozens", "scores", "hundreds"]

    /// Whether more of the same follow a count in its claim, within twelve words and before a joining word other
    /// than `and`: a number or `several` before `more` (`six shots followed by four more`, `then several more
    /// shots`), or `another` before a number (`another four shots`): the figure is a first part of a larger count,
    /// not the whole. `more` must end the phrase or come before the counted noun: `more than`, `three times more
    /// disposable income`, `12 more were wounded` and `another four were wounded` (another outcome) do not count.
    func followedByMore(_ q: TypedQuantity, _ c: ClaimContent) -> Bool {
        guard q.dimension == "count" else { return false }
        let words = c.words
        let end = min(words.count, q.words.upperBound + 12)
        for k in q.words.upperBound..<end {
            let key = words[k].key
            if key != "and" && QuantityComparison.joiners.contains(key) { return false }
            if key == "another", k + 1 < words.count, words[k + 1].isNumber || numberWords.contains(words[k + 1].key) {
                // `another four were wounded` tells of another outcome.
                return !(k + 2 < words.count && QuantityComparison.auxiliaries.contains(words[k + 2].key))
            }
            guard key == "more", k > q.words.upperBound, words[k - 1].key != "times" else { continue }
            let numbered = (max(q.words.upperBound, k - 2)..<k).contains { j in
                words[j].isNumber || numberWords.contains(words[j].key)
                    || QuantityComparison.someWords.contains(words[j].key)
            }
            guard numbered else { continue }
            guard k + 1 < words.count else { return true }
            if words[k + 1].key == "than" || QuantityComparison.auxiliaries.contains(words[k + 1].key) { return false }
            guard let next = c.terms[k + 1] else { return true }
            return next == q.head || next == q.counted
        }
        return false
    }

    /// Auxiliaries and adverbs between a counted noun and its passive verb (`were all taken`, `had been freed`).
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "had", "have", "has", "got", "also", "all", "later",
    ]

    /// The verb said of what a count counts, when the clause puts it in the passive after the counted noun (`nine
    /// firefighters were treated for burns`, `four firefighters were praised`), as a term; nil when no auxiliary
    /// follows within five words, or a joining word or another figure comes first.
    func predicate(_ q: TypedQuantity, _ c: ClaimContent) -> String? {
        let end = min(c.words.count, q.words.upperBound + 5)
        var k = q.words.upperBound
        while k < end {
            let key = c.words[k].key
            if QuantityComparison.joiners.contains(key) || c.words[k].isNumber { return nil }
            if ["was", "were", "is", "are", "had", "have", "has"].contains(key) { break }
            k += 1
        }
        guard k < end else { return nil }
        while k < c.words.count, QuantityComparison.auxiliaries.contains(c.words[k].key) { k += 1 }
        guard k < c.words.count, let term = c.terms[k], !term.hasPrefix("#") else { return nil }
        return term
    }

    /// The part or whole words (`figureParts`) among the three words before a figure (`the first 24 hours`, `of
    /// whom 12`, `half of the 3,400 tickets`).
    func parts(_ q: TypedQuantity, _ c: ClaimContent) -> Set<String> {
        let from = max(0, q.words.lowerBound - 3)
        var found = Set<String>()
        for k in from..<q.words.lowerBound {
            if figureParts.contains(c.words[k].key) { found.insert(c.words[k].key) }
            if k + 1 < q.words.lowerBound {
                let two = c.words[k].key + " " + c.words[k + 1].key
                if figureParts.contains(two) { found.insert(two) }
            }
        }
        return found
    }

    /// The word after a rate word within three words after a figure (`$40 per night`), or nil. `per` before a
    /// determiner or a capitalised word (`per the council`, `per Reuters`) names who said it, not a rate.
    func rate(_ q: TypedQuantity, _ c: ClaimContent) -> String? {
        let to = min(c.words.count, q.words.upperBound + 3)
        for k in q.words.upperBound..<to where rateWords.contains(c.words[k].key) {
            guard k + 1 < c.words.count else { return "" }
            let next = c.words[k + 1]
            if ["the", "a", "an", "its", "their", "his", "her"].contains(next.key)
                || next.text.first?.isUppercase == true
            {
                return nil
            }
            return next.key
        }
        return nil
    }

    /// Whether a modal of possibility stands within five words before a figure in its clause (`would cost about
    /// $15 million`), or `can` or `could` before a verb of capacity (`can hold up to 800 people`, `could live for 60
    /// years`): a projection or a capacity, not a stated amount (`can confirm that 15 died` states one). A figure
    /// joined by `and` or `or` to a projected one just before it, with no verb of its own, is projected too (`can
    /// seat 800 people and nearly 90 cars`; not `may cost 5 million and 300 homes were damaged`).
    func projected(_ q: TypedQuantity, _ c: ClaimContent) -> Bool {
        let clause = c.clause(of: q.words.lowerBound)
        let from = max(clause.lowerBound, q.words.lowerBound - 5)
        // `May` written with its capital inside a sentence is the month (`on May 4`), not the modal.
        let modal = (from..<q.words.lowerBound).contains { k in
            !(k > clause.lowerBound && c.words[k].text.first?.isUppercase == true)
                && (possibilityModals.contains(c.words[k].key) || capacity(at: k, before: q.words.lowerBound, c))
        }
        if modal { return true }
        guard
            let previous = c.quantities.last(where: {
                $0.words.upperBound <= q.words.lowerBound && clause.contains($0.words.lowerBound)
            }),
            q.words.lowerBound - previous.words.upperBound <= 3,
            (previous.words.upperBound..<q.words.lowerBound).contains(where: {
                ["and", "or"].contains(c.words[$0].key)
            }),
            !ownVerb(after: q, c)
        else { return false }
        return projected(previous, c)
    }

    /// The kind of requirement a figure states (what something still lacks or must reach), or nil when it is an
    /// amount had: a verb of need in the present up to three words before it in its clause (`needs 11 seats`, `requires 40 more signatures`);
    /// or `needed to` or `required to` after the figure's noun, when a determiner opens the figure (`reach the 12
    /// building permits needed to open`; so also `the 6 officers needed to go`, left unjudged); or `short of` or
    /// `shy of` after the figure's noun with a determiner or a figure next (`2,000 Swiss francs short of the
    /// target`). A figure the words describe is counted as had: a verb between (`300 staff were required to
    /// attend`, `3 climbers stopped short of the summit`, `12 walkers fell short of the hut`), a comma (`14 miners,
    /// short of breath`). Against an amount had (`holds 7 seats`) a requirement is another measure. Two
    /// requirements that differ are compared unless one is a threshold set for all and the other not, or their
    /// clauses name different parties (`requirementsApart`); a need against a gap of one party is compared.
    func requirement(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> Requirement? {
        let words = c.words
        let clause = c.clause(of: q.words.lowerBound)
        let from = max(clause.lowerBound, q.words.lowerBound - 3)
        if (from..<q.words.lowerBound).contains(where: { requirementVerbs.contains(words[$0].key) }) { return .need }
        let opener = q.words.lowerBound - 1
        let determined = opener >= 0 && AttributionExtractor.determiners.contains(words[opener].key)
        // The figure's noun (one or two words) at most stands between the figure and the word, no verb.
        let to = min(clause.upperBound - 1, q.words.upperBound + 3)
        guard q.words.upperBound < to else { return nil }
        for k in q.words.upperBound..<to {
            if scalars.gap(between: words[k - 1], and: words[k], holdsAnyOf: ",;:()") { return nil }
            let key = words[k].key
            guard shortfallWords.contains(key) else {
                if key.hasSuffix("ed") || QuantityComparison.linkingVerbs.contains(key) { return nil }
                continue
            }
            let next = words[k + 1].key
            if ["short", "shy"].contains(key), next == "of", k + 2 < clause.upperBound {
                let after = words[k + 2]
                let gap = AttributionExtractor.determiners.contains(after.key) || after.key.first?.isNumber == true
                return gap ? .shortfall : nil
            }
            if ["needed", "required"].contains(key), next == "to" { return determined ? .target : nil }
        }
        return nil
    }

    /// The kinds of requirement a figure may state (`requirement`).
    enum Requirement: Equatable {
        /// A verb of need before the figure (`needs 11 seats`): what someone lacks or must reach.
        case need
        /// `short of` or `shy of` after it: a gap.
        case shortfall
        /// `needed to` or `required to` after a figure a determiner opens (`the 30 names needed to`): a threshold
        /// set for everyone, not what one party lacks.
        case target
    }

    /// Verbs that stand between a figure and what it is said to lack or need when the words describe the figure
    /// (`300 staff were required to attend`, `12 walkers fell short of the hut`), not a gap.
    static let linkingVerbs: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "fell", "came",
    ]

    /// Whether `can` or `could` at word `k` governs a verb of capacity (`capacityVerbs`) within two words, before
    /// word `end`.
    private func capacity(at k: Int, before end: Int, _ c: ClaimContent) -> Bool {
        guard ["can", "could"].contains(c.words[k].key) else { return false }
        return (k + 1..<min(end, k + 3)).contains { capacityVerbs.contains(c.words[$0].key) }
    }

    /// Whether a figure has a verb of its own within three words after it in its clause (`and 300 homes were
    /// damaged`): it opens another statement, not a second measure of the one before.
    private func ownVerb(after q: TypedQuantity, _ c: ClaimContent) -> Bool {
        let clause = c.clause(of: q.words.lowerBound)
        let to = min(clause.upperBound, q.words.upperBound + 3)
        return (q.words.upperBound..<to).contains { k in
            let key = c.words[k].key
            return Opposition.finiteAuxiliaries.contains(key) || possibilityModals.contains(key)
                || (key.hasSuffix("ed") && key.count > 4)
        }
    }

    /// Whether a figure is said of a record holder before it in its clause: a superlative after `the`, `its` or
    /// `their` followed by `ever` or a verb of being (`the tallest tower ever built stands 300 metres`, `the
    /// longest was 40 km`), or the record itself (`the old record is 12 seconds`). Such a figure measures the record
    /// holder, not the thing the other claim is about. A superlative or `record` said of the thing measured (`a
    /// record 45 people`, `the biggest march drew 20,000`) is no other thing.
    func record(_ q: TypedQuantity, _ c: ClaimContent) -> Bool {
        let clause = c.clause(of: q.words.lowerBound)
        let end = q.words.lowerBound
        return (clause.lowerBound..<end).contains { k in
            let key = c.words[k].key
            guard recordWords.contains(key), k > 0 else { return false }
            let before = c.words[k - 1].key
            if key == "record" {
                // The record itself, named before a verb of being: `the record is`, `the previous record was`.
                return k + 1 < end && ["is", "was", "stands", "stood"].contains(c.words[k + 1].key)
                    && !["a", "an"].contains(before)
            }
            guard ["the", "its", "their"].contains(before) else { return false }
            let after = (k + 1..<min(end, k + 4)).map { c.words[$0].key }
            return after.contains("ever") || ["was", "is", "were", "are"].contains(after.first ?? "")
        }
    }

    /// Whether one exact figure is a round amount of one significant digit (`100`, `2,000`) and the other within
    /// 15% of it: `a 200-year-old bridge` is a way of saying `214-year-old`.
    static func roundedAlike(_ x: TypedQuantity, _ y: TypedQuantity) -> Bool {
        func near(_ r: TypedQuantity, _ o: TypedQuantity) -> Bool {
            o.low >= r.low * 0.85 && o.high <= r.low * 1.15
        }
        // Two round figures (`100` and `90`) are two estimates that differ, not one rounded from the other.
        if isRoundAmount(x, least: 10) && isRoundAmount(y, least: 10) { return false }
        return (x.qualifier == .exact && isRoundAmount(x) && near(x, y))
            || (y.qualifier == .exact && isRoundAmount(y) && near(y, x))
    }

    /// Whether a figure is one value of one significant digit, `least` or more (`100`, `2,000`, `100,000`).
    static func isRoundAmount(_ q: TypedQuantity, least: Double = 100) -> Bool {
        guard q.low == q.high, q.low >= least else { return false }
        let scale = pow(10, floor(log10(q.low)))
        return (q.low / scale).rounded() == q.low / scale
    }

    /// Whether a lower bound is a round threshold passed (`more than 100,000`), not a count (`at least eight`).
    static func isThreshold(_ q: TypedQuantity) -> Bool { q.isLowerBound && isRoundAmount(q) }

    /// The claim's other figures of a figure's measure (its dimension, aspect, counted thing and outcome; a radius
    /// as a width) with another value: `12 metres wide and 5 metres deep`, `nine killed and 28 wounded` are two
    /// measures, not a list.
    func others(_ q: TypedQuantity, _ c: ClaimContent) -> [TypedQuantity] {
        func aspect(_ t: TypedQuantity) -> String? { t.aspect == "radius" ? "width" : t.aspect }
        return c.quantities.filter {
            $0.dimension == q.dimension && aspect($0) == aspect(q) && $0.counted == q.counted
                && $0.outcome == q.outcome && $0.words != q.words && !($0.low == q.low && $0.high == q.high)
        }
    }

    /// The content terms of a figure's own stretch: its clause, cut where the stretch of another figure of its
    /// dimension begins (at a joining word or a punctuation mark between the two, else halfway), unit words and
    /// figures left out.
    func stretchTerms(_ q: TypedQuantity, _ c: ClaimContent, _ scalars: ScalarText) -> Set<String> {
        let clause = c.clause(of: q.words.lowerBound)
        var from = clause.lowerBound
        var to = clause.upperBound
        func boundary(_ start: Int, _ end: Int) -> Int {
            for k in start..<end {
                if QuantityComparison.joiners.contains(c.words[k].key) { return k }
                if k > 0 && scalars.gap(between: c.words[k - 1], and: c.words[k], holdsAnyOf: ",;:()") { return k }
            }
            return (start + end) / 2
        }
        for o in others(q, c) {
            if o.words.upperBound <= q.words.lowerBound, o.words.upperBound > 0 {
                from = max(from, boundary(o.words.upperBound, q.words.lowerBound))
            } else if o.words.lowerBound >= q.words.upperBound {
                to = min(to, boundary(q.words.upperBound, o.words.lowerBound))
            }
        }
        guard from < to else { return [] }
        var terms = Set<String>()
        for k in from..<to where !q.words.contains(k) {
            if let t = c.terms[k], !t.hasPrefix("#"), !unitTerms.contains(t) { terms.insert(t) }
        }
        return terms
    }
}
