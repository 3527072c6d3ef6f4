/// The store's own records of what the pipeline made of an article: plain `Codable` values with field names
/// fixed by the store's schema, so that renaming a field of `Claim` or `Attribution` never changes what is on
/// disk without a migration. Each converts from and to the pipeline's value.
struct StoredArticle: Codable, Sendable {
    var paragraphs: [TextSpan]
    var sentences: [StoredSentence]
    var attributions: [StoredAttribution]

    struct StoredSentence: Codable, Sendable {
        var span: TextSpan
        var paragraph: Int
        var furniture: Bool
    }

    init(_ article: ArticleAnalysis) {
        paragraphs = article.text.paragraphs
        sentences = article.text.sentences.map {
            StoredSentence(span: $0.span, paragraph: $0.paragraph, furniture: $0.isFurniture)
        }
        attributions = article.attributions.map(StoredAttribution.init)
    }

    /// The text structure without tokens, which nothing after the claims reads.
    var text: TextAnalysis {
        TextAnalysis(
            paragraphs: paragraphs,
            sentences: sentences.map {
                Sentence(span: $0.span, tokens: 0..<0, paragraph: $0.paragraph, isFurniture: $0.furniture)
            }, tokens: [], quotations: [])
    }
}

/// One attribution as stored: its roles, rule and canonical sources.
struct StoredAttribution: Codable, Sendable {
    var source: Role?
    var cue: Role?
    var content: Role
    var via: Role?
    var apposition: Role?
    var rule: String
    var directQuote: Bool
    var hedges: [String]
    var sentence: Int
    var canonical: Source?
    var viaCanonical: Source?
    /// Absent in stores written before continuations were recorded, and then empty.
    var continuation: [TextSpan]?

    init(_ a: Attribution) {
        source = a.source
        cue = a.cue
        content = a.content
        via = a.via
        apposition = a.apposition
        rule = a.rule
        directQuote = a.isDirectQuote
        hedges = a.hedges
        sentence = a.sentence
        canonical = a.resolved?.source
        viaCanonical = a.resolved?.via
        continuation = a.continuation.isEmpty ? nil : a.continuation
    }

    var attribution: Attribution {
        Attribution(
            source: source, cue: cue, content: content, via: via, apposition: apposition, rule: rule,
            isDirectQuote: directQuote, hedges: hedges, sentence: sentence,
            resolved: canonical == nil && viaCanonical == nil
                ? nil : ResolvedSources(source: canonical, via: viaCanonical),
            continuation: continuation ?? [])
    }
}

/// One claim as stored, without what a run gives it (its id, article index, events and copy group, which are
/// columns and tables of their own).
struct StoredClaim: Codable, Sendable {
    var attribution: Int?
    var source: Source
    var via: Source?
    var text: String
    var spans: [TextSpan]
    var sentence: Int
    var directQuote: Bool
    var frame: ClaimFrame

    init(_ c: Claim) {
        attribution = c.attribution
        source = c.source
        via = c.via
        text = c.text
        spans = c.spans
        sentence = c.sentence
        directQuote = c.isDirectQuote
        frame = c.frame
    }

    /// The claim with the id and article index of this run.
    func claim(id: String, document: Int, copyGroup: String?) -> Claim {
        var claim = Claim(
            id: id, document: document, attribution: attribution, source: source, via: via, text: text, spans: spans,
            sentence: sentence, isDirectQuote: directQuote, frame: frame)
        claim.copyGroup = copyGroup
        return claim
    }
}
