/// An article's text as the report shows it: paragraphs cut into pieces by role (plain, attributed content,
/// source, cue, page furniture), each claim's anchor at its first word with links to its relations.
struct ArticleText {
    var label: ArticleLabel
    var details: String
    var paragraphs: [Paragraph]

    struct Paragraph {
        var pieces: [Piece]
    }

    struct Piece {
        var text: String
        /// `content`, `source`, `cue` or `furniture`; empty for plain text.
        var role: String
        var styled: Bool
        var isContent: Bool
        var anchor: Anchor?
    }

    /// A claim's id where its first span starts, with the relations it takes part in.
    struct Anchor {
        var id: String
        var speaker: String
        var links: [String]
        var hasLinks: Bool
    }

    /// Above this many articles, only articles with a claim in a contradiction are shown in full.
    static let fullTextLimit = 300
    /// Relation links per claim, at most; agreements among more than this many claims are not linked.
    static let linkLimit = 6

    /// The articles shown in full, and a note when some are left out (past `fullTextLimit`).
    static func shown(_ analysis: Analysis, names: ReportNames) -> ([ArticleText], String?) {
        var relationsByClaim: [String: [String]] = [:]
        for relation in analysis.relations where relation.type != .agreement || relation.claims.count <= linkLimit {
            for claim in relation.claims { relationsByClaim[claim, default: []].append(relation.id) }
        }
        var claimsByArticle = [[Claim]](repeating: [], count: analysis.articles.count)
        for claim in analysis.claims where claimsByArticle.indices.contains(claim.document) {
            claimsByArticle[claim.document].append(claim)
        }
        // A page with tens of thousands of articles cannot be read or even opened: past `fullTextLimit`
        // articles, only those with a claim in a contradiction are shown in full (the JSON and XML have all).
        var shown = Set(analysis.articles.indices)
        var note: String?
        if analysis.articles.count > fullTextLimit {
            shown = Set(analysis.contradictions.flatMap(\.claims).compactMap { analysis.claim($0)?.document })
            note =
                "\(analysis.articles.count) articles: the \(shown.count) with a claim in a contradiction are shown here; the JSON and XML reports hold every article."
        }
        let articles = analysis.articles.indices.filter(shown.contains).map { index in
            ArticleText(
                analysis.articles[index], label: names.articles[index], claims: claimsByArticle[index],
                relations: relationsByClaim, names: names)
        }
        return (articles, note)
    }

    init(
        _ article: ArticleAnalysis, label: ArticleLabel, claims: [Claim], relations: [String: [String]],
        names: ReportNames
    ) {
        self.label = label
        let document = article.document
        let m = document.metadata
        var details = [document.path]
        if let outlet = m.outlet { details.append("outlet: " + outlet) }
        if let date = m.date { details.append("date: \(date)") }
        if let place = m.place { details.append("dateline: " + place) }
        if let author = m.author { details.append("by " + author) }
        self.details = details.joined(separator: " · ")
        paragraphs = ArticleText.paragraphs(article, claims: claims, relations: relations, names: names)
    }

    private static let roles = ["", "content", "source", "cue", "furniture"]

    /// The paragraphs with sources, cues and contents marked; content carries the claim's anchor.
    private static func paragraphs(
        _ article: ArticleAnalysis, claims: [Claim], relations: [String: [String]], names: ReportNames
    ) -> [Paragraph] {
        let document = article.document
        let count = document.scalars.count
        // 0 plain, 1 content, 2 source, 3 cue, 4 furniture (indexes into `roles`); and the claim starting at an offset.
        var role = [UInt8](repeating: 0, count: count)
        func paint(_ span: TextSpan, _ value: UInt8) {
            for i in max(0, span.start)..<min(count, max(0, span.end)) where role[i] < value || value == 4 {
                role[i] = value
            }
        }
        for span in document.furniture { paint(span, 4) }
        var anchors: [Int: Claim] = [:]
        for claim in claims where claim.attribution != nil {
            for span in claim.spans { paint(span, 1) }
            if let first = claim.spans.first { anchors[first.start] = claim }
        }
        for attribution in article.attributions {
            if let source = attribution.source { for span in source.spans { paint(span, 2) } }
            if let cue = attribution.cue { for span in cue.spans { paint(span, 3) } }
        }
        return article.text.paragraphs.map { paragraph in
            var pieces: [Piece] = []
            var i = max(0, paragraph.start)
            let end = min(count, paragraph.end)
            while i < end {
                let anchor = anchors[i].map { claim in
                    let links = Array((relations[claim.id] ?? []).prefix(linkLimit))
                    return Anchor(
                        id: claim.id, speaker: names.source(claim.source.name), links: links, hasLinks: !links.isEmpty)
                }
                let value = role[i]
                var j = i + 1
                while j < end && role[j] == value && anchors[j] == nil { j += 1 }
                pieces.append(
                    Piece(
                        text: document.text(of: TextSpan(i, j)), role: roles[Int(value)], styled: value > 1,
                        isContent: value == 1, anchor: anchor))
                i = j
            }
            return Paragraph(pieces: pieces)
        }
    }
}
