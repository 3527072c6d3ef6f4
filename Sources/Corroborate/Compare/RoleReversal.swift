import Foundation

/// Two aligned clauses that name the same things around the same verb or order word, each on the other's side of
/// it: `the tax office fined the shipyard` against `the shipyard fined the tax office`, `the fire after the blast`
/// against `the blast after the fire`. Their words are shared, but who did what to whom is reversed: no agreement
/// (`Similarity.veto`).
struct RoleReversal: Sendable {
    /// Words that set two things in an order (`orderWords` in comparison.json): pivots.
    let orderWords: Set<String>
    /// The stems of the words of a relation that holds both ways (`symmetricWords`, so that `bordered` is read as
    /// `borders` is): no pivot, and a partner after one (`isSymmetric`).
    let symmetricStems: Set<String>
    /// Every form of the irregular verbs, the base too (`irregularForms`: `sell`, `sold`, `beat`): a pivot read as a
    /// verb (`ComparisonWords.allVerbForms`).
    let verbWords: Set<String>
    /// Words that join two names or things as partners (`joiningWords`: `and`, `with`, `or`): a name after one, or
    /// after a word of a relation both ways (`joins`), is no argument of its own.
    let joining: Set<String>
    /// Auxiliary and modal verbs (`auxiliaries`): the word after one reads as a verb.
    let auxiliaries: Set<String>

    init(words: ComparisonWords) {
        orderWords = Set(words.orderWords.map(\.folded))
        symmetricStems = Set(words.symmetricWords.map { ContentReader.stem($0.folded) })
        verbWords = words.allVerbForms
        joining = Set(words.joiningWords.map(\.folded))
        auxiliaries = Set(words.auxiliaries.map(\.folded))
    }

    /// Whether a word (a key) is a form of a word of a relation that holds both ways (`met`, `bordered`).
    func isSymmetric(_ key: String) -> Bool { symmetricStems.contains(ContentReader.stem(key)) }

    /// Whether a word (a key) joins what follows it to what comes before as a partner: a joining word or a word of
    /// a relation both ways.
    func joins(_ key: String) -> Bool { joining.contains(key) || isSymmetric(key) }

    /// How many words on each side of the pivot an argument may stand (`the regional tax office fined`).
    static let reach = 6

    /// Marks between two words that end the phrase an argument is read in: a comma, a colon, a dash, a bracket, a
    /// quotation mark or the end of a sentence (`Last summer, along the coast road, the council built`).
    static let phraseBreaks: Set<Unicode.Scalar> = [
        ",", ";", ":", "\u{2014}", "\u{2013}", "(", ")", "\"", "\u{201C}", "\u{201D}", ".", "!", "?",
    ]

    /// The two stretches, each from its first traded word to its last, when the aligned clauses give the same
    /// things reversed roles around one pivot; nil when they do not.
    ///
    /// A pivot is written once in each clause: an order word (`orderWords` in comparison.json: `after`, `than`), or a
    /// shared word read as a verb (a past form in `-ed` or an irregular one, or a word right after an auxiliary), not
    /// after a determiner, not in an apposition, not describing a noun. A word of a relation that holds both ways
    /// (`symmetricWords`: `met`, `next`) is none. An argument is a shared word (a capitalised one by its key, so that a
    /// name opening one sentence is the name another writes inside its own) that stands before or after the pivot only,
    /// within `reach` words and inside the pivot's phrase, and not linked to it by `of`, `with` or a word of a relation
    /// that holds both ways, nor possessive (`Tarsk's mayor` and `the mayor of Tarsk`; `the ferry collided with the
    /// trawler`). Roles are reversed when, in the same voice, an argument before the pivot on one side stands after it
    /// on the other and another the other way round, not after `to` on one side and `from` on the other (`leased the
    /// quay to Velmora`, `leased the quay from Tarsk`); or when the pivot is passive on one side only, with an agent
    /// after `by`, and the arguments keep their sides (`the officers were arrested by the harbour master` against `the
    /// officers arrested the harbour master`). Two clauses that order things with different order words (`before`
    /// against `after`) may say one thing in either order (`the convoy reached the village before the engineers`
    /// against `the engineers reached it after the convoy`): they are not read, whatever the pivot.
    func reversed(_ pair: ClaimPair, _ alignment: PropositionAlignment) -> (String, String)? {
        reversed(
            pair.contentA, alignment.clauseA, pair.documents[pair.a.document].scalars, pair.contentB, alignment.clauseB,
            pair.documents[pair.b.document].scalars, shared: alignment.shared)
    }

    /// `reversed` for two claims' clauses and the terms they share.
    func reversed(
        _ a: ClaimContent, _ clauseA: Range<Int>, _ scalarsA: ScalarText, _ b: ClaimContent, _ clauseB: Range<Int>,
        _ scalarsB: ScalarText, shared: Set<String>
    ) -> (String, String)? {
        guard orderWords(a, clauseA) == orderWords(b, clauseB) else { return nil }
        let idsA = identities(a, clauseA, other: b, clauseB, shared: shared)
        let pivotsA = pivots(a, clauseA, idsA)
        guard !pivotsA.isEmpty else { return nil }
        let idsB = identities(b, clauseB, other: a, clauseA, shared: shared)
        let pivotsB = pivots(b, clauseB, idsB)
        for (key, i) in pivotsA.sorted(by: { $0.value < $1.value }) {
            guard let j = pivotsB[key] else { continue }
            let sidesA = sides(a, clauseA, pivot: i, idsA, scalarsA)
            let sidesB = sides(b, clauseB, pivot: j, idsB, scalarsB)
            let passiveA = passive(a, i)
            let passiveB = passive(b, j)
            var traded: [String]
            if passiveA == passiveB {
                // One argument before the pivot in `a` and after it in `b`, and one the other way round.
                let forward = sidesA.filter { $0.value.before && sidesB[$0.key]?.before == false }
                let backward = sidesA.filter { !$0.value.before && sidesB[$0.key]?.before == true }
                guard !forward.isEmpty, !backward.isEmpty else { continue }
                // `leased the quay to Velmora` against `leased the quay from Tarsk`: one exchange seen from each end.
                let towardA = Set(backward.compactMap(\.value.toward))
                let towardB = Set(forward.compactMap { sidesB[$0.key]?.toward })
                guard towardA.isEmpty || towardB.isEmpty || !towardA.isDisjoint(with: towardB) else { continue }
                traded = Array(forward.keys) + Array(backward.keys)
            } else {
                // One side passive with its agent after `by`: the arguments keep their sides, the roles change. A
                // `by` after the pivot on the other side too makes both passive, however far its `be` stands (`are
                // false and not supported by`).
                let kept = sidesA.filter { $0.value.before && sidesB[$0.key]?.before == true }
                let agents = sidesA.filter { id, side in
                    guard !side.before, let other = sidesB[id], !other.before, side.agent != other.agent else {
                        return false
                    }
                    return passiveA ? side.agent : other.agent
                }
                guard !kept.isEmpty, !agents.isEmpty else { continue }
                traded = Array(kept.keys) + Array(agents.keys)
            }
            // Each side quoted from its first traded word to its last, the pivot included.
            func text(_ c: ClaimContent, _ words: [Int]) -> String {
                c.words[words.min()!...words.max()!].map(\.text).joined(separator: " ")
            }
            let shown = (
                text(a, traded.compactMap { sidesA[$0]?.word } + [i]),
                text(b, traded.compactMap { sidesB[$0]?.word } + [j])
            )
            // The same words in the same order on both sides reverse nothing.
            guard shown.0.lowercased() != shown.1.lowercased() else { continue }
            return shown
        }
        return nil
    }

    /// The order words a clause uses.
    private func orderWords(_ c: ClaimContent, _ clause: Range<Int>) -> Set<String> {
        Set(clause.lazy.map { c.words[$0].key }.filter(orderWords.contains))
    }

    /// Each word's identity where both clauses have it: a capitalised content word by its key when the other clause
    /// writes it capitalised too, another by its term when the alignment shares it; figures are none.
    private func identities(
        _ c: ClaimContent, _ clause: Range<Int>, other: ClaimContent, _ otherClause: Range<Int>, shared: Set<String>
    ) -> [Int: String] {
        let names = Set(otherClause.filter { RoleReversal.named(other, $0) }.map { other.words[$0].key })
        var result: [Int: String] = [:]
        for k in clause {
            if RoleReversal.named(c, k) && names.contains(c.words[k].key) {
                result[k] = "=" + c.words[k].key
            } else if let term = c.terms[k], shared.contains(term), !term.hasPrefix("#"), !c.words[k].isNumber {
                result[k] = term
            }
        }
        return result
    }

    /// The clause's pivots by key, each at its word: order words and shared words read as verbs, written once.
    private func pivots(_ c: ClaimContent, _ clause: Range<Int>, _ ids: [Int: String]) -> [String: Int] {
        var seen: [String: Int] = [:]
        var twice = Set<String>()
        for k in clause {
            let word = c.words[k]
            guard !isSymmetric(word.key) else { continue }
            let key: String
            if orderWords.contains(word.key) {
                key = word.key
            } else if let id = ids[k], !id.hasPrefix("="),
                word.text.unicodeScalars.first?.isLowercaseLetter == true, verbal(c, k)
            {
                key = id
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

    /// Whether a word reads as a verb: a past form in `-ed` (not `speed`), a form of an irregular verb (`beat`,
    /// `sold`), or a word right after an auxiliary, or after an auxiliary and an adverb in `-ly`.
    func verbal(_ c: ClaimContent, _ k: Int) -> Bool {
        let key = c.words[k].key
        if key.count >= 4 && key.hasSuffix("ed") && !key.hasSuffix("eed") { return true }
        if verbWords.contains(key) { return true }
        if k > 0 && auxiliaries.contains(c.words[k - 1].key) { return true }
        return k > 1 && c.words[k - 1].key.hasSuffix("ly") && auxiliaries.contains(c.words[k - 2].key)
    }

    /// Whether the pivot is passive: after a form of `be` or `get` (`were arrested`).
    private func passive(_ c: ClaimContent, _ k: Int) -> Bool { Opposition.role(k, in: c) == .passive }

    /// Where an argument stands: before the pivot or after it, at which word, whether in a phrase `by` opens right
    /// after the pivot (an agent), and after `to` or `from` (which way something goes).
    struct Side {
        var before: Bool
        var word: Int
        var agent: Bool
        var toward: String?
    }

    /// Each argument of the pivot: a word with an identity, within reach and inside the pivot's phrase, on one side
    /// of the pivot only, with its word nearest the pivot (`Side`). Words linked to the pivot by `of`, after it by a
    /// joining word (`joiningWords`, `symmetricWords`; right after an order word), or possessive, are left out.
    private func sides(
        _ c: ClaimContent, _ clause: Range<Int>, pivot: Int, _ ids: [Int: String], _ scalars: ScalarText
    ) -> [String: Side] {
        // Whether a mark ends the phrase between word `k` and word `k + 1`.
        func breaks(after k: Int) -> Bool {
            scalars.gap(between: c.words[k], and: c.words[k + 1], holdsAnyOf: RoleReversal.phraseBreaks)
        }
        var lower = pivot
        while lower > max(clause.lowerBound, pivot - RoleReversal.reach) && !breaks(after: lower - 1) { lower -= 1 }
        var upper = pivot + 1
        while upper < min(clause.upperBound, pivot + RoleReversal.reach + 1) && !breaks(after: upper - 1) {
            upper += 1
        }
        let pivotID = ids[pivot]
        let ordering = orderWords.contains(c.words[pivot].key)
        var result: [String: Side] = [:]
        var both = Set<String>()
        for k in lower..<upper where k != pivot {
            guard let id = ids[k], id != pivotID else { continue }
            let between = (k < pivot ? k + 1..<pivot : pivot + 1..<k).map { c.words[$0].key }
            let text = c.words[k].text
            let before = k < pivot
            // `with`, `and` or a word of a relation both ways after a verb (`collided with`, `worked alongside`,
            // `formed a coalition with`) makes each argument after it the verb's partner, not its object; after an
            // order word it belongs to a noun (`after the collision with the tanker`) unless it opens what follows.
            if between.contains("of")
                || !before && between.prefix(ordering ? 1 : between.count).contains(where: joins)
                || text.hasSuffix("'s") || text.hasSuffix("’s")
            {
                both.insert(id)
                continue
            }
            if let earlier = result[id] {
                if earlier.before != before { both.insert(id) }
                // The word nearest the pivot: the last before it, the first after it.
                if before { result[id] = Side(before: before, word: k, agent: false, toward: nil) }
            } else {
                let toward = before ? nil : between.last { $0 == "to" || $0 == "from" }
                result[id] = Side(before: before, word: k, agent: !before && between.first == "by", toward: toward)
            }
        }
        return result.filter { !both.contains($0.key) }
    }
}
