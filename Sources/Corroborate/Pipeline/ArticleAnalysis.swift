/// What the per-article stages made of one article: its document, text structure and resolved attributions.
public struct ArticleAnalysis: Sendable {
    public var document: Document
    public var text: TextAnalysis
    public var attributions: [Attribution]
    /// The source of the article's own, unattributed statements.
    public var outlet: Source
}
