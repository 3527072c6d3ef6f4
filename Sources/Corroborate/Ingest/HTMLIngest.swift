import Foundation

/// Extracts an article from a saved news page: the body without navigation, scripts, asides, footers, forms,
/// share bars or comments, and metadata from `<title>`, `og:` and `article:` tags, `<time>` and JSON-LD.
struct HTMLIngest: Sendable {
    let plain: PlainTextIngest

    /// Elements whose content is never article text.
    private static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "footer", "form", "button", "iframe", "svg", "canvas",
        "template", "select", "option", "input", "textarea", "figure", "figcaption", "menu", "dialog", "object",
        "embed", "video", "audio", "map", "head", "title", "label",
    ]

    /// Words in `class` or `id` that mark boilerplate blocks.
    private static let boilerplateWords: Set<String> = [
        "share", "sharing", "social", "related", "comment", "comments", "cookie", "cookies", "consent", "gdpr",
        "newsletter", "promo", "advert", "advertisement", "ad", "ads", "sidebar", "breadcrumb", "breadcrumbs",
        "subscribe", "subscription", "nav", "navigation", "navbar", "menu", "footer", "popup", "modal", "paywall",
        "outbrain", "taboola", "recommended", "recirculation", "trending", "most-read", "mostread", "banner",
        "masthead", "byline-share", "tags", "toolbar", "signup", "sponsored", "disqus", "more-stories", "widget",
        "readmore", "read-more", "also-read", "card-list", "teaser", "skip", "print-only", "visually-hidden",
        "sr-only", "caption", "credit", "byline", "timestamp",
    ]

    private static let articleWords = ["article", "content", "body", "story", "entry", "main", "post-text"]

    private static let blockElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "div", "section", "article", "main",
        "td", "th", "dd", "dt", "tr", "table", "ul", "ol", "br", "hr", "header",
    ]

    private static let textBlocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"]

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
            metadata = HTMLIngest.metadata(of: tree)
            let skip: (HTMLTree.Node) -> Bool = { HTMLIngest.isBoilerplate($0) }
            let root = HTMLIngest.articleRoot(in: tree, skip: skip)
            paragraphs = HTMLIngest.paragraphs(in: tree, root: root, skip: skip)
        }
        if paragraphs.isEmpty {
            // libxml2 found no body (a page it could not make a tree of): strip the tags instead.
            paragraphs = HTMLIngest.strippedText(String(decoding: bytes, as: UTF8.self))
            if !paragraphs.isEmpty {
                warnings.append("the HTML could not be parsed into a page; read with its tags stripped")
            }
        }
        guard !paragraphs.isEmpty else { throw .noText(path) }
        var document = plain.document(
            from: paragraphs.joined(separator: "\n\n"), path: path, format: .html, warnings: warnings)
        metadata.fill(from: document.metadata)
        document.metadata = metadata
        return document
    }

    /// Text between tags, with scripts and styles dropped and common entities decoded: the last resort.
    static func strippedText(_ html: String) -> [String] {
        var text = ""
        var scalars = html.unicodeScalars[...]
        var skipping: String?
        while let lt = scalars.firstIndex(of: "<") {
            if skipping == nil { text.unicodeScalars.append(contentsOf: scalars[..<lt]) }
            guard let gt = scalars[lt...].firstIndex(of: ">") else { break }
            let tag = String(scalars[scalars.index(after: lt)..<gt]).lowercased()
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
            if let open = skipping {
                if tag.hasPrefix("/" + open) { skipping = nil }
            } else if name == "script" || name == "style" {
                skipping = name
            } else if ["p", "br", "div", "li", "h1", "h2", "h3", "/p", "/div", "/li", "/h1", "/h2", "/h3"].contains(
                name)
            {
                text += "\n"
            }
            scalars = scalars[scalars.index(after: gt)...]
        }
        if skipping == nil { text.unicodeScalars.append(contentsOf: scalars) }
        for (entity, value) in [
            ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "),
        ] {
            text = text.replacingOccurrences(of: entity, with: value)
        }
        return text.split(separator: "\n").map { String($0).collapsingWhitespace() }.filter { $0.count > 1 }
    }

    static func isBoilerplate(_ node: HTMLTree.Node) -> Bool {
        if node.isText { return false }
        if skippedElements.contains(node.name) { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        if let role = node.attributes["role"],
            ["navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu"]
                .contains(role)
        {
            return true
        }
        if let style = node.attributes["style"]?.lowercased(),
            style.contains("display:none") || style.contains("display: none")
        {
            return true
        }
        for key in ["class", "id"] {
            guard let value = node.attributes[key]?.lowercased(), !value.isEmpty else { continue }
            for token in value.split(separator: " ") {
                // `article-body` or `story-content ad-free` name the article itself, whatever else they say.
                if articleWords.contains(where: { token.contains($0) }) { continue }
                let words = token.split(whereSeparator: { $0 == "_" || $0 == "-" })
                if words.contains(where: { boilerplateWords.contains(String($0)) }) { return true }
            }
        }
        return false
    }

    /// The element holding the article: the `<article>` (or `<main>`, or `itemprop=articleBody`) with the most
    /// paragraph text, else the `<body>`.
    static func articleRoot(in tree: HTMLTree, skip: (HTMLTree.Node) -> Bool) -> Int {
        let all = tree.descendants(of: 0, skip: skip)
        var candidates: [Int] = []
        for index in all {
            let node = tree.nodes[index]
            if node.name == "article" || node.name == "main" || node.attributes["itemprop"] == "articleBody"
                || node.attributes["role"] == "main"
            {
                candidates.append(index)
            }
        }
        func paragraphText(_ index: Int) -> Int {
            var total = 0
            for child in tree.descendants(of: index, skip: skip) where tree.nodes[child].name == "p" {
                total += tree.text(of: child, skip: skip).count
            }
            return total
        }
        if let best = candidates.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(best) > 0 {
            return best
        }
        return all.first(where: { tree.nodes[$0].name == "body" }) ?? 0
    }

    /// The text blocks below `root`, in document order: paragraphs, headings, block quotes and list items, and
    /// text outside them (broken markup puts prose there) when it reads as prose; every run of text between
    /// block boundaries when the page has no paragraphs at all.
    static func paragraphs(in tree: HTMLTree, root: Int, skip: (HTMLTree.Node) -> Bool) -> [String] {
        let hasParagraphs = tree.descendants(of: root, skip: skip).contains { tree.nodes[$0].name == "p" }
        var blocks: [String] = []
        var current = ""
        func flush() {
            let text = current.collapsingWhitespace()
            current = ""
            guard !text.isEmpty else { return }
            if hasParagraphs {
                // Outside paragraphs only prose counts, not bylines, labels or link lists.
                let words = text.split(separator: " ").count
                guard words >= 4, let last = text.unicodeScalars.last, ".!?\"\u{201D}".unicodeScalars.contains(last)
                else { return }
            }
            blocks.append(text)
        }
        var stack: [(Int, Bool)] = [(root, false)]
        while let (index, leaving) = stack.popLast() {
            let node = tree.nodes[index]
            if leaving {
                flush()
                continue
            }
            if node.isText {
                current += node.text
                continue
            }
            if index != root && skip(node) { continue }
            if hasParagraphs && textBlocks.contains(node.name) {
                let inner = tree.descendants(of: index, skip: skip)
                if !inner.contains(where: { textBlocks.contains(tree.nodes[$0].name) }) {
                    flush()
                    let text = tree.text(of: index, skip: skip).collapsingWhitespace()
                    if !text.isEmpty { blocks.append(text) }
                    continue
                }
            }
            if blockElements.contains(node.name) || textBlocks.contains(node.name) {
                flush()
                stack.append((index, true))
            }
            for child in node.children.reversed() { stack.append((child, false)) }
        }
        flush()
        // Drop exact repeats (a pull quote printed twice) and one-character crumbs.
        var seen = Set<String>()
        return blocks.filter { block in
            guard block.count > 1 else { return false }
            return seen.insert(block).inserted
        }
    }

    /// Metadata from `<title>`, `<meta>` tags, `<time datetime>`, canonical links and JSON-LD `NewsArticle`.
    static func metadata(of tree: HTMLTree) -> DocumentMetadata {
        var meta: [String: String] = [:]
        var metadata = DocumentMetadata()
        var title: String?
        var timeValue: String?
        var canonical: String?
        var jsonLD: [String] = []
        for index in tree.descendants(of: 0) {
            let node = tree.nodes[index]
            switch node.name {
            case "title" where title == nil:
                title = tree.text(of: index).collapsingWhitespace()
            case "meta":
                let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"] ?? "")
                    .lowercased()
                if let content = node.attributes["content"], !key.isEmpty, meta[key] == nil {
                    meta[key] = content.collapsingWhitespace()
                }
            case "time" where timeValue == nil:
                timeValue = node.attributes["datetime"]
            case "link" where node.attributes["rel"]?.lowercased() == "canonical":
                canonical = node.attributes["href"]
            case "script" where node.attributes["type"]?.lowercased() == "application/ld+json":
                jsonLD.append(tree.text(of: index))
            default:
                break
            }
        }
        let article = jsonLD.lazy.compactMap(HTMLIngest.newsArticle(in:)).first
        metadata.title = article?.headline ?? meta["og:title"] ?? meta["twitter:title"] ?? title
        metadata.outlet = article?.publisher ?? meta["og:site_name"] ?? meta["application-name"]
        metadata.author = article?.author ?? meta["author"] ?? meta["article:author"]
        let dateText =
            article?.date ?? meta["article:published_time"] ?? meta["date"] ?? meta["pubdate"]
            ?? meta["dc.date"] ?? meta["datepublished"] ?? timeValue
        metadata.date = dateText.flatMap(CalendarDate.init(parsing:))
        metadata.url = article?.url ?? meta["og:url"] ?? canonical
        if let author = metadata.author, author.hasPrefix("http") { metadata.author = nil }
        return metadata
    }

    struct LinkedArticle {
        var headline: String?
        var publisher: String?
        var author: String?
        var date: String?
        var url: String?
    }

    private static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage",
        "OpinionNewsArticle", "BackgroundNewsArticle",
    ]

    /// The first `NewsArticle` (or `Article`) object in a JSON-LD block, looking inside arrays and `@graph`.
    static func newsArticle(in json: String) -> LinkedArticle? {
        guard let data = json.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        var queue: [Any] = [value]
        var fallback: LinkedArticle?
        while !queue.isEmpty {
            let item = queue.removeFirst()
            if let array = item as? [Any] {
                queue.append(contentsOf: array)
                continue
            }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: articleTypes.contains) else { continue }
            func name(_ value: Any?) -> String? {
                if let string = value as? String { return string }
                if let dict = value as? [String: Any] { return dict["name"] as? String }
                if let list = value as? [Any] {
                    let names = list.compactMap { name($0) }
                    return names.isEmpty ? nil : names.joined(separator: ", ")
                }
                return nil
            }
            let article = LinkedArticle(
                headline: object["headline"] as? String ?? object["name"] as? String,
                publisher: name(object["publisher"]), author: name(object["author"]),
                date: object["datePublished"] as? String ?? object["dateCreated"] as? String,
                url: object["url"] as? String
                    ?? name(object["mainEntityOfPage"]).flatMap { $0.hasPrefix("http") ? $0 : nil })
            if types.contains("WebPage") && !types.contains(where: { $0.hasSuffix("Article") }) {
                fallback = fallback ?? article
                continue
            }
            return article
        }
        return fallback
    }
}
