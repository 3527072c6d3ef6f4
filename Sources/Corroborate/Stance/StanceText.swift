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
        /// `StanceWords` flags: the word is part of a negation, a refutation, a hedge, a confirmation.
        var classes: UInt8
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

    /// Reads the sentences of `analysis` (furniture left out).
    init(document: Document, analysis: TextAnalysis, words classes: StanceWords) {
        for sentence in analysis.sentences where !sentence.isFurniture {
            add(sentence.span, of: document, classes: classes)
        }
    }

    /// Reads a text of one sentence or a few, such as a claim, as one sentence.
    init(claim document: Document, words classes: StanceWords) {
        add(TextSpan(0, document.scalars.count), of: document, classes: classes)
    }

    private mutating func add(_ span: TextSpan, of document: Document, classes: StanceWords) {
        let frameWords = FrameWord.words(in: [span], of: document)
        guard !frameWords.isEmpty else { return }
        let first = words.count
        var flags = [UInt8](repeating: 0, count: frameWords.count)
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
