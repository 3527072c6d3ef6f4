import Foundation

/// The slots that veto an agreement of two aligned clauses (`Similarity.veto`): a denial, refutation or condition on
/// one side only, another time, figure, predicate or name in one slot, and roles reversed (`RoleReversal`).
extension Similarity {
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
}
