import Foundation

/// What the HTML report shows, as the templates in `Resources/Templates` read it: text as it should read, link
/// targets and flags, no markup. Built from an `Analysis` (and the checks of `report --claims`) without
/// recomputing any finding; the templates escape every value.
struct ReportPage {
    var title: String
    var lede: String
    var hasChecks: Bool
    var summary: [Count]
    var problems: [String]
    var hasProblems: Bool
    var checks: [CheckCard]
    var contradictions: [RelationCard]
    var noContradictions: Bool
    var variants: [RelationCard]
    var hasVariants: Bool
    var corroboration: CorroborationMatrix
    var reviews: [Review]
    var articles: [ArticleText]
    var articlesNote: String?
    var css: String
    /// From a story store only: what is new since `--since`, and the relations people dismissed.
    var newSince: NewSince?
    var dismissed: [DismissedRelation]
    var hasDismissed: Bool
    var dismissedSummary: String

    struct Count {
        var count: Int
        var label: String
    }

    init(_ analysis: Analysis, title: String, checks: [ClaimCheck], css: String) {
        let names = ReportNames(analysis)
        self.title = title
        let count = analysis.articles.count
        lede =
            "\(count) article\(count == 1 ? "" : "s") compared. Every flag below shows the sources, their exact words in context, and the rule that raised it."
        hasChecks = !checks.isEmpty
        summary = [
            Count(count: analysis.articles.count, label: "articles"),
            Count(count: analysis.sources.count, label: "sources"),
            Count(count: analysis.claims.count, label: "claims"), Count(count: analysis.events.count, label: "events"),
            Count(count: analysis.contradictions.count, label: "contradictions"),
            Count(count: analysis.relations.filter { $0.type == .agreement }.count, label: "agreements"),
        ]
        problems = analysis.problems.map(\.description)
        hasProblems = !problems.isEmpty
        self.checks = checks.enumerated().map { CheckCard($1, number: $0 + 1, names: names) }
        contradictions = analysis.contradictions.map { RelationCard($0, analysis, names: names) }
        noContradictions = contradictions.isEmpty
        variants = analysis.relations.filter { $0.type == .quoteVariant || $0.type == .update }.map {
            RelationCard($0, analysis, names: names)
        }
        hasVariants = !variants.isEmpty
        corroboration = CorroborationMatrix(analysis, names: names)
        reviews = analysis.sourcing.enumerated().map { Review($1, label: names.articles[$0], names: names) }
        (articles, articlesNote) = ArticleText.shown(analysis, names: names)
        self.css = css
        newSince = NewSince(analysis, names: names)
        dismissed = analysis.dismissed.map { DismissedRelation($0, analysis, names: names) }
        hasDismissed = !dismissed.isEmpty
        dismissedSummary =
            "\(dismissed.count) relation\(dismissed.count == 1 ? "" : "s") reviewed as wrong, not counted"
    }
}

/// How the report names articles and sources: articles by headline and outlet, and the outlet of an article
/// whose outlet is not known as "unnamed outlet of article N" rather than by its file name.
struct ReportNames {
    var articles: [ArticleLabel]
    private var sources: [String: String] = [:]
    private var byName: [String: Int] = [:]

    init(_ analysis: Analysis) {
        articles = analysis.articles.enumerated().map { ArticleLabel($1, index: $0) }
        for (index, article) in analysis.articles.enumerated() {
            if article.document.metadata.outlet == nil {
                sources[article.outlet.name] = "unnamed outlet of article \(index + 1)"
            }
            if byName[article.document.name] == nil { byName[article.document.name] = index }
        }
    }

    /// A canonical source's name as the report shows it.
    func source(_ name: String) -> String { sources[name] ?? name }

    /// The label of the article a claim is in.
    func article(ofClaim id: String, in analysis: Analysis) -> ArticleLabel? {
        analysis.claim(id).map { articles[$0.document] }
    }

    /// The label of an article by its file name (as checks name articles).
    func article(named name: String) -> ArticleLabel? { byName[name].map { articles[$0] } }
}

/// A contradiction, quote variant or update: both sides with their words marked in their sentence.
struct RelationCard {
    var id: String
    var type: String
    var badge: String
    var rule: String
    var score: String
    var sides: [Side]
    var explanation: String
    /// Arrived since a story store's `--since`.
    var isNew: Bool
    var review: ReviewMark?

    struct Side {
        var source: String
        var kind: String
        var before: String
        var words: String
        var after: String
        var claim: String
        var article: ArticleLabel?
    }

    init(_ relation: Relation, _ analysis: Analysis, names: ReportNames) {
        id = relation.id
        type = relation.type.rawValue
        badge = RelationCard.label(relation.type)
        rule = relation.rule
        score = "\(relation.score)"
        explanation = relation.explanation
        isNew = analysis.novelty?.relations.contains(relation.id) == true
        review = ReviewMark(relation, analysis)
        sides = relation.evidence.map { side in
            let context = RelationCard.context(side, analysis)
            return Side(
                source: names.source(side.source), kind: side.sourceKind.label, before: context.before,
                words: context.words, after: context.after, claim: side.claim,
                article: names.article(ofClaim: side.claim, in: analysis))
        }
    }

    /// The sentence (or sentences) holding the evidence, split around its words.
    static func context(_ side: RelationEvidence, _ analysis: Analysis) -> (
        before: String, words: String, after: String
    ) {
        guard let claim = analysis.claim(side.claim) else { return ("", side.words, "") }
        let article = analysis.articles[claim.document]
        let text = article.text
        let start = text.sentenceIndex(containing: side.span.start) ?? claim.sentence
        let end = text.sentenceIndex(containing: max(side.span.start, side.span.end - 1)) ?? start
        let sentence = TextSpan(text.sentences[start].span.start, text.sentences[end].span.end)
        let document = article.document
        return (
            document.text(of: TextSpan(sentence.start, max(sentence.start, side.span.start))),
            document.text(of: side.span),
            document.text(of: TextSpan(min(side.span.end, sentence.end), sentence.end))
        )
    }

    static func label(_ type: Relation.Kind) -> String {
        switch type {
        case .conflict: return "Conflict"
        case .numericConflict: return "Numeric conflict"
        case .tension: return "Tension"
        case .agreement: return "Agreement"
        case .quoteVariant: return "Quote variant"
        case .update: return "Update"
        }
    }
}

/// One article's sourcing review.
struct Review {
    var article: ArticleLabel
    var outletName: String
    var statements: Int
    var attributed: Int
    var share: Int
    var unattributed: Int
    var directQuotes: Int
    var anonymous: Int
    var kinds: String?
    var sources: [Row]
    var hasSources: Bool
    var singleSourced: [String]
    var hasSingle: Bool
    var moreSingle: Int?

    struct Row {
        var name: String
        var kind: String
        var count: Int
    }

    /// Claims resting on one source listed by id, this many at most.
    static let singleSourcedLimit = 30

    init(_ review: SourcingReview, label: ArticleLabel, names: ReportNames) {
        article = label
        outletName = names.source(review.outlet)
        statements = review.statements
        attributed = review.attributed
        share = Int((review.attributedShare * 100).rounded())
        unattributed = review.unattributed
        directQuotes = review.directQuotes
        anonymous = review.anonymous
        kinds =
            review.byKind.isEmpty
            ? nil : review.kindsByCount.map { "\($0.kind.replacingHyphens()) \($0.statements)" }.joined(separator: ", ")
        sources = review.sources.map { Row(name: names.source($0.name), kind: $0.kind.label, count: $0.statements) }
        hasSources = !sources.isEmpty
        singleSourced = Array(review.singleSourced.prefix(Review.singleSourcedLimit))
        hasSingle = !singleSourced.isEmpty
        moreSingle =
            review.singleSourced.count > Review.singleSourcedLimit
            ? review.singleSourced.count - Review.singleSourcedLimit : nil
    }
}

/// A claim checked with `report --claims`: who supports and contradicts it, and each article's verdict with
/// its evidence sentences.
struct CheckCard {
    var number: Int
    var claim: String
    var counts: String
    var mentions: [Mentions]
    var verdicts: [Verdict]

    struct Mentions {
        var label: String
        var style: String
        var sources: [Mention]
    }

    struct Mention {
        var source: String
        var kind: String
    }

    struct Verdict {
        var stance: String
        var verdict: String
        var headline: String
        var outlet: String?
        var anchor: String?
        var decidedBy: String
        var model: String
        var evidence: [Evidence]
    }

    struct Evidence {
        var verdict: String
        var source: String
        var before: String
        var marked: Bool
        var words: String
        var after: String
        var rule: String
        var explanation: String
    }

    init(_ check: ClaimCheck, number: Int, names: ReportNames) {
        self.number = number
        claim = check.claim
        let counted = check.counts.filter { $0.articles > 0 }.map { "\($0.articles) \($0.verdict)" }
        counts = "\(check.articles.count) articles: " + counted.joined(separator: ", ")
        mentions = [
            ("Supported by", "agree", check.supportedBy), ("Contradicted by", "conflict", check.contradictedBy),
        ].filter { !$0.2.isEmpty }.map { label, style, list in
            Mentions(
                label: label, style: style,
                sources: list.map { Mention(source: names.source($0.source), kind: $0.kind.label) })
        }
        verdicts = check.articles.filter { $0.stance != .unrelated || !$0.evidence.isEmpty }.map { article in
            let label = names.article(named: article.document)
            return Verdict(
                stance: article.stance.rawValue, verdict: article.verdict,
                headline: label?.headline ?? article.title ?? article.document, outlet: label?.outlet,
                anchor: label?.anchor, decidedBy: article.decidedBy,
                model: "stance model \(article.model.verdict) \(format(article.modelConfidence))",
                evidence: article.evidence.map { item in
                    let parts = CheckCard.split(item.sentence, at: item.words)
                    return Evidence(
                        verdict: item.stance.verdict, source: names.source(item.source), before: parts.0,
                        marked: !parts.1.isEmpty, words: parts.1, after: parts.2,
                        rule: "\(item.rule), score \(format(item.score))",
                        explanation: item.explanation)
                })
        }
    }

    /// A sentence split around the first occurrence of `words` (all in `before` when they are not in it).
    static func split(_ sentence: String, at words: String) -> (String, String, String) {
        guard !words.isEmpty, let range = sentence.range(of: words) else { return (sentence, "", "") }
        return (
            String(sentence[..<range.lowerBound]), String(sentence[range]), String(sentence[range.upperBound...])
        )
    }
}

extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
