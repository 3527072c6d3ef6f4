import Foundation

/// How the HTML report names an article: by its headline and outlet, which a reader can place, rather than by a
/// file name. The headline is the page's or header's title, or else the article's first sentence, shortened.
struct ArticleLabel: Sendable {
    /// The article's anchor in the report (`d1`, `d2`, ...), and its number as the Articles section shows it.
    var anchor: String
    var number: Int
    var headline: String
    /// The outlet as the metadata names it; `nil` when no header, page or credit line names one.
    var outlet: String?
    /// The path as the user gave it, shown small and in tooltips, so the file can still be found.
    var path: String

    /// Headlines taken from the first sentence are cut at a word boundary past this many characters.
    static let headlineLimit = 90

    init(_ article: ArticleAnalysis, index: Int) {
        let document = article.document
        anchor = "d\(index + 1)"
        number = index + 1
        outlet = document.metadata.outlet
        path = document.path
        let title = document.metadata.title?.collapsingWhitespace() ?? ""
        headline = title.isEmpty ? ArticleLabel.firstSentence(of: article) ?? document.name : title
    }

    /// The first sentence that is not page furniture, without the dateline that opens it, shortened to about
    /// `headlineLimit` characters at a word boundary.
    static func firstSentence(of article: ArticleAnalysis) -> String? {
        let document = article.document
        for sentence in article.text.sentences where !sentence.isFurniture {
            var start = sentence.span.start
            // A dateline (`BEIRUT (AFP) -`) is furniture inside the first sentence's span: start after it.
            for span in document.furniture where span.start <= start && span.end > start { start = span.end }
            guard start < sentence.span.end else { continue }
            let text = document.text(of: TextSpan(start, sentence.span.end)).collapsingWhitespace()
            if text.split(separator: " ").count >= 3 { return shortened(text) }
        }
        return nil
    }

    /// `text` cut at the last space before `limit` characters, with an ellipsis; whole when it fits.
    static func shortened(_ text: String, limit: Int = headlineLimit) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        let trimmed = cut.trimmingCharacters(in: CharacterSet(charactersIn: ",;: -–—"))
        return trimmed + "…"
    }

    /// `“Headline” (Outlet)`, or the headline alone when no outlet is known.
    var full: String { outlet.map { "“\(headline)” (\($0))" } ?? "“\(headline)”" }
}
