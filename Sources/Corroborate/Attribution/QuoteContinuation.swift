/// Quotations that carry on a speaker's direct quote without a cue of their own, the way news writing quotes at
/// length: `"X," he said. "Y."`, or a paragraph that is nothing but a quotation right after the quoted one.
extension AttributionExtractor {
    /// Each direct quote takes, as more of its content, the quotations that follow it sentence by sentence (in its
    /// paragraph or the next) when nobody else is credited with them and nothing but quotations stands after them
    /// in their paragraph. A quotation followed in its paragraph by words of the writer's (`"Why?" Borger asked`)
    /// belongs to whoever those words name, not to the speaker before; one that another attribution already holds
    /// (`"Y," she added`) is hers. PolNeAR marks such a run as one attribution with a discontinuous content.
    /// Runs once the attributions are all found, so that a later cue's quotation is known to be taken, and before
    /// they are pruned, so that an attribution inside a continuing quotation is dropped as nested. The
    /// hedges stay those of the cue's own sentence: each continuing quotation is read for its own.
    func continuingQuotes(_ attributions: [Attribution], analysis: TextAnalysis, document: Document) -> [Attribution] {
        guard !analysis.quotations.isEmpty else { return attributions }
        let inQuote = AttributionExtractor.quoteMask(tokens: analysis.tokens, quotations: analysis.quotations)
        // What other speakers hold: the roles of attributions whose cue stands outside quotation marks. A cue inside
        // a quotation is the speaker's own reported speech (`"They told us to leave."`), part of what is continued.
        var spans: [TextSpan] = []
        for attribution in attributions {
            guard let anchor = (attribution.cue ?? attribution.source)?.spans.first else { continue }
            let k = analysis.tokenIndex(atOrAfter: anchor.start)
            if k < inQuote.count && inQuote[k] { continue }
            spans.append(contentsOf: attribution.content.spans)
            spans.append(contentsOf: attribution.cue?.spans ?? [])
            spans.append(contentsOf: attribution.source?.spans ?? [])
        }
        let taken = SpanCoverage(spans)
        var claimed = Set<Int>()
        var result = attributions
        for i in result.indices where result[i].isDirectQuote {
            let pieces = continuation(
                of: result[i], analysis: analysis, document: document, taken: taken, inQuote: inQuote,
                claimed: &claimed)
            guard !pieces.isEmpty else { continue }
            result[i].content.spans.append(contentsOf: pieces)
            result[i].continuation = pieces
            result[i].content.text = result[i].content.spans.map { document.text(of: $0) }.joined(separator: " … ")
        }
        return result
    }

    /// The marked pieces of the quotations that continue one attribution's quote, in text order.
    private func continuation(
        of attribution: Attribution, analysis: TextAnalysis, document: Document, taken: SpanCoverage, inQuote: [Bool],
        claimed: inout Set<Int>
    ) -> [TextSpan] {
        guard let last = attribution.content.spans.last else { return [] }
        let sentences = analysis.sentences
        var end = max(last.end, sentences[attribution.sentence].span.end)
        var next = (analysis.sentenceIndex(containing: end - 1) ?? attribution.sentence) + 1
        var previousParagraph = sentences[next - 1].paragraph
        var pieces: [TextSpan] = []
        while next < sentences.count {
            let candidate = sentences[next]
            guard
                candidate.paragraph <= previousParagraph + 1, candidate.span.start >= end,
                let index = analysis.quotationIndex(startingAt: candidate.span.start), !claimed.contains(index)
            else { break }
            let quotation = analysis.quotations[index]
            // A paragraph of its own continues the quote only as a statement: a lone question or cry there is as
            // often the audience's or an interviewer's (`"Nooooo!"`).
            let ownParagraph = candidate.paragraph != previousParagraph
            guard !taken.overlaps(quotation.span), !ownParagraph || endsStatement(quotation, document: document),
                let closing = analysis.sentenceIndex(containing: max(quotation.span.end - 1, candidate.span.start)),
                endsStatement(quotation, document: document)
                    || onlyQuotations(
                        after: quotation.span.end, in: closing, analysis: analysis, inQuote: inQuote, document: document
                    )
            else { break }
            claimed.insert(index)
            pieces.append(contentsOf: quotation.markedPieces)
            end = max(quotation.span.end, sentences[closing].span.end)
            previousParagraph = sentences[closing].paragraph
            next = closing + 1
        }
        return pieces
    }

    /// Whether the quotation closes on a full stop (`"Y." The vote ...`): words after it then start the writer's
    /// next sentence. After a question mark, an exclamation or a comma they name who asked or cried it (`"Why?"
    /// Borger asked`, `"Enough!" Maher replied`).
    private func endsStatement(_ quotation: Quotation, document: Document) -> Bool {
        guard let piece = quotation.pieces.last else { return false }
        var i = piece.end - 1
        while i >= piece.start && document.scalars[i].isWhitespaceLike { i -= 1 }
        guard i >= piece.start else { return false }
        return document.scalars[i] == "." || document.scalars[i] == "\u{2026}"
    }

    /// Whether every word from `offset` to the end of its line (or of the paragraph of sentence `closing`, when the
    /// text breaks lines only between paragraphs) is inside a quotation.
    private func onlyQuotations(
        after offset: Int, in closing: Int, analysis: TextAnalysis, inQuote: [Bool], document: Document
    ) -> Bool {
        let sentences = analysis.sentences
        let paragraph = sentences[closing].paragraph
        var last = closing
        while last + 1 < sentences.count && sentences[last + 1].paragraph == paragraph { last += 1 }
        let upper = sentences[last].tokens.upperBound
        var k = analysis.tokenIndex(atOrAfter: offset)
        var position = offset
        while k < upper {
            let token = analysis.tokens[k]
            for i in position..<max(position, token.span.start) where document.scalars[i] == "\n" { return true }
            if token.isWord && !inQuote[k] { return false }
            position = token.span.end
            k += 1
        }
        return true
    }
}
