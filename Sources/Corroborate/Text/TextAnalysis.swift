/// The structure of a document's text: paragraphs, sentences, tokens and quotations, each with offsets.
public struct TextAnalysis: Sendable {
    public var paragraphs: [TextSpan]
    public var sentences: [Sentence]
    public var tokens: [Token]
    public var quotations: [Quotation]

    /// Index of the sentence that contains an offset, by binary search.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start {
                high = mid - 1
            } else if offset >= span.end {
                low = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// Index of the first token starting at or after an offset, by binary search.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A sentence: its span, its tokens (`tokens` indexes `TextAnalysis.tokens`) and its paragraph.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var paragraph: Int
    /// Furniture (a dateline, caption or credit line): kept in the text but not analysed.
    public var isFurniture: Bool
}

/// A quotation between quotation marks, possibly running over several paragraphs (each paragraph reopening the
/// quote without closing the one before, as newspapers print it).
public struct Quotation: Sendable, Hashable {
    /// From the opening mark to the closing mark, inclusive (to the paragraph end when never closed).
    public var span: TextSpan
    /// The quoted words without marks: one piece per paragraph.
    public var pieces: [TextSpan]
    /// Each piece with its own marks, as a reader would cite it.
    public var markedPieces: [TextSpan]
    /// `false` when the closing mark is missing; the quotation then ends with its paragraph.
    public var isClosed: Bool
}
