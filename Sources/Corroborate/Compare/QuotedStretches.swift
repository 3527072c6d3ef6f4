import Foundation

/// Where a claim quotes someone, read from the text around it for aligning quotations: a sentence in the middle
/// of a longer quotation (its opening mark earlier in the paragraph, its closing mark later or never, as a
/// quotation running on into the next paragraph), and quotations in single marks (`'It was bigger than that,'
/// she said`), which some outlets use. The claim's own marks (`ClaimContent.quoted`) come first.
enum QuotedStretches {
    /// How far a paragraph is read on each side of a claim, in characters.
    static let reach = 3000

    /// The quoted word ranges of a claim: its own when it has any, else those the marks around it give.
    /// A claim of several paragraphs is read again: a quotation that runs on over paragraphs opens each with a
    /// mark and closes only the last, so straight marks (`"`) counted in pairs would take the second paragraph
    /// for the reporter's words.
    static func ranges(_ content: ClaimContent, of claim: Claim, in document: Document) -> [Range<Int>] {
        guard !content.words.isEmpty, let first = claim.spans.first?.start, let last = claim.spans.last?.end,
            first >= 0, first < min(last, document.scalars.count),
            content.quoted.isEmpty || document.scalars[first..<min(last, document.scalars.count)].contains("\n")
        else { return content.quoted }
        // A direct quotation whose marks the paragraph does not show (a quote the tagger took whole) keeps its own.
        let read = read(content.words, spans: claim.spans, scalars: document.scalars)
        return read.isEmpty ? content.quoted : read
    }

    /// Every claim's quoted word ranges (`ranges`), read in parallel chunks once for the run: the pair rules and
    /// the trigram pass of quote variants all read them, and each claim is in many pairs.
    static func all(_ claims: [Claim], contents: [ClaimContent], documents: [Document]) -> [[Range<Int>]] {
        let chunks = max(1, min(64, claims.count / 256))
        let box = ResultBox<[[Range<Int>]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let from = claims.count * chunk / chunks
            let to = claims.count * (chunk + 1) / chunks
            _ = box.set(
                chunk, (from..<to).map { k in ranges(contents[k], of: claims[k], in: documents[claims[k].document]) })
        }
        return box.takeValues().flatMap { $0 }
    }

    /// The runs of `words` that lie inside quotation marks, reading the paragraph that holds `spans`.
    static func read(_ words: [FrameWord], spans: [TextSpan], scalars: ScalarText) -> [Range<Int>] {
        guard let first = spans.first?.start, let last = spans.last?.end, first < last, last <= scalars.count else {
            return []
        }
        let quoted = stretches(scalars, around: first..<last)
        guard !quoted.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        var start: Int?
        for (k, word) in words.enumerated() {
            let inside = quoted.contains { $0.contains(word.span.start) }
            if inside && start == nil { start = k }
            if !inside, let s = start {
                ranges.append(s..<k)
                start = nil
            }
        }
        if let s = start { ranges.append(s..<words.count) }
        return ranges
    }

    /// The quoted character stretches of the paragraphs around `claim`: double marks (`“ ”`, `"`), one left open
    /// ending with its paragraph (a quotation that goes on in the next one, whose mark opens it again), and
    /// single marks (`‘ ’`, `'`) only when closed in their paragraph, an apostrophe (`don't`, `the doctors'
    /// view`) being no mark.
    static func stretches(_ scalars: ScalarText, around claim: Range<Int>) -> [Range<Int>] {
        var from = claim.lowerBound
        while from > 0 && from > claim.lowerBound - reach && scalars[from - 1] != "\n" { from -= 1 }
        var to = claim.upperBound
        while to < scalars.count && to < claim.upperBound + reach && scalars[to] != "\n" { to += 1 }
        var result: [Range<Int>] = []
        var double: Int?
        var single: Int?
        func isWord(_ k: Int) -> Bool {
            k >= from && k < to && (scalars[k].properties.isAlphabetic || scalars[k].properties.numericType != nil)
        }
        for k in from..<to {
            let c = scalars[k]
            switch c {
            case "\n":
                if let s = double { result.append(s..<k) }
                double = nil
                single = nil
            case "\u{201C}", "\u{00AB}":
                if double == nil && single == nil { double = k }
            case "\u{201D}", "\u{00BB}":
                if let s = double {
                    result.append(s..<k)
                    double = nil
                }
            case "\"":
                if let s = double {
                    result.append(s..<k)
                    double = nil
                } else if single == nil {
                    double = k
                }
            case "\u{2018}", "\u{2019}", "'":
                guard double == nil else { continue }
                if let s = single, !isWord(k + 1), k > from, scalars[k - 1] != " " {
                    result.append(s..<k)
                    single = nil
                } else if single == nil, !isWord(k - 1), isWord(k + 1) {
                    single = k
                }
            default:
                continue
            }
        }
        if let s = double { result.append(s..<to) }
        return result.filter { $0.overlaps(claim) }
    }
}
