/// Figures of two claims compared as typed measures: the same dimension, aspect, counted thing and outcome, in
/// claims about the same thing, for the same year. Different figures beyond rounding, conversion and qualifiers
/// conflict (or update, when a later report revises its own source's figure); different measures are never
/// related.
struct QuantityComparison: Sendable {
    /// The least cosine of the two claims for their figures to be compared.
    var threshold = 0.1
    /// Index terms of unit words (`meters`, `miles`): they say which measure a figure is, not what it measures,
    /// so they are no evidence that two figures are about the same thing.
    let unitTerms: Set<String>
    /// Part and whole words before a figure, rate words after it, modals of possibility before it (`figureParts`,
    /// `rateWords`, `possibilityModals` in comparison.json, read by `measuredApart`).
    let figureParts: Set<String>
    let rateWords: Set<String>
    let possibilityModals: Set<String>
    /// Superlatives and record words (`biggest`, `record`; `recordWords`): a figure of the record holder.
    let recordWords: Set<String>
    /// Verbs of capacity after `can` or `could` (`hold`, `seat`, `grow`; `capacityVerbs`): the figure they take is
    /// what the thing can do, not what it did.
    let capacityVerbs: Set<String>
    /// Verbs of need in the present before a figure (`needs`, `requires`; `requirementVerbs`): the figure is what
    /// something lacks or must reach, read by `required`.
    let requirementVerbs: Set<String>
    /// Words of a gap or a target after a figure (`short of`, `needed to`; `shortfallWords`), read by `required`.
    let shortfallWords: Set<String>
    /// The terms of nouns that count people in general (`people`, `persons`): one counted noun with each other.
    let genericHeads: Set<String>
    /// Numbers written as words (`four`, `dozen`; the events knowledge's `numberWords`), read before `more`.
    let numberWords: Set<String>
    /// The role classes of money words (`moneyRoles`), by word; rates after or around a figure (`ratePhrases`,
    /// `rateAdjectives`) and part nouns after it (`partNouns`), read by `QuantityComparison+Role`.
    let moneyRoles: [String: Set<String>]
    /// The classes of verbs of money (`moneyVerbs`), by word.
    let moneyVerbs: [String: Set<String>]
    let ratePhrases: Set<String>
    let rateAdjectives: Set<String>
    let partNouns: Set<String>

    init(knowledge: Knowledge) {
        unitTerms = Set(
            knowledge.comparison.units.keys.filter { !$0.contains(" ") }.map { ContentReader.stem($0.folded) })
        figureParts = Set(knowledge.comparison.figureParts.map(\.folded))
        rateWords = Set(knowledge.comparison.rateWords.map(\.folded))
        possibilityModals = Set(knowledge.comparison.possibilityModals.map(\.folded))
        recordWords = Set(knowledge.comparison.recordWords.map(\.folded))
        capacityVerbs = Set(knowledge.comparison.capacityVerbs.map(\.folded))
        requirementVerbs = Set(knowledge.comparison.requirementVerbs.map(\.folded))
        shortfallWords = Set(knowledge.comparison.shortfallWords.map(\.folded))
        genericHeads = Set(["people", "persons", "person"].map { ContentReader.stem($0) })
        numberWords = Set(knowledge.events.numberWords.keys.filter { !$0.contains(" ") }.map(\.folded))
        var roles: [String: Set<String>] = [:]
        for (role, words) in knowledge.comparison.moneyRoles {
            for word in words { roles[word.folded, default: []].insert(role) }
        }
        moneyRoles = roles
        var verbs: [String: Set<String>] = [:]
        for (verbClass, words) in knowledge.comparison.moneyVerbs {
            for word in words { verbs[word.folded, default: []].insert(verbClass) }
        }
        moneyVerbs = verbs
        ratePhrases = Set(knowledge.comparison.ratePhrases.map(\.folded))
        rateAdjectives = Set(knowledge.comparison.rateAdjectives.map(\.folded))
        partNouns = Set(knowledge.comparison.partNouns.map(\.folded))
    }

    /// A figure given in an article, with the content words around it.
    struct Mention: Sendable {
        var claim: String
        var words: Range<Int>
        var near: Set<String>
    }

    /// Every figure of some claims, by `key`: an article's figures, to tell when it also gives the other's.
    func mentions(_ statements: [(claim: Claim, content: ClaimContent)]) -> [String: [Mention]] {
        var result: [String: [Mention]] = [:]
        for (claim, content) in statements {
            for q in content.quantities {
                result[q.key, default: []].append(Mention(claim: claim.id, words: q.words, near: near(q, content)))
            }
        }
        return result
    }

    /// Whether an article gives figure `x` in another place than `y` (its own figure in the pair), about the same
    /// thing as `x` (`seven girls` pregnant in both): then its `y` counts something else. The same value for
    /// another thing (`girls aged 13 to 15` in the whole country) does not count.
    private func givesElsewhere(
        _ x: TypedQuantity, near: Set<String>, besides y: TypedQuantity, of claim: String,
        in figures: [String: [Mention]]
    ) -> Bool {
        (figures[x.key] ?? []).contains { m in
            !(m.claim == claim && m.words == y.words) && m.near.intersection(near).count >= 2
        }
    }

    /// The figures the rules relate for a pair, unjudged, as relations (`check` reads them so).
    func relations(_ pair: ClaimPair) -> [Relation] { judge(pair).proposals.map(\.relation) }

    /// What the figures of two claims say about the pair: a proposed conflict, update or agreement, and whether
    /// any two figures of one measure of the same thing differ. One differing figure vetoes agreement, whatever
    /// the others share (`nine killed and 28 wounded` against `nine killed and 24 wounded`).
    struct Judgement {
        var proposals: [Proposal] = []
        var differ = false
    }

    func judge(_ pair: ClaimPair) -> Judgement {
        var judgement = Judgement()
        guard pair.similarity >= threshold else { return judgement }
        var agreements: [Proposal] = []
        let deniedA = Opposition.deniedFigures(in: pair.contentA)
        let deniedB = Opposition.deniedFigures(in: pair.contentB)
        for given in pair.contentA.quantities {
            for other in pair.contentB.quantities {
                guard let (x, y) = comparable(given, other, pair) else { continue }
                // A value denied (`does not weigh 21 grams more`) is no value stated: it neither agrees with the same
                // figure nor conflicts with another, nor keeps the claims' other figures from agreeing.
                if deniedA.contains(x.words) || deniedB.contains(y.words) { continue }
                // A figure a question asks about (`6 days of total darkness in December?`) states nothing either;
                // one a question takes as given (`how did Gruber arrive at the $4,999 price?`) stays.
                if QuantityComparison.asked(x, pair.contentA, pair.documents[pair.a.document].scalars)
                    || QuantityComparison.asked(y, pair.contentB, pair.documents[pair.b.document].scalars)
                {
                    continue
                }
                let nearX = near(x, pair.contentA)
                let nearY = near(y, pair.contentB)
                // Two ages of one named person need nothing more to be about the same thing.
                let samePerson = x.dimension == "age" && !x.names.isDisjoint(with: y.names)
                guard samePerson || aboutTheSame(x, nearX, nearY, pair) else { continue }
                // Figures of different days, months or years are different measures.
                if ClaimContent.timesApart(
                    pair.contentA, pair.contentA.clause(of: x.words.lowerBound), pair.contentB,
                    pair.contentB.clause(of: y.words.lowerBound))
                {
                    continue
                }
                var verdict = x.compare(y)
                // A figure told as an earlier state (`twenty were initially reported missing`) against a different
                // one that is not counts another moment: no conflict, and no agreement either.
                if verdict == .differ
                    && QuantityComparison.earlier(x, pair.contentA) != QuantityComparison.earlier(y, pair.contentB)
                {
                    continue
                }
                // A vague amount (`several`, `dozens`) only conflicts with a figure three times off or more.
                // The qualifiers count (`nearly a dozen` against `several`).
                if verdict == .differ && (x.vague || y.vague)
                    && max(x.interval.lowerBound, y.interval.lowerBound)
                        < 3 * min(x.interval.upperBound, y.interval.upperBound)
                {
                    verdict = .compatible
                }
                // `millions` against `more than 50 million`: a larger figure is some of the millions, up to the next
                // word of magnitude (a thousand times the unit: `2 billion` is no longer millions).
                func someOf(_ v: TypedQuantity, _ w: TypedQuantity) -> Bool {
                    v.unbounded && w.interval.upperBound >= v.low / 3 && w.interval.lowerBound < v.low * 1000 / 3
                }
                if verdict != .same && verdict != .compatible && (someOf(x, y) || someOf(y, x)) {
                    verdict = .compatible
                }
                if verdict == .same || verdict == .compatible {
                    // One value said of sums in two roles (`a fine of $2 million`, `a salary of $2 million`) or of a
                    // part and a whole (`a $40 million share of the contract`, `the $40 million contract`): two
                    // measures, and the claims state different things, so nothing else of theirs agrees either.
                    if sameValueApart(
                        x, pair.contentA, pair.documents[pair.a.document].scalars, y, pair.contentB,
                        pair.documents[pair.b.document].scalars) != nil
                    {
                        judgement.differ = true
                        continue
                    }
                    // Two shares of claims that name nothing in common (`a margin of error of two percent` of two
                    // polls) are not proved one measure of one thing: no agreement, as no contradiction below.
                    if x.dimension == "percent" && !QuantityComparison.shareName(pair) { continue }
                    if let agreement = agreement(x, y, verdict, pair) { agreements.append(agreement) }
                    continue
                }
                // An article that gives the other's figure as well (`seven of the 28 girls`) is not contradicting
                // it: the two figures count different things.
                if !pair.figures.isEmpty,
                    givesElsewhere(
                        x, near: nearX, besides: y, of: pair.b.id, in: pair.figures[pair.b.document])
                        || givesElsewhere(
                            y, near: nearY, besides: x, of: pair.a.id,
                            in: pair.figures[pair.a.document])
                {
                    continue
                }
                // A claim that states the other's figure too (`seven of the 28 girls`) counts something else.
                if mentions(pair.contentB, value: x.low, except: y) || mentions(pair.contentA, value: y.low, except: x)
                {
                    continue
                }
                // `an additional eight` and `14 more`: each counts a new batch since some earlier count, and the
                // two batches need not be one.
                if QuantityComparison.increment(x, pair.contentA) || QuantityComparison.increment(y, pair.contentB) {
                    continue
                }
                // Another place's count or a running total's count at a moment contradicts nothing.
                if QuantityComparison.elsewhereOrAsOf(x, pair.contentA)
                    || QuantityComparison.elsewhereOrAsOf(y, pair.contentB)
                {
                    continue
                }
                // A window of time (`in the past two years`) frames a count; it measures nothing to contradict.
                if x.dimension == "duration"
                    && (QuantityComparison.window(x, pair.contentA) || QuantityComparison.window(y, pair.contentB))
                {
                    continue
                }
                // A figure said of some things of a kind (`some bottles costing more than $20,000`) leaves the
                // others free to cost another sum: both can hold.
                if QuantityComparison.someOfKind(x, pair.contentA) || QuantityComparison.someOfKind(y, pair.contentB) {
                    continue
                }
                // Figures about differently named things (`in Norway` against `in Bergen`) are different measures.
                if !samePerson && namedApart(x, y, pair) { continue }
                // Another year, another measure (`in 2010, 100 families` against this year's `80 families`).
                if pair.contentA.years != pair.contentB.years { continue }
                // A figure under a condition or a withheld judgement states nothing to contradict; a hedged one
                // (`may contain more than 40`) no firm figure.
                if pair.contentA.isUncommitted(x.words.lowerBound) || pair.contentB.isUncommitted(y.words.lowerBound)
                    || QuantityComparison.hedged(x, pair.contentA) || QuantityComparison.hedged(y, pair.contentB)
                {
                    judgement.differ = true
                    continue
                }
                judgement.differ = true
                // Two shares or percentages of claims that name nothing in common are not proved one measure of
                // one thing (each poll has its own `margin of error` and its own shares): no contradiction, and no
                // agreement either.
                if x.dimension == "percent" && !QuantityComparison.shareName(pair) { continue }
                // One measure of one specific thing: the words both figures stand among include one that few of
                // the run's articles use (a contest, a poll, a place), not only the run's topic words (`delegates`,
                // `voters`, `percent` in a season of campaign news), which every contest and poll shares, nor only
                // a day or month, which many contests share.
                if !samePerson && !nearX.intersection(nearY).contains(where: QuantityComparison.names(pair.rarity)) {
                    continue
                }
                // Counts of differently described groups (`418 registered voters` against `1,300 likely voters`)
                // and figures set in different frames (`in 11 states` against `in five states`, each clause's
                // other figures all different) are not proved one measure of one thing.
                if QuantityComparison.qualifiersApart(x, pair.contentA, y, pair.contentB)
                    || QuantityComparison.framesApart(x, pair.contentA, y, pair.contentB)
                {
                    continue
                }
                // A round threshold passed (`more than 20,000 visitors`) against another lower bound can
                // both hold; figures whose measured thing does not line up (another counted noun, a part, a rate,
                // a projection, one of several listed figures) are no proof of a conflict. The age of one named
                // person needs no more.
                if verdict == .differentLowerBounds
                    && (QuantityComparison.isThreshold(x) || QuantityComparison.isThreshold(y))
                {
                    continue
                }
                if !samePerson,
                    measuredApart(
                        x, pair.contentA, y, pair.contentB, scalarsA: pair.documents[pair.a.document].scalars,
                        scalarsB: pair.documents[pair.b.document].scalars) != nil
                {
                    continue
                }
                // Two clauses that share no word beside their figures (a table row of prices against a sentence)
                // are not shown to measure one thing: no conflict, and no update either.
                let clauseA = pair.contentA.clause(of: x.words.lowerBound)
                let clauseB = pair.contentB.clause(of: y.words.lowerBound)
                guard
                    let alignment = PropositionAlignment.align(
                        pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: clauseA, fixedB: clauseB,
                        weights: pair.clauseWeights, predicates: false),
                    !alignment.shared.isEmpty
                else { continue }
                let wordsA = pair.evidence(pair.a, pair.contentA, x.words)
                let wordsB = pair.evidence(pair.b, pair.contentB, y.words)
                let dateA = pair.documents[pair.a.document].metadata.date
                let dateB = pair.documents[pair.b.document].metadata.date
                if let dateA, let dateB, dateA != dateB {
                    // A later report with another figure revises the earlier one: an update, not a conflict.
                    let (earlier, later) = dateA < dateB ? (wordsA, wordsB) : (wordsB, wordsA)
                    judgement.proposals.append(
                        Proposal(
                            relation: pair.relation(
                                .update, rule: "numeric update: \(x.measure)", score: 0.5,
                                explanation:
                                    "\(later.source)'s later report (\(max(dateA, dateB))) gives “\(later.words)” where \(earlier.source) (\(min(dateA, dateB))) gave “\(earlier.words)”: a revised figure for the same measure (\(x.measure)), not a contradiction.",
                                evidence: [earlier, later]),
                            family: .rule, features: PairFeatures()))
                    return judgement
                }
                let difference = abs(x.low - y.low) / max(abs(x.low), abs(y.low), 1e-9)
                var f = Opposition.sideFeatures(pair, alignment, asserting: clauseA, denying: clauseB)
                f[.numeric] = 1
                // Two lower bounds that differ (`at least 10`, `at least eight`) can both hold: a weaker sign.
                f[.figureDifference] = verdict == .differentLowerBounds ? 0 : min(1, difference)
                f[.sameCounted] = PairFeatures.flag(x.head != nil && x.head == y.head)
                let shared = nearX.intersection(nearY)
                f[.scopeShare] = Double(shared.count) / Double(max(1, nearX.union(nearY).count))
                f[.subjectUnknown] = 1
                judgement.proposals.append(
                    Proposal(
                        relation: pair.relation(
                            .numericConflict,
                            rule: verdict == .differentLowerBounds
                                ? "numeric: different lower bounds, \(x.measure)" : "numeric: \(x.measure)",
                            score: 0.5,
                            explanation:
                                "\(pair.a.source.name) gives “\(wordsA.words)”\(QuantityComparison.asWidth(given)) and \(pair.b.source.name) gives “\(wordsB.words)”\(QuantityComparison.asWidth(other)) for the same measure (\(x.measure)), the words around both figures shared (\(shared.sorted().prefix(6).joined(separator: ", "))); beyond rounding, conversion and qualifiers, the figures cannot both hold (\(Opposition.alignmentText(pair, alignment))).",
                            evidence: [wordsA, wordsB]),
                        family: .conflict, features: f))
                return judgement
            }
        }
        judgement.proposals = agreements.prefix(1).map { $0 }
        return judgement
    }

    /// Whether a figure looks rounded (a multiple of ten), so that a slightly different figure may be the same
    /// amount written another way.
    static func isRound(_ value: Double) -> Bool {
        value >= 10 && value.truncatingRemainder(dividingBy: 10) == 0
    }

    /// The same figure for the same measure, given independently: an agreement, when the figure says something
    /// (not a count of one to three) and both are exact or within 5% of each other.
    private func agreement(_ x: TypedQuantity, _ y: TypedQuantity, _ verdict: TypedQuantity.Verdict, _ pair: ClaimPair)
        -> Proposal?
    {
        guard !(x.dimension == "count" && x.high <= 3),
            verdict == .same || abs(x.low - y.low) <= 0.05 * max(x.low, y.low),
            // Rounding slack is for round figures and converted units: exact `222` and `214` are two figures.
            x.low == y.low || x.qualifier != .exact || y.qualifier != .exact || x.converted || y.converted
                || (QuantityComparison.isRound(x.low) && QuantityComparison.isRound(y.low)),
            !x.isLowerBound || !y.isLowerBound || verdict == .same,
            !pair.contentA.isUncommitted(x.words.lowerBound), !pair.contentB.isUncommitted(y.words.lowerBound)
        else { return nil }
        let wordsA = pair.evidence(pair.a, pair.contentA, x.words)
        let wordsB = pair.evidence(pair.b, pair.contentB, y.words)
        let clauseA = pair.contentA.clause(of: x.words.lowerBound)
        let clauseB = pair.contentB.clause(of: y.words.lowerBound)
        guard
            let alignment = PropositionAlignment.align(
                pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: clauseA, fixedB: clauseB,
                weights: pair.clauseWeights, predicates: false)
        else { return nil }
        var f = Similarity.agreementFeatures(pair, alignment)
        f[.sameFigure] = 1
        f[.sameCounted] = PairFeatures.flag(x.head != nil && x.head == y.head)
        f[.scopeShare] = Double(near(x, pair.contentA).intersection(near(y, pair.contentB)).count) / 6
        return Proposal(
            relation: pair.relation(
                .agreement, rule: "numeric: same \(x.measure)", score: 0.5,
                explanation:
                    "\(pair.a.source.name) (“\(wordsA.words)”) and \(pair.b.source.name) (“\(wordsB.words)”) give the same figure for the same measure (\(x.measure)) (\(Opposition.alignmentText(pair, alignment))).",
                evidence: [wordsA, wordsB]),
            family: .agreement, features: f)
    }

    /// Whether a claim gives `value` in another of its figures.
    private func mentions(_ content: ClaimContent, value: Double, except: TypedQuantity) -> Bool {
        content.quantities.contains { $0.words != except.words && ($0.low == value || $0.high == value) }
            || content.numbers.contains { !except.words.contains($0.key) && $0.value == value }
    }

    /// Names near each figure that the other claim lacks, on both sides (`in Norway` against `in Bergen`): the
    /// figures are about different places or actors.
    private func namedApart(_ x: TypedQuantity, _ y: TypedQuantity, _ pair: ClaimPair) -> Bool {
        // By consonant skeleton, so that one place spelled two ways (`Manbij`, `Menbij`) is one name.
        func names(_ q: TypedQuantity, _ c: ClaimContent) -> [String: String] {
            let from = max(1, q.words.lowerBound - 8)
            let to = min(c.words.count, q.words.upperBound + 8)
            guard from < to else { return [:] }
            var result: [String: String] = [:]
            for k in from..<to where c.words[k].text.unicodeScalars.first?.isUppercaseLetter == true {
                if let term = c.terms[k], !pair.shared.contains(term) {
                    result[ContentReader.skeleton(c.words[k].key)] = term
                }
            }
            return result
        }
        let a = names(x, pair.contentA)
        let b = names(y, pair.contentB)
        let onlyA = a.keys.filter { b[$0] == nil && !pair.contentB.skeletons.contains($0) }
        let onlyB = b.keys.filter { a[$0] == nil && !pair.contentA.skeletons.contains($0) }
        return !onlyA.isEmpty && !onlyB.isEmpty
    }

    /// Words that open a question about something taken as given (`how did he arrive at the $4,999 price?`), after
    /// a conjunction at most.
    static let givenQuestionOpeners: Set<String> = ["how", "why", "when", "where", "who", "what", "which"]

    /// Whether figure `q` is asked about: its sentence ends in a question mark and does not open with a word that
    /// takes what it says as given.
    static func asked(_ q: TypedQuantity, _ content: ClaimContent, _ scalars: ScalarText) -> Bool {
        guard Opposition.asked(q.words.lowerBound, in: content, scalars),
            let sentence = content.sentences.first(where: { $0.contains(q.words.lowerBound) })
        else { return false }
        let opening = sentence.prefix(2).map { content.words[$0].key }
        return !opening.contains(where: givenQuestionOpeners.contains)
    }

    /// How a radius is compared, for the explanation: as a width, twice the figure (`a radius of 12 metres` against
    /// `12 metres across` is a crater twice as wide, which the two figures alone do not show).
    static func asWidth(_ q: TypedQuantity) -> String {
        q.aspect == "radius" ? " (a radius: twice that across)" : ""
    }

    /// The two figures on one scale when they measure the same thing: a radius is half a width.
    private func comparable(_ x: TypedQuantity, _ y: TypedQuantity, _ pair: ClaimPair) -> (
        TypedQuantity, TypedQuantity
    )? {
        guard x.dimension == y.dimension else { return nil }
        // Ages compare for one person: a name next to both figures (`Greg Tamsin, 32` and
        // `Tamsin, 23`); ages of unnamed people by the noun after them (`eight-year-old son`).
        if x.dimension == "age" {
            if !x.names.isEmpty || !y.names.isEmpty {
                guard !x.names.isDisjoint(with: y.names) else { return nil }
                var y = y
                y.counted = x.counted
                return (x, y)
            }
        }
        var x = x
        var y = y
        for k in [0, 1] {
            var q = k == 0 ? x : y
            if q.aspect == "radius" {
                q.aspect = "width"
                q.low *= 2
                q.high *= 2
            }
            if k == 0 { x = q } else { y = q }
        }
        if x.aspect != y.aspect { return nil }
        // A length says which length it is (`deep`, `wide`, `from`) or it is not compared.
        if x.dimension == "length" && x.aspect == nil { return nil }
        // Counts need the same counted thing; an age or a length names it only sometimes.
        if x.dimension == "count"
            ? x.counted != y.counted : (x.counted != nil && y.counted != nil && x.counted != y.counted)
        {
            return nil
        }
        if let a = x.outcome, let b = y.outcome, a != b { return nil }
        // `50 students` against `25 injured`: one counts a group, the other what happened to some; with different
        // nouns and only one outcome they are different measures.
        if x.dimension == "count", x.outcome != y.outcome, x.head != y.head { return nil }
        if x.dimension == "count" && x.counted == nil { return nil }
        return (x, y)
    }

    /// Six content words on each side of a figure, function words, figures and unit words skipped.
    func near(_ q: TypedQuantity, _ c: ClaimContent) -> Set<String> {
        var terms = Set<String>()
        for step in [-1, 1] {
            var k = step < 0 ? q.words.lowerBound - 1 : q.words.upperBound
            var taken = 0
            while k >= 0 && k < c.terms.count && taken < 6 {
                if let t = c.terms[k], !t.hasPrefix("#"), !unitTerms.contains(t), t != q.head {
                    terms.insert(t)
                    taken += 1
                }
                k += step
            }
        }
        return terms
    }

    /// Figures are about the same thing when the content words around them agree (two or more, and a fifth of
    /// them unless the claims are close): `140 miners trapped in a flooded shaft` and `150 miners trapped in a
    /// flooded shaft` do; `nine players ... fell ill` and `took 30 players on the tour` do not. A measure that says
    /// what it measures (a depth, a distance, an area) needs one shared word: `the pit ... 5 meters deep`.
    private func aboutTheSame(_ x: TypedQuantity, _ a: Set<String>, _ b: Set<String>, _ pair: ClaimPair) -> Bool {
        let shared = a.intersection(b)
        if x.aspect != nil || x.dimension == "area" { return !shared.isEmpty }
        return shared.count >= 2 && (pair.similarity >= 0.4 || Double(shared.count) >= 0.2 * Double(a.union(b).count))
    }
}
