import Foundation

/// Two aligned clauses that name the same things around the same word, each on the other's side of it: `the tax
/// office fined the shipyard` against `the shipyard fined the tax office`, `the fire after the blast` against `the
/// blast after the fire`. Their words are shared, but who did what to whom is reversed, so they are no agreement.
extension Similarity {
    /// How many words on each side of the pivot an argument may stand (`the regional tax office fined`).
    static let roleReach = 6

    /// The two stretches, each from its first traded word to its last, when two aligned clauses place two shared
    /// terms on opposite sides of one shared pivot, each on the other side in the other clause; nil when they do
    /// not.
    ///
    /// A pivot is a shared term written once in lower case in each clause (not a name, nor a figure), or an order
    /// word (`orderWords` in comparison.json: `after`, `than`) written once in each. A word of a relation that holds
    /// both ways (`symmetricWords`: `met`, `next`) is no pivot; nor is one that reads as a noun (after a determiner,
    /// in an apposition) or is passive on one side only (`the shipyard was fined by the tax office` says what `the
    /// tax office fined the shipyard` says). An argument is a shared term (a name by its consonant skeleton) that
    /// stands, within `roleReach` words, only before or only after the pivot, not joined to it by `of` nor
    /// possessive (`Tarsk's mayor` and `the mayor of Tarsk` are one).
    func reversedRoles(
        _ a: ClaimContent, _ clauseA: Range<Int>, _ b: ClaimContent, _ clauseB: Range<Int>, shared: Set<String>
    ) -> (String, String)? {
        let pivotsA = pivots(a, clauseA, shared: shared)
        guard !pivotsA.isEmpty else { return nil }
        let pivotsB = pivots(b, clauseB, shared: shared)
        for (key, i) in pivotsA.sorted(by: { $0.value < $1.value }) {
            guard let j = pivotsB[key], passive(a, i) == passive(b, j) else { continue }
            let sidesA = sides(a, clauseA, pivot: i, shared: shared)
            let sidesB = sides(b, clauseB, pivot: j, shared: shared)
            // Terms before the pivot in `a` and after it in `b`, and terms the other way round.
            let forward = sidesA.filter { $0.value.before && sidesB[$0.key]?.before == false }
            let backward = sidesA.filter { !$0.value.before && sidesB[$0.key]?.before == true }
            guard !forward.isEmpty, !backward.isEmpty else { continue }
            // Each side quoted from its first traded word to its last.
            func text(_ c: ClaimContent, _ words: [Int]) -> String {
                c.words[words.min()!...words.max()!].map(\.text).joined(separator: " ")
            }
            let traded = forward.merging(backward) { x, _ in x }.keys
            return (text(a, traded.compactMap { sidesA[$0]?.word }), text(b, traded.compactMap { sidesB[$0]?.word }))
        }
        return nil
    }

    /// The clause's pivots by key: shared terms written once in lower case and order words written once, each at
    /// its word, where it does not read as a noun.
    private func pivots(_ c: ClaimContent, _ clause: Range<Int>, shared: Set<String>) -> [String: Int] {
        var seen: [String: Int] = [:]
        var twice = Set<String>()
        for k in clause {
            let word = c.words[k]
            guard !symmetricWords.contains(word.key) else { continue }
            let key: String
            if orderWords.contains(word.key) {
                key = word.key
            } else if let term = c.terms[k], shared.contains(term), !term.hasPrefix("#"), !term.hasPrefix("~"),
                !word.isNumber, word.text.unicodeScalars.first?.isLowercaseLetter == true
            {
                key = term
            } else {
                continue
            }
            if seen[key] != nil { twice.insert(key) } else { seen[key] = k }
        }
        return seen.filter { key, k in
            !twice.contains(key) && !c.appositive.contains(k)
                && (k == 0 || !Opposition.nounOpeners.contains(c.words[k - 1].key) || orderWords.contains(key))
                && Opposition.role(k, in: c) != .attributive
        }
    }

    /// Whether the pivot is passive: after a form of `be` or `get`, or before `by`.
    private func passive(_ c: ClaimContent, _ k: Int) -> Bool {
        Opposition.role(k, in: c) == .passive
            || (k + 1..<min(c.words.count, k + 3)).contains { c.words[$0].key == "by" }
    }

    /// Each shared term within reach of the pivot that stands on one side of it only, with its word nearest the
    /// pivot; a term on both sides, joined to the pivot by `of` or possessive, is left out.
    private func sides(
        _ c: ClaimContent, _ clause: Range<Int>, pivot: Int, shared: Set<String>
    ) -> [String: (before: Bool, word: Int)] {
        let from = max(clause.lowerBound, pivot - Similarity.roleReach)
        let reach = from..<min(clause.upperBound, pivot + Similarity.roleReach + 1)
        var result: [String: (before: Bool, word: Int)] = [:]
        var both = Set<String>()
        let pivotTerm = c.terms[pivot]
        for k in reach where k != pivot {
            guard let term = c.terms[k], term != pivotTerm, shared.contains(term), !term.hasPrefix("#"),
                !c.words[k].isNumber
            else { continue }
            let between = k < pivot ? k + 1..<pivot : pivot + 1..<k
            let text = c.words[k].text
            if between.contains(where: { c.words[$0].key == "of" }) || text.hasSuffix("'s") || text.hasSuffix("’s") {
                both.insert(term)
                continue
            }
            let before = k < pivot
            if let earlier = result[term] {
                if earlier.before != before { both.insert(term) }
                // The word nearest the pivot: the last before it, the first after it.
                if before { result[term] = (before, k) }
            } else {
                result[term] = (before, k)
            }
        }
        return result.filter { !both.contains($0.key) }
    }
}
