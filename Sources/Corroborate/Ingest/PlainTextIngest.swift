import Foundation

/// Makes a `Document` from decoded text: reads an optional metadata header, the dateline, and page furniture.
/// Whole furniture lines that would mislead analysis (a footer, a repeated caption) are removed from the text;
/// the dateline, single captions and credit lines stay in the text, so offsets keep matching the file, but are
/// marked as furniture and not analysed.
struct PlainTextIngest: Sendable {
    let rules: CompiledTextRules
    let registry: SourceRegistry
    /// What an agency referring to its own staff looks like before `correspondent`: `AFP's `, `an AFP `, for
    /// every media alias, in the registry's order (the first found names the outlet).
    private let staffPatterns: [(pattern: String, name: String)]

    init(rules: CompiledTextRules, registry: SourceRegistry) {
        self.rules = rules
        self.registry = registry
        var patterns: [(String, String)] = []
        for entry in registry.sources where entry.kind == .media {
            for alias in entry.aliases where alias.count >= 2 && alias.count <= 12 {
                for pattern in ["\(alias)\u{2019}s ", "\(alias)'s ", "an \(alias) ", "a \(alias) "] {
                    patterns.append((pattern, entry.name))
                }
            }
        }
        staffPatterns = patterns
    }

    func document(from text: String, path: String, format: Document.Format = .text, warnings: [String] = [])
        -> Document
    {
        var warnings = warnings
        var metadata = DocumentMetadata()
        var lines = PlainTextIngest.lines(of: text)

        // A header block: `Key: value` lines at the very top, ended by a blank line.
        var headerEnd = 0
        while headerEnd < lines.count, let (key, value) = PlainTextIngest.headerField(lines[headerEnd]) {
            apply(key: key, value: value, to: &metadata)
            headerEnd += 1
        }
        if headerEnd > 0, headerEnd < lines.count, lines[headerEnd].trimmingWhitespace().isEmpty {
            lines.removeSubrange(0...headerEnd)
            while let first = lines.first, first.trimmingWhitespace().isEmpty { lines.removeFirst() }
        } else {
            metadata = DocumentMetadata()
        }

        // Footers at the end: `A Section on 09/05/2016`, copyright lines, share prompts.
        for _ in 0..<4 {
            while let last = lines.last, last.trimmingWhitespace().isEmpty { lines.removeLast() }
            guard let last = lines.last, rules.isFooter(last.trimmingWhitespace()) else { break }
            if metadata.date == nil, let date = PlainTextIngest.usDate(in: last) { metadata.date = date }
            warnings.append("left out the page footer \"\(last.trimmingWhitespace())\"")
            lines.removeLast()
        }

        // A line repeated right after itself (a photo caption printed twice) is kept once.
        // One warning names the first few; a page repeating a line thousands of times is not a thousand lines.
        var kept: [String] = []
        var lastContent: String?
        var repeats = 0
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            // At least 20 characters, without counting the rest of a long line.
            if !trimmed.isEmpty, !trimmed.dropFirst(19).isEmpty, trimmed == lastContent {
                repeats += 1
                if repeats <= 3 {
                    warnings.append("left out a repeated line \"\(PlainTextIngest.shorten(trimmed))\"")
                }
                continue
            }
            if !trimmed.isEmpty { lastContent = trimmed }
            kept.append(line)
        }
        if repeats > 3 { warnings.append("left out \(repeats - 3) more repeated lines") }

        // Offsets of the kept lines, and furniture lines among them.
        var furniture: [TextSpan] = []
        var offset = 0
        var contentLines: [(line: Int, offset: Int)] = []
        for (index, line) in kept.enumerated() {
            let length = line.scalarCount
            let trimmed = line.trimmingWhitespace()
            if !trimmed.isEmpty {
                if contentLines.count < 2 { contentLines.append((index, offset)) }
                if rules.isCaption(trimmed) || rules.isCredit(trimmed) {
                    furniture.append(TextSpan(offset, offset + length))
                    if rules.isCredit(trimmed), metadata.outlet == nil { metadata.outlet = creditedOutlet(trimmed) }
                }
            }
            offset += length + 1
        }
        let body = kept.joined(separator: "\n")

        // The dateline opens the first paragraph, or the one after a headline.
        // The first line's dateline is read once: it is the answer when that line holds one.
        var datelineLine = contentLines.first
        var found = contentLines.first.flatMap { rules.dateline(in: kept[$0.line]) }
        if let first = contentLines.first, found == nil, contentLines.count > 1 {
            let headline = kept[first.line].trimmingWhitespace()
            let endsSentence = headline.hasSuffix(".") || headline.hasSuffix("\"") || headline.hasSuffix("\u{201D}")
            if headline.count <= 150 && !endsSentence {
                datelineLine = contentLines[1]
                found = rules.dateline(in: kept[contentLines[1].line])
            }
        }
        let firstContentLine = contentLines.first
        if let first = datelineLine, let dateline = found {
            furniture.append(TextSpan(first.offset, first.offset + dateline.length))
            metadata.dateline = dateline.text
            metadata.place = metadata.place ?? dateline.place
            metadata.date = metadata.date ?? dateline.date
            if metadata.outlet == nil, let agency = dateline.agency { metadata.outlet = agency }
        } else if let first = firstContentLine, metadata.title == nil {
            let line = kept[first.line].trimmingWhitespace()
            let next = first.line + 1 < kept.count ? kept[first.line + 1].trimmingWhitespace() : "x"
            if line.count <= 150, next.isEmpty, kept.count > first.line + 2 {
                metadata.title = line.hasSuffix(".") && !line.hasSuffix("..") ? String(line.dropLast()) : line
            }
        }
        if metadata.outlet == nil { metadata.outlet = selfReferencedOutlet(body) }
        furniture.sort()
        return Document(
            path: path, format: format, metadata: metadata, text: body, furniture: furniture, warnings: warnings)
    }

    private static let headerKeys: [String: String] = [
        "title": "title", "headline": "title", "outlet": "outlet", "publisher": "outlet", "source": "outlet",
        "author": "author", "byline": "author", "by": "author", "date": "date", "published": "date",
        "url": "url", "link": "url", "place": "place", "dateline": "place",
    ]

    private static func headerField(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon]).trimmingWhitespace().lowercased()
        guard let field = headerKeys[key] else { return nil }
        let value = String(line[line.index(after: colon)...]).trimmingWhitespace()
        return value.isEmpty ? nil : (field, value)
    }

    /// Values a header writes when it knows nothing (`Outlet: unknown`, `Date: n/a`): no value, so that articles
    /// whose outlet nobody knows are not all taken for one outlet's.
    static let placeholders: Set<String> = [
        "unknown", "n/a", "na", "n.a", "none", "null", "nil", "-", "--", "\u{2013}", "\u{2014}", "?", "unspecified",
        "not known", "not available", "tbd", "tba",
    ]

    private func apply(key: String, value: String, to metadata: inout DocumentMetadata) {
        // `(unknown)`, `Unknown.`, `[n/a]`: brackets and a full stop around the word change nothing.
        let bare = PlainTextIngest.trimmingBrackets(value.lowercased())
        guard !PlainTextIngest.placeholders.contains(bare), !bare.isEmpty else { return }
        switch key {
        case "title": metadata.title = value
        case "outlet": metadata.outlet = value
        case "author": metadata.author = value
        case "date": metadata.date = CalendarDate(parsing: value)
        case "url": metadata.url = value
        case "place": metadata.place = value
        default: break
        }
    }

    /// The text without the brackets, full stops and spaces around it, scalar by scalar (as Foundation's
    /// `trimmingCharacters(in:)` with those characters, without building a character set per call).
    static func trimmingBrackets(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func edge(_ scalar: Unicode.Scalar) -> Bool { "()[]. ".unicodeScalars.contains(scalar) }
        guard let first = scalars.firstIndex(where: { !edge($0) }), let last = scalars.lastIndex(where: { !edge($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    static func usDate(in line: String) -> CalendarDate? {
        let runs = line.split(whereSeparator: { !$0.isNumber && $0 != "/" })
        for run in runs where run.contains("/") {
            if let date = CalendarDate(parsing: String(run)) { return date }
        }
        return nil
    }

    static func shorten(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }

    /// The outlet named in a credit line: `... of The Associated Press; ...`.
    private func creditedOutlet(_ line: String) -> String? {
        var best: (position: String.Index, name: String)?
        for entry in registry.sources where entry.kind == .media {
            for alias in entry.aliases where alias.count >= 3 {
                if let range = line.range(of: alias), best == nil || range.lowerBound < best!.position {
                    best = (range.lowerBound, entry.name)
                }
            }
        }
        return best?.name
    }

    /// The text's lines, split at each line feed, as splitting by characters would: a carriage return and line
    /// feed together are one character, and are not split. Found on the UTF-8 bytes, without decoding.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        }
        return lines
    }

    /// An agency that refers to its own staff: `AFP's correspondent in Aleppo`, `an AFP photographer`. Only the
    /// 40 characters before each `correspondent`, `reporter` or `photographer` are looked at. The staff words are
    /// ASCII, so they are found on the UTF-8 bytes.
    private func selfReferencedOutlet(_ text: String) -> String? {
        let staff: [[UInt8]] = ["correspondent", "reporter", "photographer"].map { Array($0.utf8) }
        var text = text
        return text.withUTF8 { bytes -> String? in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                guard byte == UInt8(ascii: "c") || byte == UInt8(ascii: "r") || byte == UInt8(ascii: "p"),
                    let word = staff.first(where: { w in
                        i + w.count <= bytes.count && bytes[i..<(i + w.count)].elementsEqual(w)
                    })
                else {
                    i += 1
                    continue
                }
                // Back 40 scalars: a scalar starts at every byte that is not a continuation byte.
                var start = i
                var scalars = 0
                while start > 0 && scalars < 40 {
                    start -= 1
                    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
                    scalars += 1
                }
                let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                if let found = staffPatterns.first(where: { before.hasSuffix($0.pattern) }) { return found.name }
                i += word.count
            }
            return nil
        }
    }
}

/// The text rules with their regular expressions compiled once.
struct CompiledTextRules: @unchecked Sendable {
    let rules: TextRules
    private let footers: [NSRegularExpression]
    private let captions: [NSRegularExpression]
    private let credits: [NSRegularExpression]
    private let datelines: [NSRegularExpression]
    /// The openings a credit line must start with, when every credit pattern opens with literal text
    /// (`openings(of:)`); nil (no filter) otherwise. Most lines say `by ` somewhere; this spares them the regular expressions.
    private let creditOpenings: [String]?

    init(_ rules: TextRules) {
        self.rules = rules
        func compile(_ patterns: [String]) -> [NSRegularExpression] {
            patterns.compactMap { try? NSRegularExpression(pattern: $0, options: []) }
        }
        footers = compile(rules.furniture.footer)
        captions = compile(rules.furniture.caption)
        credits = compile(rules.furniture.credit)
        creditOpenings = CompiledTextRules.openings(of: rules.furniture.credit)
        let dash = "(?:--|\u{2014}|\u{2013}|-)"
        datelines = compile([
            // ` date 2016-09-05 BEIRUT -- `
            "^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+([A-Z][A-Za-z .'/]{1,40}?)\\s*\(dash)\\s*",
            // `BEIRUT/london - `, `ISTANBUL, Turkey (AP) -- `, `BEIRUT, Sept 5 (Reuters) - `
            "^\\s*()([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:\\s*/\\s*[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,2})?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?)(?:,? ([A-Z][a-z]{2,8}\\.? \\d{1,2}(?:, \\d{4})?))?\\s*(?:\\(([A-Za-z .]{2,20})\\))?\\s*\(dash)\\s+",
            // `Washington (AFP) – `
            "^\\s*()([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+)?)()\\s*\\(([A-Za-z .]{2,20})\\)\\s*\(dash)\\s+",
        ])
    }

    func isFooter(_ line: String) -> Bool { matches(footers, line) }
    /// Every caption pattern names a photo, picture, image or file; every credit pattern says `by` or
    /// `contributed`. Lines without those words skip the regular expressions.
    func isCaption(_ line: String) -> Bool {
        line.utf8.count < 320 && CompiledTextRules.containsAny(line, ["Photo", "photo", "Picture", "Image", "FILE"])
            && matches(captions, line)
    }

    func isCredit(_ line: String) -> Bool {
        line.utf8.count < 1000 && (creditOpenings.map { CompiledTextRules.startsWithAny(line, $0) } ?? true)
            && CompiledTextRules.containsAny(line, ["by ", "contributed"]) && matches(credits, line)
    }

    /// The literal openings every pattern requires at the start of a line, read from the patterns themselves: after
    /// `^`, a group of literal alternatives (`(Writing|Editing)`) or a class of literal characters (`[-\u{2014}]+`),
    /// then literal text up to the first operator (a character a quantifier makes optional is left out). Nil when
    /// some pattern opens otherwise (no anchor, a flag, a range, an escape, an optional group): such a pattern is
    /// never filtered out.
    static func openings(of patterns: [String]) -> [String]? {
        var result: [String] = []
        for pattern in patterns {
            guard let some = openings(of: pattern) else { return nil }
            result += some
        }
        return result
    }

    private static func openings(of pattern: String) -> [String]? {
        let operators = Set("\\^$.|?*+()[]{}")
        let quantifiers = Set("?*+{")
        var rest = Substring(pattern)
        guard rest.first == "^" else { return nil }
        rest = rest.dropFirst()
        var heads = [""]
        if rest.first == "(" || rest.first == "[" {
            let group = rest.first == "("
            guard let close = rest.firstIndex(of: group ? ")" : "]") else { return nil }
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            if group {
                let alternatives = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                guard alternatives.allSatisfy({ !$0.isEmpty && !$0.contains(where: operators.contains) }),
                    !(rest.first.map(quantifiers.contains) ?? false)
                else { return nil }
                heads = alternatives
            } else {
                // One character of the class opens the line; what follows it may repeat it, so reading stops here.
                let characters = Array(inside)
                guard !characters.isEmpty, rest.first == "+" || !(rest.first.map(quantifiers.contains) ?? false),
                    !characters.contains(where: { $0 == "\\" || $0 == "^" || $0 == "[" }),
                    !characters.dropFirst().dropLast().contains("-")
                else { return nil }
                return characters.map(String.init)
            }
        }
        var literal = ""
        while let c = rest.first, !operators.contains(c) {
            literal.append(c)
            rest = rest.dropFirst()
        }
        if let next = rest.first, quantifiers.contains(next), !literal.isEmpty { literal.removeLast() }
        let result = heads.map { $0 + literal }
        return result.contains(where: \.isEmpty) ? nil : result
    }

    /// Whether the line's bytes start with one of the openings' bytes.
    static func startsWithAny(_ line: String, _ openings: [String]) -> Bool {
        openings.contains { line.utf8.starts(with: $0.utf8) }
    }

    /// Whether the line holds one of the words, by a plain byte search in the line's own storage.
    static func containsAny(_ line: String, _ needles: [String]) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            needles.contains { needle in
                var needle = needle
                return needle.withUTF8 { n in
                    guard let first = n.first, n.count <= bytes.count else { return false }
                    var i = 0
                    while i + n.count <= bytes.count {
                        if bytes[i] == first && UnsafeBufferPointer(rebasing: bytes[i..<(i + n.count)]).elementsEqual(n)
                        {
                            return true
                        }
                        i += 1
                    }
                    return false
                }
            }
        }
    }

    private func matches(_ expressions: [NSRegularExpression], _ line: String) -> Bool {
        let range = NSRange(line.startIndex..., in: line)
        return expressions.contains { $0.firstMatch(in: line, options: [], range: range) != nil }
    }

    struct Dateline {
        var text: String
        var length: Int
        var place: String?
        var date: CalendarDate?
        var agency: String?
    }

    /// The dateline at the start of a line, if there is one.
    /// Every pattern ends in a dash (`-`, `--`, an en or em dash), so a head without one skips the
    /// regular expressions.
    func dateline(in line: String) -> Dateline? {
        let head = String(line.prefix(140))
        guard Self.containsAny(head, ["-", "\u{2014}", "\u{2013}"]) else { return nil }
        let range = NSRange(head.startIndex..., in: head)
        for expression in datelines {
            guard let match = expression.firstMatch(in: head, options: [.anchored], range: range) else { continue }
            func group(_ index: Int) -> String? {
                guard index < match.numberOfRanges, let r = Range(match.range(at: index), in: head), !r.isEmpty
                else { return nil }
                return String(head[r])
            }
            guard let whole = Range(match.range, in: head) else { continue }
            let agency = group(4).map { $0.trimmingWhitespace() }
            if expression !== datelines[0], let place = group(2) {
                // An all-capital place must look like a place, not a shouted headline word.
                let words = place.split(separator: " ")
                if words.count > 4 || place.count < 3 { continue }
                if agency == nil && !place.first!.isUppercase { continue }
            }
            var date = group(1).flatMap(CalendarDate.init(parsing:))
            if date == nil, let written = group(3) { date = CalendarDate(parsing: written) }
            var place = group(2).map { raw -> String in
                let first = raw.split(separator: "/").first.map(String.init) ?? raw
                return (first.split(separator: ",").first.map(String.init) ?? first).trimmingWhitespace()
            }
            if place?.isEmpty == true { place = nil }
            let text = String(head[whole])
            return Dateline(
                text: text.trimmingWhitespace(), length: text.unicodeScalars.count, place: place, date: date,
                agency: agency.flatMap { rules.agencies.contains($0) ? $0 : nil })
        }
        return nil
    }
}
