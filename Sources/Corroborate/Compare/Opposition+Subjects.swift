extension Opposition {
    // MARK: Who and what the two sides are about

    /// Whether the subjects of two clauses each hold a name the other claim never uses (`the Kovac Foundation`
    /// against `the Marek Foundation`, `Lena Kovac` against `Ivo Kovac`): two named things, whatever common word
    /// they share, so a denial of one is no denial of the other. A name is a subject term written capitalised
    /// inside its clause (not as the clause's first word) and not inside a phrase a preposition opens within the
    /// three words before it (`a captain held by Velmoran police`, `in northern Tarsk` describe the subject, they
    /// do not name it); titles (`President`, `Senator`) name no one, so `President Kovac` is not told apart from
    /// `Lena Kovac`.
    func subjectsNamedApart(
        _ a: ClaimContent, _ subjectA: Set<String>, _ clauseA: Range<Int>, _ b: ClaimContent,
        _ subjectB: Set<String>, _ clauseB: Range<Int>
    ) -> Bool {
        func own(_ c: ClaimContent, _ subject: Set<String>, _ clause: Range<Int>, _ other: ClaimContent) -> Bool {
            clause.contains { k in
                guard k > clause.lowerBound, let term = c.terms[k], subject.contains(term), !term.hasPrefix("#"),
                    c.words[k].text.unicodeScalars.first?.isUppercaseLetter == true,
                    !titles.contains(c.words[k].key),
                    !(max(clause.lowerBound, k - 3)..<k).contains(where: {
                        Opposition.prepositions.contains(c.words[$0].key)
                    })
                else { return false }
                // `Liberal` and `Liberals`, `Greens` and `Green`: one name, whichever ending (terms of names are
                // consonant skeletons, so one is the start of the other).
                return !other.words.indices.contains { j in
                    guard let t = other.terms[j] else { return false }
                    return t == term || min(t.count, term.count) >= 4 && (t.hasPrefix(term) || term.hasPrefix(t))
                }
            }
        }
        guard !subjectA.isEmpty, !subjectB.isEmpty else { return false }
        return own(a, subjectA, clauseA, b) && own(b, subjectB, clauseB, a)
    }

    /// Whether one speaker's denial determiner follows `I` or `we` in its clause (`I have no lobbyists`) while the
    /// other claim's clause, by the same speaker, speaks of a third person (`then he gets a call from his
    /// lobbyist`) and not of the speaker: the determiner denies what the speaker has, not the whole clause, and the
    /// other clause is about someone else. Said by two speakers, with a noun for a subject (`the brewery has
    /// plans`, which may be the speaker's own `we`), or with `I` or `we` on both sides, the denial reads as before.
    func ownPossession(_ pair: ClaimPair, before k: Int, in neg: ClaimContent, clause: Range<Int>, other: Range<Int>)
        -> Bool
    {
        guard let speaker = pair.speakerA, speaker == pair.speakerB else { return false }
        func firstPerson(_ key: String) -> Bool {
            ["i", "we", "me", "us", "my", "our"].contains(key)
                || ["i'", "i’", "we'", "we’"].contains(where: key.hasPrefix)
        }
        let start = (clause.lowerBound..<k).last { neg.words[$0].key == "that" }.map { $0 + 1 } ?? clause.lowerBound
        guard (start..<max(start, k)).contains(where: { firstPerson(neg.words[$0].key) }) else { return false }
        let keys = other.map { pair.contentA.words[$0].key }
        return keys.contains { ["he", "she", "they"].contains($0) } && !keys.contains(where: firstPerson)
    }

    /// Whether two opposite verbs are said of different things: each is a verb form (`-ed` or an irregular past)
    /// followed by a noun phrase a determiner, a possessive or a figure opens, and the two phrases' content words
    /// (up to a preposition or a join, within six words) share none (`won the argument` against `lost 10 of the
    /// first 11 contests`: two outcomes of two things). An adverb after the verb (`won narrowly`), a noun (`son`)
    /// or the same object (`won the final` against `lost the final`) is not told apart; nor are synonyms.
    func objectsApart(_ x: Int, _ a: ClaimContent, _ y: Int, _ b: ClaimContent) -> Bool {
        func object(_ k: Int, _ c: ClaimContent) -> Set<String> {
            let clause = c.clause(of: k)
            let key = c.words[k].key
            guard key.hasSuffix("ed") || verbForms.contains(key), k + 1 < clause.upperBound,
                c.words[k + 1].isNumber || Opposition.objectOpeners.contains(c.words[k + 1].key)
            else { return [] }
            var terms = Set<String>()
            for i in (k + 1)..<min(clause.upperBound, k + 7) {
                if Opposition.phraseEnds.contains(c.words[i].key) { break }
                if let term = c.terms[i], !term.hasPrefix("#") { terms.insert(term) }
            }
            return terms
        }
        let objectA = object(x, a)
        let objectB = object(y, b)
        return !objectA.isEmpty && !objectB.isEmpty && objectA.isDisjoint(with: objectB)
    }

    /// Words that open a noun phrase after a verb: determiners and possessives.
    static let objectOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
    ]
}
