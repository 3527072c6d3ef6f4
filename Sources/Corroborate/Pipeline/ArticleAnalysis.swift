/// What the per-article stages made of one article: its document, text structure, resolved attributions and
/// claims. Token arrays and quotations are released once the claims exist (tokens are the largest part, and
/// nothing later reads either), so memory grows with the claims kept rather than with the raw text.
public struct ArticleAnalysis: Sendable {
    public var document: Document
    public var text: TextAnalysis
    public var attributions: [Attribution]
    /// The source of the article's own, unattributed statements.
    public var outlet: Source
    /// The article's claims, numbered and placed by `Corroborator.compare`.
    public var claims: [Claim] = []
}

extension ArticleAnalysis {
    /// Drops what only the per-article stages read: the tokens (about five times the text's size) and the
    /// quotations with their lookup tables. Comparison and the reports read sentences, paragraphs, attributions
    /// and claims: those are kept in buffers of their own size, as arrays built by appending can hold up to twice
    /// their elements and every article's are held to the end of the run.
    mutating func releaseWorkingStructures() {
        text.tokens = []
        text.quotations = []
        text.sentences = text.sentences.exactCopy()
        text.paragraphs = text.paragraphs.exactCopy()
        attributions = attributions.exactCopy()
        claims = claims.exactCopy()
    }
}
