import Foundation

/// Whether a word of the asserting claim is asserted at all: not hedged, likened, in a clause that describes a
/// place or a person, under a condition, denied by a privative word, hindered, found wanting, or required rather
/// than stated. A denial contradicts only what the other claim asserts.
extension Opposition {
    /// Whether a hedge governs word `k` (`reportedly contracted`, `might hold`, `believed to be`): a hedged
    /// statement is not the plain assertion a denial contradicts.
    static func hedged(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 6)..<k).contains { content.hedges.contains($0) }
    }

    /// Whether a clause denies or refutes something itself.
    static func negates(_ clause: Range<Int>, _ content: ClaimContent) -> Bool {
        content.negations.contains { !$0.cue.isEmpty && clause.contains($0.cue.lowerBound) }
            || (content.refutation.map { clause.overlaps($0) } ?? false)
            || (content.creditedDenial != nil && clause.lowerBound == 0)
            || clause.contains { ContentReader.denyingVerbs.contains(content.words[$0].key) }
    }

    /// Whether word `k` stands within a likeness opened up to eight words before it: `as if`, `as though`, or
    /// `like` after a verb of feeling or seeming. What is said there is a comparison, not a statement of fact.
    func likened(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        return (max(0, k - 8)..<k).contains { j in
            let key = words[j].key
            if key == "like" { return j > 0 && likenessVerbs.contains(words[j - 1].key) }
            return key == "as" && j + 1 < k && ["if", "though"].contains(words[j + 1].key)
        }
    }

    /// Whether word `k` stands in a clause that describes a place or a person: a relative word (`where`, `who`,
    /// `whom` or `whose`; `relativeWords`) up to ten words before it in its clause (`the quay where the old ferry
    /// sank`).
    func described(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        // As written, so that an organisation's initials (`WHO`) are no relative pronoun.
        let from = max(clause.lowerBound + 1, k - 10)
        guard from < k else { return false }
        return (from..<k).contains { j in
            relativeWords.contains(content.words[j].text.lowercased())
                && content.words[j].text != "WHO"
        }
    }

    /// Whether word `k` stands in a clause that a statement noun puts forward without asserting it: a noun of
    /// `statementNouns` followed by `that` up to twelve words before it (`the idea that the pier will close`, `his
    /// suggestion that the pier would not close`). The clause after `that` must not open with a verb (an auxiliary,
    /// a report verb or a word in `-ed`: `the report that was published`, `the claims that surfaced`, relative
    /// clauses, describe the noun), and no report verb may stand between `that` and `k` (`the report that the
    /// council published says the pier will close` asserts what it says). Whether the claim's source holds the idea
    /// or dismisses it is told outside the clause, so what the clause says is neither asserted nor denied by it.
    func proposed(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        return (max(1, k - 12)..<max(1, k)).contains { j in
            guard words[j].key == "that", statementNouns.contains(words[j - 1].key), j + 1 < k else { return false }
            let opener = words[j + 1].key
            return !Opposition.predicateAuxiliaries.contains(opener) && !opener.hasSuffix("ed")
                && !(j + 1..<k).contains(where: { content.reportWords.contains($0) })
        }
    }

    /// Whether a denial is the consequence of a counterfactual: `would` or `could` governs it (`would never have
    /// been able to`, `wouldn't exist`) and `without` stands before it in its claim or after it in its clause
    /// (`without the bypass, the market would not have survived`). Such a sentence says the thing did happen, owing
    /// to what `without` names, so it denies nothing the other side asserts.
    static func counterfactual(_ cue: Range<Int>, in content: ClaimContent) -> Bool {
        guard !cue.isEmpty else { return false }
        let words = content.words
        let first = cue.lowerBound
        let modal = ["would", "could"].contains { m in
            words[first].key.hasPrefix(m + "n") || (first > 0 && words[first - 1].key == m)
        }
        return modal && (0..<content.clause(of: first).upperBound).contains { words[$0].key == "without" }
    }

    /// Verbs that make their object do what the verb after `to` says (`got the pumps to work`, `helped the crew to
    /// land`).
    static let causatives: Set<String> = [
        "get", "gets", "got", "getting", "make", "makes", "made", "making", "help", "helps", "helped", "helping",
    ]

    /// The verb a denied causative leaves to its object, when the denial's scope opens with a causative and `to`
    /// follows the denial's focus in the scope (`could not get the pumps to work`): what is denied is that the pumps
    /// worked, not that there are pumps. Nil otherwise.
    static func causedPredicate(_ scope: Range<Int>, focus: Int, in content: ClaimContent) -> Int? {
        guard let first = scope.first, causatives.contains(content.words[first].key), focus > first else { return nil }
        guard let to = (focus + 1..<scope.upperBound).first(where: { content.words[$0].key == "to" }),
            to + 1 < scope.upperBound, content.terms[to + 1] != nil
        else { return nil }
        return to + 1
    }

    /// Whether a conditional word (`if`, `unless`, `whether`; `conditionWords`) stands anywhere before word `k` in
    /// its claim.
    func conditioned(_ k: Int, in content: ClaimContent) -> Bool {
        (0..<k).contains { conditionWords.contains(content.words[$0].key) }
    }

    /// Words that deny the noun after them without a verb (`without internet access`).
    static let privatives: Set<String> = ["without", "lack", "lacking", "absent", "absence"]

    static func privative(before k: Int, in content: ClaimContent) -> Bool {
        (max(0, k - 3)..<k).contains { privatives.contains(content.words[$0].key) }
            // `decided against renewing the licence` says that it was not renewed.
            || (k > 0 && content.words[k - 1].key == "against" && content.words[k].key.hasSuffix("ing"))
    }

    /// Whether a hindrance or a doubt governs word `k`: one stands up to eight words before it in its clause; an
    /// adjective of difficulty only when `to` or `for` follows it (`a difficult day and the crane toppled` says the
    /// crane toppled).
    func impeded(_ k: Int, in content: ClaimContent) -> Bool {
        (max(content.clause(of: k).lowerBound, k - 8)..<k).contains { j in
            let key = content.words[j].key
            return hindrances.contains(key)
                || (hardshipWords.contains(key) && ["to", "for"].contains(content.words[j + 1].key))
        }
    }

    /// The first word of the stretch `from..<k` that follows its last coordinating conjunction: a word before one
    /// governs another clause.
    static func conjoinedFrom(_ from: Int, to k: Int, in content: ClaimContent) -> Int {
        guard from < k else { return from }
        let conjunctions: Set<String> = ["and", "but", "or", "while", "whereas"]
        return ((from..<k).last { conjunctions.contains(content.words[$0].key) }).map { $0 + 1 } ?? from
    }

    /// Whether a verb or adverb of rejection (`doctored to show`, `falsely reported`, `fabricated`) stands up to six
    /// words before word `k` in its clause: what follows it is what a forgery shows or a false report says, not
    /// what the claim asserts. Adjectives (`a fake passport`) describe a thing and are left out.
    func debunked(_ k: Int, in content: ClaimContent) -> Bool {
        let from = Opposition.conjoinedFrom(max(content.clause(of: k).lowerBound, k - 6), to: k, in: content)
        return (from..<k).contains { j in
            let key = content.words[j].key
            return rejectionWords.contains(key) && (key.hasSuffix("ed") || key.hasSuffix("ly"))
        }
    }

    /// Whether a claim denies, anywhere, one of the given terms: a side that denies what the other denies does not
    /// contradict it.
    static func deniesToo(_ terms: Set<String>, _ content: ClaimContent) -> Bool {
        content.words.indices.contains { k in
            content.terms[k].map { terms.contains($0) } == true && content.isDenied(k)
        }
    }

    /// Whether a word that finds it wanting stands up to two words before word `k`.
    func wanting(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 2)..<k).contains { wantingWords.contains(content.words[$0].key) }
    }

    /// Words that make what follows a requirement (`would need to beat them by several lengths`, `has to win`): a
    /// condition for something, not a statement that it happened, so a denial that it did contradicts nothing.
    /// Past `had to` is left out: `she had to resign` says that she resigned.
    static let requirements: [[String]] = [
        ["have", "to"], ["has", "to"], ["need", "to"], ["needs", "to"], ["must"],
    ]

    /// Whether a requirement governs word `k`: one stands before it in its clause.
    static func required(_ k: Int, in content: ClaimContent) -> Bool {
        let from = content.clause(of: k).lowerBound
        return (from..<k).contains { j in
            requirements.contains { phrase in
                j + phrase.count <= k && phrase.indices.allSatisfy { content.words[j + $0].key == phrase[$0] }
            }
        }
    }
}
