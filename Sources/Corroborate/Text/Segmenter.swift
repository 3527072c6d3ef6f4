/// Splits a document into paragraphs, sentences and tokens, and finds its quotations. It survives what real copy
/// holds: `area”.The` with no space after the full stop, `U.S.`, `Aug. 24`, initials, decimals, quotations over
/// several sentences or paragraphs, and an odd number of quotation marks (which never aborts a document).
public struct Segmenter: Sendable {
    let abbreviations: Set<String>
    let sentenceStarters: Set<String>

    public init(rules: TextRules = Knowledge.builtIn.textRules) {
        self.abbreviations = rules.abbreviations
        self.sentenceStarters = rules.sentenceStarters
    }

    public func analyze(_ document: Document) -> TextAnalysis {
        let scalars = document.scalars
        let tokens = tokenize(scalars)
        let paragraphs = Segmenter.paragraphs(scalars)
        let sentences = self.sentences(tokens: tokens, paragraphs: paragraphs, scalars: scalars, document: document)
        let quotations = Segmenter.quotations(tokens: tokens, paragraphs: paragraphs, scalars: scalars)
        return TextAnalysis(paragraphs: paragraphs, sentences: sentences, tokens: tokens, quotations: quotations)
    }

    // MARK: Tokens

    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{201F}", "\u{2033}": return true
        default: return false
        }
    }

    func tokenize(_ scalars: ScalarText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        let count = scalars.count
        var spaceBefore = true
        var newlineBefore = true
        while index < count {
            let scalar = scalars[index]
            // Format characters (soft hyphens, zero-width joiners) are all past ASCII; their lookup is slow.
            if scalar.isWhitespaceLike || (scalar.value >= 0x80 && scalar.properties.generalCategory == .format) {
                spaceBefore = true
                if scalar == "\n" { newlineBefore = true }
                index += 1
                continue
            }
            let start = index
            var kind: Token.Kind
            if scalar.isWordCharacter {
                var sawDigitOnly = scalar.isDigit
                var sawInnerDot = false
                index += 1
                while index < count {
                    let current = scalars[index]
                    if current.isWordCharacter {
                        if !current.isDigit { sawDigitOnly = false }
                        index += 1
                        continue
                    }
                    let next = index + 1 < count ? scalars[index + 1] : " "
                    if (current.isApostrophe || current == "-" || current == "\u{00AD}") && next.isWordCharacter {
                        sawDigitOnly = false
                        index += 2
                        continue
                    }
                    if current == "." && next.isLetter && !sawDigitOnly && index - start <= 3 {
                        // Dotted acronyms and abbreviations: U.S., a.m., e.g.
                        sawInnerDot = true
                        index += 2
                        continue
                    }
                    if (current == "." || current == ",") && next.isDigit && sawDigitOnly {
                        index += 2
                        continue
                    }
                    break
                }
                if sawInnerDot && index < count && scalars[index] == "." { index += 1 }
                kind = sawDigitOnly ? .number : .word
            } else if Segmenter.isQuoteMark(scalar) {
                index += 1
                kind = Segmenter.quoteDirection(scalars, at: start, width: 1)
            } else if (scalar == "'" || scalar == "`") && index + 1 < count && scalars[index + 1] == scalar {
                // Two apostrophes (or backticks) as a quotation mark: `''It is clear,'' he said.`
                index += 2
                kind = scalar == "`" ? .openingQuote : Segmenter.quoteDirection(scalars, at: start, width: 2)
            } else {
                index += 1
                kind = .punctuation
            }
            let capitalized = scalar.isUppercaseLetter
            let folded =
                kind == .word ? Segmenter.fold(scalars, start..<index) : Segmenter.plain(scalars, start..<index)
            tokens.append(
                Token(
                    span: TextSpan(start, index), kind: kind, folded: folded, isCapitalized: capitalized,
                    spaceBefore: spaceBefore, newlineBefore: newlineBefore))
            spaceBefore = false
            newlineBefore = false
        }
        return tokens
    }

    /// A word lowercased with curly apostrophes and dashes made plain, in one pass: the same as `String.folded`.
    /// An ASCII word (most of them) is written byte by byte straight into the string's storage. The word is the
    /// offsets `range` of `text`, read in place: a slice of the text copies its storage references.
    static func fold(_ text: ScalarText, _ range: Range<Int>) -> String {
        if text.isASCII(range) {
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var count = 0
                for k in range {
                    let byte = UInt8(truncatingIfNeeded: text[k].value)
                    buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    count += 1
                }
                return count
            }
        }
        var out = String.UnicodeScalarView()
        for k in range {
            let scalar = text[k]
            switch scalar.value {
            case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 32)!)
            case 0x00...0x7F: out.append(scalar)
            case 0x2019, 0x2018, 0x02BC: out.append("'")
            case 0x2013, 0x2014: out.append("-")
            case 0xA0: out.append(" ")
            default: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// The scalars at `range` of `text` as a string, encoded into its storage in one pass.
    static func plain(_ text: ScalarText, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for k in range {
                UTF8.encode(text[k]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether a token is a full stop, question or exclamation mark or an ellipsis. Only punctuation can be, so
    /// words and numbers (most tokens) are answered without hashing their text.
    static func isTerminal(_ token: Token) -> Bool {
        token.kind == .punctuation && terminal.contains(token.folded)
    }

    /// Whether a word ends with a full stop (`U.S.`, `a.m.`): its last byte is checked before the string is
    /// compared as characters.
    static func endsWithStop(_ token: Token) -> Bool {
        token.kind == .word && token.folded.utf8.last == UInt8(ascii: ".") && token.folded.hasSuffix(".")
    }

    /// Whether the quotation mark at `index` opens or closes, from its shape or, for straight marks, from
    /// what stands beside it.
    static func quoteDirection(_ scalars: ScalarText, at index: Int, width: Int) -> Token.Kind {
        switch scalars[index] {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{201F}": return .openingQuote
        case "\u{201D}", "\u{00BB}", "\u{2033}": return .closingQuote
        default: break
        }
        let before: Unicode.Scalar = index > 0 ? scalars[index - 1] : " "
        let after: Unicode.Scalar = index + width < scalars.count ? scalars[index + width] : " "
        let beforeOpens = before.isWhitespaceLike || "([{-\u{2014}\u{2013}/:".unicodeScalars.contains(before)
        let afterCloses = after.isWhitespaceLike || ".,;:!?)]}-\u{2014}\u{2013}".unicodeScalars.contains(after)
        if beforeOpens && !afterCloses { return .openingQuote }
        if afterCloses && !beforeOpens { return .closingQuote }
        if before.isWordCharacter || ".,!?".unicodeScalars.contains(before) { return .closingQuote }
        return .openingQuote
    }

    // MARK: Paragraphs

    /// Blank-line separated blocks, trimmed.
    static func paragraphs(_ scalars: ScalarText) -> [TextSpan] {
        var result: [TextSpan] = []
        var start: Int?
        var lastContent = 0
        var index = 0
        var newlines = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                newlines += 1
                if newlines >= 2, let s = start {
                    result.append(TextSpan(s, lastContent))
                    start = nil
                }
            } else if !scalar.isWhitespaceLike {
                if start == nil { start = index }
                lastContent = index + 1
                newlines = 0
            }
            index += 1
        }
        if let s = start { result.append(TextSpan(s, lastContent)) }
        return result
    }

    // MARK: Sentences

    private static let closingAbbreviations: Set<String> = ["etc", "inc", "co", "corp", "ltd", "jr", "sr"]

    private static let terminal: Set<String> = [".", "!", "?", "\u{2026}"]

    func sentences(tokens: [Token], paragraphs: [TextSpan], scalars: ScalarText, document: Document)
        -> [Sentence]
    {
        var sentences: [Sentence] = []
        var furnitureEnds = Set(document.furniture.map(\.end))
        furnitureEnds.formUnion(document.furniture.map(\.start))
        var paragraph = 0
        var sentenceStart = 0
        func close(at end: Int) {
            guard end > sentenceStart else { return }
            let span = TextSpan(tokens[sentenceStart].span.start, tokens[end - 1].span.end)
            let furniture = document.furniture.contains { $0.contains(span) }
            sentences.append(
                Sentence(span: span, tokens: sentenceStart..<end, paragraph: paragraph, isFurniture: furniture))
            sentenceStart = end
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Paragraph changes always end a sentence.
            while paragraph < paragraphs.count && token.span.start >= paragraphs[paragraph].end {
                close(at: index)
                paragraph += 1
            }
            if index > sentenceStart && !furnitureEnds.isEmpty && furnitureEnds.contains(token.span.start) {
                close(at: index)
            } else if index > sentenceStart && token.newlineBefore
                && lineBreakEndsSentence(tokens, before: index, scalars: scalars)
            {
                close(at: index)
            }
            if let end = boundary(after: index, tokens: tokens) {
                close(at: end)
                index = end
                continue
            }
            if index + 1 - sentenceStart >= Segmenter.maxSentenceTokens {
                close(at: forcedBreak(tokens, from: sentenceStart, to: index + 1))
            }
            index += 1
        }
        close(at: tokens.count)
        return sentences
    }

    /// The most tokens one sentence may hold. Real sentences rarely come near it (news sentences run 20 to 40
    /// tokens; a handful in PolNeAR train pass 150); past it the text is usually a list, a table or a run of stops
    /// the segmenter declined (`X said Y. X said Y.`), and every stage after this one does work per sentence that
    /// grows with its length. A forced break falls at the last stop, semicolon or comma of the sentence's second
    /// half, so a long real sentence is cut where a reader would pause.
    static let maxSentenceTokens = 150

    /// Where to cut a sentence that reached the cap: after the last stop, semicolon or comma in its second half,
    /// or at the cap itself. Looks at each token at most once per cut, so the whole pass stays linear.
    func forcedBreak(_ tokens: [Token], from start: Int, to end: Int) -> Int {
        let half = start + (end - start) / 2
        for marks in [Segmenter.terminal, [";"], [","]] {
            var index = end - 1
            while index > half {
                if marks.contains(tokens[index].folded) { return index + 1 }
                index -= 1
            }
        }
        return end
    }

    /// A line break inside a paragraph ends a sentence after terminal punctuation or a short line (a heading).
    private func lineBreakEndsSentence(_ tokens: [Token], before index: Int, scalars: ScalarText) -> Bool {
        let previous = tokens[index - 1]
        if Segmenter.isTerminal(previous) || previous.kind == .closingQuote || previous.folded == ":" {
            return true
        }
        var lineStart = index - 1
        while lineStart > 0 && !tokens[lineStart].newlineBefore { lineStart -= 1 }
        return tokens[index - 1].span.end - tokens[lineStart].span.start < 80
    }

    /// If a sentence ends at token `index`, the index of the first token of the next sentence.
    func boundary(after index: Int, tokens: [Token]) -> Int? {
        let token = tokens[index]
        let isDottedWord = Segmenter.endsWithStop(token)
        guard isDottedWord || Segmenter.isTerminal(token) else { return nil }
        // Closing quotation marks and brackets after the stop belong to the sentence.
        var end = index + 1
        while end < tokens.count,
            tokens[end].kind == .closingQuote || tokens[end].folded == ")" || tokens[end].folded == "]"
                || Segmenter.isTerminal(tokens[end])
        {
            if tokens[end].spaceBefore && tokens[end].kind != .closingQuote { break }
            end += 1
        }
        guard end < tokens.count else { return nil }
        let next = tokens[end]
        let first = next.folded.unicodeScalars.first ?? " "
        let startsSentence =
            next.isCapitalized || next.kind == .number || next.kind == .openingQuote
            || first == "(" || first == "["
        guard startsSentence else { return nil }
        if isDottedWord {
            // `U.S. President` continues; `the U.S. The talks` ends.
            return sentenceStarters.contains(next.folded) ? end : nil
        }
        if token.folded != "." { return end }
        let previous = index > 0 ? tokens[index - 1] : nil
        if let previous, previous.kind == .word, !token.spaceBefore {
            let word = previous.folded
            if abbreviations.contains(word) {
                // `Aug. 24`, `Gen. Smith`: only a few abbreviations end sentences, and only before a clear start.
                return Segmenter.closingAbbreviations.contains(word) && sentenceStarters.contains(next.folded)
                    ? end : nil
            }
            if word.unicodeScalars.count == 1 && previous.isCapitalized && next.isCapitalized {
                // An initial, `John F. Kennedy`.
                return nil
            }
        }
        if !next.spaceBefore && next.kind == .word {
            // No space after the stop: `area”.The Fastaqim` ends a sentence; `3.5` and `U.S` never get here.
            let scalars = Array(next.folded.unicodeScalars)
            let afterQuoteOrWord =
                previous.map { $0.kind == .closingQuote || ($0.kind == .word && $0.folded.count >= 2) } ?? false
            return afterQuoteOrWord && next.isCapitalized && scalars.count >= 2 && scalars[1].isLowercaseLetter
                ? end : nil
        }
        return end
    }

    // MARK: Quotations

    /// Pairs quotation marks into quotations. A quotation left open at the end of a paragraph continues when the
    /// next paragraph opens with a quotation mark, and otherwise ends with its paragraph.
    static func quotations(tokens: [Token], paragraphs: [TextSpan], scalars: ScalarText) -> [Quotation] {
        var result: [Quotation] = []
        var open: (start: Int, pieceStart: Int, markStart: Int, pieces: [TextSpan], marked: [TextSpan])?
        var paragraph = 0
        func paragraphIndex(of offset: Int) -> Int {
            while paragraph < paragraphs.count && offset >= paragraphs[paragraph].end { paragraph += 1 }
            return paragraph
        }
        var openParagraph = -1
        for token in tokens where token.isQuote {
            let here = paragraphIndex(of: token.span.start)
            if var current = open, here != openParagraph {
                // The quotation ran past its paragraph's end.
                let paragraphEnd = paragraphs[min(openParagraph, paragraphs.count - 1)].end
                current.pieces.append(TextSpan(current.pieceStart, paragraphEnd))
                current.marked.append(TextSpan(current.markStart, paragraphEnd))
                let firstInParagraph = paragraphs.indices.contains(here) && paragraphs[here].start == token.span.start
                if token.kind == .openingQuote && firstInParagraph && here == openParagraph + 1 {
                    current.pieceStart = token.span.end
                    current.markStart = token.span.start
                    open = current
                    openParagraph = here
                    continue
                }
                result.append(
                    Quotation(
                        span: TextSpan(current.start, paragraphEnd), pieces: current.pieces,
                        markedPieces: current.marked, isClosed: false))
                open = nil
            }
            if let current = open {
                if token.kind == .closingQuote || scalars[token.span.start] == "\"" || scalars[token.span.start] == "'"
                {
                    var pieces = current.pieces
                    var marked = current.marked
                    pieces.append(TextSpan(current.pieceStart, token.span.start))
                    marked.append(TextSpan(current.markStart, token.span.end))
                    result.append(
                        Quotation(
                            span: TextSpan(current.start, token.span.end), pieces: pieces, markedPieces: marked,
                            isClosed: true))
                    open = nil
                }
                // A second opening mark inside an open quotation is a typo; it is ignored.
            } else if token.kind == .openingQuote {
                open = (token.span.start, token.span.end, token.span.start, [], [])
                openParagraph = here
            }
        }
        if let current = open, openParagraph >= 0, openParagraph < paragraphs.count {
            let end = paragraphs[openParagraph].end
            result.append(
                Quotation(
                    span: TextSpan(current.start, end), pieces: current.pieces + [TextSpan(current.pieceStart, end)],
                    markedPieces: current.marked + [TextSpan(current.markStart, end)], isClosed: false))
        }
        return result.filter { quotation in quotation.pieces.contains { !$0.isEmpty } }
    }
}
