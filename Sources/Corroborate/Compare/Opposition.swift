import Foundation

/// Contradiction by meaning rather than by one story's words: a clause that denies what a clause of the other
/// claim asserts (`was not the wife of ...` against `detained the second wife of ...`), one that rejects it as a
/// whole (`false`, `unrelated`, `a hoax`), or one that uses the opposite word for the same thing (`son` against
/// `girl`). The two propositions are aligned first (`PropositionAlignment`): the denied words must be what the
/// other clause says, its subject must be the other's (`the bloc is not considering sanctions` does not deny
/// that `the US and Britain consider sanctions`), and the other clause must assert, not ask, hedge a condition
/// or withhold a judgement. What is left is proposed with its measurements; the relation model decides.
struct Opposition: Sendable {
    let opposites: [[String]]
    let directions: Set<String>
    /// Nouns that name news rather than state it (`news of the mayor's arrest spread online`), read beside the
    /// report nouns the modality reader knows (`newsNouns` in comparison.json).
    let newsNouns: Set<String>
    /// Verbs after which `like` opens a likeness (`felt like a hostage`; `likenessVerbs` in comparison.json).
    let likenessVerbs: Set<String>

    /// Words that reject a statement or call it made up (`fake`, `hoax`, `misinformation`), report nouns
    /// (`rumour`) left out: a claim that uses one rejects something itself.
    let rejectionWords: Set<String>
    /// Nouns that name a statement (`the suggestion that`), besides the report nouns (`statementNouns`).
    let statementNouns: Set<String>
    /// Verbs and nouns of hindrance or doubt (`blocked the inspectors' access`, `cast doubt on reports that the dam
    /// burst`): what follows them is kept from happening or put in question, not asserted (`hindrances`).
    let hindrances: Set<String>
    /// Words that find a thing wanting rather than absent (`poor access`, `little money`; `wantingWords`).
    let wantingWords: Set<String>
    /// Refutation words that judge anything, not only statements (`things went wrong`; `evaluativeRefutations`).
    let evaluativeRefutations: Set<String>
    /// Refutations that deny a link between two things rather than a statement (`linkRefutations`).
    let linkRefutations: Set<String>
    /// Relative words that open a clause describing a place or a person (`where`, `who`; `relativeWords`).
    let relativeWords: Set<String>
    /// Words that make what follows them in a claim a condition (`if`, `unless`, `whether`; `conditionWords`).
    let conditionWords: Set<String>

    init(words: ComparisonWords) {
        let reports = Set(words.reportNouns.map(\.folded))
        rejectionWords = Set(
            (words.refutations + words.debunks).map(\.folded).filter { !$0.contains(" ") && !reports.contains($0) })
        opposites = words.opposites
        directions = Set(words.directions.map(\.folded))
        newsNouns = Set(words.newsNouns.map(\.folded))
        likenessVerbs = Set(words.likenessVerbs.map(\.folded))
        statementNouns = Set(words.statementNouns.map(\.folded))
        hindrances = Set(words.hindrances.map(\.folded))
        wantingWords = Set(words.wantingWords.map(\.folded))
        evaluativeRefutations = Set(words.evaluativeRefutations.map(\.folded))
        linkRefutations = Set(words.linkRefutations.map(\.folded))
        relativeWords = Set(words.relativeWords.map { $0.lowercased() })
        conditionWords = Set(words.conditionWords.map(\.folded))
    }

    /// The conflicts the rules propose for a pair, unjudged, as relations (`check` reads them so).
    func relations(_ pair: ClaimPair) -> [Relation] { proposals(pair).map(\.relation) }

    func proposals(_ pair: ClaimPair) -> [Proposal] {
        guard !pair.shared.isEmpty else { return [] }
        // A question asserts nothing, and denies nothing.
        if pair.contentA.isQuestion || pair.contentB.isQuestion { return [] }
        // A claim reporting a change (`will not be ... after all`) updates an earlier report: not a contradiction.
        if pair.contentA.revision != nil || pair.contentB.revision != nil { return [] }
        for side in [pair, pair.swapped] {
            if let proposal = denial(side) ?? refutation(side) { return [proposal] }
        }
        if let proposal = oppositeWords(pair) ?? placeParts(pair) { return [proposal] }
        return []
    }

    /// The compass points a direction word names (`southwestern` names south and west); empty for words such
    /// as `upper` or `central`.
    private func points(_ key: String) -> Set<String> {
        Set(["north", "south", "east", "west"].filter { key.contains($0) })
    }

    /// Two parts of one place (`north London` against `West London`): different direction words before the same
    /// name, in aligned clauses.
    private func placeParts(_ pair: ClaimPair) -> Proposal? {
        // A direction before a name, with the directions coordinated with it (`southern and eastern Yemen`).
        func parts(_ c: ClaimContent) -> [(word: Int, place: String, points: Set<String>)] {
            c.words.indices.compactMap { k in
                guard directions.contains(c.words[k].key), k + 1 < c.words.count, let term = c.terms[k + 1],
                    term.hasPrefix("~")
                else { return nil }
                var all = points(c.words[k].key)
                var j = k - 1
                while j >= 1, ["and", "or"].contains(c.words[j].key), directions.contains(c.words[j - 1].key) {
                    all.formUnion(points(c.words[j - 1].key))
                    j -= 2
                }
                return (k, term, all)
            }
        }
        // The words that say what is placed there (`grew up in a quiet suburb of`), before the direction.
        func lead(_ c: ClaimContent, _ k: Int) -> Set<String> {
            Set((max(c.clause(of: k).lowerBound, k - 6)..<k).compactMap { c.terms[$0] })
        }
        let partsA = parts(pair.contentA)
        guard !partsA.isEmpty else { return nil }
        let partsB = parts(pair.contentB)
        for x in partsA {
            for y in partsB where x.place == y.place {
                let dx = pair.contentA.words[x.word].key
                let dy = pair.contentB.words[y.word].key
                // `north` and `west` London are different parts; `south` and `southwest` may be one. A compass word
                // written as part of the name on both sides names two places (`North Varra`, `South Varra`), not
                // two parts of one.
                let named = [(pair.contentA, x.word), (pair.contentB, y.word)].allSatisfy { c, k in
                    c.words[k].text.unicodeScalars.first?.isUppercaseLetter == true && k > 0
                }
                guard !named, !x.points.isEmpty, !y.points.isEmpty, x.points.isDisjoint(with: y.points),
                    !lead(pair.contentA, x.word).isDisjoint(with: lead(pair.contentB, y.word)),
                    !pair.contentA.isUncommitted(x.word),
                    !pair.contentB.isUncommitted(y.word),
                    let alignment = PropositionAlignment.align(
                        pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: pair.contentA.clause(of: x.word),
                        fixedB: pair.contentB.clause(of: y.word)),
                    alignment.shared.count >= 3,
                    !ClaimContent.timesApart(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB)
                else { continue }
                var f = Opposition.sideFeatures(
                    pair, alignment, asserting: alignment.clauseA, denying: alignment.clauseB)
                f[.opposite] = 1
                f[.subjectUnknown] = 1
                let wordsA = pair.contentA.words[x.word..<(x.word + 2)].map(\.text).joined(separator: " ")
                let wordsB = pair.contentB.words[y.word..<(y.word + 2)].map(\.text).joined(separator: " ")
                let relation = pair.relation(
                    .conflict, rule: "different parts of one place: \(dx) vs \(dy)", score: 0.5,
                    explanation:
                        "\(pair.a.source.name) says “\(wordsA)” where \(pair.b.source.name) says “\(wordsB)” about the same thing (\(Opposition.alignmentText(pair, alignment))).",
                    evidence: [
                        pair.evidence(pair.a, pair.contentA, x.word..<(x.word + 2)),
                        pair.evidence(pair.b, pair.contentB, y.word..<(y.word + 2)),
                    ])
                return Proposal(relation: relation, family: .conflict, features: f)
            }
        }
        return nil
    }

    /// What the comparison knows about the two sides of a conflict, whatever the rule.
    static func sideFeatures(
        _ pair: ClaimPair, _ alignment: PropositionAlignment, asserting: Range<Int>, denying: Range<Int>
    ) -> PairFeatures {
        var f = PairFeatures()
        let pos = pair.contentA
        let neg = pair.contentB
        f[.cosine] = pair.similarity
        f[.clauseOverlap] = min(1, alignment.overlap)
        f[.clauseCoverage] = alignment.coverage
        f[.sharedTerms] = log(1 + Double(alignment.shared.count)) / log(10)
        f[.sharedNames] = Double(min(alignment.names, 3)) / 3
        let assertHedged = pos.isHedged(asserting) || !pair.a.frame.hedges.isEmpty
        let denyHedged = neg.isHedged(denying) || !pair.b.frame.hedges.isEmpty
        f[.assertHedged] = PairFeatures.flag(assertHedged)
        f[.denyHedged] = PairFeatures.flag(denyHedged)
        f[.hedgeMismatch] = PairFeatures.flag(assertHedged != denyHedged)
        f[.assertReportive] = PairFeatures.flag(asserting.contains { pos.reportWords.contains($0) })
        f[.denyReportive] = PairFeatures.flag(denying.contains { neg.reportWords.contains($0) })
        f[.sameSpeaker] = PairFeatures.flag(pair.speakerA != nil && pair.speakerA == pair.speakerB)
        f[.outletSide] = PairFeatures.flag(pair.a.source.kind == .outlet || pair.b.source.kind == .outlet)
        f[.bothQuoted] = PairFeatures.flag(pair.a.isDirectQuote && pair.b.isDirectQuote)
        f[.otherNegation] = PairFeatures.flag(!pos.negations.isEmpty || pos.refutation != nil)
        return f
    }

    /// Whether the subjects of two clauses (their content words before the predicate) are the same, unknown (one
    /// is a pronoun or missing), or different: the same only when the two subjects share a word (`Brandt ... not
    /// in Harwich` and `Brandt was arrested in Harwich`). One subject that merely occurs among the other clause's
    /// words is another role (`the regulator is still refusing the offer` against `the offer was accepted by the
    /// board`: the offer is what was accepted, the regulator who refuses), so it counts as different.
    enum SubjectMatch { case same, unknown, different }

    static func subjects(_ x: Set<String>, _ y: Set<String>) -> SubjectMatch {
        if x.isEmpty || y.isEmpty { return .unknown }
        return x.isDisjoint(with: y) ? .different : .same
    }

    /// Prepositions that place what they govern (`not in Harwich`, `nowhere near the border`).
    static let locatives: Set<String> = ["in", "at", "near", "inside", "from", "on", "within"]

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

    /// Whether a hindrance or a doubt governs word `k`: one stands up to eight words before it in its clause.
    func impeded(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 8)..<k).contains { hindrances.contains(content.words[$0].key) }
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

    /// Verbs of denial that, in the passive, say what happened to their subject (`was dismissed as campaign
    /// manager`, `were rejected at the border`): what follows them is not denied.
    static let denyingVerbs: Set<String> = ["denied", "rejected", "dismissed", "refuted"]

    /// Whether a denial's cue is a verb of denial in the passive (`was dismissed`, `had been rejected`).
    static func passiveDenial(_ cue: Range<Int>, in content: ClaimContent) -> Bool {
        guard cue.count == 1, denyingVerbs.contains(content.words[cue.lowerBound].key) else { return false }
        return (max(0, cue.lowerBound - 2)..<cue.lowerBound).contains {
            passiveAuxiliaries.contains(content.words[$0].key)
        }
    }

    /// Denials that quantify the subject (`none of the hospitals have the facilities`): what they deny is the
    /// predicate after the noun phrase.
    static let partitives: Set<String> = ["none", "neither", "nobody", "nothing"]

    /// Denials of a noun phrase rather than a verb (`no official notification`, `none of the bodies`).
    static let determiners: Set<String> = ["no", "none", "nothing", "nobody", "neither", "nor"]

    /// The word a denial is about: the first content word it governs (`not captured`, `never in Harwich`); for a
    /// denial of a noun phrase, the phrase's head noun (`notification` in `no official notification from`).
    static func focus(of negation: (cue: Range<Int>, scope: Range<Int>), in content: ClaimContent) -> Int? {
        if isNounDenial(negation, in: content) {
            // The run of content words that opens the scope (function words before it skipped, `of the` in
            // `none of the bodies`): its last word is the head.
            var head: Int?
            var started = false
            for k in negation.scope {
                let key = content.words[k].key
                // A participle after the head describes it (`bodies found in`): the phrase ends there.
                if head != nil && (key.hasSuffix("ed") || key.hasSuffix("ing")) { break }
                if let term = content.terms[k] {
                    if !term.hasPrefix("#") { head = k }
                    started = true
                } else if started {
                    break
                }
            }
            if let head { return head }
        }
        return negation.scope.first(where: { k in content.terms[k].map { !$0.hasPrefix("#") } ?? false })
            ?? negation.scope.first(where: { content.terms[$0] != nil })
    }

    /// `b` denies what `a` asserts: the first content word the denial governs is in the aligned clause of `a`,
    /// asserted there, most of what is denied is said there, and the subjects are not different.
    private func denial(_ pair: ClaimPair) -> Proposal? {
        let pos = pair.contentA
        let neg = pair.contentB
        // The asserting side says something: two content words at least (`the ceasefire` alone asserts nothing).
        guard pos.weights.count >= 2 else { return nil }
        for negation in neg.negations {
            let clauseN =
                negation.cue.isEmpty
                ? (neg.clauses.first ?? 0..<neg.words.count) : neg.clause(of: negation.cue.lowerBound)
            // A denial in the passive, or under a condition, a fear or a withheld judgement, denies nothing.
            if !negation.cue.isEmpty
                && (Opposition.passiveDenial(negation.cue, in: neg) || neg.isUncommitted(negation.cue.lowerBound))
            {
                continue
            }
            guard let focus = Opposition.focus(of: negation, in: neg),
                let focusTerm = neg.terms[focus],
                let alignment = PropositionAlignment.align(pos, neg, rarity: pair.rarity, fixedB: clauseN)
            else { continue }
            let clauseP = alignment.clauseA
            // Another time, another happening.
            if ClaimContent.timesApart(pos, clauseP, neg, clauseN) { continue }
            // The denying claim asserts what it denies elsewhere (`ten were caught ... and dozens more that were
            // not caught`): the denial is about something else, and the claim says what the other side says.
            if Opposition.assertsElsewhere(focusTerm, outside: negation.scope, in: neg) { continue }
            let termsP = pos.contentTerms(in: clauseP)
            // The head of what is denied is said in the other clause, and asserted there: not denied, not under
            // a condition, not where a judgement is withheld.
            guard let asserted = clauseP.first(where: { pos.terms[$0] == focusTerm }), !pos.isDenied(asserted),
                !pos.isUncommitted(asserted), !Opposition.privative(before: asserted, in: pos),
                !Opposition.hedged(asserted, in: pos), !Opposition.required(asserted, in: pos)
            else { continue }
            // A likeness is no statement of fact: `felt like he was in a cell` does not say he was in one.
            if likened(asserted, in: pos) { continue }
            // What a `where` or `who` clause says describes a place or a person (`the quay where the old ferry
            // sank`): background to the clause's own proposition, which is what a denial must meet.
            if described(asserted, in: pos) { continue }
            // A condition opened anywhere before it in the claim (`if the mayor meant it, then the bridge is
            // closed`) leaves it unasserted, however the clauses were cut.
            if conditioned(asserted, in: pos) { continue }
            let nounDenial = Opposition.isNounDenial(negation, in: neg)
            // A participle describing a noun (`the released files`, `the board's released files`) asserts nothing a
            // denial could contradict. A denied noun is no participle, whatever its ending (`children`, `women`).
            if !nounDenial,
                Opposition.role(asserted, in: pos) == .attributive || Opposition.possessed(asserted, in: pos)
            {
                continue
            }
            // A denied noun is the head on the other side too, not a word describing another noun (`no rail
            // access` does not deny `rail tickets`).
            if nounDenial && Opposition.modifies(asserted, in: pos) { continue }
            // What a denied noun phrase says of its head is said on the other side too (`no perfect plan` does not
            // deny `the harbour plan`; `not a coastal town` does not deny `the town`).
            if nounDenial, !negation.cue.isEmpty,
                (negation.cue.upperBound..<max(negation.cue.upperBound, focus)).contains(where: { j in
                    neg.terms[j].map { !$0.hasPrefix("#") && !termsP.contains($0) } == true
                })
            {
                continue
            }
            // Both sides deny it (`plenty of others that did not get turned back` quoted twice): they agree.
            if pos.words.indices.contains(where: { pos.terms[$0] == focusTerm && pos.isDenied($0) }) { continue }
            // `failed to show up` does not deny that documents `show`: a verb with its particle is another verb.
            if Opposition.particle(after: focus, in: neg) != Opposition.particle(after: asserted, in: pos) { continue }
            // The other clause denies or refutes nothing itself: two denials agree, they do not conflict.
            if Opposition.negates(clauseP, pos) { continue }
            let subjectN =
                negation.cue.isEmpty
                ? Set<String>() : Opposition.ownSubject(neg, in: clauseN, before: negation.cue.lowerBound)
            // `None of the bodies found in the grave belongs to the students`: a denial that opens its clause
            // denies the whole clause, whose predicate comes after the noun phrase; most of it must be said on
            // the other side.
            let cueWord =
                negation.cue.isEmpty
                ? (neg.creditedDenial?.lowercased() ?? "") : neg.words[negation.cue.lowerBound].key
            let wholeClause =
                (subjectN.isEmpty && Opposition.determiners.contains(cueWord))
                || Opposition.partitives.contains(cueWord)
            let scope = wholeClause ? negation.scope.lowerBound..<clauseN.upperBound : negation.scope
            let scopeTerms = neg.contentTerms(in: scope)
            let scopeShared = scopeTerms.intersection(termsP)
            let scopeShare = Double(scopeShared.count) / Double(max(scopeTerms.count, 1))
            // What a partitive denies is its predicate, at the end of the clause (`none of the boats found in
            // the harbour belongs to the fishermen`): half the scope is said on the other side, and its last content
            // word is asserted there plainly, not hedged (`raising fears the hold might carry weapons`).
            // Names are who it is about; what is denied of them is the rest (`neither Lund nor Brandt played a
            // part in the audit` does not deny that `Lund and Brandt keep their posts`).
            let contentScope = scopeTerms.filter { !$0.hasPrefix("~") && !neg.isName($0, in: clauseN) }
            let contentShare =
                Double(contentScope.intersection(termsP).count) / Double(max(contentScope.count, 1))
            if wholeClause {
                guard scopeShare >= 0.5, contentScope.count < 2 || contentShare >= 0.5,
                    let last = scope.last(where: { neg.terms[$0].map { !$0.hasPrefix("#") } ?? false }),
                    let lastTerm = neg.terms[last],
                    clauseP.contains(where: { k in
                        pos.terms[k] == lastTerm && !pos.isDenied(k) && !pos.isUncommitted(k)
                            && !Opposition.hedged(k, in: pos)
                    })
                else { continue }
            }
            // A denial of a name alone (`not the United States`) says nothing unless it places the subject
            // elsewhere (`Brandt was not in Harwich`): a place after a preposition, the subjects the same.
            let deniesNameOnly = !scopeShared.isEmpty && scopeShared.allSatisfy { $0.hasPrefix("~") }
            if deniesNameOnly {
                let opener = neg.words[negation.scope.lowerBound].key
                guard Opposition.locatives.contains(opener) else { continue }
            }
            let subjectP = Opposition.ownSubject(pos, in: clauseP, before: asserted)
            let (doerN, doerP, match) = Opposition.alignRoles(
                denying: (neg, focus, clauseN, subjectN), asserting: (pos, asserted, clauseP, subjectP))
            // A denial about another subject denies nothing the other side says; nor one about other named things
            // (`not helping with the Rail Authority audit` against `helping with the Harbour
            // Authority's audit`).
            if match == .different
                || Opposition.namedApart(pos, around: asserted, neg, around: focus, shared: alignment.shared)
            {
                continue
            }
            if deniesNameOnly && match != .same { continue }
            // A denied verb takes the same object on both sides (`would not sell the farm` denies `sold the farm`,
            // not `sold the cattle`): the head of the phrase it governs is said in the other clause.
            if !wholeClause, !nounDenial,
                let object = Opposition.objectHead(after: focus, within: negation.scope, in: neg),
                let objectTerm = neg.terms[object], !termsP.contains(objectTerm)
            {
                continue
            }
            // With no subject to go by, the alignment is not shown: a pronoun (`he would not release them`) may be
            // anyone. Only denials without a subject by their form stand: of a whole clause (`none of the boats
            // ... belongs to`), of existence (`there were never plans to`), or credited to a speaker (`denied that`).
            if match == .unknown
                && !(wholeClause || negation.cue.isEmpty || Opposition.existential(negation.cue, in: neg))
            {
                continue
            }
            if match == .unknown && scopeShared.count < 2 && alignment.shared.count < 3 { continue }
            // The polarity of each side over the aligned proposition: when the asserting side denies any of the
            // denied words too (`they were not marked secret` against `none was marked secret`), or a verb of
            // hindrance or doubt governs what it says (`blocked the inspectors' access` against `the inspectors
            // cannot access it`), both deny it: they agree, or at least do not conflict.
            if Opposition.deniesToo(scopeTerms, pos) || impeded(asserted, in: pos) { continue }
            // A noun denied outright against the same noun found wanting (`no rail access` against `poor rail
            // access`): the two say one thing in two strengths.
            if (nounDenial || Opposition.privatives.contains(cueWord)) && wanting(asserted, in: pos) { continue }
            var f = Opposition.sideFeatures(pair, alignment, asserting: clauseP, denying: clauseN)
            f[.denial] = 1
            f[.scopeShare] = scopeShare
            f[.subjectMatched] = PairFeatures.flag(match == .same)
            f[.subjectUnknown] = PairFeatures.flag(match == .unknown)
            f[.focusIsName] = PairFeatures.flag(focusTerm.hasPrefix("~") || neg.isName(focusTerm, in: clauseN))
            f[.nominal] = PairFeatures.flag(neg.nominalNegations.contains(negation.cue.lowerBound))
            f[.creditedDenial] = PairFeatures.flag(negation.cue.isEmpty)
            let cue =
                negation.cue.isEmpty
                ? (neg.creditedDenial ?? "denied") : neg.words[negation.cue].map(\.text).joined(separator: " ")
            let denied = negation.scope.filter { k in neg.terms[k].map { termsP.contains($0) } == true }
            let deniedText = (denied.isEmpty ? [focus] : denied).map { neg.words[$0].text }.joined(separator: " ")
            let end = max(focus, denied.last ?? focus) + 1
            let relation = pair.relation(
                .conflict, rule: "denial: “\(cue)” over the aligned proposition", score: 0.5,
                explanation:
                    "\(pair.a.source.name) states it and \(pair.b.source.name) denies it: “\(cue)” governs “\(deniedText)”, which the aligned clause of \(pair.a.source.name) asserts (\(Opposition.alignmentText(pair, alignment)); subjects \(Opposition.subjectText(match, doerN.intersection(doerP)))).",
                evidence: [
                    pair.evidence(
                        pair.a, pos, max(clauseP.lowerBound, asserted - 4)..<min(clauseP.upperBound, asserted + 4)),
                    pair.evidence(pair.b, neg, (negation.cue.isEmpty ? focus : negation.cue.lowerBound)..<end),
                ])
            return Proposal(relation: relation, family: .conflict, features: f)
        }
        return nil
    }

    /// Whether a denial is of a noun phrase (`no official notification`; `not the rapper`, `never a soldier`),
    /// whose focus is the phrase's head rather than a verb.
    static func isNounDenial(_ negation: (cue: Range<Int>, scope: Range<Int>), in content: ClaimContent) -> Bool {
        guard negation.cue.count == 1 else { return false }
        let cue = content.words[negation.cue.lowerBound].key
        if Opposition.determiners.contains(cue) { return true }
        return ["not", "never"].contains(cue)
            && negation.scope.first.map { ["a", "an", "the"].contains(content.words[$0].key) } == true
    }

    /// The head of what a verb governs: after at most three function words (`for a`, `to the`), the last word of
    /// the first run of content words (`the Harbour Authority audit` gives `audit`), numbers aside; nil when the
    /// verb governs nothing within the scope.
    static func objectHead(after k: Int, within scope: Range<Int>, in content: ClaimContent) -> Int? {
        var j = k + 1
        if particle(after: k, in: content) != nil { j += 1 }
        var skipped = 0
        while j < scope.upperBound, content.terms[j] == nil {
            skipped += 1
            if skipped > 3 { return nil }
            j += 1
        }
        var head: Int?
        while j < scope.upperBound, let term = content.terms[j] {
            if !term.hasPrefix("#") { head = j }
            j += 1
        }
        return head
    }

    /// Whether word `k` is a participle between a possessive and a noun (`the board's released files`).
    static func possessed(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        guard k > 0, k + 1 < words.count, words[k].key.hasSuffix("ed"), content.terms[k + 1] != nil,
            !words[k + 1].isNumber
        else { return false }
        let before = words[k - 1].key
        return before.hasSuffix("'s") || before.hasSuffix("’s") || before.hasSuffix("s'")
    }

    /// Whether word `k` describes the noun after it: a lower-case content word follows directly (`rail` in
    /// `rail tickets`), not a verb form.
    static func modifies(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        guard k + 1 < words.count, content.terms[k + 1] != nil, !words[k + 1].isNumber else { return false }
        let next = words[k + 1]
        if next.text.unicodeScalars.first?.isUppercaseLetter == true { return false }
        return !next.key.hasSuffix("ed") && !next.key.hasSuffix("ing") && !next.key.hasSuffix("ly")
            && !ClaimContent.auxiliaries.contains(next.key)
    }

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
        return pairFor(objectPhrase(after: active.verb, in: active), passive.subject)
    }

    /// Words that end the noun phrase after a verb: prepositions, joins and report verbs (`arrested the captain at
    /// the quay, a spokesman said` has the object `the captain`).
    static let phraseEnds: Set<String> = [
        "at", "in", "on", "from", "to", "for", "with", "by", "after", "before", "during", "near", "over", "into",
        "and", "but", "or", "said", "says", "told", "while", "when", "because", "as",
    ]

    /// The terms of the noun phrase after word `k`, up to a preposition, a join or a report verb and at most five
    /// words.
    static func objectPhrase(after k: Int, in side: Side) -> Set<String> {
        var terms = Set<String>()
        for i in (k + 1)..<min(side.clause.upperBound, k + 6) {
            if phraseEnds.contains(side.content.words[i].key) { break }
            if let term = side.content.terms[i], !term.hasPrefix("#") { terms.insert(term) }
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

    /// Particles that make a verb another verb (`show up`, `turn out`, `carry on`).
    static let particles: Set<String> = ["up", "out", "off", "down", "away"]

    /// The particle right after word `k`, if any.
    static func particle(after k: Int, in content: ClaimContent) -> String? {
        guard k + 1 < content.words.count, particles.contains(content.words[k + 1].key) else { return nil }
        return content.words[k + 1].key
    }

    /// Whether a claim asserts a term outside a denial's scope: not denied, not under a condition or a withheld
    /// judgement there.
    static func assertsElsewhere(_ term: String, outside scope: Range<Int>, in content: ClaimContent) -> Bool {
        content.words.indices.contains { k in
            !scope.contains(k) && content.terms[k] == term && !content.isDenied(k) && !content.isUncommitted(k)
        }
    }

    /// `b` rejects a statement as a whole (`false`, `unrelated`) next to words of a clause that `a` asserts.
    private func refutation(_ pair: ClaimPair) -> Proposal? {
        // Both sides reject something (`a fake press release ... the hoax` against `completely fake`): the
        // asserting side does not state what the other rejects; most often both reject the same story.
        guard let word = pair.contentB.refutation, pair.contentA.refutation == nil,
            !pair.contentA.words.contains(where: { rejectionWords.contains($0.key) })
        else { return nil }
        let pos = pair.contentA
        let neg = pair.contentB
        let clauseR = neg.clause(of: word.lowerBound)
        guard !neg.isUncommitted(word.lowerBound),
            let alignment = PropositionAlignment.align(pos, neg, rarity: pair.rarity, fixedB: clauseR),
            alignment.shared.count >= 2
        else { return nil }
        let clauseP = alignment.clauseA
        // The asserting clause neither refutes nor denies anything itself, and commits to what they share, at a
        // time that may be the same.
        if Opposition.negates(clauseP, pos) || ClaimContent.timesApart(pos, clauseP, neg, clauseR) { return nil }
        let sharedInP = clauseP.filter { k in pos.terms[k].map { alignment.shared.contains($0) } == true }
        // Shared words that only name what a report says (`in response to the rumours of her capture in the
        // town`: after a report noun and its `of`, `that` or `about`) assert nothing the rejection could contradict.
        let reported = sharedInP.filter { k in
            pos.words[k].text.unicodeScalars.first?.isUppercaseLetter != true
                && !pos.reportWords.contains(k)
                && (clauseP.lowerBound..<k).contains { r in
                    (pos.reportWords.contains(r) || newsNouns.contains(pos.words[r].key)) && r + 1 < k
                        && ["of", "that", "about"].contains(pos.words[r + 1].key)
                }
        }
        let said = sharedInP.filter { k in
            pos.words[k].text.unicodeScalars.first?.isUppercaseLetter != true && !pos.reportWords.contains(k)
        }
        if !said.isEmpty && reported.count == said.count { return nil }
        // Shared words said only within a likeness (`felt as if he were in a cell`) assert nothing literally.
        if !said.isEmpty && said.allSatisfy({ likened($0, in: pos) }) { return nil }
        guard !sharedInP.isEmpty, !sharedInP.allSatisfy({ pos.isUncommitted($0) }),
            !sharedInP.contains(where: { pos.isDenied($0) }),
            !sharedInP.contains(where: { Opposition.hedged($0, in: pos) })
        else { return nil }
        // What is refuted comes before the word (`claims of a ceasefire ... are false`), or after a phrase
        // (`nothing to do with a gas leak`).
        let after = neg.words[word].count > 1 ? 6 : 0
        let near = max(clauseR.lowerBound, word.lowerBound - 8)..<min(clauseR.upperBound, word.upperBound + after)
        // A denied link (`X had nothing to do with Y`, `X is unrelated to Y`) is about its X: the last content word
        // before it (in `the pilots he hired were unrelated to the strike` it is the pilots) is
        // said in the asserting clause too.
        let link = neg.words[word].map(\.key).joined(separator: " ")
        if linkRefutations.contains(link),
            let x = (max(0, word.lowerBound - 6)..<word.lowerBound).last(where: { k in
                neg.terms[k].map { !$0.hasPrefix("#") } == true
            }),
            let term = neg.terms[x], !pos.contentTerms(in: clauseP).contains(term)
        {
            return nil
        }
        // A word that judges more than statements (`wrong`, `incorrect`) rejects a statement only when said of
        // one: a report noun or a statement before it (`the claim ... is incorrect`), not `things had gone wrong`
        // or `his use of the word was incorrect`.
        if evaluativeRefutations.contains(neg.words[word].map(\.key).joined(separator: " ")),
            !(near.lowerBound..<word.lowerBound).contains(where: { k in
                neg.reportWords.contains(k) || newsNouns.contains(neg.words[k].key)
                    || statementNouns.contains(neg.words[k].key)
            })
        {
            return nil
        }
        guard near.contains(where: { k in neg.terms[k].map { alignment.shared.contains($0) } == true }) else {
            return nil
        }
        // The refuted proposition is the other claim's: said of someone it describes (`the senator, who has
        // called the plan a hoax,`) the word is background; said of statements it does not name (`repeating false
        // statements`) it refutes nothing the other side says; after `the claim that`, the refuted proposition's
        // first word (its subject, most often) is said in the asserting clause.
        if !refutesProposition(word, within: near, in: neg, assertedTerms: pos.contentTerms(in: clauseP)) {
            return nil
        }
        // What is rejected is said of something: a shared word in lower case, used in the same role on both sides.
        // `the rumour that she was captured is not true` rejects `she was captured`, not `capturing parts of the
        // town` (another actor's doing) or `their captured nationals` (a description of other people).
        guard Opposition.sameRole(pos, clauseP, neg, near.lowerBound..<word.lowerBound, shared: alignment.shared),
            let anchor = near.first(where: { k in neg.terms[k].map { alignment.shared.contains($0) } == true }),
            let asserted = clauseP.first(where: { k in pos.terms[k] == neg.terms[anchor] }),
            !Opposition.namedApart(pos, around: asserted, neg, around: anchor, shared: alignment.shared)
        else { return nil }
        var f = Opposition.sideFeatures(pair, alignment, asserting: clauseP, denying: clauseR)
        f[.refutation] = 1
        let refuted = neg.contentTerms(in: clauseR).subtracting(neg.contentTerms(in: word))
        f[.scopeShare] = Double(refuted.intersection(alignment.shared).count) / Double(max(refuted.count, 1))
        f[.subjectUnknown] = 1
        let text = neg.words[word].map(\.text).joined(separator: " ")
        let relation = pair.relation(
            .conflict, rule: "refutation: “\(text)”", score: 0.5,
            explanation:
                "\(pair.b.source.name) calls it “\(text)” while \(pair.a.source.name) states it (\(Opposition.alignmentText(pair, alignment))).",
            evidence: [pair.evidence(pair.a, pos, clauseP), pair.evidence(pair.b, neg, near)])
        return Proposal(relation: relation, family: .conflict, features: f)
    }

    /// Whether a refutation word rejects a proposition the asserting clause (`assertedTerms`) can state: not a
    /// word in a relative clause describing someone (`who`), not one qualifying statements it leaves unnamed
    /// (`false statements`, with no `that`, `of` or `about` after the noun), and, when a statement noun opens the
    /// refuted proposition with `that`, that proposition's first content word is among the asserted terms.
    func refutesProposition(
        _ word: Range<Int>, within near: Range<Int>, in neg: ClaimContent, assertedTerms: Set<String>
    ) -> Bool {
        let words = neg.words
        let clause = neg.clause(of: word.lowerBound)
        let described = max(clause.lowerBound, word.lowerBound - 12)..<word.lowerBound
        // As written, so that an organisation's initials (`WHO`) are no relative pronoun.
        if described.contains(where: { ["who", "whom"].contains(words[$0].text) }) { return false }
        let statement: (Int) -> Bool = { k in
            neg.reportWords.contains(k) || statementNouns.contains(words[k].key)
        }
        let end = max(word.upperBound, min(clause.upperBound, word.upperBound + 4))
        if let noun = (word.upperBound..<end).first(where: statement),
            // The word describes the noun (`false, unkind and costly statements`), no phrase between.
            !(word.upperBound..<noun).contains(where: { k in
                !["and", "or"].contains(words[k].key) && Opposition.phraseEnds.contains(words[k].key)
            })
        {
            // `false statements that were made about him`: a `that` before a finite verb opens a description.
            let next = noun + 1 < words.count ? words[noun + 1].key : ""
            let then = noun + 2 < words.count ? words[noun + 2].key : ""
            if !["that", "of", "about"].contains(next)
                || (next == "that" && Opposition.finiteAuxiliaries.contains(then))
            {
                return false
            }
        }
        let opener = (max(0, word.lowerBound - 12)..<word.lowerBound).last { k in
            k + 1 < word.lowerBound && statement(k) && words[k + 1].key == "that"
        }
        if let opener,
            let first = (opener + 2..<word.lowerBound).first(where: { k in
                neg.terms[k].map { !$0.hasPrefix("#") } == true
            }),
            let term = neg.terms[first], !assertedTerms.contains(term)
        {
            return false
        }
        return true
    }

    /// How a word is used: a verb in the passive (`was captured`), a participle describing the noun after it
    /// (`their captured nationals`), an `-ing` form without `be` (`capturing parts of the town`), or otherwise.
    enum Role: Equatable { case passive, attributive, gerund, plain }

    /// Forms of `be` and `get` that make the participle after them passive.
    static let passiveAuxiliaries: Set<String> = [
        "was", "were", "been", "being", "be", "is", "are", "am", "got", "get", "gets", "getting",
    ]
    /// Words before a participle that make it describe the noun after it.
    static let nounOpeners: Set<String> = [
        "the", "a", "an", "their", "his", "her", "its", "our", "your", "my", "these", "those", "this", "that",
    ]

    static func role(_ k: Int, in content: ClaimContent) -> Role {
        let words = content.words
        if (max(0, k - 2)..<k).contains(where: { passiveAuxiliaries.contains(words[$0].key) }) { return .passive }
        let key = words[k].key
        let determined = k > 0 && nounOpeners.contains(words[k - 1].key)
        // A participle between a determiner and a noun; `a ceasefire agreement` is a compound, not a description.
        if determined, key.hasSuffix("ed") || key.hasSuffix("en"), k + 1 < words.count, content.terms[k + 1] != nil,
            !words[k + 1].isNumber, words[k + 1].text.unicodeScalars.first?.isUppercaseLetter != true
        {
            return .attributive
        }
        // `the flooding` is a noun; `capturing parts of the town` a doing.
        if key.hasSuffix("ing") && !determined { return .gerund }
        return .plain
    }

    /// Whether the shared verbs of `rejected` (the words a rejection is about) are used in the asserting clause in
    /// roles that can state one proposition: not a description of a noun on one side only, and not a passive
    /// against an `-ing` form (the subject undergoes it on one side and does it on the other). A shared verb used
    /// in no compatible role vetoes; shared nouns (`the town`) do not decide.
    static func sameRole(
        _ pos: ClaimContent, _ clauseP: Range<Int>, _ neg: ClaimContent, _ rejected: Range<Int>, shared: Set<String>
    ) -> Bool {
        func uses(_ c: ClaimContent, _ range: Range<Int>) -> [String: [Role]] {
            var result: [String: [Role]] = [:]
            for k in range where c.terms[k].map({ shared.contains($0) && !$0.hasPrefix("~") }) == true {
                guard c.words[k].text.unicodeScalars.first?.isUppercaseLetter != true else { continue }
                result[c.terms[k]!, default: []].append(role(k, in: c))
            }
            return result
        }
        let asserted = uses(pos, clauseP)
        let denied = uses(neg, rejected)
        func compatible(_ x: Role, _ y: Role) -> Bool {
            if (x == .attributive) != (y == .attributive) { return false }
            if Set([x, y]) == [.passive, .gerund] { return false }
            return true
        }
        return denied.allSatisfy { term, roles in
            let theirs = asserted[term] ?? []
            let verbal = (roles + theirs).contains { $0 != .plain }
            return !verbal || theirs.isEmpty || theirs.contains { x in roles.contains { compatible(x, $0) } }
        }
    }

    /// One side uses a word and the other its opposite for the same thing (`son` against `girl`), in aligned
    /// clauses.
    private func oppositeWords(_ pair: ClaimPair) -> Proposal? {
        guard !pair.contentA.opposites.isEmpty, !pair.contentB.opposites.isEmpty else { return nil }
        let keysA = Set(pair.contentA.words.map(\.key))
        let keysB = Set(pair.contentB.words.map(\.key))
        for (wordA, classesA) in pair.contentA.opposites {
            for (wordB, classesB) in pair.contentB.opposites {
                // Only true opposites raise a contradiction; outcome classes (after them) only veto agreement.
                guard let k = Set(classesA).intersection(classesB).filter({ $0 < opposites.count }).min() else {
                    continue
                }
                let x = pair.contentA.words[wordA].key
                let y = pair.contentB.words[wordB].key
                guard x != y, !keysA.contains(y), !keysB.contains(x), opposites[k].contains(x),
                    opposites[k].contains(y),
                    let alignment = PropositionAlignment.align(
                        pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: pair.contentA.clause(of: wordA),
                        fixedB: pair.contentB.clause(of: wordB)),
                    alignment.shared.count >= 2,
                    // The two words are said of one thing: each stands next to a word both clauses share (`a
                    // failed rescue attempt` against `the rescue attempt was successful`).
                    Opposition.nextToShared(wordA, pair.contentA, alignment.shared),
                    Opposition.nextToShared(wordB, pair.contentB, alignment.shared),
                    !pair.contentA.isUncommitted(wordA), !pair.contentB.isUncommitted(wordB),
                    !ClaimContent.timesApart(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB),
                    Opposition.sameRoles(wordA, pair.contentA, wordB, pair.contentB),
                    // Two named people or things (`her brother, Aldo Ferro` against `his sister, Nina Ferro`).
                    !Opposition.namedApart(
                        pair.contentA, around: wordA, pair.contentB, around: wordB, shared: alignment.shared)
                else { continue }
                var f = Opposition.sideFeatures(
                    pair, alignment, asserting: alignment.clauseA, denying: alignment.clauseB)
                f[.opposite] = 1
                f[.subjectUnknown] = 1
                let relation = pair.relation(
                    .conflict, rule: "opposite words: \(x) vs \(y)", score: 0.5,
                    explanation:
                        "\(pair.a.source.name) says “\(pair.contentA.words[wordA].text)” where \(pair.b.source.name) says “\(pair.contentB.words[wordB].text)” about the same thing (\(Opposition.alignmentText(pair, alignment))).",
                    evidence: [
                        pair.evidence(pair.a, pair.contentA, wordA..<(wordA + 1)),
                        pair.evidence(pair.b, pair.contentB, wordB..<(wordB + 1)),
                    ])
                return Proposal(relation: relation, family: .conflict, features: f)
            }
        }
        return nil
    }

    /// Whether two opposite words are said of the same roles: their subjects are not different (`Lund won`
    /// against `Ferris lost` are two people), and what one side names after its word is not the other's subject
    /// (`lost to Okafor` against `Okafor won` say one thing of two people).
    static func sameRoles(_ x: Int, _ a: ClaimContent, _ y: Int, _ b: ClaimContent) -> Bool {
        let clauseX = a.clause(of: x)
        let clauseY = b.clause(of: y)
        let subjectX = a.subject(in: clauseX, before: x)
        let subjectY = b.subject(in: clauseY, before: y)
        if subjects(subjectX, subjectY) == .different { return false }
        // Who it was done to or against: the content words after `to`, `by` or `against` just after the word.
        func after(_ k: Int, _ c: ClaimContent, _ clause: Range<Int>) -> Set<String> {
            guard
                let j = (k + 1..<min(clause.upperBound, k + 4)).first(where: {
                    ["to", "by", "against"].contains(c.words[$0].key)
                })
            else { return [] }
            return Set((j + 1..<min(clause.upperBound, j + 4)).compactMap { c.terms[$0] })
        }
        let swapped =
            !after(x, a, clauseX).isDisjoint(with: subjectY) || !after(y, b, clauseY).isDisjoint(with: subjectX)
        return !swapped
    }

    /// Whether the names around two aligned words differ on both sides: each side names, within four words of
    /// its word, something the other claim never names (`the Harbour Authority` against `the Rail Authority`,
    /// `in Ohio` against `in Iowa`). Names both claims use, and the first word of each claim, do not count.
    static func namedApart(
        _ a: ClaimContent, around x: Int, _ b: ClaimContent, around y: Int, shared: Set<String>
    ) -> Bool {
        func names(_ c: ClaimContent, _ k: Int) -> Set<String> {
            let clause = c.clause(of: k)
            let from = max(1, clause.lowerBound, k - 4)
            let to = min(clause.upperBound, k + 5)
            guard from < to else { return [] }
            return Set(
                (from..<to).compactMap { j -> String? in
                    guard c.words[j].text.unicodeScalars.first?.isUppercaseLetter == true, let term = c.terms[j],
                        !term.hasPrefix("#"), !shared.contains(term)
                    else { return nil }
                    return ContentReader.skeleton(c.words[j].key)
                })
        }
        let onlyA = names(a, x).filter { !b.skeletons.contains($0) }
        let onlyB = names(b, y).filter { !a.skeletons.contains($0) }
        return !onlyA.isEmpty && !onlyB.isEmpty
    }

    /// Whether a word stands within three words of one of the shared terms, in its own clause.
    static func nextToShared(_ k: Int, _ content: ClaimContent, _ shared: Set<String>) -> Bool {
        let clause = content.clause(of: k)
        let near = max(clause.lowerBound, k - 3)..<min(clause.upperBound, k + 4)
        return near.contains { j in j != k && content.terms[j].map { shared.contains($0) } == true }
    }

    /// The aligned words, for explanations.
    static func alignmentText(_ pair: ClaimPair, _ alignment: PropositionAlignment) -> String {
        var seen = Set<String>()
        var shown: [String] = []
        for k in alignment.clauseA {
            guard let term = pair.contentA.terms[k], alignment.shared.contains(term), seen.insert(term).inserted else {
                continue
            }
            shown.append("“\(pair.contentA.words[k].text)”")
            if shown.count == 6 { break }
        }
        return
            "aligned clauses share \(shown.joined(separator: ", ")); overlap \(format(alignment.overlap)), cosine \(format(pair.similarity))"
    }

    static func subjectText(_ match: SubjectMatch, _ shared: Set<String>) -> String {
        switch match {
        case .same: return "the same"
        case .unknown: return "not named on one side"
        case .different: return "different"
        }
    }
}

/// Two decimals, for explanations.
func format(_ x: Double) -> String {
    let v = (x * 100).rounded() / 100
    return String(v)
}
