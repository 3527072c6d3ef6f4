import Foundation

/// The clauses of two claims that state the same proposition, lined up: the pair of clauses (one of each claim)
/// that share the most rare content words, what they share, and how much of each they cover. Rules compare claims
/// only through an alignment, so that a denial is set against the clause it is about, not against a long claim
/// that mentions the same topic somewhere; the explanation shows the aligned words.
struct PropositionAlignment: Sendable {
    var clauseA: Range<Int>
    var clauseB: Range<Int>
    /// Content terms the two clauses share.
    var shared: Set<String>
    /// Rarity-weighted share of the lighter clause's terms that the other uses.
    var overlap: Double
    /// Share of the shorter clause's content terms (by count) that the other uses.
    var coverage: Double
    /// Shared terms that are names (capitalised inside the clause, or consonant skeletons).
    var names: Int
    /// Shared terms said of what the clauses are about: on both sides outside names and appositions. Clauses
    /// that share none share an attribute (`Brandt, 46,`; `Harwich, a port on the coast`) but not what happened.
    /// Read only from an alignment made with them (`align`'s `predicates`, or `withPredicates`): reading them from
    /// one made without fails an assertion (in debug builds, so the tests catch a rule that forgot to ask), rather
    /// than answer that the clauses say nothing.
    var predicateTerms: Set<String> {
        get {
            assert(predicatesFound, "predicate terms read from an alignment made without them")
            return foundPredicates
        }
        set {
            foundPredicates = newValue
            predicatesFound = true
        }
    }
    private var foundPredicates: Set<String> = []
    private var predicatesFound = false
    /// How many shared terms are said of what the clauses are about (`predicateTerms`).
    var predicates: Int { predicateTerms.count }

    init(
        clauseA: Range<Int>, clauseB: Range<Int>, shared: Set<String>, overlap: Double, coverage: Double, names: Int
    ) {
        self.clauseA = clauseA
        self.clauseB = clauseB
        self.shared = shared
        self.overlap = overlap
        self.coverage = coverage
        self.names = names
    }

    /// The best alignment of the two claims' clauses; `fixedA` (or `fixedB`) pins one side to a clause (the one
    /// holding a denial). Nil when no clause pair shares a content term.
    /// `weights` are the two claims' clause weights for the run (`ClauseWeights`), where the caller has them: a
    /// clause's weight is then looked up, not summed again for every pair the claim is in, and two clauses with
    /// ranked terms are matched by merging their ranks: their shared terms are gathered into a set only for a best
    /// pair of clauses so far.
    /// `predicates: false` leaves `predicateTerms` unfound, for callers that never read them (or find them later,
    /// through `withPredicates`): finding them searches both clauses for every shared term.
    static func align(
        _ a: ClaimContent, _ b: ClaimContent, rarity: TermRarity, fixedA: Range<Int>? = nil,
        fixedB: Range<Int>? = nil, weights: (a: ClauseWeights.Claim, b: ClauseWeights.Claim)? = nil,
        predicates: Bool = true
    ) -> PropositionAlignment? {
        let clausesA = fixedA.map { [$0] } ?? (a.clauses.isEmpty ? [0..<a.words.count] : a.clauses)
        let clausesB = fixedB.map { [$0] } ?? (b.clauses.isEmpty ? [0..<b.words.count] : b.clauses)
        // Each clause of `b` as read once: its terms, where its weight and ranks are kept, and its weight, summed
        // when first needed rather than again for every clause of `a`.
        var clausesOfB = clausesB.map { y in
            let kept = ClauseWeights.index(of: y, b, weights?.b)
            return (
                terms: b.contentTerms(in: y), ranks: kept.flatMap { weights?.b.ranks($0, for: rarity) },
                weight: kept.flatMap { weights?.b[$0] }
            )
        }
        var best: PropositionAlignment?
        for x in clausesA {
            let tx = a.contentTerms(in: x)
            guard !tx.isEmpty else { continue }
            let keptX = ClauseWeights.index(of: x, a, weights?.a)
            let wx = keptX.flatMap { weights?.a[$0] } ?? rarity.weight(of: tx)
            let ranksX = keptX.flatMap { weights?.a.ranks($0, for: rarity) }
            for (k, y) in clausesB.enumerated() {
                let ty = clausesOfB[k].terms
                // What the clauses share: counted and weighed from their ranks, or as a set of strings.
                var shared: Set<String>?
                let found: (count: Int, weight: Double)
                if let ranksX, let ranksY = clausesOfB[k].ranks {
                    found = rarity.shared(ranksX, ranksY)
                } else {
                    let terms = tx.intersection(ty)
                    shared = terms
                    found = (terms.count, terms.isEmpty ? 0 : rarity.weight(of: terms))
                }
                guard found.count > 0 else { continue }
                let wy = clausesOfB[k].weight ?? rarity.weight(of: ty)
                clausesOfB[k].weight = wy
                let overlap = found.weight / max(min(wx, wy), 1e-9)
                let coverage = Double(found.count) / Double(min(tx.count, ty.count))
                if best == nil || overlap > best!.overlap {
                    let shared = shared ?? tx.intersection(ty)
                    // Counted, not gathered into a set.
                    var names = 0
                    for term in shared where term.hasPrefix("~") || a.isName(term, in: x) || b.isName(term, in: y) {
                        names += 1
                    }
                    best = PropositionAlignment(
                        clauseA: x, clauseB: y, shared: shared, overlap: overlap, coverage: coverage, names: names)
                }
            }
        }
        guard predicates, let found = best else { return best }
        return found.withPredicates(a, b)
    }

    /// This alignment of `a` and `b` (the claims it was made from, in order) with its `predicateTerms`.
    func withPredicates(_ a: ClaimContent, _ b: ClaimContent) -> PropositionAlignment {
        var found = self
        // Said in lower case on both sides, and by at least one outside an apposition: `Rosa is a pilot
        // born in 1990` and `Rosa, a pilot born in 1990, was arrested` share the predicate of the first.
        found.predicateTerms = shared.filter { term in
            guard !term.hasPrefix("~"), let x = a.says(term, in: clauseA), let y = b.says(term, in: clauseB)
            else { return false }
            return x || y
        }
        return found
    }

    /// The same alignment seen from the other claim.
    var swapped: PropositionAlignment {
        var other = self
        other.clauseA = clauseB
        other.clauseB = clauseA
        return other
    }
}

extension TypedQuantity {
    /// The figure and its measure, whatever its qualifier (`about 40` and `40`): what a standing figure is known by.
    var standingKey: String { measure + "=" + String(low) + "-" + String(high) }
}

extension ClaimContent {
    /// Verbs that follow a relative `that` directly (`that did not`, `that were`).
    static let auxiliaries: Set<String> = [
        "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
        "may", "might", "not", "never",
    ]

    /// Whether a word range uses a term in lower case (not as a name, such as `Rose` opening a sentence, or a
    /// brand with a capital inside, `eReader`), and if so whether outside an apposition (as its predicate, not in
    /// passing); nil when it does not.
    /// The words are matched by term id (`TermList.id(of:)`), one integer compared a word.
    func says(_ term: String, in range: Range<Int>) -> Bool? {
        guard let id = terms.id(of: term) else { return nil }
        var result: Bool?
        for k in range
        where terms.id(at: k) == id && !words[k].text.unicodeScalars.contains(where: \.isUppercaseLetter) {
            if !appositive.contains(k) { return true }
            result = false
        }
        return result
    }

    /// Whether a term is written as a name inside a word range: capitalised, and not the range's first word. The
    /// words are matched by term id (`TermList.id(of:)`).
    func isName(_ term: String, in range: Range<Int>) -> Bool {
        guard let id = terms.id(of: term) else { return false }
        return range.contains { k in
            k > range.lowerBound && terms.id(at: k) == id
                && words[k].text.unicodeScalars.first?.isUppercaseLetter == true
        }
    }

    /// The content terms of a clause before word `k`: who or what the clause is about, when `k` is where its
    /// predicate starts. Hedges, report nouns and figures are left out.
    func subject(in clause: Range<Int>, before k: Int) -> Set<String> {
        var result = Set<String>()
        // In `... said that she was captured`, the subject follows the last `that`; in `dozens more that did not
        // get caught`, `that` opens a relative clause and the subject is the noun before it.
        var from = (clause.lowerBound..<max(clause.lowerBound, k)).last { words[$0].key == "that" }.map { $0 + 1 }
        if let start = from, start < words.count, ClaimContent.auxiliaries.contains(words[start].key) {
            let before = (clause.lowerBound..<(start - 1)).filter { terms[$0] != nil }
            return Set(before.suffix(3).compactMap { terms[$0] }.filter { !$0.hasPrefix("#") })
        }
        from = from.map { min($0, k) }
        for i in (from ?? clause.lowerBound)..<max(from ?? clause.lowerBound, k) {
            guard let term = terms[i], !term.hasPrefix("#"), !hedges.contains(i), !reportWords.contains(i) else {
                continue
            }
            result.insert(term)
        }
        return result
    }
}
