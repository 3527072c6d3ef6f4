/// The structure of a document's text: paragraphs, sentences, tokens and quotations, each with offsets.
public struct TextAnalysis: Sendable {
    public var paragraphs: [TextSpan]
    public var sentences: [Sentence]
    public var tokens: [Token]
    public var quotations: [Quotation] {
        didSet { indexQuotations() }
    }
    /// The first quotation starting, and ending, at each offset: looked up for every attribution, so a long
    /// article with thousands of quotations is not scanned once per attribution.
    private var quotationByStart: [Int: Int] = [:]
    private var quotationByEnd: [Int: Int] = [:]

    public init(paragraphs: [TextSpan], sentences: [Sentence], tokens: [Token], quotations: [Quotation]) {
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.tokens = tokens
        self.quotations = quotations
        indexQuotations()
    }

    private mutating func indexQuotations() {
        quotationByStart = [:]
        quotationByEnd = [:]
        for (index, quotation) in quotations.enumerated().reversed() {
            quotationByStart[quotation.span.start] = index
            quotationByEnd[quotation.span.end] = index
        }
    }

    /// The index of the first quotation that starts at `offset`.
    public func quotationIndex(startingAt offset: Int) -> Int? { quotationByStart[offset] }

    /// The first quotation that starts at `offset`.
    public func quotation(startingAt offset: Int) -> Quotation? { quotationByStart[offset].map { quotations[$0] } }

    /// The first quotation that ends at `offset`.
    public func quotation(endingAt offset: Int) -> Quotation? { quotationByEnd[offset].map { quotations[$0] } }

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

    /// Whether the sentence is a headline in Title Case (`River County Says Mayor Should Resign`): at least three
    /// words of four letters or more, and four in five of them capitalised. `tokens` is the analysis's tokens.
    func isTitleCase(in tokens: [Token]) -> Bool {
        var words = 0
        var capitalized = 0
        for token in tokens[self.tokens] where token.kind == .word && token.folded.count > 3 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 8
    }
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
