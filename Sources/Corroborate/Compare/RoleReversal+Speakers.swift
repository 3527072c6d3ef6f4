import Foundation

extension RoleReversal {
    /// The two mentions, when each of two speakers' aligned clauses names the other speaker and not its own (`Tarsk
    /// accused Velmora of shelling the dam` against `Velmora accused Tarsk of shelling the dam`: the cue's subject
    /// is each claim's speaker, so the clauses are `Velmora of shelling` and `Tarsk of shelling`); nil otherwise. The
    /// speakers stand in the pivot's slots as any argument does, and reversed there. A name joined to another by
    /// a joining word (`joiningWords`: `and`, `with`; `symmetricWords`) is no such mention (`she and Marek signed`,
    /// `spoke with Kovac`): two speakers telling of one thing they did together.
    func crossed(_ pair: ClaimPair, _ alignment: PropositionAlignment) -> (String, String)? {
        guard Similarity.twoVoices(pair), let nameA = RoleReversal.lastName(pair.a.source.name),
            let nameB = RoleReversal.lastName(pair.b.source.name), nameA != nameB
        else { return nil }
        let a = pair.contentA
        let b = pair.contentB
        guard let x = mention(a, alignment.clauseA, of: nameB), let y = mention(b, alignment.clauseB, of: nameA),
            mention(a, alignment.clauseA, of: nameA) == nil, mention(b, alignment.clauseB, of: nameB) == nil
        else { return nil }
        return (a.words[x].text, b.words[y].text)
    }

    /// A source name's last capitalised word, lowercased (`kovac` for `Lena Kovac`): what a claim names it by.
    static func lastName(_ name: String) -> String? {
        name.split(separator: " ").last { $0.first?.isUppercase == true }.map { $0.lowercased() }
    }

    /// The first word of a clause written as the name `name` (`named`), not joined to another by a joining word.
    func mention(_ c: ClaimContent, _ clause: Range<Int>, of name: String) -> Int? {
        func joined(_ k: Int) -> Bool { clause.contains(k) && joins(c.words[k].key) }
        return clause.first { k in
            guard c.words[k].key == name, RoleReversal.named(c, k) else { return false }
            // The run of capitalised words the mention ends or stands in (`Lena Kovac`).
            var first = k
            while first > clause.lowerBound && RoleReversal.named(c, first - 1) { first -= 1 }
            var last = k
            while last + 1 < clause.upperBound && RoleReversal.named(c, last + 1) { last += 1 }
            return !joined(first - 1) && !joined(last + 1)
        }
    }

    /// Whether word `k` is written as a name: capitalised, a content word (not `The` opening a sentence), no figure.
    static func named(_ c: ClaimContent, _ k: Int) -> Bool {
        c.terms[k] != nil && !c.words[k].isNumber && c.words[k].text.unicodeScalars.first?.isUppercaseLetter == true
    }
}

extension RoleReversal {
    /// The two mentions when one claim's named speaker is the object of a verb in the other's aligned clause, whose
    /// subject is a name the speaker's own clause speaks of (`Tarsk accused Velmora of shelling the dam`, told by a
    /// spokesman, against Velmora's own `Tarsk of shelling the dam`): the one tells what is done to the speaker,
    /// the other what the speaker says of that name, no one proposition. The subject, the verb and the speaker stand
    /// in one phrase, within `reach` words; a speaker that names itself, or a name joined by `and` or `with`, is
    /// none.
    func speakerAsObject(_ pair: ClaimPair, _ alignment: PropositionAlignment) -> (String, String)? {
        let a = pair.contentA
        let b = pair.contentB
        if let (x, y) = spokenTo(
            a, alignment.clauseA, scalars: pair.documents[pair.a.document].scalars, speaker: pair.b.source.name, b,
            alignment.clauseB)
        {
            return (a.words[x].text, b.words[y].text)
        }
        if let (x, y) = spokenTo(
            b, alignment.clauseB, scalars: pair.documents[pair.b.document].scalars, speaker: pair.a.source.name, a,
            alignment.clauseA)
        {
            return (a.words[y].text, b.words[x].text)
        }
        return nil
    }

    /// In clause `c`, the speaker's mention after a verb whose subject is a name the speaker's clause `o` names:
    /// the speaker's word in `c` and the name's word in `o`.
    private func spokenTo(
        _ c: ClaimContent, _ clause: Range<Int>, scalars: ScalarText, speaker: String, _ o: ClaimContent,
        _ otherClause: Range<Int>
    ) -> (Int, Int)? {
        guard let name = RoleReversal.lastName(speaker), let x = mention(c, clause, of: name),
            mention(o, otherClause, of: name) == nil
        else { return nil }
        // The verb between the subject and the speaker is the other claim's cue, outside its clause: a verb the
        // speaker's own clause says too (`Judge Marek cleared me` against `Judge Marek cleared Kovac`) is a
        // proposition the two share.
        let saidByOther = o.contentTerms(in: otherClause)
        var k = x - 1
        var verb = false
        while k >= max(clause.lowerBound, x - RoleReversal.reach)
            && !scalars.gap(between: c.words[k], and: c.words[k + 1], holdsAnyOf: RoleReversal.phraseBreaks)
        {
            let key = c.words[k].key
            if joins(key) { return nil }
            let named = RoleReversal.named(c, k)
            if !named && verbal(c, k) {
                if let term = c.terms[k], saidByOther.contains(term) { return nil }
                verb = true
            }
            if named && verb, key != name, let y = mention(o, otherClause, of: key), mention(c, clause, of: key) == k {
                return (x, y)
            }
            k -= 1
        }
        return nil
    }
}
