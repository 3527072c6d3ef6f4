extension Opposition {
    // MARK: Who and what the two sides are about

    /// Whether the subjects of two clauses each hold a name the other claim never uses (`the Kovac Foundation`
    /// against `the Marek Foundation`, `Lena Kovac` against `Ivo Kovac`): two named things, whatever common word
    /// they share, so a denial of one is no denial of the other. A name is a subject term written capitalised
    /// inside its clause (not as the clause's first word) and not inside a phrase a preposition opens within the
    /// three words before it (`a woman detained by Lebanese police`, `in northern Tarsk` describe the subject, they
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
                return !other.words.indices.contains { other.terms[$0] == term }
            }
        }
        guard !subjectA.isEmpty, !subjectB.isEmpty else { return false }
        return own(a, subjectA, clauseA, b) && own(b, subjectB, clauseB, a)
    }

    /// Whether a personal pronoun stands before word `k` in its clause's own part (after the last `that`): the
    /// clause has a subject the content terms do not show (`I have no lobbyists`), so a denial word there denies
    /// what follows it, not the whole clause.
    func pronounSubject(before k: Int, in c: ClaimContent, clause: Range<Int>) -> Bool {
        let start = (clause.lowerBound..<k).last { c.words[$0].key == "that" }.map { $0 + 1 } ?? clause.lowerBound
        return (start..<max(start, k)).contains { subjectPronouns.contains(c.words[$0].key) }
    }

    /// Whether two opposite words are said of different things: each has an object (the content words of the
    /// phrase right after it, up to a preposition or a join) and the objects share no word (`won the argument`
    /// against `lost ten of the first eleven contests`: two outcomes of two things). One side with no object, or
    /// the same object (`won the final` against `lost the final`), is not told apart.
    static func objectsApart(_ x: Int, _ a: ClaimContent, _ y: Int, _ b: ClaimContent) -> Bool {
        func object(_ k: Int, _ c: ClaimContent) -> Set<String> {
            let clause = c.clause(of: k)
            var terms = Set<String>()
            for i in (k + 1)..<max(k + 1, min(clause.upperBound, k + 7)) {
                if phraseEnds.contains(c.words[i].key) { break }
                if let term = c.terms[i], !term.hasPrefix("#") { terms.insert(term) }
            }
            return terms
        }
        let objectA = object(x, a)
        let objectB = object(y, b)
        return !objectA.isEmpty && !objectB.isEmpty && objectA.isDisjoint(with: objectB)
    }
}
