/// What the per-article stages made of one article: its document, text structure, resolved attributions and
/// claims. Token arrays are released once the claims exist (they are the largest part and nothing later reads
/// them), so memory grows with the claims kept rather than with the raw text.
public struct ArticleAnalysis: Sendable {
    public var document: Document
    public var text: TextAnalysis
    public var attributions: [Attribution]
    /// The source of the article's own, unattributed statements.
    public var outlet: Source
    /// The article's claims, numbered and placed by `Corroborator.compare`.
    public var claims: [Claim] = []
}
