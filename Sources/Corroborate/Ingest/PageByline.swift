import Foundation

/// What a page says in its visible byline when it has no meta tags or JSON-LD for it: the author of
/// `By Mara Lindqvist and Tom Berg`, the day of `Published March 12, 2024`, and the site's name after the
/// headline in `<title>Harbour fees to rise | The Coastal Ledger</title>`.
///
/// Only short blocks are read (a byline is a label, not a sentence), names must look like people's names
/// (two to five capitalised words), and a site name is taken from the title only where the page confirms it or
/// the separator is a bar; otherwise the fields stay empty.
struct PageByline {
    /// People named after `By`, in order.
    var authors: [String] = []
    var date: CalendarDate?

    /// Blocks longer than this are prose, not a byline.
    static let maximumLength = 160
    /// Elements looked at, from the top of the page: bylines sit above the article.
    static let elementLimit = 3000

    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "footer", "form", "select", "button", "svg",
    ]
    private static let blocks: Set<String> = [
        "p", "div", "span", "address", "li", "time", "a", "small", "header", "section", "h4", "h5", "h6", "em", "b",
        "strong", "dd", "td",
    ]

    init(of tree: HTMLTree) {
        var publishedDate: CalendarDate?
        var updatedDate: CalendarDate?
        var timeDate: CalendarDate?
        var bylineDate: CalendarDate?
        var seen = 0
        var stack = Array(tree.nodes[0].children.reversed())
        while let index = stack.popLast(), seen < PageByline.elementLimit {
            let node = tree.nodes[index]
            guard !node.isText, !PageByline.skipped.contains(node.name) else { continue }
            seen += 1
            stack.append(contentsOf: node.children.reversed())
            guard PageByline.blocks.contains(node.name) else { continue }
            let marked = PageByline.text(of: index, in: tree)
            let text = marked.replacingOccurrences(of: PageByline.boundary, with: " ").collapsingWhitespace()
            guard !text.isEmpty, text.count <= PageByline.maximumLength else { continue }
            if authors.isEmpty {
                authors = PageByline.authors(in: marked)
                // `By Lou Jacobs on Monday, November 18th, 2019`: the byline's own day.
                if !authors.isEmpty { bylineDate = PageByline.firstDay(in: text) }
            }
            if node.name == "time", timeDate == nil { timeDate = PageByline.day(in: text) }
            for (cue, slot) in [("published", 0), ("posted", 0), ("updated", 1)] {
                guard let range = text.range(of: cue, options: .caseInsensitive) else { continue }
                let rest = String(text[range.upperBound...])
                guard let day = PageByline.day(in: rest) else { continue }
                if slot == 0, publishedDate == nil { publishedDate = day }
                if slot == 1, updatedDate == nil { updatedDate = day }
            }
        }
        date = publishedDate ?? timeDate ?? bylineDate ?? updatedDate
    }

    /// The first calendar day anywhere in a short text.
    static func firstDay(in text: String) -> CalendarDate? {
        var rest = Substring(text)
        while !rest.isEmpty {
            if let date = day(in: String(rest)) { return date }
            rest = rest.drop { $0 != " " }.dropFirst()
        }
        return nil
    }

    /// Marks where one element's text ends and another's begins: a byline's name ends at its link or span.
    static let boundary = " \u{1} "

    /// The text under `index`, a boundary mark between the texts of different nodes.
    static func text(of index: Int, in tree: HTMLTree) -> String {
        var out = ""
        for node in tree.descendants(of: index, skip: { skipped.contains($0.name) }) where tree.nodes[node].isText {
            out += boundary + tree.nodes[node].text
        }
        return out
    }

    /// The calendar day a short text starts with: `March 12, 2024`, `12 March 2024`, `11:11 PM EST Nov 19,
    /// 2019` (the day is the number next to the month, not the hour), `2024-03-12`; in a plausible year.
    static func day(in text: String) -> CalendarDate? {
        let head = String(text.prefix(60))
        if let iso = head.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) {
            return CalendarDate(parsing: String(head[iso]))
        }
        let words = head.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let m = words.firstIndex(where: { CalendarDate.monthNames[$0.lowercased()] != nil }),
            let month = CalendarDate.monthNames[words[m].lowercased()]
        else { return nil }
        // `18th` as 18.
        func number(at i: Int) -> Int? {
            guard words.indices.contains(i) else { return nil }
            let word = words[i].lowercased()
            let ordinal = ["st", "nd", "rd", "th"].contains { word.hasSuffix($0) } ? String(word.dropLast(2)) : word
            return Int(ordinal)
        }
        guard
            let day = [number(at: m + 1), number(at: m - 1)].compactMap({ $0 }).first(where: { (1...31).contains($0) }),
            let year = words[(m + 1)...].prefix(3).compactMap({ Int($0) }).first(where: { (1900...2100).contains($0) })
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The people a byline names: `By Mara Lindqvist`, `By Ana Ruiz, Tom Berg and Lee Chu | Published ...`.
    /// `By` must start the text or follow a separator; each name is two to five capitalised words and ends where
    /// its element does (`By <a>Jane Roe</a><span>Opinion Columnist</span>`); a byline of an organisation
    /// (`By Jerusalem Post Staff`) names no person.
    static func authors(in text: String) -> [String] {
        let mark = boundary.trimmingCharacters(in: .whitespaces)
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let by = words.firstIndex(where: { $0.lowercased() == "by" || $0.lowercased() == "by:" }),
            words[..<by].allSatisfy({ $0 == mark || separators.contains($0) })
        else { return [] }
        var names: [String] = []
        var current: [String] = []
        func close() -> Bool {
            defer { current = [] }
            guard (2...5).contains(current.count) else { return current.isEmpty }
            names.append(current.joined(separator: " "))
            return true
        }
        var atBoundary = false
        for raw in words[(by + 1)...] {
            if raw == mark {
                atBoundary = !current.isEmpty
                continue
            }
            let trailingComma = raw.hasSuffix(",")
            let word = trailingComma ? String(raw.dropLast()) : raw
            if organisationWords.contains(word.lowercased()) {
                // `Ana Ruiz, Associated Press`: the people before the organisation stay.
                current = []
                break
            }
            if word == "and" || word == "&" || word == "," {
                guard close() else { return [] }
                atBoundary = false
                continue
            }
            // A name ends with its element: what follows in another one is a title or a date, unless joined by
            // "and" or a comma.
            if atBoundary { break }
            if separators.contains(word) || !isNamePart(word, first: current.isEmpty) { break }
            current.append(word)
            if trailingComma { guard close() else { return [] } }
        }
        guard close(), !names.isEmpty else { return [] }
        return names
    }

    private static let separators: Set<String> = ["|", "·", "•", "—", "–", "-", "/", ":"]
    /// Words that make a byline an organisation's (`By Jerusalem Post Staff`, `By India Post News Weekly`).
    private static let organisationWords: Set<String> = [
        "staff", "news", "press", "post", "times", "daily", "weekly", "agency", "media", "wire", "wires", "desk",
        "editors", "editorial", "team", "reporters", "correspondents", "network", "service", "services",
    ]
    private static let particles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "el",
    ]
    /// Words that follow a byline's names but are not names themselves.
    private static let stops: Set<String> = [
        "published", "posted", "updated", "in", "at", "for", "on", "staff", "the", "and", "with", "photos", "video",
    ]

    /// A capitalised word (`Lindqvist`, `O'Neil`, `Al-Masri`, an initial `J.`), or a particle inside a name.
    static func isNamePart(_ word: String, first: Bool) -> Bool {
        let folded = word.lowercased()
        if !first && particles.contains(folded) { return true }
        if stops.contains(folded) { return false }
        guard let initial = word.first, initial.isUppercase, word.count <= 20 else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "." }
    }

    /// `Harbour fees to rise | The Coastal Ledger` as the headline and the site's name. The last part after a
    /// separator is the site's when it matches a name the page gives (`og:site_name`, the publisher), when the
    /// part before it is the page's `<h1>`, or when the separator is a bar and the part is a short name.
    static func splitTitle(_ title: String, siteNames: [String], headline: String?) -> (title: String, site: String?) {
        let known = Set(siteNames.map { $0.lowercased() })
        let heading = headline?.collapsingWhitespace().lowercased()
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !head.isEmpty, !tail.isEmpty else { continue }
            let tailWords = tail.split(separator: " ")
            let confirmed = known.contains(tail.lowercased()) || heading == head.lowercased()
            let shortName =
                separator == " | " && tailWords.count <= 5 && tail.count <= 40
                && tailWords.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
            if confirmed || shortName { return (head, tail) }
        }
        return (title, nil)
    }
}
