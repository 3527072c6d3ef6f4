/// Quotations that carry on a speaker's direct quote without a cue of their own, the way news writing quotes at
/// length: `"X," he said. "Y."`, or a paragraph that is nothing but a quotation right after the quoted one.
extension AttributionExtractor {
    /// Each direct quote takes, as more of its content, the quotations that follow it sentence by sentence (in its
    /// paragraph or the next) while it is the last to have spoken: no cue of another source as written stands
    /// between its cue and the quotation, nobody else is credited with the quotation, and what follows the
    /// quotation on its line is more quotation or, after a full stop, the writer's words with no cue in them. A quotation that ends on `?`, `!`
    /// or `,` and is followed by the writer's words names who asked or cried it (`"Why?" Borger asked`). On a line
    /// or in a paragraph of its own, a quotation continues only as a statement (it closes on a full stop) and not
    /// after a question: a lone `"Nooooo!"` is as often the crowd's, and the line after a question is an answer.
    /// PolNeAR marks such a run as one attribution with a discontinuous content. Runs once the attributions are
    /// all found, so that a later cue's quotation is known to be taken, and before they are pruned. The
    /// attribution's hedges stay those of its own content: each continuing quotation is read for its own.
    /// `inQuote` is the extraction's mask of the tokens inside quotation marks (`quoteMask`).
    func continuingQuotes(
        _ attributions: [Attribution], analysis: TextAnalysis, document: Document, inQuote: [Bool]
    ) -> [Attribution] {
        guard !analysis.quotations.isEmpty else { return attributions }
        var spans: [TextSpan] = []
        var cues: [(start: Int, source: String)] = []
        for attribution in attributions {
            spans.append(contentsOf: attribution.content.spans)
            spans.append(contentsOf: attribution.cue?.spans ?? [])
            spans.append(contentsOf: attribution.source?.spans ?? [])
            if let cue = attribution.cue?.spans.first {
                cues.append((cue.start, attribution.source?.text.lowercased() ?? ""))
            }
        }
        var reading = ContinuationReading(
            analysis: analysis, document: document, inQuote: inQuote, taken: SpanCoverage(spans),
            cues: cues.sorted { $0.start < $1.start })
        var result = attributions
        // A post signed with its author's name is whole: what follows is the article's again.
        for i in result.indices where result[i].isDirectQuote && result[i].rule != "post" {
            let pieces = reading.continuation(of: result[i])
            guard !pieces.isEmpty else { continue }
            result[i].content.spans.append(contentsOf: pieces)
            result[i].continuation = pieces
            result[i].content.text = result[i].content.spans.map { document.text(of: $0) }.joined(separator: " … ")
        }
        return result
    }
}

/// What continuation reads of one article, each part once: where the next line break or word outside quotation
/// marks comes, where each paragraph ends, which quotations are claimed.
struct ContinuationReading {
    let analysis: TextAnalysis
    let document: Document
    /// The roles of every attribution: a quotation in any of them is someone's already.
    let taken: SpanCoverage
    /// Where every cue starts, with its source as written (lower case), in text order.
    let cues: [(start: Int, source: String)]
    /// The first token at or after k that a line break precedes or that is a word outside quotation marks.
    private let nextStop: [Int]
    /// The first token at or after k that a line break precedes.
    private let nextBreak: [Int]
    /// Per paragraph, the end of its last sentence's tokens.
    private let paragraphEnd: [Int: Int]
    /// Quotations already continued.
    private var claimed = Set<Int>()

    init(
        analysis: TextAnalysis, document: Document, inQuote: [Bool], taken: SpanCoverage,
        cues: [(start: Int, source: String)]
    ) {
        self.analysis = analysis
        self.document = document
        self.taken = taken
        self.cues = cues
        let tokens = analysis.tokens
        var stops = [Int](repeating: tokens.count, count: tokens.count + 1)
        var lineBreaks = stops
        for k in tokens.indices.reversed() {
            stops[k] = tokens[k].newlineBefore || (tokens[k].isWord && !inQuote[k]) ? k : stops[k + 1]
            lineBreaks[k] = tokens[k].newlineBefore ? k : lineBreaks[k + 1]
        }
        var ends: [Int: Int] = [:]
        for sentence in analysis.sentences { ends[sentence.paragraph] = sentence.tokens.upperBound }
        nextStop = stops
        nextBreak = lineBreaks
        paragraphEnd = ends
    }

    /// The marked pieces of the quotations that continue one attribution's quote, in text order.
    mutating func continuation(of attribution: Attribution) -> [TextSpan] {
        guard let last = attribution.content.spans.map(\.end).max() else { return [] }
        let sentences = analysis.sentences
        let own = attribution.cue?.spans.first?.start ?? attribution.content.spans[0].start
        let speaker = attribution.source?.text.lowercased() ?? ""
        var end = max(last, sentences[attribution.sentence].span.end)
        var next = (analysis.sentenceIndex(containing: end - 1) ?? attribution.sentence) + 1
        var previousParagraph = sentences[next - 1].paragraph
        var asked = closingMark(of: attribution.content.spans.max { $0.end < $1.end }!) == "?"
        var pieces: [TextSpan] = []
        while next < sentences.count {
            let candidate = sentences[next]
            guard
                candidate.paragraph <= previousParagraph + 1, candidate.span.start >= end,
                let index = analysis.quotationIndex(startingAt: candidate.span.start), !claimed.contains(index),
                !cue(in: (own + 1)..<candidate.span.start, besides: speaker)
            else { break }
            let quotation = analysis.quotations[index]
            let mark = quotation.pieces.last.map(closingMark) ?? nil
            let statement = mark == "." || mark == "\u{2026}"
            // On a line or in a paragraph of its own, only a statement, and never the line after a question.
            let apart =
                candidate.paragraph != previousParagraph
                || (!candidate.tokens.isEmpty && analysis.tokens[candidate.tokens.lowerBound].newlineBefore)
            guard !taken.overlaps(quotation.span), !apart || (statement && !asked),
                let closing = analysis.sentenceIndex(containing: max(quotation.span.end - 1, candidate.span.start)),
                case let paragraph = sentences[closing].paragraph,
                onlyQuotations(after: quotation.span.end, paragraph: paragraph)
                    || (statement
                        && !cue(in: quotation.span.end..<lineEnd(after: quotation.span.end, paragraph: paragraph)))
            else { break }
            claimed.insert(index)
            pieces.append(contentsOf: quotation.markedPieces)
            asked = mark == "?"
            end = max(quotation.span.end, sentences[closing].span.end)
            previousParagraph = sentences[closing].paragraph
            next = closing + 1
        }
        return pieces
    }

    /// The last mark inside a quotation piece, spaces aside (`.` in `"We checked it."`).
    private func closingMark(of piece: TextSpan) -> Unicode.Scalar? {
        var i = piece.end - 1
        while i >= piece.start && document.scalars[i].isWhitespaceLike { i -= 1 }
        guard i >= piece.start else { return nil }
        // The quotation's own closing marks, when the piece holds them.
        while i > piece.start && ["\"", "\u{201D}", "'", "\u{2019}"].contains(document.scalars[i]) { i -= 1 }
        return document.scalars[i]
    }

    /// Whether a cue starts in `range`, besides those of `speaker` as written (`"X," Smith said, adding that ...
    /// Smith said "Y."` is one speaker's run).
    private func cue(in range: Range<Int>, besides speaker: String? = nil) -> Bool {
        guard !range.isEmpty else { return false }
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        while low < cues.count && cues[low].start < range.upperBound {
            if cues[low].source != speaker { return true }
            low += 1
        }
        return false
    }

    /// Whether every word from `offset` to the end of its line or of `paragraph` stands inside quotation marks.
    private func onlyQuotations(after offset: Int, paragraph: Int) -> Bool {
        let upper = paragraphEnd[paragraph] ?? analysis.tokens.count
        let k = analysis.tokenIndex(atOrAfter: offset)
        guard k < upper else { return true }
        let stop = nextStop[k]
        return stop >= upper || analysis.tokens[stop].newlineBefore
    }

    /// Where the line holding `offset` ends, or `paragraph` when sooner: the start of the first token after it.
    private func lineEnd(after offset: Int, paragraph: Int) -> Int {
        let tokens = analysis.tokens
        let k = analysis.tokenIndex(atOrAfter: offset)
        let stop = min(k < tokens.count ? nextBreak[k] : tokens.count, paragraphEnd[paragraph] ?? tokens.count)
        return stop < tokens.count ? tokens[stop].span.start : document.scalars.count
    }
}
