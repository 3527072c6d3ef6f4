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

    /// Whether the subjects of two copular clauses are two different doings: each opens with a verb in `-ing`
    /// taking an object or a complement (`closing the ferry route is smart` against `raising the fares is not smart`,
    /// `keeping the fishermen off the board is not wise`); the predicate is a form of `be` a doing takes (`is`,
    /// `was`, `be`, `been`; not `are`: `mounting debts are a threat`) and a word not in `-ed` (`is smart`, `was not
    /// a mistake`); and the two verbs are not one verb (`reopening` is `opening`) nor one doing in other words
    /// (`doingSynonyms`: `closing` and `shutting`). What is said of one doing is not said of the other; a synonym the
    /// list lacks is read as another doing, a contradiction missed. Prepositions in `-ing` (`during`, `following`),
    /// participles before the real subject (`fearing storms the council closed`) and nouns in `-ing` (`polling
    /// stations opened`) are not read so: their predicates are no copula.
    func doingsApart(
        _ a: ClaimContent, _ clauseA: Range<Int>, before x: Int, _ b: ClaimContent, _ clauseB: Range<Int>,
        before y: Int
    ) -> Bool {
        guard let doingA = Opposition.doing(a, clauseA, before: x), let doingB = Opposition.doing(b, clauseB, before: y)
        else { return false }
        func stem(_ verb: String) -> String {
            verb.hasPrefix("re") && verb.count >= 6 ? String(verb.dropFirst(2)) : verb
        }
        let (verbA, verbB) = (doingA, doingB)
        if Opposition.sameStem(verbA, verbB) || Opposition.sameStem(stem(verbA), stem(verbB)) { return false }
        // A stem without its `-ing` drops a final `e` (`clos`) or doubles a consonant (`shutt`).
        func base(_ verb: String, _ word: String) -> Bool {
            verb == word || word.hasPrefix(verb) && word.count - verb.count <= 1
                || verb.hasPrefix(word) && verb.count - word.count <= 1
        }
        return !doingSynonyms.contains { group in
            group.contains { base(verbA, $0) } && group.contains { base(verbB, $0) }
        }
    }

    /// Words after which a doing may open a clause's subject: report verbs, `that`, verbs of thinking.
    static let doingOpeners = subjectOpeners.union(["think", "thinks", "believe", "believes"])

    /// Words between a copula and its predicate (`is not smart`, `was never a mistake`).
    static let copulaSkips: Set<String> = [
        "not", "never", "also", "very", "so", "too", "really", "still", "n't", "a", "an", "the",
    ]

    /// The forms of `be` a doing takes as its copula (singular or without number; not `are`).
    static let doingCopulas: Set<String> = ["is", "was", "be", "been", "isn't", "wasn't"]

    /// Prepositions and conjunctions written in `-ing`, which open no doing.
    static let ingPrepositions: Set<String> = [
        "during", "following", "including", "regarding", "concerning", "pending", "according", "excluding",
        "considering", "barring", "notwithstanding", "failing", "starting", "beginning", "assuming", "providing",
    ]

    /// The verb in `-ing` (without its `-ing`) that opens the subject of the copular predicate at word `k` (after the
    /// clause's start, a report verb, `that` or a verb of thinking).
    static func doing(_ c: ClaimContent, _ clause: Range<Int>, before k: Int) -> String? {
        let start =
            (clause.lowerBound..<max(clause.lowerBound, k)).last { doingOpeners.contains(c.words[$0].key) }.map {
                $0 + 1
            }
            ?? clause.lowerBound
        guard start + 1 < k, !c.words[k].key.hasSuffix("ed") else { return nil }
        // The copula just before the predicate, past a negation or an adverb (`is not smart`, `was never wise`).
        var copula = k - 1
        while copula > start + 1, copulaSkips.contains(c.words[copula].key) { copula -= 1 }
        let key = c.words[start].key
        let next = c.words[start + 1].key
        // The word's term, when it has one, is no name's (`Beijing`); `having` is a stop word and has none.
        guard copula > start + 1, doingCopulas.contains(c.words[copula].key), key.count >= 6, key.hasSuffix("ing"),
            !key.hasSuffix("thing"), !ingPrepositions.contains(key),
            c.terms[start]?.hasPrefix("~") != true, !phraseEnds.contains(next), !finiteAuxiliaries.contains(next),
            !ClaimContent.auxiliaries.contains(next)
        else { return nil }
        return String(key.dropLast(3))
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
            return Opposition.objectPhrase(after: k, in: c, clause: clause, reach: 6)
        }
        let objectA = object(x, a)
        let objectB = object(y, b)
        return !objectA.isEmpty && !objectB.isEmpty && objectA.isDisjoint(with: objectB)
    }

    /// Words that open a noun phrase after a verb: determiners and possessives.
    static let objectOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
    ]

    // MARK: The roles a denial and an assertion are compared by

    /// Words that join two predicates (`the board met on Monday and will not meet again`): the subject of
    /// the second is not the first's object.
    static let predicateJoins: Set<String> = ["and", "but", "so", "while", "because", "although", "though"]

    /// One side of a denial or an assertion: its content, the verb, the verb's clause and its surface subject.
    typealias Side = (content: ClaimContent, verb: Int, clause: Range<Int>, subject: Set<String>)

    /// The doers to compare on each side and whether they match, by role rather than by position: in the passive
    /// the doer follows `by` (`the report was published by the auditors`) and the surface subject is what was
    /// done. Two passives compare their doers when both name one, else their surface subjects (`was killed by a
    /// mine` and `was not killed`: the one killed); an active and a passive compare the active subject with the
    /// passive's doer; without one, a passive denial's subject with what follows the active verb (`police
    /// arrested Brandt` and `Brandt was not arrested`), while an asserted passive with no doer is not aligned.
    static func alignRoles(denying n: Side, asserting p: Side) -> (Set<String>, Set<String>, SubjectMatch) {
        let agentN = agent(of: n.verb, in: n.content)
        let agentP = agent(of: p.verb, in: p.content)
        // `is the wife` has an auxiliary before its word too, but a noun phrase, not a passive verb.
        // Nor is `is not resigning`, a verb in the progressive.
        let isPassive: (Side) -> Bool = { side in
            role(side.verb, in: side.content) == .passive
                && !(side.verb > 0 && nounOpeners.contains(side.content.words[side.verb - 1].key))
                && !side.content.words[side.verb].key.hasSuffix("ing")
        }
        let passiveN = isPassive(n)
        let passiveP = isPassive(p)
        if passiveN == passiveP {
            if let agentN, let agentP { return (agentN, agentP, subjects(agentN, agentP)) }
            return (n.subject, p.subject, subjects(n.subject, p.subject))
        }
        let (active, passive, passiveAgent) = passiveN ? (p, n, agentN) : (n, p, agentP)
        let pairFor: (Set<String>, Set<String>) -> (Set<String>, Set<String>, SubjectMatch) = { activeDoer, other in
            let match = subjects(activeDoer, other)
            return passiveN ? (other, activeDoer, match) : (activeDoer, other, match)
        }
        if let passiveAgent { return pairFor(active.subject, passiveAgent) }
        // `The invitation was accepted` says not by whom, so a doer's denial (`the board is not accepting the
        // invitation`) is not shown to be about it.
        if !passiveN { return pairFor(active.subject, []) }
        // A denial with no doer (`Brandt was not arrested`) denies it of anyone: what was done to its subject is
        // what follows the active verb.
        return pairFor(objectPhrase(after: active.verb, in: active.content, clause: active.clause), passive.subject)
    }

    /// Words that end the noun phrase after a verb: prepositions, joins and report verbs (`arrested the captain at
    /// the quay, a spokesman said` has the object `the captain`).
    static let phraseEnds: Set<String> = [
        "at", "in", "on", "from", "to", "for", "with", "by", "after", "before", "during", "near", "over", "into",
        "and", "but", "or", "said", "says", "told", "while", "when", "because", "as",
    ]

    /// The terms of the noun phrase after word `k`, up to a preposition, a join or a report verb and at most
    /// `reach` words, inside `clause`.
    static func objectPhrase(after k: Int, in content: ClaimContent, clause: Range<Int>, reach: Int = 5) -> Set<String>
    {
        var terms = Set<String>()
        for i in (k + 1)..<max(k + 1, min(clause.upperBound, k + 1 + reach)) {
            if phraseEnds.contains(content.words[i].key) { break }
            if let term = content.terms[i], !term.hasPrefix("#") { terms.insert(term) }
        }
        return terms
    }

    /// Words after which a clause's own subject starts (`police said Lund and ...`, `... that Lund and ...`).
    static let subjectOpeners: Set<String> = ["said", "says", "that", "told"]

    /// Auxiliaries that make a verb finite: one before a join shows the join starts a second predicate.
    static let finiteAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does",
    ]

    /// The subject of the predicate at word `k`: the clause's subject (`subject(in:before:)`), cut to the words
    /// after the last join before `k` when a verb comes before that join; empty when nothing but a pronoun stands
    /// there (`... and will not`, `..., so don't expect`).
    static func ownSubject(_ c: ClaimContent, in clause: Range<Int>, before k: Int) -> Set<String> {
        let subject = c.subject(in: clause, before: k)
        guard !subject.isEmpty,
            let join = (clause.lowerBound..<k).last(where: { predicateJoins.contains(c.words[$0].key) })
        else { return subject }
        let window = Set((join + 1..<k).compactMap { c.terms[$0] }.filter { !$0.hasPrefix("#") })
        // `Lund and his deputy resigned` joins two subjects, not two predicates: a join cuts the subject only
        // after a verb of its own (`the board met and it did not`), or when a bare pronoun follows it.
        // The clause's own subject starts after a report verb or `that` (`police said Lund and ...`); a capitalised
        // word (`United`, `Armed`) is a name, not a verb.
        let start =
            (clause.lowerBound..<join).last(where: { subjectOpeners.contains(c.words[$0].key) }).map { $0 + 1 }
            ?? clause.lowerBound
        let verbBefore = (start..<join).contains { i in
            let word = c.words[i]
            if word.text.unicodeScalars.first?.isUppercaseLetter == true { return false }
            return finiteAuxiliaries.contains(word.key) || word.key.hasSuffix("ed")
        }
        guard verbBefore || window.isEmpty else { return subject }
        let own = subject.intersection(window)
        return own.isEmpty ? window : own
    }

    /// Whether a denial states that something does not exist: `there` just before its cue (`there is no`,
    /// `there were never`).
    static func existential(_ cue: Range<Int>, in content: ClaimContent) -> Bool {
        (max(0, cue.lowerBound - 2)..<cue.lowerBound).contains {
            ["there", "there's", "there’s", "theres"].contains(content.words[$0].key)
        }
    }

    /// The doer of a verb in the passive, named after `by` within three words (`was published on Monday by the
    /// auditors`); nil for an active verb, a passive without one, or a deadline (`by Friday`, `by the end of May`).
    static func agent(of k: Int, in content: ClaimContent) -> Set<String>? {
        guard role(k, in: content) == .passive else { return nil }
        let clause = content.clause(of: k)
        guard let by = (k + 1..<min(clause.upperBound, k + 5)).first(where: { content.words[$0].key == "by" }),
            by + 1 < clause.upperBound
        else { return nil }
        let next = content.words[by + 1]
        let deadline: Set<String> = ["then", "now", "tomorrow", "tonight", "midnight", "noon", "end"]
        if next.isNumber || CalendarDate.weekdayNames[next.key] != nil || CalendarDate.monthNames[next.key] != nil
            || deadline.contains(next.key)
            || (by + 2 < clause.upperBound && deadline.contains(content.words[by + 2].key))
        {
            return nil
        }
        let doer = Set((by + 1..<min(clause.upperBound, by + 4)).compactMap { content.terms[$0] })
        return doer.isEmpty ? nil : doer
    }

    /// Whether two claims name two things of one kind: a word both share comes right after, or right before, a
    /// different word on each side, each a term the other claim lacks (`the Kesso road bridge` and `the Kesso rail
    /// bridge`, `ward 3` and `ward 4`). With `named`, only a capitalised word inside its sentence before a shared
    /// noun in lower case counts (`the Tarskan nun` and `the Kessan nun`; not `a healthy baby` and `a beautiful
    /// baby`, which may be one, nor `Ivo Marek` and `General Marek`).
    static func modifiedApart(
        _ a: ClaimContent, _ b: ClaimContent, shared: Set<String>, named: Bool = false
    ) -> Bool {
        // The opposite words themselves (`a healthy boy`, `a healthy girl`) tell nothing apart.
        let opposites = Set(a.opposites.map { a.words[$0.word].key } + b.opposites.map { b.words[$0.word].key })
        // A word's term, or its figure (`ward 3`).
        func key(_ c: ClaimContent, _ j: Int) -> String? {
            c.terms[j] ?? (c.words[j].isNumber ? "#" + c.words[j].text : nil)
        }
        func neighbours(_ c: ClaimContent, _ step: Int) -> [String: Set<String>] {
            var result: [String: Set<String>] = [:]
            for k in c.terms.indices where k < c.words.count {
                let j = k + step
                guard j >= 0, j < c.terms.count, j < c.words.count, let term = c.terms[k], shared.contains(term),
                    let other = key(c, j), !opposites.contains(c.words[j].key)
                else { continue }
                if named {
                    guard step == -1, c.words[k].text.first?.isLowercase == true,
                        c.words[j].text.first?.isUppercase == true,
                        !c.sentences.contains(where: { $0.lowerBound == j })
                    else { continue }
                }
                result[term, default: []].insert(other)
            }
            return result
        }
        let termsA = Set(a.terms.indices.compactMap { $0 < a.words.count ? key(a, $0) : nil })
        let termsB = Set(b.terms.indices.compactMap { $0 < b.words.count ? key(b, $0) : nil })
        for step in named ? [-1] : [-1, 1] {
            let x = neighbours(a, step)
            let y = neighbours(b, step)
            let apart = x.contains { term, wordsA in
                guard let wordsB = y[term] else { return false }
                return wordsA.contains { !termsB.contains($0) } && wordsB.contains { !termsA.contains($0) }
            }
            if apart { return true }
        }
        return false
    }
}
