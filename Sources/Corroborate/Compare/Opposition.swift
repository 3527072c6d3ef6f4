/// Contradiction by meaning rather than by one story's words: a claim that denies what another asserts (`was
/// not the wife of ...` against `detained the second wife of ...`), one that rejects it as a whole (`false`,
/// `unrelated`, `a hoax`), or one that uses the opposite word for the same thing (`son` against `girl`). Each
/// needs the two claims to be about the same thing (shared rare words) and the denial to reach the shared words.
struct Opposition: Sendable {
    /// The least cosine for an opposite word to count.
    var threshold = 0.2
    /// The least cosine for a denial, and for a refutation.
    var denialThreshold = 0.3
    var refutationThreshold = 0.3
    /// Shared terms a refutation or an opposite word needs (a denial needs its head word shared).
    var sharedNeeded = 2
    /// Long claims (a quotation of several sentences) are rarely close as wholes. A denial or refutation still
    /// counts when its own sentence shares `sharedNeeded` terms and this share of its content terms with the
    /// other claim.
    var localCoverage = 0.25
    let opposites: [[String]]

    init(words: ComparisonWords) { opposites = words.opposites }

    func relations(_ pair: ClaimPair) -> [Relation] {
        guard !pair.shared.isEmpty else { return [] }
        // A question asserts nothing, and denies nothing.
        if pair.contentA.isQuestion || pair.contentB.isQuestion { return [] }
        // A claim reporting a change (`will not be ... after all`) updates an earlier report: not a contradiction.
        if pair.contentA.revision != nil || pair.contentB.revision != nil { return [] }
        for side in [pair, pair.swapped] {
            if let relation = denial(side) ?? refutation(side) { return [relation] }
        }
        if pair.similarity >= threshold, pair.shared.count >= sharedNeeded, let relation = oppositeWords(pair) {
            return [relation]
        }
        return []
    }

    /// Whether a side denies or refutes anything: then it is not the plain assertion the other side contradicts.
    private func deniesShared(_ content: ClaimContent, _ pair: ClaimPair) -> Bool {
        content.refutation != nil || !content.negations.isEmpty
    }

    /// A shared word a denial or refutation can be about: an ordinary word or a figure, not a name alone
    /// (`does not represent Boko Haram` is about representing, not about Boko Haram).
    private func isFocus(_ k: Int, _ content: ClaimContent, _ pair: ClaimPair) -> Bool {
        guard let term = content.terms[k] else { return false }
        if term.hasPrefix("#") { return pair.contentA.terms.contains(term) && pair.contentB.terms.contains(term) }
        return pair.shared.contains(term) && content.words[k].text.unicodeScalars.first?.isUppercaseLetter == false
    }

    /// `b` denies what `a` asserts: the first content words the denial governs are shared, and `a` denies none
    /// of the shared words.
    private func denial(_ pair: ClaimPair) -> Relation? {
        let pos = pair.contentA
        let neg = pair.contentB
        // The asserting side says something: two content words at least (`the ceasefire` alone asserts nothing).
        guard !deniesShared(pos, pair), pos.weights.count >= 2 else { return nil }
        for negation in neg.negations {
            // The head of what is denied: the first content word of the scope (`not the wife`, `does not
            // represent`), which the other side must use.
            guard let focus = negation.scope.first(where: { neg.terms[$0] != nil }), isFocus(focus, neg, pair) else {
                continue
            }
            let local = neg.localOverlap(negation.cue.lowerBound..<max(negation.cue.upperBound, focus + 1), with: pos)
            // Most of what is denied must be said on the other side (`denied that a woman detained in Lebanon is a
            // wife` does not deny `the woman and her son`); a denied figure (`not 12`) is explicit on its own. The
            // claims are close as wholes, or through the denying sentence when it denies a statement (not a
            // noun's `lack of`, not a place's `not in school`) and the other side says more of it.
            let share = neg.terms[focus]?.hasPrefix("#") == true ? 1 : scopeShare(negation.scope, neg, pos)
            if pair.similarity < denialThreshold {
                guard close(pair, denialThreshold, local), !neg.nominalNegations.contains(negation.cue.lowerBound),
                    let start = negation.scope.first, !Opposition.prepositions.contains(neg.words[start].key),
                    share >= 0.6
                else { continue }
            } else if share < 0.5 {
                continue
            }
            let denied = pair.sharedWords(in: negation.scope, of: neg)
            let cue =
                negation.cue.isEmpty
                ? (neg.creditedDenial ?? "denied") : neg.words[negation.cue].map(\.text).joined(separator: " ")
            let deniedText = (denied.isEmpty ? [focus] : denied).map { neg.words[$0].text }.joined(separator: " ")
            let term = neg.terms[focus]!
            let asserted = pos.terms.indices.filter { pos.terms[$0] == term }
            guard let first = asserted.first else { continue }
            let end = max(focus, denied.last ?? focus) + 1
            return pair.relation(
                .conflict, rule: "denial: “\(cue)” over shared words", score: 0.55 + 0.4 * closeness(pair, local),
                explanation:
                    "\(pair.a.source.name) states it and \(pair.b.source.name) denies it: “\(cue)” governs “\(deniedText)”, words both claims use (\(pair.sharedText()); \(closenessText(pair, local))).",
                evidence: [
                    pair.evidence(pair.a, pos, max(0, first - 3)..<min(pos.words.count, first + 4)),
                    pair.evidence(pair.b, neg, negation.cue.lowerBound..<end),
                ])
        }
        return nil
    }

    /// `b` rejects the statement as a whole (`false`, `unrelated`) next to shared words, and `a` makes it.
    private func refutation(_ pair: ClaimPair) -> Relation? {
        guard let word = pair.contentB.refutation, !deniesShared(pair.contentA, pair),
            pair.shared.count >= sharedNeeded
        else { return nil }
        let local = pair.contentB.localOverlap(word, with: pair.contentA)
        guard close(pair, refutationThreshold, local) else { return nil }
        // What is refuted comes before the word (`claims of a ceasefire ... are false`), or after a phrase
        // (`nothing to do with an asteroid`).
        let after = pair.contentB.words[word].count > 1 ? 6 : 0
        let near = max(0, word.lowerBound - 6)..<min(pair.contentB.words.count, word.upperBound + after)
        guard near.contains(where: { isFocus($0, pair.contentB, pair) }) else { return nil }
        let text = pair.contentB.words[word].map(\.text).joined(separator: " ")
        return pair.relation(
            .conflict, rule: "refutation: “\(text)”", score: 0.5 + 0.4 * closeness(pair, local),
            explanation:
                "\(pair.b.source.name) calls it “\(text)” while \(pair.a.source.name) states it; both are about \(pair.sharedText()) (\(closenessText(pair, local))).",
            evidence: [pair.evidence(pair.a, pair.contentA), pair.evidence(pair.b, pair.contentB, near)])
    }

    /// Words that start a phrase describing where or what (`not in school`), not a statement denied.
    static let prepositions: Set<String> = ["in", "at", "on", "of", "for", "from", "with", "by", "into", "to"]

    /// The share of the content terms of a denial's scope that the other claim uses.
    private func scopeShare(_ scope: Range<Int>, _ neg: ClaimContent, _ pos: ClaimContent) -> Double {
        let theirs = Set(pos.terms.compactMap { $0 })
        let denied = neg.contentTerms(in: scope)
        guard !denied.isEmpty else { return 0 }
        return Double(denied.filter { theirs.contains($0) }.count) / Double(denied.count)
    }

    /// Whether two claims are close enough for a denial or refutation: as wholes (cosine at least `threshold`),
    /// or through the denying sentence, which shares `sharedNeeded` terms and `localCoverage` of its terms.
    private func close(_ pair: ClaimPair, _ threshold: Double, _ local: (shared: [String], total: Int)) -> Bool {
        pair.similarity >= threshold
            || local.shared.count >= sharedNeeded
                && Double(local.shared.count) >= localCoverage * Double(max(local.total, 1))
    }

    private func closeness(_ pair: ClaimPair, _ local: (shared: [String], total: Int)) -> Double {
        min(1, max(pair.similarity, Double(local.shared.count) / Double(max(local.total, 1))))
    }

    private func closenessText(_ pair: ClaimPair, _ local: (shared: [String], total: Int)) -> String {
        "cosine \(format(pair.similarity)); \(local.shared.count) of the \(local.total) content terms of the denying sentence shared"
    }

    /// One side uses a word and the other its opposite for the same thing (`son` against `girl`).
    private func oppositeWords(_ pair: ClaimPair) -> Relation? {
        let keysA = Set(pair.contentA.words.map(\.key))
        let keysB = Set(pair.contentB.words.map(\.key))
        for (wordA, classesA) in pair.contentA.opposites {
            for (wordB, classesB) in pair.contentB.opposites {
                guard let k = Set(classesA).intersection(classesB).first else { continue }
                let x = pair.contentA.words[wordA].key
                let y = pair.contentB.words[wordB].key
                guard x != y, !keysA.contains(y), !keysB.contains(x), opposites[k].contains(x),
                    opposites[k].contains(y)
                else { continue }
                return pair.relation(
                    .conflict, rule: "opposite words: \(x) vs \(y)", score: 0.5 + 0.4 * min(1, pair.similarity),
                    explanation:
                        "\(pair.a.source.name) says “\(pair.contentA.words[wordA].text)” where \(pair.b.source.name) says “\(pair.contentB.words[wordB].text)” about the same thing (\(pair.sharedText()); cosine \(format(pair.similarity))).",
                    evidence: [
                        pair.evidence(pair.a, pair.contentA, wordA..<(wordA + 1)),
                        pair.evidence(pair.b, pair.contentB, wordB..<(wordB + 1)),
                    ])
            }
        }
        return nil
    }
}

/// Two decimals, for explanations.
func format(_ x: Double) -> String {
    let v = (x * 100).rounded() / 100
    return String(v)
}
