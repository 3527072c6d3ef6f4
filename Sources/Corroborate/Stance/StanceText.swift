/// A text as the stance model reads it: its words (stem, word classes, scalar span) and its sentences. A claim
/// and an article body are both read this way, so that their terms can be compared.
struct StanceText: Sendable {
    struct Word: Sendable {
        /// The folded, lightly stemmed word; empty for function words, which are not terms.
        var term: String
        var span: TextSpan
        var isNumber: Bool
        /// Capitalised and not the sentence's first word: most likely a name.
        var isName: Bool
        /// `StanceWords` flags: the word is part of a negation, a refutation, a hedge, a confirmation, an
        /// attribution cue; it stands in what someone is reported to say, or inside quotation marks.
        var classes: UInt16
        /// The number's value, for figures.
        var value: Double?
    }

    struct Sentence: Sendable {
        var span: TextSpan
        var words: Range<Int>
        var isQuestion: Bool
    }

    var words: [Word] = []
    var sentences: [Sentence] = []
    /// Where each term occurs: word positions, in order.
    var positions: [String: [Int]] = [:]
    /// The sentence of each word.
    var sentenceOf: [Int] = []
    /// How many words carry each flag bit (index 0 for bit 1, 9 for bit 512).
    private(set) var flagCounts = [Int](repeating: 0, count: 16)

    /// Reads the sentences of `analysis` (furniture left out); words inside the content of `attributions` are
    /// marked as reported, words inside its quotations as quoted.
    init(document: Document, analysis: TextAnalysis, attributions: [Attribution] = [], words classes: StanceWords) {
        let reported = StanceText.merged(attributions.flatMap(\.content.spans))
        let quoted = StanceText.merged(analysis.quotations.flatMap(\.pieces))
        for sentence in analysis.sentences where !sentence.isFurniture {
            add(sentence.span, of: document, classes: classes, reported: reported, quoted: quoted)
        }
        countFlags()
    }

    /// Reads a text of one sentence or a few, such as a claim, as one sentence.
    init(claim document: Document, words classes: StanceWords) {
        let span = TextSpan(0, document.scalars.count)
        add(span, of: document, classes: classes, reported: [], quoted: StanceText.quotations(in: document))
        countFlags()
    }

    /// Spans sorted and overlapping ones joined, for a sweep in text order.
    private static func merged(_ spans: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        for span in spans.sorted(by: { $0.start < $1.start }) {
            if let last = out.last, span.start <= last.end {
                out[out.count - 1] = TextSpan(last.start, max(last.end, span.end))
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// The stretches between double quotation marks of a short text (straight or curly), an unclosed one to the end.
    private static func quotations(in document: Document) -> [TextSpan] {
        var out: [TextSpan] = []
        var open: Int?
        for (k, c) in document.scalars.enumerated() {
            if c == "\u{201C}" || (c == "\"" && open == nil) {
                if open == nil { open = k + 1 }
            } else if c == "\u{201D}" || c == "\"", let start = open {
                out.append(TextSpan(start, k))
                open = nil
            }
        }
        if let start = open { out.append(TextSpan(start, document.scalars.count)) }
        return out
    }

    private mutating func countFlags() {
        for word in words where word.classes != 0 {
            for bit in 0..<16 where word.classes & (1 << bit) != 0 { flagCounts[bit] += 1 }
        }
    }

    /// The number of words with a flag (one bit).
    func count(_ flag: UInt16) -> Int { flagCounts[flag.trailingZeroBitCount] }

    private mutating func add(
        _ span: TextSpan, of document: Document, classes: StanceWords, reported: [TextSpan], quoted: [TextSpan]
    ) {
        let frameWords = FrameWord.words(in: [span], of: document)
        guard !frameWords.isEmpty else { return }
        let first = words.count
        var flags = [UInt16](repeating: 0, count: frameWords.count)
        var i = 0
        while i < frameWords.count {
            if classes.notDenials.match(frameWords, at: i) != nil {
                i += 1
                continue
            }
            if let (flag, n) = classes.table.match(frameWords, at: i) {
                for k in i..<(i + n) { flags[k] |= flag }
                i += n
            } else {
                i += 1
            }
        }
        for (spans, flag) in [(reported, StanceWords.reported), (quoted, StanceWords.quoted)] where !spans.isEmpty {
            // The first span that ends after the sentence starts, then a sweep.
            var lo = 0
            var hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
            }
            var s = lo
            for (k, word) in frameWords.enumerated() {
                while s < spans.count && spans[s].end <= word.span.start { s += 1 }
                if s < spans.count && spans[s].start <= word.span.start { flags[k] |= flag }
            }
        }
        for (k, word) in frameWords.enumerated() {
            let isStop = classes.stopwords.contains(word.key)
            let term = isStop ? "" : word.isNumber ? word.key : ContentReader.stem(word.key)
            let isName = k > 0 && !word.isNumber && word.text.unicodeScalars.first!.isUppercaseLetter
            let value = word.isNumber ? Double(word.key.replacingOccurrences(of: ",", with: "")) : nil
            words.append(
                Word(
                    term: term, span: word.span, isNumber: word.isNumber, isName: isName, classes: flags[k],
                    value: value))
            if !term.isEmpty {
                if positions[term] == nil { terms.append(term) }
                positions[term, default: []].append(words.count - 1)
            }
            sentenceOf.append(sentences.count)
        }
        var end = min(span.end, document.scalars.count) - 1
        while end > span.start,
            document.scalars[end].properties.isWhitespace || document.scalars[end] == "\u{201D}"
                || document.scalars[end] == "\""
        {
            end -= 1
        }
        let isQuestion = end >= span.start && end >= 0 && document.scalars[end] == "?"
        sentences.append(Sentence(span: span, words: first..<words.count, isQuestion: isQuestion))
    }

    /// The distinct terms, in order of first use.
    private(set) var terms: [String] = []
}
