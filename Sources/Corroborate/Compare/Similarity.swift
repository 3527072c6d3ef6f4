import Foundation

/// Agreement by content: two claims from different articles whose aligned clauses state the same proposition,
/// slot by slot. The clauses must share a specific fact (a name or a figure, and something said of it), and no
/// slot may be incompatible: a denial, refutation, condition or withheld judgement over the shared words on one
/// side only, a figure of the same measure that differs, opposite words, or manners that cannot both hold. One
/// incompatible slot vetoes the agreement whatever else the claims share; the relation model scores the rest.
struct Similarity: Sendable {
    /// The least cosine of the whole claims, or the least share of the shorter aligned clause, for a proposal.
    var threshold = 0.3
    var clauseCoverage = 0.5
    /// Terms the aligned clauses must share.
    var sharedNeeded = 3

    let conflictingManners: Set<[String]>
    /// Auxiliary and modal verbs (`auxiliaries` in comparison.json): the word after them is a clause's predicate.
    let auxiliaries: Set<String>
    /// Personal pronouns that open a speaker's own plan before a verb of intent (`subjectPronouns`).
    let subjectPronouns: Set<String>
    /// Modal verbs and verbs of intent after which a pronoun's clause tells its speaker's own plan (`intentVerbs`).
    let intentVerbs: Set<String>
    /// Words ending in `ing` that are no gerund opening a stance (`ingNouns`).
    let ingNouns: Set<String>
    /// Reversed roles, crossed speakers, a speaker as the other's object (`RoleReversal`): vetoes.
    let roles: RoleReversal

    init(knowledge: Knowledge) {
        auxiliaries = Set(knowledge.comparison.auxiliaries.map(\.folded))
        subjectPronouns = Set(knowledge.comparison.subjectPronouns.map(\.folded))
        intentVerbs = Set(knowledge.comparison.intentVerbs.map(\.folded))
        ingNouns = Set(knowledge.comparison.ingNouns.map(\.folded))
        roles = RoleReversal(words: knowledge.comparison)
        var conflicts = Set<[String]>()
        for pair in knowledge.events.conflicts where pair.count == 2 {
            conflicts.insert(pair)
            conflicts.insert([pair[1], pair[0]])
        }
        conflictingManners = conflicts
    }

    /// The agreement the rules propose for a pair, unjudged, as relations (`check` reads them so).
    func relations(_ pair: ClaimPair) -> [Relation] { proposals(pair, figures: nil).map(\.relation) }

    /// What the comparison knows about two aligned clauses that may agree.
    static func agreementFeatures(_ pair: ClaimPair, _ alignment: PropositionAlignment) -> PairFeatures {
        var f = PairFeatures()
        f[.cosine] = pair.similarity
        f[.clauseOverlap] = min(1, alignment.overlap)
        f[.clauseCoverage] = alignment.coverage
        f[.sharedTerms] = log(1 + Double(alignment.shared.count)) / log(10)
        f[.sharedNames] = Double(min(alignment.names, 3)) / 3
        let hedgedA = pair.contentA.isHedged(alignment.clauseA) || !pair.a.frame.hedges.isEmpty
        let hedgedB = pair.contentB.isHedged(alignment.clauseB) || !pair.b.frame.hedges.isEmpty
        f[.assertHedged] = PairFeatures.flag(hedgedA || hedgedB)
        f[.hedgeMismatch] = PairFeatures.flag(hedgedA != hedgedB)
        let reportA = alignment.clauseA.contains { pair.contentA.reportWords.contains($0) }
        let reportB = alignment.clauseB.contains { pair.contentB.reportWords.contains($0) }
        f[.assertReportive] = PairFeatures.flag(reportA || reportB)
        f[.denyReportive] = PairFeatures.flag(reportA != reportB)
        f[.sameSpeaker] = PairFeatures.flag(pair.speakerA != nil && pair.speakerA == pair.speakerB)
        f[.outletSide] = PairFeatures.flag(pair.a.source.kind == .outlet || pair.b.source.kind == .outlet)
        f[.bothQuoted] = PairFeatures.flag(pair.a.isDirectQuote && pair.b.isDirectQuote)
        f[.otherNegation] = PairFeatures.flag(!pair.contentA.negations.isEmpty || !pair.contentB.negations.isEmpty)
        return f
    }

    /// The one agreement proposed for a pair: the aligned clauses, with the figures' verdict folded in. Nil when
    /// nothing specific is shared or a slot is incompatible.
    func proposals(_ pair: ClaimPair, figures: QuantityComparison.Judgement?) -> [Proposal] {
        if figures?.differ == true { return [] }
        if pair.contentA.isQuestion || pair.contentB.isQuestion { return [] }
        if pair.contentA.revision != nil || pair.contentB.revision != nil { return [] }
        if opposed(pair) || mannersConflict(pair.a, pair.b) { return [] }
        // Two voices: each claim has one (a named speaker or a description, not the article's own), the two
        // differ and share no name (`Ola Berg` and `harbour workers`; not `Ola Berg` and `Berg`).
        let twoVoices = Similarity.twoVoices(pair)
        // Each claim's words name no subject of their own (`to build a canal`, `a toll on the bridge`): each is its
        // named speaker's stance or act, and two speakers' stances are two propositions, however alike their
        // words (the subject slot differs). A description (`dock workers`) may be the other's speaker.
        if !QuoteVariants.maySpeakAlike(pair)
            && speakerIsSubject(pair.contentA) && speakerIsSubject(pair.contentB)
        {
            return []
        }
        // Both sides must commit to what their aligned clauses say: a clause that denies, refutes, hedges,
        // withholds a judgement or only names a report (`reports that two cases were found`) is no side of an
        // agreement, whatever words it shares; two such clauses may agree, but telling so is not sure enough to
        // flag. Another clause of the claim does not taint this one (`did not close the airport, but tore a roof off`).
        func commit(_ alignment: PropositionAlignment) -> Bool {
            Similarity.commits(pair.a, pair.contentA, in: alignment.clauseA)
                && Similarity.commits(pair.b, pair.contentB, in: alignment.clauseB)
        }
        // A figure said of a name in passing on both sides (`Rosa Diaz, 31,`, `the 52-year-old Rosa Diaz`) is an
        // attribute, not what either claim states: the pair is judged by what its clauses say, as any other.
        // A standing figure (`TermRarity.isStanding`: the votes a motion needs, printed by articles of unrelated
        // stories) is background both articles restate, nothing to corroborate. Told by both outlets in their own
        // words, the pair is not judged further: what else it shares is not told apart from the restated
        // background, and an agreement is flagged only when sure (a pair that also shares a proposition of its own
        // is then missed). Quoted from a speaker, the pair is judged by what its clauses say, as any other (`one
        // day` in a quotation, read as a duration, is no fact either).
        let figure = figures?.proposals.first(where: { $0.relation.type == .agreement })
        let standing = figure.map { Similarity.standing($0, pair) } ?? false
        if standing && pair.a.source.kind == .outlet && pair.b.source.kind == .outlet { return [] }
        if let figure, !standing, !Similarity.inPassing(figure, pair), !AppositiveAge.either(figure, pair) {
            // The same figure said of different happenings (`Rosa, 31, joined` and `Rosa, 31, was captured`) is no
            // agreement on either: something said of the figure's subject must be shared too.
            guard let alignment = alignment(of: figure, pair), alignment.predicates >= 1,
                commit(alignment), Similarity.sharesSpecific(pair, alignment, figure: true),
                veto(pair, alignment) == nil,
                // Every figure of the figure's sentences, not only of its clause: `now 4.10 a ride, to rise to 6`
                // against `from 4.10 to 5` are two proposals that share a starting point.
                Similarity.otherFigures(
                    pair.contentA, sentence(of: alignment.clauseA, pair.contentA), pair.contentB,
                    sentence(of: alignment.clauseB, pair.contentB), amounts: false) == nil
            else { return [] }
            return [figure]
        }
        // The predicate terms are found only for an alignment that passes the tests before them.
        guard
            let aligned = PropositionAlignment.align(
                pair.contentA, pair.contentB, rarity: pair.rarity, weights: pair.clauseWeights, predicates: false),
            commit(aligned),
            !twoStances(pair, aligned, twoVoices: twoVoices),
            aligned.shared.count >= sharedNeeded,
            aligned.coverage >= clauseCoverage || pair.similarity >= threshold,
            // A specific fact: a name and something said of it, or a statement of several rare words.
            aligned.names >= 1 && aligned.shared.count - aligned.names >= 1
                || aligned.shared.count - aligned.names >= 4,
            // The predicate terms are shared terms, so when no shared term is specific, none of them is and
            // `sharesSpecific` below fails: told before they are searched for.
            aligned.shared.contains(where: pair.rarity.isSpecific)
        else { return [] }
        let alignment = aligned.withPredicates(pair.contentA, pair.contentB)
        guard
            // What happened, not only who or where (`Harwich, a port on the coast` in two unrelated sentences).
            // One word said besides the names (`approve` with `Harbour Board`) is a topic, not a proposition, unless
            // the clauses share half their words, and most of them when two voices say them: two people who
            // mention one name and one verb mostly say two things.
            alignment.predicates >= 2
                || alignment.predicates == 1
                    && alignment.coverage >= (twoVoices ? Similarity.mostWords : clauseCoverage),
            Similarity.sharesSpecific(pair, alignment),
            veto(pair, alignment) == nil
        else { return [] }
        var f = Similarity.agreementFeatures(pair, alignment)
        let whole =
            alignment.clauseA == 0..<pair.contentA.words.count && alignment.clauseB == 0..<pair.contentB.words.count
        f[whole ? .sameStatement : .sameSentence] = 1
        let relation = pair.relation(
            .agreement, rule: whole ? "same statement" : "same statement (one clause each)", score: 0.5,
            explanation:
                "\(pair.a.source.name) and \(pair.b.source.name) state the same proposition: \(Opposition.alignmentText(pair, alignment)); no denial, condition, figure or opposite word sets the aligned clauses apart.",
            evidence: [
                pair.evidence(pair.a, pair.contentA, alignment.clauseA),
                pair.evidence(pair.b, pair.contentB, alignment.clauseB),
            ])
        return [Proposal(relation: relation, family: .agreement, features: f)]
    }

    /// Whether the aligned clauses share something specific said of what they are about: a word few articles of
    /// the run use (`TermRarity.isSpecific`), written in lower case on both sides and outside an apposition on
    /// one, as `predicates` counts them; for a figure agreement the figure itself may be it. Names alone are no
    /// such fact: two claims that name what much of a large run talks about (`the Harbour Authority`, `the water
    /// charter`) and share only common words besides (`funding`, `rights`) tell two different things about it.
    static func sharesSpecific(_ pair: ClaimPair, _ alignment: PropositionAlignment, figure: Bool = false) -> Bool {
        let rarity = pair.rarity
        let said = alignment.predicateTerms.contains(where: rarity.isSpecific)
        guard !said, figure else { return said }
        func figures(_ c: ClaimContent, _ clause: Range<Int>) -> Set<String> {
            Set(clause.compactMap { k in c.terms[k].flatMap { $0.hasPrefix("#") ? $0 : nil } })
        }
        return figures(pair.contentA, alignment.clauseA).intersection(figures(pair.contentB, alignment.clauseB))
            .contains(where: rarity.isSpecific)
    }

    /// Whether a figure agreement's figure is, on both sides, said in passing of a name: in an apposition, or an
    /// age written before the name it describes (`52-year-old Rosa`).
    static func inPassing(_ figure: Proposal, _ pair: ClaimPair) -> Bool {
        let evidence = figure.relation.evidence
        guard evidence.count == 2 else { return false }
        func passing(_ e: RelationEvidence, _ content: ClaimContent) -> Bool {
            guard let first = content.words.firstIndex(where: { $0.span.start >= e.span.start }) else { return false }
            if content.appositive.contains(first) { return true }
            guard e.words.lowercased().hasSuffix("old"),
                let next = content.words.firstIndex(where: { $0.span.start >= e.span.end })
            else { return false }
            return content.words[next].text.first?.isUppercase == true
        }
        return passing(evidence[0], pair.contentA) && passing(evidence[1], pair.contentB)
    }

    /// Whether a figure agreement's figure is a standing figure of the run (`TermRarity.isStanding`) on either
    /// side.
    static func standing(_ figure: Proposal, _ pair: ClaimPair) -> Bool {
        let evidence = figure.relation.evidence
        guard evidence.count == 2 else { return false }
        func standing(_ e: RelationEvidence, _ content: ClaimContent) -> Bool {
            content.quantities.contains { $0.span.overlaps(e.span) && pair.rarity.isStanding($0) }
        }
        return standing(evidence[0], pair.contentA) || standing(evidence[1], pair.contentB)
    }

    /// The clauses of a figure agreement, aligned.
    private func alignment(of figure: Proposal, _ pair: ClaimPair) -> PropositionAlignment? {
        let spans = figure.relation.evidence.map(\.span)
        guard spans.count == 2,
            let wordA = pair.contentA.words.firstIndex(where: { $0.span.start >= spans[0].start }),
            let wordB = pair.contentB.words.firstIndex(where: { $0.span.start >= spans[1].start })
        else { return nil }
        return PropositionAlignment.align(
            pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: pair.contentA.clause(of: wordA),
            fixedB: pair.contentB.clause(of: wordB), weights: pair.clauseWeights)
    }

    /// Whether two claims are told by two voices: both attributed (not the article's own), with different
    /// speaker keys or descriptions that share no word of four letters or more, in any case (`the port's
    /// Harbour Office` and `harbour office` may be one).
    static func twoVoices(_ pair: ClaimPair) -> Bool {
        guard let x = QuoteVariants.voice(pair.a, key: pair.speakerA),
            let y = QuoteVariants.voice(pair.b, key: pair.speakerB), x != y
        else { return false }
        // The names' words of four letters or more, read once per name (`SpeakerNames.voiceWords`).
        return pair.namesA.voiceWords.isDisjoint(with: pair.namesB.voiceWords)
    }

    /// The sentence of a claim that holds a clause (the whole claim when its sentences are not known).
    private func sentence(of clause: Range<Int>, _ c: ClaimContent) -> Range<Int> {
        c.sentences.first { $0.contains(clause.lowerBound) } ?? 0..<c.words.count
    }

    /// Whether a claim's words leave its subject to the speaker: they open with an infinitive (`to build a
    /// canal`), a gerund (`raising the toll`), or are a noun phrase without a verb of their own (`a toll on the
    /// bridge for lorries`: no auxiliary, no past tense).
    func speakerIsSubject(_ c: ClaimContent) -> Bool {
        // A claim that opens with a capital is a sentence or a quotation of its own, with its own subject.
        guard let first = c.words.first, first.text.unicodeScalars.first?.isLowercaseLetter == true else {
            return false
        }
        let key = first.key
        let verbless = !c.words.contains { word in
            auxiliaries.contains(word.key) || word.key.count > 4 && word.key.hasSuffix("ed")
        }
        if key == "to" { return true }
        if key.count > 5 && key.hasSuffix("ing") && !ingNouns.contains(key) { return verbless }
        if ["a", "an", "the"].contains(key) { return verbless }
        return false
    }

    /// Whether two speakers who are not one (`QuoteVariants.maySpeakAlike`) each tell their own plan on at least one
    /// side: a clause that opens with a pronoun and a modal or a verb of intent (`he would widen the road`, `she
    /// wants a ferry`, `we will rebuild the pier`). The actors of the two propositions then differ (the speaker of
    /// one, whoever the other is about), so shared words are a topic, not one proposition. What a speaker saw or
    /// did (`I watched the pier collapse`, `we ran the tests`) is no plan: two witnesses corroborate each other. One
    /// utterance credited to two people (both sides quoted, and most of the shorter clause's words shared) is left
    /// to the other checks.
    func twoStances(_ pair: ClaimPair, _ alignment: PropositionAlignment, twoVoices: Bool) -> Bool {
        guard twoVoices, !QuoteVariants.maySpeakAlike(pair) else {
            return false
        }
        if pair.a.isDirectQuote && pair.b.isDirectQuote && alignment.coverage >= Similarity.mostWords { return false }
        return ownPlan(pair.contentA, alignment.clauseA) || ownPlan(pair.contentB, alignment.clauseB)
    }

    /// Whether a clause opens (within its first `subjectReach` words) with a personal pronoun followed by a modal or
    /// a verb of intent: the speaker's own plan, as indirect speech (`he would`) or a quotation (`we will`) tells it.
    func ownPlan(_ c: ClaimContent, _ clause: Range<Int>) -> Bool {
        let keys = clause.prefix(Similarity.subjectReach + 1).map { c.words[$0].key }
        return zip(keys, keys.dropFirst()).prefix(Similarity.subjectReach).contains {
            subjectPronouns.contains($0) && intentVerbs.contains($1)
        }
    }

    /// How many words at the start of a clause its subject may be among.
    static let subjectReach = 3

    /// Whether a claim plainly states what one of its clauses says: no denial cued or reaching into the clause,
    /// no refutation, hedge, condition, withheld judgement or report noun inside it, and nothing that taints the
    /// whole claim (a cue credited with a denial; a hedge of the attribution that the claim's words do not hold,
    /// as `reportedly` in `reportedly said`). What another clause hedges or denies is that clause's.
    static func commits(_ claim: Claim, _ content: ClaimContent, in clause: Range<Int>) -> Bool {
        guard content.creditedDenial == nil else { return false }
        if content.negations.contains(where: { clause.overlaps($0.scope) || clause.contains($0.cue.lowerBound) }) {
            return false
        }
        if let refutation = content.refutation, clause.overlaps(refutation) { return false }
        if content.hedges.contains(where: { clause.contains($0) }) { return false }
        // A hedge of the claim that none of its hedged words opens was the attribution's: it covers every clause.
        let opened = Set(content.hedges.map { content.words[$0].key })
        if claim.frame.hedges.contains(where: {
            !opened.contains(String($0.lowercased().split(separator: " ").first ?? ""))
        }) {
            return false
        }
        if (content.uncertain + content.conditional).contains(where: { clause.overlaps($0) }) { return false }
        return !content.reportWords.contains { clause.contains($0) }
    }

    /// One claim uses a word, the other its opposite (`son` and `daughter`, `freed` and `killed`): never an
    /// agreement. Claims that both use both words (`freed the hostage and killed ten`) are not opposed by them.
    private func opposed(_ pair: ClaimPair) -> Bool {
        let keysA = Set(pair.contentA.opposites.map { pair.contentA.words[$0.word].key })
        let keysB = Set(pair.contentB.opposites.map { pair.contentB.words[$0.word].key })
        for (wordA, classesA) in pair.contentA.opposites {
            for (wordB, classesB) in pair.contentB.opposites where !Set(classesA).isDisjoint(with: classesB) {
                let x = pair.contentA.words[wordA].key
                let y = pair.contentB.words[wordB].key
                if x != y && !(keysA.contains(y) && keysB.contains(x)) { return true }
            }
        }
        return false
    }

    /// Manners or states that cannot both hold (`withdrew` and `fierce clashes`).
    func mannersConflict(_ a: Claim, _ b: Claim) -> Bool {
        for x in a.frame.manner + a.frame.state {
            for y in b.frame.manner + b.frame.state where conflictingManners.contains([x.label, y.label]) {
                return true
            }
        }
        return false
    }
}
