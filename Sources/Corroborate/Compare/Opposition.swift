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
    /// Nouns that put forward a supposition (`the idea that`, `his suggestion that`; `suppositionNouns`), read by
    /// `proposed`.
    let suppositionNouns: Set<String>
    /// Verbs by which a noun of supposition is held before its `that` (`suspicions persist that`; `suppositionVerbs`).
    let suppositionVerbs: Set<String>
    /// Nouns that carry what others say or ask (`the claim that`, `rumours of`; `hearsayNouns`), read by `hearsay`.
    let hearsayNouns: Set<String>
    /// Verbs that make a supposition the source's own (`confirmed the rumour that`; `endorsingVerbs`), read by
    /// `proposed`.
    let endorsingVerbs: Set<String>
    /// Verbs and nouns of hindrance or doubt (`blocked the inspectors' access`, `cast doubt on reports that the dam
    /// burst`): what follows them is kept from happening or put in question, not asserted (`hindrances`).
    let hindrances: Set<String>
    /// Adjectives of difficulty, hindrances only before `to` or `for` (`impossible for the pilots to land`).
    let hardshipWords: Set<String>
    /// Words that find a thing wanting rather than absent (`poor access`, `little money`; `wantingWords`).
    let wantingWords: Set<String>
    /// Words of attempt, call or intent before `to` (`tried to`, `urged the port to`, `vowed to`; `attemptWords`),
    /// read by `attempted`.
    let aims: Set<String>
    /// Refutation words that judge anything, not only statements (`things went wrong`; `evaluativeRefutations`).
    let evaluativeRefutations: Set<String>
    /// Refutations that deny a link between two things rather than a statement (`linkRefutations`).
    let linkRefutations: Set<String>
    /// Words that state a link (`linked`, `caused`, `a piece of`; `linkWords`): what a denied link contradicts.
    let linkWords: Set<String>
    /// Relative words that open a clause describing a place or a person (`where`, `who`; `relativeWords`).
    let relativeWords: Set<String>
    /// Words that make what follows them in a claim a condition (`if`, `unless`, `whether`; `conditionWords`).
    let conditionWords: Set<String>
    /// The sex a noun for people names, as the index of its list in `genderedWords` (`son` 0, `daughter` 1).
    let genders: [String: Int]
    /// Verbs that take away what they govern, each as its words (`ditched`, `done away with`; `removalWords`).
    let removalPhrases: [[String]]
    /// Verbs that say what they govern did not happen or go ahead, each as its words (`postponed`, `stayed away
    /// from`; `unrealisedWords`).
    let unrealisedPhrases: [[String]]
    /// Report nouns (`rumour`, `claims`): one of them names a story without calling it false.
    let reportNouns: Set<String>
    /// The irregular forms of verbs past their base (`kept`, `held`; `irregularForms`), read by `dependent` and
    /// `namedPredicate`.
    let verbForms: Set<String>
    /// Titles and other words written before a name (`President`, `Senator`, `Mr.`; the source registry's
    /// `titles`), folded: no name of their own, so `President Kovac` and `Lena Kovac` are not told apart by them.
    let titles: Set<String>
    /// Things one grants or refuses (`grantableNouns`: requests, permission, bail), read by `refused`.
    let grantables: Set<String>
    /// The verbs that grant or obtain them (`grantingVerbs`: granted, upheld, won), read by `granted`.
    let grantingVerbs: Set<String>
    /// Personal pronouns a clause's subject may be (`subjectPronouns`: she, they), read by `pronounBefore`.
    let subjectPronouns: Set<String>
    /// Forms of the verbs of saying and thinking (the cue lexicon's speech and cognition verbs, but the factive
    /// ones), read by `inReportedSpeech`.
    let reportVerbs: Set<String>

    /// Verbs whose `that` clause the writer takes as true (`confirmed that`, `found that`): what follows them is
    /// told as fact, not merely retold.
    static let factiveLemmas: Set<String> = [
        "confirm", "reveal", "acknowledge", "admit", "show", "find", "discover", "learn", "realise", "realize",
        "prove", "note",
    ]
    /// The grantables one is given (`givenThings`: visas, bail) and the verbs that receive or issue them
    /// (`receivingVerbs`), read by `granted`: `issued visas` is a grant, `issued demands` is not.
    let givenThings: Set<String>
    let receivingVerbs: Set<String>
    /// Groups of verbs that name one doing in other words (`doingSynonyms`), read by `doingsApart`.
    let doingSynonyms: [[String]]

    init(words: ComparisonWords, titles: [String] = [], reportVerbs: [String] = []) {
        self.reportVerbs = Set(reportVerbs.map(\.folded))
        subjectPronouns = Set(words.subjectPronouns.map(\.folded))
        let reports = Set(words.reportNouns.map(\.folded))
        rejectionWords = Set(
            (words.refutations + words.debunks).map(\.folded).filter { !$0.contains(" ") && !reports.contains($0) })
        opposites = words.opposites
        directions = Set(words.directions.map(\.folded))
        newsNouns = Set(words.newsNouns.map(\.folded))
        likenessVerbs = Set(words.likenessVerbs.map(\.folded))
        statementNouns = Set(words.statementNouns.map(\.folded))
        suppositionNouns = Set(words.suppositionNouns.map(\.folded))
        suppositionVerbs = Set(words.suppositionVerbs.map(\.folded))
        hearsayNouns = Set(words.hearsayNouns.map(\.folded))
        endorsingVerbs = Set(words.endorsingVerbs.map(\.folded))
        hindrances = Set(words.hindrances.map(\.folded))
        hardshipWords = Set(words.hardshipWords.map(\.folded))
        grantables = Set(words.grantableNouns.map(\.folded))
        grantingVerbs = Set(words.grantingVerbs.map(\.folded))
        givenThings = Set(words.givenThings.map(\.folded))
        receivingVerbs = Set(words.receivingVerbs.map(\.folded))
        doingSynonyms = words.doingSynonyms.map { $0.map(\.folded) }
        wantingWords = Set(words.wantingWords.map(\.folded))
        aims = Set(words.attemptWords.map(\.folded))
        evaluativeRefutations = Set(words.evaluativeRefutations.map(\.folded))
        linkRefutations = Set(words.linkRefutations.map(\.folded))
        linkWords = Set(words.linkWords.map(\.folded))
        relativeWords = Set(words.relativeWords.map { $0.lowercased() })
        conditionWords = Set(words.conditionWords.map(\.folded))
        removalPhrases = words.removalWords.map { $0.folded.split(separator: " ").map(String.init) }
        unrealisedPhrases = words.unrealisedWords.map { $0.folded.split(separator: " ").map(String.init) }
        reportNouns = reports
        verbForms = words.verbForms
        // Each word of a title of several (`Prime Minister`): `Prime` names no one either.
        self.titles = Set(titles.flatMap { $0.folded.split(separator: " ").map(String.init) })
        var genders: [String: Int] = [:]
        for (k, list) in words.genderedWords.enumerated() {
            for word in list { genders[word.folded] = k }
        }
        self.genders = genders
    }

    /// The conflicts the rules propose for a pair, unjudged, as relations (`check` reads them so).
    func relations(_ pair: ClaimPair) -> [Relation] { proposals(pair).map(\.relation) }

    func proposals(_ pair: ClaimPair) -> [Proposal] {
        guard pair.sharesWords else { return [] }
        // A question asserts nothing, and denies nothing.
        if pair.contentA.isQuestion || pair.contentB.isQuestion { return [] }
        // A claim reporting a change (`will not be ... after all`) updates an earlier report: not a contradiction.
        if pair.contentA.revision != nil || pair.contentB.revision != nil { return [] }
        // A side its own article retells only to reject it (`RetoldRumours`) asserts nothing for that article, nor
        // does a side that rejects what it tells (`a video doctored to show the mayor falling`): neither is ever the
        // asserting side of a denial or a refutation, nor a side of opposite words.
        // The pair is swapped once, and each side's voice read once: a swapped pair copies both claims and their
        // contents, and building two of them (and an array of the pair and its swap) for every candidate pair was a
        // sixth of this rule's work.
        let swapped = pair.swapped
        let voicelessA = voiceless(pair)
        if !voicelessA, let proposal = denial(pair) ?? refutation(pair) { return [proposal] }
        let voicelessB = voiceless(swapped)
        if !voicelessB, let proposal = denial(swapped) ?? refutation(swapped) { return [proposal] }
        // An article that says both opposite words of its own (`a baby boy`, `a baby girl`) speaks of two cases:
        // neither word of it is a side.
        if !voicelessA && !voicelessB && !pair.twoSided.a && !pair.twoSided.b, let proposal = oppositeWords(pair) {
            return [proposal]
        }
        if let proposal = placeParts(pair) { return [proposal] }
        return []
    }

    /// The compass points a direction word names (`southwestern` names south and west); empty for words such
    /// as `upper` or `central`.
    private func points(_ key: String) -> Set<String> {
        Set(["north", "south", "east", "west"].filter { key.contains($0) })
    }

    /// Two parts of one place (`north London` against `West London`): different direction words before the same
    /// name, in aligned clauses. A direction in two words (`south-east London`) names both its points, so it is
    /// one part with `south London`.
    private func placeParts(_ pair: ClaimPair) -> Proposal? {
        // A direction before a name, with the directions coordinated with it (`southern and eastern Yemen`).
        // The name after the word is tested first: it rules out most words without hashing them (this runs for
        // every candidate pair).
        func parts(_ c: ClaimContent) -> [(word: Int, place: String, points: Set<String>)] {
            c.words.indices.compactMap { k in
                guard k + 1 < min(c.words.count, c.terms.count), let term = c.terms[k + 1], term.hasPrefix("~"),
                    directions.contains(c.words[k].key)
                else { return nil }
                var all = points(c.words[k].key)
                var j = k - 1
                // `south-east London`, `south east London`: one direction written in two words.
                if k >= 1, directions.contains(c.words[k - 1].key),
                    c.words[k].span.start - c.words[k - 1].span.end <= 1
                {
                    all.formUnion(points(c.words[k - 1].key))
                    j = k - 2
                }
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
                    // Each side names, around its direction, a town or province the other never names (`Tarn, in
                    // the north of Ostland` against `Veda, in the south of Ostland`): two places in one country.
                    !Opposition.placedApart(pair.contentA, around: x.word, pair.contentB, around: y.word),
                    !lead(pair.contentA, x.word).isDisjoint(with: lead(pair.contentB, y.word)),
                    !pair.contentA.isUncommitted(x.word),
                    !pair.contentB.isUncommitted(y.word),
                    let alignment = PropositionAlignment.align(
                        pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: pair.contentA.clause(of: x.word),
                        fixedB: pair.contentB.clause(of: y.word), weights: pair.clauseWeights,
                        predicates: false),
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

    /// One side uses a word and the other its opposite for the same thing (`son` against `girl`), in aligned
    /// clauses, each word asserted by its claim (`asserts`: not asked, hearsay, hedged or conditioned).
    func oppositeWords(_ pair: ClaimPair) -> Proposal? {
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
                    // `not genuine` says `fake`, `not dead` says `alive`: a side that negates its word takes the
                    // other side's position, so the two words are opposed only when both or neither are negated.
                    pair.contentA.isDenied(wordA) == pair.contentB.isDenied(wordB),
                    // A claim that names people of both sexes (`the mother carried her son out`) may
                    // speak of either: its word for one is no contradiction of the other side's word for the other.
                    !bothSexes(x, keysA, y, keysB),
                    let alignment = PropositionAlignment.align(
                        pair.contentA, pair.contentB, rarity: pair.rarity, fixedA: pair.contentA.clause(of: wordA),
                        fixedB: pair.contentB.clause(of: wordB), weights: pair.clauseWeights,
                        predicates: false),
                    alignment.shared.count >= 2,
                    // The two words are said of one thing: each stands next to a word both clauses share (`a
                    // failed rescue attempt` against `the rescue attempt was successful`).
                    Opposition.nextToShared(wordA, pair.contentA, alignment.shared),
                    Opposition.nextToShared(wordB, pair.contentB, alignment.shared),
                    !pair.contentA.isUncommitted(wordA), !pair.contentB.isUncommitted(wordB),
                    asserts(wordA, in: pair.contentA, pair.documents[pair.a.document].scalars),
                    asserts(wordB, in: pair.contentB, pair.documents[pair.b.document].scalars),
                    !ClaimContent.timesApart(pair.contentA, alignment.clauseA, pair.contentB, alignment.clauseB),
                    Opposition.sameRoles(wordA, pair.contentA, wordB, pair.contentB),
                    // A pronoun may stand for anyone (`she gave birth to a baby boy` against `a Kessan nun gave
                    // birth to a baby girl`): with no name in both clauses, the words are not shown said of one.
                    alignment.names > 0
                        || !(pronounBefore(wordA, in: pair.contentA) || pronounBefore(wordB, in: pair.contentB)),
                    // Outcomes of two things (`won the argument` against `lost the first contests`).
                    !objectsApart(wordA, pair.contentA, wordB, pair.contentB),
                    // Kin of two holders (`Piet Grall's wife` against `her husband`: the two partners of one
                    // marriage).
                    !(genders[x] != nil && genders[y] != nil
                        && Opposition.holdersApart(wordA, pair.contentA, wordB, pair.contentB)),
                    // Two named people or things (`her brother, Aldo Ferro` against `his sister, Nina Ferro`).
                    !Opposition.namedApart(
                        pair.contentA, around: wordA, pair.contentB, around: wordB, shared: alignment.shared),
                    // Two things of one kind, told apart by a name (`the Tarskan nun` against `the Kessan nun`).
                    !Opposition.modifiedApart(pair.contentA, pair.contentB, shared: alignment.shared, named: true)
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

    /// Adverbs of time that may open a clause before its pronoun (`Soon after, she ...`).
    static let timeAdverbs: Set<String> = [
        "soon", "later", "then", "now", "afterwards", "meanwhile", "eventually", "finally", "still", "also",
    ]

    /// Whether a personal pronoun (`subjectPronouns`) stands before word `k` in its clause with nothing in the
    /// claim before it that it could stand for (`Soon after, she gave birth to a baby boy`; not `The nun said she
    /// gave birth`): only function words, figures, times and adverbs (`soon`, `later`, in `-ly`) come first.
    func pronounBefore(_ k: Int, in content: ClaimContent) -> Bool {
        guard
            let p = (content.clause(of: k).lowerBound..<k).first(where: {
                subjectPronouns.contains(content.words[$0].key)
            })
        else { return false }
        return (0..<p).allSatisfy { j in
            content.terms[j] == nil || content.words[j].isNumber || content.timeSlots[j] != nil
                || content.words[j].key.hasSuffix("ly") || Opposition.timeAdverbs.contains(content.words[j].key)
        }
    }

    /// Words of kin that name one side of a relation whose other side the opposite word names (`wife` and
    /// `husband`, `sister` and `brother`): said of two holders, they may be the two sides of one relation.
    static let reciprocalKin: Set<String> = [
        "husband", "husbands", "wife", "wives", "brother", "brothers", "sister", "sisters",
    ]

    /// Whether two words of kinship or sex each have a holder, and the holders differ: a possessive right before the
    /// word, or one word before it (`Piet Grall's wife`, `her late husband`), a name by its consonant skeleton and a
    /// pronoun as itself. Two words of a relation held both ways (`reciprocalKin`) with any two holders may be the
    /// two partners of one marriage (`Grall's wife` and `her husband`); other words of kin are apart only when two
    /// different names hold them (`Marek's son` and `Grall's daughter`), since a pronoun may stand for the name
    /// (`Marek's son` and `his daughter`).
    static func holdersApart(_ x: Int, _ a: ClaimContent, _ y: Int, _ b: ClaimContent) -> Bool {
        func holder(_ k: Int, _ c: ClaimContent) -> (key: String, pronoun: Bool)? {
            for j in stride(from: k - 1, through: max(0, k - 2), by: -1) {
                // A word's key leaves out its possessive `'s` (`Grall's` is `grall`): the text tells it.
                let key = c.words[j].key
                if possessivePronouns.contains(key) { return (key, true) }
                if possessive(c.words[j].text.lowercased()) {
                    return (ContentReader.skeleton(key.hasSuffix("'") ? String(key.dropLast()) : key), false)
                }
                // One word of description may stand between (`her late husband`), not a determiner or a figure.
                if j == k - 1, c.terms[j] == nil || c.words[j].isNumber { return nil }
            }
            return nil
        }
        guard let hx = holder(x, a), let hy = holder(y, b), hx.key != hy.key else { return false }
        if reciprocalKin.contains(a.words[x].key) && reciprocalKin.contains(b.words[y].key) { return true }
        return !hx.pronoun && !hy.pronoun
    }

    /// Whether `x` and `y` name people of two sexes and either claim also names someone of the other's sex.
    private func bothSexes(_ x: String, _ keysA: Set<String>, _ y: String, _ keysB: Set<String>) -> Bool {
        guard let sexX = genders[x], let sexY = genders[y], sexX != sexY else { return false }
        return keysA.contains { genders[$0] == sexY } || keysB.contains { genders[$0] == sexX }
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

    /// Whether each claim names, within six words of its direction word and in its sentence, a place the other
    /// claim never names: the direction word and the place after it, a sentence's first word and names both
    /// claims use aside.
    static func placedApart(_ a: ClaimContent, around x: Int, _ b: ClaimContent, around y: Int) -> Bool {
        func names(_ c: ClaimContent, _ k: Int, other: ClaimContent) -> [String] {
            let sentence = c.sentences.first { $0.contains(k) } ?? 0..<c.words.count
            let from = max(1, sentence.lowerBound + 1, k - 6)
            let to = min(sentence.upperBound, k + 7)
            guard from < to else { return [] }
            return (from..<to).compactMap { j -> String? in
                guard j != k, j != k + 1, c.words[j].text.unicodeScalars.first?.isUppercaseLetter == true,
                    let term = c.terms[j], term.hasPrefix("~")
                else { return nil }
                return other.skeletons.contains(term) ? nil : term
            }
        }
        return !names(a, x, other: b).isEmpty && !names(b, y, other: a).isEmpty
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
