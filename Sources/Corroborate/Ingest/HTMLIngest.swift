import Foundation

/// Extracts an article from a saved news page: the body without navigation, scripts, asides, footers, forms,
/// share bars or comments, and metadata from `<title>`, `og:` and `article:` tags, `<time>` and JSON-LD.
struct HTMLIngest: Sendable {
    let plain: PlainTextIngest

    func document(from raw: [UInt8], path: String, warnings: [String]) throws(IngestError) -> Document {
        var metadata = DocumentMetadata()
        var paragraphs: [String] = []
        var warnings = warnings
        let cleaned = MarkupGuard.clean(raw, html: true)
        let bytes = cleaned.bytes
        if cleaned.truncatedElements > 0 {
            warnings.append(
                "\(cleaned.truncatedElements) element(s) with over \(MarkupGuard.attributeLimit) attributes; the rest were dropped"
            )
        }
        if cleaned.removedSubset { warnings.append("the doctype's internal subset (DTD declarations) was ignored") }
        if let tree = HTMLTree(html: bytes) {
            let page = HTMLMetadata(of: tree)
            metadata = page.metadata
            let extractor = ArticleExtractor(tree: tree, rules: plain.rules.rules.extraction)
            paragraphs = extractor.extract(title: metadata.title) ?? []
            // The page's own articleBody, when the markup holds much less of the article (a page that renders
            // its text from a script, or a body split where the extractor cannot follow).
            if let body = page.articleBody {
                let fromBody = body.components(separatedBy: "\n").map { $0.collapsingWhitespace() }.filter {
                    !$0.isEmpty
                }
                let bodyLength = fromBody.reduce(0) { $0 + $1.count }
                let domLength = paragraphs.reduce(0) { $0 + $1.count }
                if bodyLength >= 200 && Double(domLength) < 0.6 * Double(bodyLength) { paragraphs = fromBody }
            }
            if paragraphs.isEmpty {
                paragraphs = extractor.allText()
                if !paragraphs.isEmpty { warnings.append("no block of running text; read all the page's text") }
            }
        } else {
            // libxml2 made no tree of it: strip the tags instead, and say so.
            paragraphs = HTMLIngest.strippedText(String(decoding: bytes, as: UTF8.self))
            if !paragraphs.isEmpty {
                warnings.append("libxml2 could not parse the page; read with its tags stripped")
            }
        }
        guard !paragraphs.isEmpty else { throw .noText(path) }
        var document = plain.document(
            from: paragraphs.joined(separator: "\n\n"), path: path, format: .html, warnings: warnings)
        metadata.fill(from: document.metadata)
        document.metadata = metadata
        return document
    }

    /// Text between tags, the last resort when libxml2 makes no tree: comments, scripts and styles are skipped
    /// whole (a `<` inside a script, as in `screen.width < 1025`, is not a tag), block tags end lines, and
    /// common entities are decoded.
    static func strippedText(_ html: String) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var text = String.UnicodeScalarView()
        var i = 0
        func starts(_ word: String, at position: Int) -> Bool {
            var k = position
            for expected in word.unicodeScalars {
                guard k < scalars.count, scalars[k].properties.lowercaseMapping == String(expected) else {
                    return false
                }
                k += 1
            }
            return true
        }
        func skip(past closing: String, from position: Int) -> Int {
            var k = position
            while k < scalars.count && !starts(closing, at: k) { k += 1 }
            return min(scalars.count, k + closing.unicodeScalars.count)
        }
        let lineTags: Set<String> = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"]
        while i < scalars.count {
            guard scalars[i] == "<" else {
                text.append(scalars[i])
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                i = skip(past: "-->", from: i + 4)
                continue
            }
            if starts("<script", at: i) || starts("<style", at: i) {
                let name = starts("<script", at: i) ? "script" : "style"
                i = skip(past: "</" + name, from: i + 1)
                i = skip(past: ">", from: i)
                continue
            }
            var end = i + 1
            while end < scalars.count && scalars[end] != ">" { end += 1 }
            let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<min(end, scalars.count)])).lowercased()
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map(String.init) ?? ""
            if lineTags.contains(name) { text.append("\n") }
            i = end + 1
        }
        var out = String(text)
        for (entity, value) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&"),
        ] {
            out = out.replacingOccurrences(of: entity, with: value)
        }
        return out.split(separator: "\n").map { String($0).collapsingWhitespace() }.filter { $0.count > 1 }
    }
}
