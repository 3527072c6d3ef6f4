/// Two candidate claims from different articles, with what the comparison read from each and what they share:
/// the input of every content rule.
///
/// What every pair of a run shares (the documents, their names, their figures, the terms' rarity) sits in one
/// `Run` instance, so that a copy of a pair, or its `swapped` view, retains that once instead of each of its
/// parts (the pair loop copied and swapped pairs some hundred thousand times a run of two thousand articles).
struct ClaimPair {
    /// What every pair of a run shares, made once per run by the callers that make many pairs.
    final class Run: Sendable {
        let documents: [Document]
        /// Each article's name (`Document.name`), made once per run where the caller has them.
        let documentNames: [String]?
        /// Every figure in each article by its `key`, by article index.
        let figures: [[String: [QuantityComparison.Mention]]]
        /// How rare each term is in the run, for aligning clauses.
        let rarity: TermRarity

        /// Without `rarity`, no term is common (the rarity of no claims).
        init(
            documents: [Document], documentNames: [String]? = nil,
            figures: [[String: [QuantityComparison.Mention]]] = [], rarity: TermRarity? = nil
        ) {
            self.documents = documents
            self.documentNames = documentNames
            self.figures = figures
            self.rarity = rarity ?? TermRarity([])
        }
    }

    var a: Claim
    var b: Claim
    var contentA: ClaimContent
    var contentB: ClaimContent
    /// Cosine of the two claims' term vectors.
    var similarity: Double
    /// Terms the two claims share (numbers and skeletons left out).
    var shared: Set<String> {
        get { sharedSet.words }
        set { sharedSet = SharedWords(newValue) }
    }
    /// `shared`, made into a set when first read (`SharedWords`); a pair built with `sharedWords` shares it.
    var sharedSet: SharedWords
    /// Whether the claims share a term (numbers and skeletons left out), without making the set.
    var sharesWords: Bool { !sharedSet.isEmpty }
    /// What every pair of the run shares.
    let run: Run
    var documents: [Document] { run.documents }
    /// Each article's name (`Document.name`), made once per run where the caller has them: every evidence of a
    /// run's proposals then shares its article's name instead of holding a copy of its own.
    var documentNames: [String]? { run.documentNames }
    /// Every figure in each article by its `key`, by article index.
    var figures: [[String: [QuantityComparison.Mention]]] { run.figures }
    /// How rare each term is in the run, for aligning clauses.
    var rarity: TermRarity { run.rarity }
    /// Each side's speaker as quotations are matched (`QuoteVariants.speakerKey`), read once per claim by the
    /// caller where it can rather than by every rule of every pair.
    let speakerA: String?
    let speakerB: String?
    /// Whether each side is retold (someone else's words carry it) and whether its own article rejects it
    /// (`RetoldRumours`): a side retold only to be rejected is not its article's side.
    var retold: (a: Bool, b: Bool) = (false, false)
    var rejectedRetelling: (a: Bool, b: Bool) = (false, false)
    /// Whether each side's article also says the opposite word of its own (`RetoldRumours.twoSided`): no side of an
    /// `opposite words` contradiction.
    var twoSided: (a: Bool, b: Bool) = (false, false)
    /// Each side's source name as the speaker rules read it (`SpeakerNames`), shared by every claim of the run
    /// with that name where the caller has them.
    let namesA: SpeakerNames
    let namesB: SpeakerNames
    /// Each side's quoted word ranges as `QuotedStretches.ranges` reads them, read once per claim for the run where
    /// the caller has them: the paragraph walk behind them was a fourteenth of the pair loop when every rule of
    /// every pair read it again.
    var stretches: (a: [Range<Int>], b: [Range<Int>])?

    /// Each side's clause weights for the run (`ClauseWeights`), where the caller has them, for aligning clauses.
    var clauseWeights: (a: ClauseWeights.Claim, b: ClauseWeights.Claim)?

    /// Side `a`'s quoted word ranges (`QuotedStretches.ranges`): the run's, or read now.
    var quotedStretchesA: [Range<Int>] {
        stretches?.a ?? QuotedStretches.ranges(contentA, of: a, in: documents[a.document])
    }

    /// Side `b`'s quoted word ranges (`QuotedStretches.ranges`): the run's, or read now.
    var quotedStretchesB: [Range<Int>] {
        stretches?.b ?? QuotedStretches.ranges(contentB, of: b, in: documents[b.document])
    }

    /// `sharedWords`, where given, stands for `shared`: words made into a set when first read. The documents,
    /// figures, rarity and document names make a `Run` of this pair's own.
    init(
        a: Claim, b: Claim, contentA: ClaimContent, contentB: ClaimContent, similarity: Double, shared: Set<String>,
        documents: [Document], figures: [[String: [QuantityComparison.Mention]]] = [], rarity: TermRarity? = nil,
        speakers: (String?, String?)? = nil, names: (SpeakerNames, SpeakerNames)? = nil,
        sharedWords: SharedWords? = nil, retold: (a: Bool, b: Bool) = (false, false),
        rejectedRetelling: (a: Bool, b: Bool) = (false, false), documentNames: [String]? = nil,
        stretches: (a: [Range<Int>], b: [Range<Int>])? = nil,
        clauseWeights: (a: ClauseWeights.Claim, b: ClauseWeights.Claim)? = nil
    ) {
        self.init(
            a: a, b: b, contentA: contentA, contentB: contentB, similarity: similarity, shared: shared,
            run: Run(documents: documents, documentNames: documentNames, figures: figures, rarity: rarity),
            speakers: speakers, names: names, sharedWords: sharedWords, retold: retold,
            rejectedRetelling: rejectedRetelling, stretches: stretches, clauseWeights: clauseWeights)
    }

    /// A pair of a `run` that every pair of it shares.
    init(
        a: Claim, b: Claim, contentA: ClaimContent, contentB: ClaimContent, similarity: Double, shared: Set<String>,
        run: Run, speakers: (String?, String?)? = nil, names: (SpeakerNames, SpeakerNames)? = nil,
        sharedWords: SharedWords? = nil, retold: (a: Bool, b: Bool) = (false, false),
        rejectedRetelling: (a: Bool, b: Bool) = (false, false), stretches: (a: [Range<Int>], b: [Range<Int>])? = nil,
        clauseWeights: (a: ClauseWeights.Claim, b: ClauseWeights.Claim)? = nil
    ) {
        self.a = a
        self.b = b
        self.contentA = contentA
        self.contentB = contentB
        self.similarity = similarity
        sharedSet = sharedWords ?? SharedWords(shared)
        self.run = run
        (speakerA, speakerB) = speakers ?? (QuoteVariants.speakerKey(a), QuoteVariants.speakerKey(b))
        (namesA, namesB) = names ?? (SpeakerNames(a.source), SpeakerNames(b.source))
        self.retold = retold
        self.rejectedRetelling = rejectedRetelling
        self.stretches = stretches
        self.clauseWeights = clauseWeights
    }

    /// The same pair seen from the other side (the same run).
    var swapped: ClaimPair {
        var pair = ClaimPair(
            a: b, b: a, contentA: contentB, contentB: contentA, similarity: similarity, shared: [], run: run,
            speakers: (speakerB, speakerA), names: (namesB, namesA), sharedWords: sharedSet,
            retold: (retold.b, retold.a), rejectedRetelling: (rejectedRetelling.b, rejectedRetelling.a),
            stretches: stretches.map { ($0.b, $0.a) }, clauseWeights: clauseWeights.map { ($0.b, $0.a) })
        pair.twoSided = (twoSided.b, twoSided.a)
        return pair
    }

    /// The exact words of a word range of one side, as evidence.
    func evidence(_ claim: Claim, _ content: ClaimContent, _ range: Range<Int>) -> RelationEvidence {
        let words = content.words
        let span: TextSpan
        if range.isEmpty || words.isEmpty {
            span = claim.spans.first ?? TextSpan(0, 0)
        } else {
            let lower = min(range.lowerBound, words.count - 1)
            let upper = min(range.upperBound, words.count) - 1
            span = TextSpan(words[lower].span.start, words[max(lower, upper)].span.end)
        }
        return RelationEvidence(
            claim: claim.id, source: claim.source.name, sourceKind: claim.source.kind,
            document: documentNames?[claim.document] ?? documents[claim.document].name,
            words: documents[claim.document].text(of: span), span: span)
    }

    /// The whole claim as evidence.
    func evidence(_ claim: Claim, _ content: ClaimContent) -> RelationEvidence {
        evidence(claim, content, 0..<content.words.count)
    }

    /// A relation between the two claims, its score rounded to two places.
    func relation(
        _ type: Relation.Kind, rule: String, score: Double, explanation: String, evidence: [RelationEvidence]
    ) -> Relation {
        Relation(
            id: "", type: type, claims: [a.id, b.id], rule: rule, score: (min(1, score) * 100).rounded() / 100,
            explanation: explanation, evidence: evidence, event: a.events.first(where: { b.events.contains($0) }))
    }

    /// The shared terms inside a word range of side `a`.
    func sharedWords(in range: Range<Int>, of content: ClaimContent) -> [Int] {
        range.filter { k in k < content.terms.count && content.terms[k].map { shared.contains($0) } == true }
    }

    /// The words that make two claims about the same thing, for explanations: the shared terms as written.
    func sharedText(limit: Int = 6) -> String {
        var seen = Set<String>()
        var out: [String] = []
        for (k, term) in contentA.terms.enumerated() {
            guard let term, shared.contains(term), seen.insert(term).inserted else { continue }
            out.append(contentA.words[k].text)
            if out.count == limit { break }
        }
        return out.map { "“\($0)”" }.joined(separator: ", ")
    }
}
