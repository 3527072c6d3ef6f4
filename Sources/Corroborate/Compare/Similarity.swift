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

    /// The first incompatible slot of two aligned clauses, or nil: polarity (a shared word denied on one side
    /// only), a refutation on one side only, a condition or withheld judgement over the shared words on one side
    /// only, another time, another figure, another predicate, another name in one slot, two speakers each naming the
    /// other, a speaker as the object of the other's verb, or reversed roles (`RoleReversal`).
    func veto(_ pair: ClaimPair, _ alignment: PropositionAlignment) -> String? {
        func sharedWords(_ c: ClaimContent, _ clause: Range<Int>) -> [Int] {
            clause.filter { k in c.terms[k].map { alignment.shared.contains($0) } == true }
        }
        let wordsA = sharedWords(pair.contentA, alignment.clauseA)
        let wordsB = sharedWords(pair.contentB, alignment.clauseB)
        let deniedA = wordsA.contains { pair.contentA.isDenied($0) }
        let deniedB = wordsB.contains { pair.contentB.isDenied($0) }
        if deniedA != deniedB { return "polarity" }
        // A denial in one clause only, whatever it governs, makes the two clauses say different things.
        let negatesA = pair.contentA.negations.contains { alignment.clauseA.contains($0.cue.lowerBound) }
        let negatesB = pair.contentB.negations.contains { alignment.clauseB.contains($0.cue.lowerBound) }
        if negatesA != negatesB { return "polarity" }
        let refutesA = pair.contentA.refutation.map { alignment.clauseA.overlaps($0) } ?? false
        let refutesB = pair.contentB.refutation.map { alignment.clauseB.overlaps($0) } ?? false
        if refutesA != refutesB { return "refutation" }
        let uncommittedA = wordsA.contains { pair.contentA.isUncommitted($0) }
        let uncommittedB = wordsB.contains { pair.contentB.isUncommitted($0) }
        if uncommittedA != uncommittedB { return "condition or withheld judgement" }
        if ClaimContent.timesApart(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB) {
            return "another time"
        }
        if let (x, y) = Similarity.otherFigures(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB) {
            return "another figure: \(x) vs \(y)"
        }
        if let (x, y) = otherPredicates(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB) {
            return "another predicate: \(x) vs \(y)"
        }
        if let (x, y) = Similarity.otherNames(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB) {
            return "another name: \(x) vs \(y)"
        }
        if let (x, y) = roles.crossed(pair, alignment) {
            return "speakers crossed: \(x) vs \(y)"
        }
        if let (x, y) = roles.speakerAsObject(pair, alignment) {
            return "speaker as the other's object: \(x) vs \(y)"
        }
        if let (x, y) = roles.reversed(pair, alignment) {
            return "roles reversed: \(x) vs \(y)"
        }
        return nil
    }

    /// A figure of one measure in each aligned clause that meets no figure of that measure on the other side
    /// (`more than a dozen doctors` against `about 11 doctors`; `nine killed and 28 wounded` against `nine
    /// killed and 24 wounded`; `with 318 seats at stake` against `with 309 seats at stake`): the clauses give two
    /// figures, and however close they are, the pair is no agreement (whether they contradict is the figure
    /// rule's to say). Amounts of two measures that meet nowhere (`had 80% of the votes it needed` against
    /// `needs 412 votes`) are two figures too: two moments of a running count, or two counts. A figure one side adds
    /// (`65 short of the 1,740 needed` against `1,740 needed`) sets nothing apart.
    static func otherFigures(
        _ a: ClaimContent, _ clauseA: Range<Int>, _ b: ClaimContent, _ clauseB: Range<Int>, amounts: Bool = true
    ) -> (String, String)? {
        let figuresA = a.quantities.filter { clauseA.overlaps($0.words) }
        let figuresB = b.quantities.filter { clauseB.overlaps($0.words) }
        func text(_ c: ClaimContent, _ x: TypedQuantity) -> String {
            c.words[x.words].map(\.text).joined(separator: " ")
        }
        for x in figuresA where !figuresB.contains(where: { Similarity.meets(x, $0) }) {
            for y in figuresB where y.measure == x.measure && !figuresA.contains(where: { Similarity.meets(y, $0) }) {
                return (text(a, x), text(b, y))
            }
        }
        guard amounts else { return nil }
        let amountsA = figuresA.filter(Similarity.isAmount)
        let amountsB = figuresB.filter(Similarity.isAmount)
        if let x = amountsA.first, let y = amountsB.first,
            !amountsA.contains(where: { x in amountsB.contains { Similarity.meets(x, $0, acrossMeasures: true) } })
        {
            return (text(a, x), text(b, y))
        }
        return nil
    }

    /// Whether a figure is an amount (a count, a share or a sum of money), not a date, an age or a length.
    static func isAmount(_ x: TypedQuantity) -> Bool {
        x.dimension == "count" || x.dimension == "percent" || x.dimension.hasPrefix("currency")
    }

    /// Whether two figures may be one: of one measure (or any, `acrossMeasures`, for a value that is the same),
    /// and the same value, or values that overlap where one is approximate: a qualifier (`about 11`, `more than
    /// a dozen`), a vague word, a converted unit (12 metres, 39 feet) or a round large figure (`1.2 million`
    /// against `1,190,000`). Exact small figures must be equal: `97` is not `99`, and `309` is not `318`.
    static func meets(_ x: TypedQuantity, _ y: TypedQuantity, acrossMeasures: Bool = false) -> Bool {
        guard acrossMeasures || x.measure == y.measure else { return false }
        if x.low == y.low && x.high == y.high { return true }
        guard x.measure == y.measure else { return false }
        func approximate(_ q: TypedQuantity) -> Bool {
            q.qualifier != .exact || q.vague || q.converted
                || (q.low == q.high && q.low >= 1000 && q.low.truncatingRemainder(dividingBy: 1000) == 0)
        }
        guard approximate(x) || approximate(y) else { return false }
        return max(x.low, y.low) - min(x.high, y.high) <= Similarity.figureSlack * max(abs(x.high), abs(y.high))
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

    /// What each aligned clause predicates after an auxiliary or modal verb (`the talks must stop`, `the talks
    /// would continue`), when neither claim has the other's word: the two clauses say different things of
    /// what they share, however many other words they have in common. The predicate is the first content word
    /// after the auxiliary (`will take the helm` predicates `helm`; `is in talks`, `talks`), and the first one
    /// of the clause decides: what a relative clause says of an object both name (`the film that is being shot
    /// in Rome`) is not what the clause says of its subject. `there are` opens no predicate.
    func otherPredicates(
        _ a: ClaimContent, _ clauseA: Range<Int>, _ b: ClaimContent, _ clauseB: Range<Int>
    ) -> (String, String)? {
        func predicate(_ c: ClaimContent, _ clause: Range<Int>) -> Int? {
            for k in clause
            where k > clause.lowerBound && auxiliaries.contains(c.words[k - 1].key)
                && !auxiliaries.contains(c.words[k].key) && (k < 2 || c.words[k - 2].key != "there")
            {
                // The first content word within a few words, before any name, figure or clause break.
                for j in k..<min(clause.upperBound, k + Similarity.predicateReach) {
                    let word = c.words[j]
                    if word.isNumber || word.text.unicodeScalars.first?.isLowercaseLetter != true { break }
                    if c.terms[j] != nil { return j }
                }
            }
            return nil
        }
        guard let x = predicate(a, clauseA), let y = predicate(b, clauseB), let tx = a.terms[x], let ty = b.terms[y]
        else { return nil }
        let termsA = Set(a.terms.compactMap { $0 })
        let termsB = Set(b.terms.compactMap { $0 })
        guard !termsB.contains(tx), !termsA.contains(ty) else { return nil }
        return (a.words[x].text, b.words[y].text)
    }

    /// The share of the shorter clause's terms two voices must share when they share one word said of names.
    static let mostWords = 0.75

    /// How far apart (a share of the larger) two figures may be and still be one figure rounded or converted.
    static let figureSlack = 0.05

    /// How many words after an auxiliary its predicate may start (`will take the helm`: three).
    static let predicateReach = 4

    /// Two names in one slot of the aligned clauses (`the town of Hama` against `the town of Tarin`): after the
    /// same lowercase word, each side has a name the other claim lacks, so the clauses tell of two places or
    /// people. Names spelt two ways (the same consonant skeleton) or one a shortening of the other (`Chris`,
    /// `Christian`) are one name.
    static func otherNames(
        _ a: ClaimContent, _ clauseA: Range<Int>, _ b: ClaimContent, _ clauseB: Range<Int>
    ) -> (String, String)? {
        func slots(_ c: ClaimContent, _ clause: Range<Int>, lacking other: ClaimContent) -> [String: [Int]] {
            let keys = Set(other.words.map(\.key))
            var result: [String: [Int]] = [:]
            for k in clause where k > clause.lowerBound {
                let word = c.words[k]
                let before = c.words[k - 1]
                guard !word.isNumber, word.text.unicodeScalars.first?.isUppercaseLetter == true,
                    before.text.unicodeScalars.first?.isLowercaseLetter == true, !keys.contains(word.key)
                else { continue }
                result[before.key, default: []].append(k)
            }
            return result
        }
        let slotsA = slots(a, clauseA, lacking: b)
        guard !slotsA.isEmpty else { return nil }
        let slotsB = slots(b, clauseB, lacking: a)
        for (before, ks) in slotsA.sorted(by: { $0.key < $1.key }) {
            guard let js = slotsB[before] else { continue }
            for k in ks {
                for j in js {
                    let x = a.words[k].key
                    let y = b.words[j].key
                    if x.hasPrefix(y) || y.hasPrefix(x) || ContentReader.skeleton(x) == ContentReader.skeleton(y) {
                        continue
                    }
                    return (a.words[k].text, b.words[j].text)
                }
            }
        }
        return nil
    }

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
