import Foundation

/// The same canonical speaker quoted in different articles with words that line up but are not the same, and
/// the same words put in the mouths of two different people. Quotations are aligned word by word, so a partial
/// quote inside a longer sentence still meets the full one.
struct QuoteVariants: Sendable {
    /// The least share of the aligned stretch that must match word for word.
    var density = 0.75
    /// The fewest words that must line up for one speaker quoted twice when a short quotation is aligned with
    /// the claim around it (`minimumWords`) and when two quotations are aligned (`speakerWords`: a speaker repeats
    /// a stock phrase, `we are going to win`, from speech to speech); a quotation credited to a named speaker
    /// in one article and to nobody in particular in the other needs `unresolvedWords`: a short stock phrase
    /// (`what is happening in the city`) is no evidence of one utterance.
    var minimumWords = 5
    var speakerWords = 7
    var unresolvedWords = 8
    /// The fewest words that must line up when both quotations go on with at least `otherWords` words beyond
    /// the aligned stretch: a speaker's stock phrase inside two speeches is no sign of one utterance.
    var repeatedWords = 12
    static let otherWords = 3
    /// Quotations looked at per quotation through the trigram index, those sharing the most first.
    var maximumPartners = 8
    /// Words of grammar that may differ, a word or two a side, with no other change of wording (`lightWords` in
    /// comparison.json, read by `QuoteWording.differs`).
    let lightWords: Set<String>
    /// Words whose presence alone does not make another utterance (`slightWords` in comparison.json); a lone `s` is
    /// a possessive that a stray quotation mark split from its word (`Lund‘s`).
    let slightWords: Set<String>

    /// What makes a difference left between two quotations change what is said (`QuoteWording.changesMeaning`).
    let meaning: QuoteWording.Meaning
    /// Fillers and hesitations of speech (`fillerWords` in comparison.json), each as its lowercased words: one
    /// transcript keeps them, another drops them.
    let fillers: [[String]]

    /// `qualifiers` are the figure qualifiers of the events' words (`about`, `at least`).
    init(words: ComparisonWords, qualifiers: [String] = []) {
        lightWords = Set(words.lightWords.map(QuoteWording.letters))
        slightWords = Set(words.slightWords.map(\.folded))
        fillers = words.fillerWords.map { $0.lowercased().split(separator: " ").map(String.init) }.filter {
            !$0.isEmpty
        }
        var lemmas: [String: String] = [:]
        for entry in words.irregularForms {
            let forms = entry.split(separator: "|").map { QuoteWording.letters(String($0)) }
            guard let base = forms.first else { continue }
            for form in forms where lemmas[form] == nil { lemmas[form] = base }
        }
        let modals = Set(words.auxiliaries.map(QuoteWording.letters)).intersection(
            words.intentVerbs.map(QuoteWording.letters))
        let lastWords = qualifiers.compactMap { $0.split(separator: " ").last.map { QuoteWording.letters(String($0)) } }
        meaning = QuoteWording.Meaning(
            lemmas: lemmas, modals: modals, light: lightWords, qualifiers: Set(lastWords),
            function: Set(words.stopwords.map(QuoteWording.letters)),
            order: Set(words.orderWords.map(QuoteWording.letters)),
            connectives: Set(
                (words.contrasts + words.openingWords).flatMap { $0.split(separator: " ") }.map {
                    QuoteWording.letters(String($0))
                }))
    }

    /// The quoted stretches of a claim long enough to align.
    private func quotations(_ quoted: [Range<Int>]) -> [Range<Int>] {
        quoted.filter { $0.count >= minimumWords }
    }

    /// The best alignment between the quotations of two claims, with the quotations it aligns: the claims' own
    /// quotation marks, or the stretches `quotedA` and `quotedB` read around them (`QuotedStretches`).
    /// With `needed`, for a caller that takes the best only when it matches that many words, a pair of quotations
    /// that cannot match as many (`QuoteAlignment.matchBound`) is not aligned: it stands as an empty alignment,
    /// never more than the best that has as many, and a best of fewer is turned down whichever pair it is.
    func bestAlignment(
        _ a: ClaimContent, _ b: ClaimContent, quotedA: [Range<Int>]? = nil, quotedB: [Range<Int>]? = nil,
        needed: Int = 0
    ) -> (QuoteAlignment, Range<Int>, Range<Int>)? {
        var best: (QuoteAlignment, Range<Int>, Range<Int>)?
        for x in quotations(quotedA ?? a.quoted) {
            for y in quotations(quotedB ?? b.quoted) {
                let wordsA = a.quoted(x)
                let wordsB = b.quoted(y)
                let alignment =
                    needed > 0 && QuoteAlignment.matchBound(wordsA, wordsB) < needed
                    ? QuoteAlignment.empty : QuoteAlignment.align(wordsA, wordsB)
                if best == nil || alignment.matched > best!.0.matched { best = (alignment, x, y) }
            }
        }
        return best
    }

    /// For quotations too short to align alone (`a "blatant violation"`), the whole claims aligned, when a word
    /// that differs lies inside a quotation.
    private func shortQuotes(_ pair: ClaimPair, _ quotedA: [Range<Int>], _ quotedB: [Range<Int>]) -> (
        QuoteAlignment, Range<Int>, Range<Int>
    )? {
        let a = pair.contentA
        let b = pair.contentB
        guard !quotedA.isEmpty, !quotedB.isEmpty, quotations(quotedA).isEmpty || quotations(quotedB).isEmpty else {
            return nil
        }
        let whole = (0..<a.words.count, 0..<b.words.count)
        let alignment = QuoteAlignment.align(a.quoted(whole.0), b.quoted(whole.1))
        // Every word that differs lies inside the quotation marks of its side: a paraphrase around a short quote
        // (`"no formal request" that the ferry service be restored`) is the reporter's wording, not the speaker's.
        let insideA = alignment.onlyA.allSatisfy { k in quotedA.contains { $0.contains(k) } }
        let insideB = alignment.onlyB.allSatisfy { k in quotedB.contains { $0.contains(k) } }
        let differs = !alignment.onlyA.isEmpty || !alignment.onlyB.isEmpty
        return differs && insideA && insideB ? (alignment, whole.0, whole.1) : nil
    }

    /// A variant between two claims quoting one speaker, or nil. The speakers must be the same (by surname for
    /// people), or at least one side's speaker unresolved (the outlet itself, an anonymous source, a description
    /// without a name), which then needs `unresolvedWords` aligned. The same words credited to two different
    /// speakers (a ministry's spokesman and a television anchor) are two utterances, or one misattributed, which
    /// is `speakerConflict`'s business for named people.
    func variant(_ pair: ClaimPair) -> Relation? {
        guard pair.a.document != pair.b.document else { return nil }
        let keyA = pair.speakerA
        let keyB = pair.speakerB
        guard QuoteVariants.maySpeakAlike(pair) else { return nil }
        let named =
            keyA == keyB && keyA != nil && !pair.namesA.isDescription && !pair.namesB.isDescription
        let quotedA = pair.quotedStretchesA
        let quotedB = pair.quotedStretchesB
        let found =
            bestAlignment(
                pair.contentA, pair.contentB, quotedA: quotedA, quotedB: quotedB,
                needed: named ? speakerWords : unresolvedWords
            ).map { (($0.0.withChangedOpening(), $0.1, $0.2), named ? speakerWords : unresolvedWords) }
            ?? shortQuotes(pair, quotedA, quotedB).map { ($0, named ? minimumWords : unresolvedWords) }
        guard case ((var alignment, let x, let y), let needed)? = found, alignment.matched >= needed,
            alignment.density >= density
        else { return nil }
        // The words not lined up word for word, before any is set aside below (`difference` reads them).
        let looseA = alignment.onlyA
        let looseB = alignment.onlyB
        // A few words lined up inside two longer quotations (`the attack on the harbour`) are a common phrase, not
        // one utterance: a short alignment must make up most of the shorter quotation.
        guard alignment.matched >= unresolvedWords || alignment.shortStretch * 10 >= min(x.count, y.count) * 6 else {
            return nil
        }
        // A phrase inside two quotations that each go on with other words (`we will never stop building
        // roads` in two speeches) is one the speaker says again, from speech to speech: one utterance quoted
        // twice needs a longer stretch when neither quotation is only the aligned words.
        // Words shown as the difference (a clipped ending, `in their new flats`) are not other words.
        let restA = x.count - alignment.rangeA.count - alignment.onlyA.filter { !alignment.rangeA.contains($0) }.count
        let restB = y.count - alignment.rangeB.count - alignment.onlyB.filter { !alignment.rangeB.contains($0) }.count
        if restA >= QuoteVariants.otherWords && restB >= QuoteVariants.otherWords && alignment.matched < repeatedWords {
            return nil
        }
        // An editor's words (`[the girls]`, `sic`) are not the speaker's, nor the word or two they stand for on
        // the other side (`them`), nor a word or two next to them the editor fitted to the bracket (`We have
        // married [the girls] off` for `We married them off`).
        func edited(_ only: inout [Int], _ content: ClaimContent, _ range: Range<Int>) -> Int {
            let marks = only.filter { content.editorial.contains(range.lowerBound + $0) }
            guard let first = marks.min(), let last = marks.max() else { return 0 }
            only.removeAll { content.editorial.contains(range.lowerBound + $0) }
            let near = only.filter { ($0 >= first - 2 && $0 < first) || ($0 > last && $0 <= last + 2) }
            if near.count <= 1 { only.removeAll { near.contains($0) } }
            return marks.count
        }
        let editedA = edited(&alignment.onlyA, pair.contentA, x)
        let editedB = edited(&alignment.onlyB, pair.contentB, y)
        if editedA > 0 && alignment.onlyA.isEmpty && alignment.onlyB.count <= 2 { alignment.onlyB = [] }
        if editedB > 0 && alignment.onlyB.isEmpty && alignment.onlyA.count <= 2 { alignment.onlyA = [] }
        // A changed ending across the end of a sentence or quotation (`... the pier stays shut." "We ask` against
        // `... the pier stays shut … as saying`) is where the two excerpts stop, not other words.
        QuoteVariants.dropEndingsPastBreak(
            &alignment, pair.contentA, x, pair.documents[pair.a.document], pair.contentB, y,
            pair.documents[pair.b.document])
        QuoteVariants.dropOpenings(
            &alignment, pair.contentA, x, pair.documents[pair.a.document], pair.contentB, y,
            pair.documents[pair.b.document], meaning: meaning)
        guard let difference = difference(alignment, x, y, pair, looseA: looseA, looseB: looseB) else { return nil }
        let a = pair.a
        let b = pair.b
        let wordsA = alignment.onlyA.map { pair.contentA.words[x.lowerBound + $0].text }
        let wordsB = alignment.onlyB.map { pair.contentB.words[y.lowerBound + $0].text }
        func shown(_ words: [String]) -> String { words.isEmpty ? "nothing" : "“\(words.joined(separator: " "))”" }
        let same = keyA == keyB
        let speaker =
            same
            ? (a.source.name.count >= b.source.name.count ? a.source.name : b.source.name)
            : "\(a.source.name) (in \(pair.documents[a.document].name)) and \(b.source.name) (in \(pair.documents[b.document].name))"
        let nameA = pair.documents[a.document].name
        let nameB = pair.documents[b.document].name
        let lined = "(\(alignment.matched) words line up in a stretch of \(alignment.stretch))"
        var rule = same ? "same speaker, aligned quotation" : "same quotation, aligned"
        var explanation =
            "\(speaker) \(same ? "is" : "are") quoted with different words: \(shown(wordsA)) in \(nameA) where \(nameB) has \(shown(wordsB)) \(lined)."
        if case .traded(let tradedA, let tradedB) = difference {
            func shownStretch(_ range: ClosedRange<Int>, _ content: ClaimContent, _ quotation: Range<Int>) -> String {
                range.map { content.words[quotation.lowerBound + $0].text }.joined(separator: " ")
            }
            rule = same ? "same speaker, words traded" : "same quotation, words traded"
            explanation =
                "\(speaker) \(same ? "is" : "are") quoted with two words trading places: “\(shownStretch(tradedA, pair.contentA, x))” in \(nameA) where \(nameB) has “\(shownStretch(tradedB, pair.contentB, y))” \(lined)."
        }
        return pair.relation(
            .quoteVariant, rule: rule, score: alignment.density, explanation: explanation,
            evidence: [
                pair.evidence(
                    a, pair.contentA,
                    (x.lowerBound + alignment.rangeA.lowerBound)..<(x.lowerBound + alignment.rangeA.upperBound)),
                pair.evidence(
                    b, pair.contentB,
                    (y.lowerBound + alignment.rangeB.lowerBound)..<(y.lowerBound + alignment.rangeB.upperBound)),
            ])
    }

    /// Variants the candidate index did not pair (a partial quote inside a long sentence), found through an
    /// index of quoted word trigrams: two quotations meet when they share one that fewer than 30 quotations use.
    /// `stretches` are each claim's quoted word ranges (`QuotedStretches.all`), read here when not given;
    /// `speakers` their speaker keys (`ContentComparison.speakerKeys`) and `names` their sources' names as read once
    /// for the run (`SpeakerNames.table`).
    func variants(
        _ claims: [Claim], contents: [ClaimContent], documents: [Document], examined: CandidateIndex.PairSet,
        stretches given: [[Range<Int>]]? = nil, speakers: [String?], names: [SpeakerNames]
    ) -> [Relation] {
        let stretches = given ?? QuotedStretches.all(claims, contents: contents, documents: documents)
        // Each quotation's trigrams, hashed in parallel chunks.
        let parts = max(1, min(32, contents.count / 1024))
        let hashed = ResultBox<[[Int]]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (contents.count * part / parts)..<(contents.count * (part + 1) / parts)
            _ = hashed.set(part, range.map { k in trigrams(contents[k], stretches[k]) })
        }
        let grams = hashed.values().flatMap { $0 }
        var postings: [Int: [Int]] = [:]
        for (i, set) in grams.enumerated() {
            for g in set where postings[g, default: []].count <= 30 { postings[g, default: []].append(i) }
        }
        // Quotations in parallel chunks, merged in order.
        let quotationGrams = grams
        let index = postings
        let chunks = max(1, min(32, grams.count / 512))
        let box = ResultBox<[Relation]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            _ = box.set(
                chunk,
                partners(
                    (quotationGrams.count * chunk / chunks)..<(quotationGrams.count * (chunk + 1) / chunks),
                    grams: quotationGrams, postings: index, claims: claims, contents: contents, documents: documents,
                    examined: examined, stretches: stretches, speakers: speakers, names: names))
        }
        return box.values().flatMap { $0 }
    }

    /// The hashes of a claim's quoted word trigrams.
    private func trigrams(_ content: ClaimContent, _ quoted: [Range<Int>]) -> [Int] {
        var set = Set<Int>()
        for range in quotations(quoted) {
            let keys = content.quotedKeys(range)
            for k in 0..<max(0, keys.count - 2) {
                var h = Hasher()
                h.combine(keys[k])
                h.combine(keys[k + 1])
                h.combine(keys[k + 2])
                set.insert(h.finalize())
            }
        }
        return Array(set)
    }

    /// The variants of the quotations `range` with those sharing their trigrams.
    private func partners(
        _ range: Range<Int>, grams: [[Int]], postings: [Int: [Int]], claims: [Claim], contents: [ClaimContent],
        documents: [Document], examined: CandidateIndex.PairSet, stretches: [[Range<Int>]], speakers: [String?],
        names: [SpeakerNames]
    ) -> [Relation] {
        var result: [Relation] = []
        // What every pair shares, made once rather than for each pair.
        let run = ClaimPair.Run(documents: documents)
        for i in range where !grams[i].isEmpty {
            let set = grams[i]
            var shared: [Int: Int] = [:]
            for g in set {
                guard let list = postings[g], list.count <= 30 else { continue }
                for j in list where j > i && claims[j].document != claims[i].document { shared[j, default: 0] += 1 }
            }
            // Partners sharing two trigrams or more (one for a short quotation), the most shared first.
            let short = set.count < 6
            let partners = shared.filter { $0.value >= (short || grams[$0.key].count < 6 ? 1 : 2) }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(maximumPartners)
            for (j, _) in partners where !examined.contains(i, j) {
                let view = ClaimPair(
                    a: claims[i], b: claims[j], contentA: contents[i], contentB: contents[j], similarity: 0,
                    shared: [], run: run, speakers: (speakers[i], speakers[j]), names: (names[i], names[j]),
                    stretches: (stretches[i], stretches[j]))
                if let relation = variant(view) { result.append(relation) }
            }
        }
        return result
    }

    /// Whether two speakers' names may be one person's: the same letters once case, spaces and hyphens are set
    /// aside (`Lee Min-ho` and `Lee Min Ho`), a surname of four letters or more that the other name holds too
    /// (`Ines Roca` and `Ines Roca-Vidal`), or a name word in common and surnames of five letters or more one
    /// letter apart (`Ines Dorrit` and `Ines Dorritt`); a first name in common alone (`Maria Holm` and `Maria
    /// Seger`, `Maria Helm`) is two people. One credit written two ways shows no wrong attribution.
    static func mayBeOneName(_ x: String, _ y: String) -> Bool {
        mayBeOneName(NameParts(spelling: spellingWords(x)), NameParts(spelling: spellingWords(y)))
    }

    /// `mayBeOneName` on two names read once for the run (`SpeakerNames`).
    static func mayBeOneName(_ x: SpeakerNames, _ y: SpeakerNames) -> Bool { mayBeOneName(x.parts, y.parts) }

    /// `mayBeOneName` on the parts of two names' folded words (`NameParts`).
    static func mayBeOneName(_ x: NameParts, _ y: NameParts) -> Bool {
        if x.letters == y.letters { return true }
        guard x.longParts.contains(where: y.longParts.contains), let lastX = x.lastPart, let lastY = y.lastPart
        else { return false }
        func shared(_ word: String) -> Bool { x.longParts.contains(word) && y.longParts.contains(word) }
        if shared(lastX) || shared(lastY) { return true }
        return min(lastX.count, lastY.count) >= 5 && transpositionDistance(Array(lastX), Array(lastY)) <= 1
    }

    /// The same quotation, word for word, attributed to two different named people: one attribution is wrong.
    func speakerConflict(_ pair: ClaimPair) -> Proposal? {
        let a = pair.a
        let b = pair.b
        let namedA = QuoteVariants.isNamedPerson(a.source, pair.namesA)
        let namedB = QuoteVariants.isNamedPerson(b.source, pair.namesB)
        guard a.attribution != nil, b.attribution != nil, namedA || namedB,
            a.source.name != b.source.name, pair.speakerA != pair.speakerB,
            !QuoteVariants.nameHolds(a.source.name, b.source.name),
            !QuoteVariants.nameHolds(b.source.name, a.source.name),
            // One name spelled two ways (`Haddad` and `Hadad`, `Kouri` and `Khoury`) is one speaker.
            !QuoteVariants.spelledAlike(words: pair.namesA.spelling, pair.namesB.spelling),
            !QuoteVariants.mayBeOneName(pair.namesA, pair.namesB),
            Set(a.source.individuals.map(\.name)).isDisjoint(with: b.source.individuals.map(\.name)),
            let (alignment, x, y) = bestAlignment(pair.contentA, pair.contentB),
            alignment.matched >= 6, alignment.density >= 0.9,
            alignment.matched * 10 >= min(x.count, y.count) * 8,
            // A stock phrase (`what is happening in the city`) two people may both say: eight words, or three
            // content words.
            alignment.matched >= 8
                || pair.contentA.contentTerms(
                    in: (x.lowerBound + alignment.rangeA.lowerBound)..<(x.lowerBound + alignment.rangeA.upperBound)
                ).count >= 3,
            // Last: the surname test reads the article.
            namedA || QuoteVariants.isSurname(a.source, in: pair.documents[a.document]),
            namedB || QuoteVariants.isSurname(b.source, in: pair.documents[b.document]),
            // Each article names only its own speaker next to the quotation: one that names the other's too
            // (`The president also condemned it. "..." he said`) may well say the same, and the pronoun was
            // read wrong.
            !QuoteVariants.names(b.source, near: a, in: pair.documents[a.document]),
            !QuoteVariants.names(a.source, near: b, in: pair.documents[b.document]),
            // Nor anywhere else in its article (`..., Chandler wrote` further on, a byline's person quoted in the
            // text): each article's own credit is then in doubt, and no misattribution is shown.
            !QuoteVariants.namesAnywhere(b.source, in: pair.documents[a.document]),
            !QuoteVariants.namesAnywhere(a.source, in: pair.documents[b.document])
        else { return nil }
        // The explanation is written once the proposal is flagged (`Proposal.explained`), from the evidence's
        // speakers and articles: most of a run's proposals of this rule are held until every pair is compared.
        let relation = pair.relation(
            .conflict, rule: "same quotation, different speakers", score: 0.6 + 0.3 * alignment.density,
            explanation: "", evidence: [pair.evidence(a, pair.contentA, x), pair.evidence(b, pair.contentB, y)])
        var f = PairFeatures()
        f[.quoteSpeakers] = 1
        f[.cosine] = pair.similarity
        f[.clauseOverlap] = alignment.density
        f[.clauseCoverage] = Double(alignment.matched) / Double(max(1, min(x.count, y.count)))
        f[.sharedTerms] = log(1 + Double(alignment.matched)) / log(10)
        f[.bothQuoted] = PairFeatures.flag(a.isDirectQuote && b.isDirectQuote)
        var proposal = Proposal(relation: relation, family: .conflict, features: f)
        proposal.lateExplanation = .sameWordsTwoSpeakers(aligned: UInt16(alignment.matched))
        return proposal
    }

    /// The explanation of `speakerConflict`: `aligned` words line up between the quotations of sides `a` and `b`
    /// (their sources and articles as the evidence gives them).
    static func twoSpeakersExplanation(aligned: Int, _ a: RelationEvidence, _ b: RelationEvidence) -> String {
        "The same words (\(aligned) words line up) are attributed to \(a.source) in \(a.document) and to \(b.source) in \(b.document): one attribution is wrong."
    }
}
