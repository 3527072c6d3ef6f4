import Dispatch
import Foundation

/// Checks claims against analysed articles (`corroborate check`). Two signals, both explained: the stance model
/// reads the whole article against the claim (as FNC-1 does), and the comparison rules read the claim against
/// each of the article's statements, as if the claim were one more article: an attributed denial or refutation
/// (`Opposition`), an opposite manner or state and polarity (the event rules), a figure that differs
/// (`QuantityComparison`) or the same figure for the same measure, the same statement in other words
/// (`Similarity`). Only a statement about what the claim says (`EvidenceAlignment`: its names, its other content
/// words or its measure) is evidence. Evidence from the rules decides the verdict when there is some; otherwise
/// the model's reading does, and a model that reads support or contradiction needs a sentence about the claim to
/// show for it, or the article only discusses the claim. Every verdict of support or contradiction comes with the
/// lines that show it.
public struct ClaimChecker: Sendable {
    let model: StanceModel
    let reader: StanceReader
    let content: ContentComparison
    let comparer: Comparer
    let frames: FrameExtractor
    let alignment: EvidenceAlignment
    /// The least share of the claim (rarity-weighted) an article statement must hold to be compared at all.
    var relevance = 0.3
    /// Evidence lines kept per article.
    var evidencePerArticle = 4

    public init(knowledge: Knowledge = .builtIn, model: StanceModel) {
        self.model = model
        reader = StanceReader(knowledge: knowledge)
        content = ContentComparison(knowledge: knowledge)
        comparer = Comparer(knowledge: knowledge)
        frames = FrameExtractor(lexicon: knowledge.events, cues: knowledge.cues)
        alignment = EvidenceAlignment(quantities: content.reader.quantities)
    }

    /// Checks each claim against every article of the analysis, articles in parallel.
    public func check(_ claims: [String], in analysis: Analysis) -> [ClaimCheck] {
        var grouped = [[Claim]](repeating: [], count: analysis.articles.count)
        for claim in analysis.claims { grouped[claim.document].append(claim) }
        let byDocument = grouped
        // Each article is read once, whatever the number of claims.
        let readBox = ResultBox<ReadArticle>(count: analysis.articles.count)
        DispatchQueue.concurrentPerform(iterations: analysis.articles.count) { d in
            _ = readBox.set(d, ReadArticle(analysis.articles[d], claims: byDocument[d], checker: self))
        }
        let articles = readBox.values()
        return claims.map { text in
            let claim = Claimed(text: text, checker: self)
            let box = ResultBox<ArticleVerdict>(count: analysis.articles.count)
            DispatchQueue.concurrentPerform(iterations: analysis.articles.count) { d in
                _ = box.set(d, verdict(claim, article: analysis.articles[d], read: articles[d]))
            }
            let verdicts = box.values()
            return ClaimCheck(
                claim: text, articles: verdicts, supportedBy: mentions(verdicts, .agree),
                contradictedBy: mentions(verdicts, .disagree))
        }
    }

    /// An article as every claim is checked against it: its body for the model, its statements as the rules read
    /// them (as the second document of a pair), and every figure it gives.
    struct ReadArticle: Sendable {
        var body: StanceText
        var claims: [Claim]
        var statements: [(claim: Claim, content: ClaimContent)]
        var figures: [String: [QuantityComparison.Mention]]

        init(_ article: ArticleAnalysis, claims: [Claim], checker: ClaimChecker) {
            body = StanceText(
                document: article.document, analysis: article.text, attributions: article.attributions,
                words: checker.reader.words)
            self.claims = claims
            statements = claims.map { claim in
                var other = claim
                other.document = 1
                return (other, checker.content.reader.content(of: other, in: article.document))
            }
            figures = checker.content.quantities.mentions(statements)
        }
    }

    /// The claim as the rules and the model read it: a one-sentence document with the claim as its statement.
    struct Claimed: Sendable {
        var text: StanceText
        var document: Document
        var claim: Claim
        var content: ClaimContent

        init(text raw: String, checker: ClaimChecker) {
            document = Document(path: "the claim", format: .text, metadata: DocumentMetadata(), text: raw)
            text = checker.reader.claim(raw)
            let spans = [TextSpan(0, document.scalars.count)]
            claim = Claim(
                id: "claim", document: 0, attribution: nil, source: Source(name: "the claim", kind: .other), via: nil,
                text: raw, spans: spans, sentence: 0, isDirectQuote: false,
                frame: checker.frames.frame(spans: spans, in: document))
            content = checker.content.reader.content(of: claim, in: document)
        }
    }

    private func verdict(_ claimed: Claimed, article: ArticleAnalysis, read: ReadArticle) -> ArticleVerdict {
        let body = read.body
        let judgement = model.judge(claim: claimed.text, body: body)
        let documents = [claimed.document, article.document]
        var evidence: [CheckEvidence] = []
        // Every figure of the claim and of the article, so that a figure the article also gives is not a conflict.
        let figures = [content.quantities.mentions([(claimed.claim, claimed.content)]), read.figures]
        let rarity = { (term: String) in self.model.vocabulary.idf(term) }
        // A claim that names no place or actor (`12 people were killed`) is about the article's story only when the
        // model reads the article as related to it (`admits`); one whose names the statement gives is anchored by
        // them.
        let related = judgement.probabilities[Stance.unrelated.index] < 0.5
        let tied = tiedByFigures(claimed, read)
        // What every pair of this verdict shares, made once rather than once a statement.
        let run = ClaimPair.Run(documents: documents, figures: figures)
        for (other, otherContent) in read.statements {
            let (similarity, shared) = cosine(claimed.content, otherContent)
            let coverage = self.coverage(claimed.content, otherContent)
            guard coverage >= relevance || similarity >= 0.25 else { continue }
            // A statement about another place, another figure or another topic is no evidence either way.
            let aligned = alignment.align((claimed.claim, claimed.content), (other, otherContent), rarity: rarity)
            guard admits(aligned, related: related, tied: tied) else { continue }
            let pair = ClaimPair(
                a: claimed.claim, b: other, contentA: claimed.content, contentB: otherContent, similarity: similarity,
                shared: shared, run: run)
            var relations = comparer.rules(claimed.claim, other, event: nil, label: "it", documents: documents)
            relations += content.quantities.relations(pair) + content.opposition.relations(pair)
            if !relations.contains(where: { $0.type != .agreement }), let same = sameFigure(pair) {
                relations.append(same)
            }
            if relations.isEmpty { relations = content.similarity.relations(pair) }
            for relation in relations {
                guard let stance = CheckEvidence.stance(of: relation.type) else { continue }
                let words = relation.evidence.first(where: { $0.claim == other.id })?.words ?? other.text
                evidence.append(
                    CheckEvidence(
                        stance: stance, source: other.source.name, sourceKind: other.source.kind, claim: other.id,
                        sentence: article.document.text(of: sentenceSpan(of: other, in: article)),
                        span: sentenceSpan(of: other, in: article), words: words, rule: relation.rule,
                        score: relation.score, explanation: relation.explanation))
            }
        }
        evidence = strongest(evidence)
        let supports = evidence.contains { $0.stance == .agree }
        let contradicts = evidence.contains { $0.stance == .disagree }
        var stance = judgement.stance
        var decidedBy = "stance model"
        if supports && contradicts {
            stance = .discuss
            decidedBy = "sources disagree"
        } else if supports || contradicts {
            stance = supports ? .agree : .disagree
            decidedBy = "evidence"
        } else if judgement.stance != .unrelated {
            let shown = modelEvidence(
                judgement, claimed: claimed, article: article, read: read, related: related, tied: tied)
            if shown.isEmpty && (judgement.stance == .agree || judgement.stance == .disagree) {
                // The model reads support or contradiction, but no sentence of the article is about the claim.
                stance = .discuss
                decidedBy = "stance model, no sentence about the claim"
                evidence = modelEvidence(
                    judgement, claimed: claimed, article: article, read: read, related: related, tied: tied,
                    stance: .discuss)
            } else {
                evidence = shown
            }
        }
        return ArticleVerdict(
            document: article.document.name, title: article.document.metadata.title, outlet: article.outlet.name,
            stance: stance, decidedBy: decidedBy, model: judgement.stance, modelConfidence: judgement.confidence,
            evidence: Array(evidence.prefix(evidencePerArticle)))
    }

    /// The span of the sentence a statement starts in.
    private func sentenceSpan(of claim: Claim, in article: ArticleAnalysis) -> TextSpan {
        article.text.sentences.indices.contains(claim.sentence)
            ? article.text.sentences[claim.sentence].span : claim.spans.first ?? TextSpan(0, 0)
    }

    /// Whether an aligned statement is evidence: anchored by the claim's names, or in an article the model reads
    /// as related to the claim and, for a claim that names nothing, tied to it by more than a measure: a word of the
    /// claim besides the measure's, or the article gives the claim's figure (`tiedByFigures`). A toll of three in
    /// another story shares only the measure with `12 people were killed`.
    private func admits(_ aligned: EvidenceAlignment.Result, related: Bool, tied: Bool) -> Bool {
        aligned.aligned && (aligned.anchored || related && (tied || aligned.beyondMeasure))
    }

    /// Whether a claim that names nothing is tied to the article by its figures: it gives none, or the article
    /// gives one of them for the same measure. A claim that names a place or an actor is tied by its names
    /// instead.
    private func tiedByFigures(_ claimed: Claimed, _ read: ReadArticle) -> Bool {
        let figures = claimed.content.quantities
        guard claimed.content.skeletons.isEmpty, !figures.isEmpty else { return true }
        return figures.contains { x in
            read.statements.contains { statement in
                statement.content.quantities.contains { $0.measure == x.measure && x.compare($0) == .same }
            }
        }
    }

    /// The same figure for the same measure in a statement about the claim (`12 people were killed` and `12
    /// employees were killed`): support, where the comparison between articles asks for more shared words than a
    /// short claim has.
    private func sameFigure(_ pair: ClaimPair) -> Relation? {
        let (yearsA, yearsB) = (pair.contentA.years, pair.contentB.years)
        guard yearsA.isEmpty || yearsB.isEmpty || !yearsA.isDisjoint(with: yearsB) else { return nil }
        for x in pair.contentA.quantities where x.dimension != "count" || (x.counted != nil && x.high > 3) {
            for y in pair.contentB.quantities where y.measure == x.measure {
                guard x.compare(y) == .same else { continue }
                let words = pair.evidence(pair.b, pair.contentB, y.words)
                return pair.relation(
                    .agreement, rule: "figure: same \(x.measure)", score: 0.7,
                    explanation:
                        "\(pair.b.source.name) gives “\(words.words)”, the claim's figure for the same measure (\(x.measure)), in a statement about what the claim says.",
                    evidence: [pair.evidence(pair.a, pair.contentA, x.words), words])
            }
        }
        return nil
    }

    /// The model's best sentences as evidence, with the refuting, hedging or confirming words near the claim's.
    /// A line of support or contradiction needs a statement in the sentence that is about the claim
    /// (`EvidenceAlignment`, `admits`); a sentence without one is left out (and with none, there is no such line).
    private func modelEvidence(
        _ judgement: StanceModel.Judgement, claimed: Claimed, article: ArticleAnalysis, read: ReadArticle,
        related: Bool, tied: Bool, stance shownStance: Stance? = nil
    ) -> [CheckEvidence] {
        let stance = shownStance ?? judgement.stance
        let body = read.body
        let claim = claimed.text
        let rarity = { (term: String) in self.model.vocabulary.idf(term) }
        var out: [CheckEvidence] = []
        for (s, coverage) in judgement.best.prefix(3) where coverage >= relevance && out.count < 2 {
            let sentence = body.sentences[s]
            let inSentence = read.statements.filter {
                $0.claim.spans.first.map { sentence.span.start <= $0.start && $0.start < sentence.span.end } ?? false
            }
            let about = inSentence.first {
                admits(
                    alignment.align((claimed.claim, claimed.content), $0, rarity: rarity), related: related, tied: tied)
            }
            if stance == .agree || stance == .disagree, about == nil { continue }
            let said = about?.claim ?? inSentence.first?.claim
            let words = sentence.words.map { body.words[$0] }
            let marked = words.filter {
                $0.classes
                    & (StanceWords.refutation | StanceWords.debunk | StanceWords.negation | StanceWords.hedge
                        | StanceWords.confirmation)
                    != 0
            }
            let source = said?.source ?? article.outlet
            // The words that carry the claim when nothing refutes, hedges or confirms it.
            let shown = marked.isEmpty ? words.filter { !$0.term.isEmpty && claim.positions[$0.term] != nil } : marked
            let markedText = marked.map { "“\(article.document.text(of: $0.span))”" }.joined(separator: ", ")
            let reading =
                stance == judgement.stance
                ? "the stance model reads the whole article as \(judgement.stance.verdict) (probability \(format(judgement.confidence)))"
                : "the stance model reads the whole article as \(judgement.stance.verdict) (probability \(format(judgement.confidence))), but no sentence of it is about what the claim says, so it only discusses the claim"
            out.append(
                CheckEvidence(
                    stance: stance, source: source.name, sourceKind: source.kind, claim: said?.id,
                    sentence: article.document.text(of: sentence.span), span: sentence.span,
                    words: shown.map { article.document.text(of: $0.span) }.joined(separator: " "),
                    rule: "stance model: \(judgement.stance.verdict)",
                    score: (judgement.confidence * 100).rounded() / 100,
                    explanation:
                        "The sentence holding most of the claim (\(Int((coverage * 100).rounded()))% of its weighted words)\(marked.isEmpty ? "" : ", with \(markedText) near them"); \(reading)."
                ))
        }
        return out
    }

    /// One line per sentence and stance, the strongest; contradictions first, then support, then the rest.
    private func strongest(_ evidence: [CheckEvidence]) -> [CheckEvidence] {
        var best: [String: CheckEvidence] = [:]
        for item in evidence {
            let key = "\(item.stance.rawValue)|\(item.span.start)"
            if let known = best[key], known.score >= item.score { continue }
            best[key] = item
        }
        let rank: [Stance: Int] = [.disagree: 0, .agree: 1, .discuss: 2, .unrelated: 3]
        return best.values.sorted {
            rank[$0.stance]! != rank[$1.stance]!
                ? rank[$0.stance]! < rank[$1.stance]!
                : $0.score != $1.score ? $0.score > $1.score : $0.span.start < $1.span.start
        }
    }

    /// Cosine of two claims' term weights, with the model's term rarities; and the terms they share.
    private func cosine(_ a: ClaimContent, _ b: ClaimContent) -> (Double, Set<String>) {
        func weight(_ term: String, _ w: Double) -> Double {
            w * model.vocabulary.idf(term.hasPrefix("~") || term.hasPrefix("#") ? "" : term)
        }
        var dot = 0.0
        var na = 0.0
        var nb = 0.0
        var shared = Set<String>()
        for (term, w) in a.weights {
            let x = weight(term, w)
            na += x * x
            if let v = b.weights[term] {
                dot += x * weight(term, v)
                if !term.hasPrefix("#") { shared.insert(term) }
            }
        }
        for (term, w) in b.weights {
            let y = weight(term, w)
            nb += y * y
        }
        return (na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0, shared)
    }

    /// The share of the claim's weighted terms the other statement holds.
    private func coverage(_ claim: ClaimContent, _ other: ClaimContent) -> Double {
        var total = 0.0
        var found = 0.0
        for (term, w) in claim.weights where !term.hasPrefix("#") {
            let x = w * model.vocabulary.idf(term.hasPrefix("~") ? "" : term)
            total += x
            if other.weights[term] != nil { found += x }
        }
        return total > 0 ? found / total : 0
    }

    /// Sources with evidence of one stance, across articles.
    private func mentions(_ verdicts: [ArticleVerdict], _ stance: Stance) -> [ClaimCheck.SourceMention] {
        var order: [String] = []
        var found: [String: ClaimCheck.SourceMention] = [:]
        for verdict in verdicts {
            for item in verdict.evidence where item.stance == stance {
                if found[item.source] == nil {
                    order.append(item.source)
                    found[item.source] = ClaimCheck.SourceMention(
                        source: item.source, kind: item.sourceKind, documents: [])
                }
                if !found[item.source]!.documents.contains(verdict.document) {
                    found[item.source]!.documents.append(verdict.document)
                }
            }
        }
        return order.map { found[$0]! }
    }
}

extension CheckEvidence {
    /// What a relation between the claim and a statement says about the claim.
    static func stance(of type: Relation.Kind) -> Stance? {
        switch type {
        case .agreement: .agree
        case .conflict, .numericConflict, .tension: .disagree
        case .update: .discuss
        default: nil
        }
    }
}
