import Foundation

/// A page's metadata from `<title>`, `<meta>` tags, `<time datetime>`, canonical links and JSON-LD: the article's
/// own object (`NewsArticle` and kin) preferred over a generic `WebPage` in any block, entities decoded, every
/// author named, organisations kept apart from people. Without tags, the visible byline gives the author and the
/// day (`PageByline`), and a title's `| Site Name` suffix the outlet.
struct HTMLMetadata {
    var metadata = DocumentMetadata()
    /// The JSON-LD `articleBody`, tags stripped and entities decoded, when the page gives one.
    var articleBody: String?

    init(of tree: HTMLTree) {
        var meta: [String: String] = [:]
        var title: String?
        var timeValue: String?
        var canonical: String?
        var heading: String?
        var linked: [LinkedArticle] = []
        for index in tree.descendants(of: 0) {
            let node = tree.nodes[index]
            switch node.name {
            case "title" where title == nil:
                title = tree.text(of: index).collapsingWhitespace()
            case "meta":
                let key = (node.attributes["property"] ?? node.attributes["name"] ?? node.attributes["itemprop"] ?? "")
                    .lowercased()
                if let content = node.attributes["content"], !key.isEmpty, meta[key] == nil,
                    !content.trimmingWhitespace().isEmpty
                {
                    meta[key] = content.collapsingWhitespace()
                }
            case "h1" where heading == nil:
                heading = tree.text(of: index).collapsingWhitespace()
            case "time" where timeValue == nil:
                timeValue = node.attributes["datetime"]
            case "link" where node.attributes["rel"]?.lowercased() == "canonical":
                canonical = node.attributes["href"]
            case "script" where node.attributes["type"]?.lowercased() == "application/ld+json":
                linked += LinkedArticle.all(in: tree.text(of: index))
            default:
                break
            }
        }
        let article = linked.first { $0.isArticle } ?? linked.first
        metadata.outlet = article?.publisher ?? meta["og:site_name"] ?? meta["application-name"]
        metadata.title = article?.headline
        if metadata.title == nil,
            let pageTitle = meta["og:title"].map(HTMLMetadata.decoded) ?? meta["twitter:title"] ?? title
        {
            // `Headline | The Coastal Ledger`: the site's name is the outlet, not part of the headline.
            let split = PageByline.splitTitle(
                pageTitle, siteNames: [metadata.outlet, article?.publisher].compactMap { $0 }, headline: heading)
            metadata.title = split.title
            if metadata.outlet == nil { metadata.outlet = split.site }
        }
        let metaAuthor = [meta["author"], meta["article:author"]].compactMap { $0 }.first {
            !$0.isEmpty && !$0.hasPrefix("http")
        }
        metadata.author = article?.authors.isEmpty == false ? article!.authors.joined(separator: ", ") : metaAuthor
        if metadata.outlet == nil, let organisation = article?.organisationAuthors.first {
            metadata.outlet = organisation
        }
        let dates = [
            article?.date, meta["article:published_time"], meta["date"], meta["pubdate"], meta["dc.date"],
            meta["datepublished"], timeValue,
        ].compactMap { $0 }
        // The day as the page's own clock gives it: a timestamp with the page's offset (an evening in New York)
        // over the same moment in UTC, which may already be the next day.
        let dateText = dates.first(where: HTMLMetadata.hasLocalOffset) ?? dates.first
        metadata.date = dateText.flatMap(CalendarDate.init(parsing:))
        // No tag or JSON-LD names the author or the day: the visible byline may (`By ...`, `Published ...`).
        if metadata.author == nil || metadata.date == nil {
            let byline = PageByline(of: tree)
            if metadata.author == nil, !byline.authors.isEmpty {
                metadata.author = byline.authors.joined(separator: ", ")
            }
            if metadata.date == nil { metadata.date = byline.date }
        }
        metadata.url = article?.url ?? meta["og:url"] ?? canonical
        articleBody = linked.first { $0.isArticle && ($0.body?.count ?? 0) > 0 }?.body
    }

    /// Whether an ISO timestamp carries an offset other than UTC (`-05:00`, `+0530`).
    static func hasLocalOffset(_ text: String) -> Bool {
        guard text.contains("T"), let range = text.range(of: #"[+-]\d\d:?\d\d$"#, options: .regularExpression) else {
            return false
        }
        let offset = text[range].dropFirst().filter(\.isNumber)
        return offset != "0000"
    }

    /// Text with its character references decoded and any tags stripped, by libxml2's HTML parser: JSON-LD
    /// often carries `Bike &amp; Style` or markup inside `articleBody`.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") || text.contains("<") else { return text }
        let wrapped = "<html><body><div>" + text + "</div></body></html>"
        guard let tree = HTMLTree(html: Array(wrapped.utf8)) else { return text }
        var out = ""
        for index in tree.descendants(of: 0) {
            let node = tree.nodes[index]
            if node.isText {
                out += node.text
            } else if ["p", "br", "div", "li", "h2", "h3"].contains(node.name), !out.isEmpty, !out.hasSuffix("\n") {
                out += "\n"
            }
        }
        return out
    }
}

/// One JSON-LD object of an article type (or a `WebPage`, kept as a fallback).
struct LinkedArticle {
    var isArticle: Bool
    var headline: String?
    var publisher: String?
    /// People named as authors, in order.
    var authors: [String]
    /// Organisations named as authors (a broadcaster credited as the author is the outlet, not a person).
    var organisationAuthors: [String]
    var date: String?
    var url: String?
    var body: String?

    private static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage",
        "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report", "ScholarlyArticle",
        "TechArticle", "SocialMediaPosting",
    ]

    /// Every article-like object in a JSON-LD block, looking inside arrays and `@graph`, in document order.
    static func all(in json: String) -> [LinkedArticle] {
        guard let value = LenientJSON.parse(json) else { return [] }
        var found: [LinkedArticle] = []
        var queue: [Any] = [value]
        var position = 0
        while position < queue.count {
            let item = queue[position]
            position += 1
            if let array = item as? [Any] {
                queue.append(contentsOf: array)
                continue
            }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
            guard types.contains(where: articleTypes.contains) else { continue }
            found.append(LinkedArticle(object, types: types))
        }
        return found
    }

    init(_ object: [String: Any], types: [String]) {
        isArticle = types.contains { $0 != "WebPage" }
        func string(_ value: Any?) -> String? {
            guard let text = value as? String else { return nil }
            let clean = HTMLMetadata.decoded(text).collapsingWhitespace()
            return clean.isEmpty ? nil : clean
        }
        func name(_ value: Any?) -> String? {
            if let text = string(value) { return text }
            if let dict = value as? [String: Any] { return string(dict["name"]) }
            if let list = value as? [Any] { return list.lazy.compactMap { name($0) }.first }
            return nil
        }
        headline = string(object["headline"]) ?? string(object["name"])
        publisher = name(object["publisher"])
        var people: [String] = []
        var organisations: [String] = []
        let authorValues: [Any] = (object["author"] as? [Any]) ?? (object["author"].map { [$0] } ?? [])
        for value in authorValues {
            let kind = ((value as? [String: Any])?["@type"] as? String) ?? "Person"
            guard let author = name(value), !author.hasPrefix("http") else { continue }
            // "Jane Roe and Sam Poe" or "Jane Roe, Sam Poe" in one string are two people.
            let names = author.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
                .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            if kind == "Organization" || kind == "NewsMediaOrganization" {
                organisations.append(author)
            } else {
                for person in names where !people.contains(person) { people.append(person) }
            }
        }
        authors = people
        organisationAuthors = organisations
        date = object["datePublished"] as? String ?? object["dateCreated"] as? String
        url = object["url"] as? String ?? name(object["mainEntityOfPage"]).flatMap { $0.hasPrefix("http") ? $0 : nil }
        if let raw = object["articleBody"] as? String {
            let text = HTMLMetadata.decoded(raw)
            body = text.trimmingWhitespace().isEmpty ? nil : text
        }
    }
}

/// JSON as pages write it in `<script type="application/ld+json">`: with `//` and `/* */` comments, raw line
/// breaks inside strings, trailing commas, or text after the object. Cleaned in one linear pass, then parsed.
enum LenientJSON {
    static func parse(_ text: String) -> Any? {
        if let data = text.data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        {
            return value
        }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var inString = false
        var depth = 0
        var started = false
        while i < scalars.count {
            let c = scalars[i]
            if inString {
                if c == "\\" && i + 1 < scalars.count {
                    out.append(c)
                    out.append(scalars[i + 1])
                    i += 2
                    continue
                }
                if c == "\"" { inString = false }
                if c == "\n" || c == "\r" || c == "\t" {
                    out.append(contentsOf: (c == "\t" ? "\\t" : "\\n").unicodeScalars)
                } else {
                    out.append(c)
                }
                i += 1
                continue
            }
            if c == "/" && i + 1 < scalars.count && scalars[i + 1] == "/" {
                while i < scalars.count && scalars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/" && i + 1 < scalars.count && scalars[i + 1] == "*" {
                i += 2
                while i + 1 < scalars.count && !(scalars[i] == "*" && scalars[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            if c == "," {
                // A trailing comma: the next non-space character closes the object or array.
                var j = i + 1
                while j < scalars.count && scalars[j].properties.isWhitespace { j += 1 }
                if j < scalars.count && (scalars[j] == "}" || scalars[j] == "]") {
                    i += 1
                    continue
                }
            }
            if c == "\"" { inString = true }
            if c == "{" || c == "[" {
                depth += 1
                started = true
            }
            if c == "}" || c == "]" { depth -= 1 }
            out.append(c)
            i += 1
            // Text after the first complete value is not part of it.
            if started && depth == 0 { break }
        }
        guard let data = String(out).data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }
}
