/// What the tagger's features are made of, worked out once per document: a hash of each token's word, stem and
/// suffix, its shape, the lexicon cue starting at it, and the quotation holding it.
struct TokenFacts {
    let tokens: [Token]
    let inQuote: [Bool]
    var wordHash: [Int]
    var suffixHash: [Int]
    /// A hash of each word without its inflection (`eyed`, `eyes` and `eyeing` share `eye`).
    var stemHash: [Int]
    var shape: [UInt8]
    /// The lexicon lemma and frame starting at each token (hashed), or 0.
    var lexicon: [Int]
    /// The quotation (index into `TextAnalysis.quotations`) whose marks enclose each token, or -1.
    var quotation: [Int32]
    /// Each quotation's tokens, from its opening mark to its closing mark.
    var quotationTokens: [Range<Int>]
    /// The word classes of each token (`CueLexicon.classes`, a bit each).
    var wordClass: [UInt16]
    /// Each token's grammatical category (`WordTable.Category`).
    var category: [WordTable.Category]
    /// What each token would say following a cue word (`followCode(of:)`), read once per token rather than
    /// for each of the words before it.
    var follow: [UInt8]

    init(document: Document, analysis: TextAnalysis, inQuote: [Bool], index: CueIndex) {
        let tokens = analysis.tokens
        self.tokens = tokens
        self.inQuote = inQuote
        wordHash = []
        suffixHash = []
        stemHash = []
        shape = []
        wordHash.reserveCapacity(tokens.count)
        suffixHash.reserveCapacity(tokens.count)
        stemHash.reserveCapacity(tokens.count)
        shape.reserveCapacity(tokens.count)
        wordClass = []
        category = []
        follow = []
        follow.reserveCapacity(tokens.count)
        wordClass.reserveCapacity(tokens.count)
        category.reserveCapacity(tokens.count)
        lexicon = [Int](repeating: 0, count: tokens.count)
        for (i, token) in tokens.enumerated() {
            let utf8 = token.folded.utf8
            let word = TokenFacts.hash(utf8)
            wordHash.append(word)
            suffixHash.append(TokenFacts.hash(utf8.suffix(3)))
            stemHash.append(TokenFacts.hash(TokenFacts.stem(utf8)))
            let capitals =
                token.kind == .word && token.isCapitalized && token.span.length >= 2
                && !document.scalars.contains(in: token.span.start..<token.span.end) { $0.isLowercaseLetter }
            shape.append(capitals ? 2 : TokenFacts.shape(of: token))
            let info = token.isWord ? index.words[word | 1] : WordTable.Info()
            wordClass.append(info.classes)
            category.append(info.category)
            follow.append(TokenFacts.followCode(of: token))
            if info.startsCue, let (entry, _) = index.match(tokens, at: i, limit: tokens.count) {
                lexicon[i] =
                    TokenFacts.mix(30, TokenFacts.hash(entry.lemma.utf8), TokenFacts.hash(entry.frame.rawValue.utf8))
                    | 1
            }
        }
        quotation = [Int32](repeating: -1, count: tokens.count)
        quotationTokens = []
        quotationTokens.reserveCapacity(analysis.quotations.count)
        for (q, quote) in analysis.quotations.enumerated() {
            let first = analysis.tokenIndex(atOrAfter: quote.span.start)
            var last = first
            while last < tokens.count && tokens[last].span.start < quote.span.end { last += 1 }
            quotationTokens.append(first..<max(first, last))
            for t in first..<last where quotation[t] < 0 { quotation[t] = Int32(q) }
        }
    }

    /// What a token says when it follows a cue word: 1 `that`, 2 a colon, 3 `to`, 4 `whether` or `if`, 5 `about`,
    /// 6 `for` or `on`, 7 an opening quotation mark, 0 anything else.
    static func followCode(of token: Token) -> UInt8 {
        let utf8 = token.folded.utf8
        // Only a word of at most seven bytes that starts as one of them does may be one (a byte test is cheaper
        // than comparing the strings).
        guard utf8.count <= 7, let first = utf8.first,
            first == UInt8(ascii: "t") || first == UInt8(ascii: ":") || first == UInt8(ascii: "w")
                || first == UInt8(ascii: "i") || first == UInt8(ascii: "a") || first == UInt8(ascii: "f")
                || first == UInt8(ascii: "o")
        else { return token.kind == .openingQuote ? 7 : 0 }
        switch token.folded {
        case "that": return 1
        case ":": return 2
        case "to": return 3
        case "whether", "if": return 4
        case "about": return 5
        case "for", "on": return 6
        default: return token.kind == .openingQuote ? 7 : 0
        }
    }

    /// Whether token `i` may be (part of) a cue: a word, or a colon (`Trump: ...`), outside quotations.
    func mayBeCue(_ i: Int) -> Bool { !inQuote[i] && (tokens[i].isWord || tokens[i].folded == ":") }

    static func hash<S: Sequence>(_ bytes: S) -> Int where S.Element == UInt8 {
        Int(truncatingIfNeeded: ByteHash.fnv1a(bytes))
    }

    /// The word's bytes without a final `s`, `es`, `ed`, `d` or `ing` when at least three bytes remain.
    static func stem(_ utf8: String.UTF8View) -> Substring.UTF8View {
        // The suffixes `ing`, `ed`, `es`, `s`, `d`, in that order, each leaving at least three bytes; compared on
        // the last three bytes read once (comparing slices was most of the time of reading an article's tokens).
        let count = utf8.count
        guard count >= 4 else { return utf8[...] }
        var i = utf8.endIndex
        utf8.formIndex(before: &i)
        let last = utf8[i]
        utf8.formIndex(before: &i)
        let second = utf8[i]
        utf8.formIndex(before: &i)
        let third = utf8[i]
        var cut = 0
        if count >= 6 && third == UInt8(ascii: "i") && second == UInt8(ascii: "n") && last == UInt8(ascii: "g") {
            cut = 3
        } else if count >= 5 && second == UInt8(ascii: "e") && (last == UInt8(ascii: "d") || last == UInt8(ascii: "s"))
        {
            cut = 2
        } else if last == UInt8(ascii: "s") || last == UInt8(ascii: "d") {
            cut = 1
        }
        return cut == 0 ? utf8[...] : utf8.prefix(count - cut)
    }

    /// 0 lowercase word, 1 capitalised, 2 a number (or, from `init`, a word in capitals: `IS` is no `is`),
    /// 3 opening quote, 4 closing quote, 5 comma, 6 other punctuation.
    static func shape(of token: Token) -> UInt8 {
        switch token.kind {
        case .word: return token.isCapitalized ? 1 : 0
        case .number: return 2
        case .openingQuote: return 3
        case .closingQuote: return 4
        case .punctuation: return token.folded == "," ? 5 : 6
        }
    }

    /// One feature: a template number and up to three values, mixed into one hash.
    @inline(__always)
    static func mix(_ template: Int, _ a: Int, _ b: Int = 0, _ c: Int = 0) -> Int {
        var h = UInt64(truncatingIfNeeded: template) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: a)
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9 &+ UInt64(truncatingIfNeeded: b)
        h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB &+ UInt64(truncatingIfNeeded: c)
        h = (h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: (h ^ (h >> 32)) & 0x7fff_ffff_ffff_ffff)
    }

    static let boundaryHash = hash("<s>".utf8)
    static let endHash = hash("</s>".utf8)

    /// A word's hash, or a boundary marker outside the range.
    @inline(__always)
    func word(_ k: Int, in range: Range<Int>) -> Int {
        k < range.lowerBound ? Self.boundaryHash : k >= range.upperBound ? Self.endHash : wordHash[k]
    }

    /// A token's shape, or 7 before the range and 8 after it.
    @inline(__always)
    func shape(_ k: Int, in range: Range<Int>) -> Int {
        k < range.lowerBound ? 7 : k >= range.upperBound ? 8 : Int(shape[k])
    }

    /// What stands before token `i` as its subject would, past adverbs and auxiliaries: 0 the sentence start,
    /// 1 a pronoun, 2 a relative word, 3 a capitalised word, 4 a lowercase word, 5 a comma, 6 a closing quotation
    /// mark, 7 other punctuation, 8 a number; and whether an auxiliary was passed (`has said`, `to back`).
    func subjectCode(before i: Int, in sentence: Range<Int>) -> (code: Int, auxiliary: Int) {
        var k = i - 1
        var auxiliary = 0
        while k >= sentence.lowerBound && k > i - 5 {
            let c = category[k]
            guard c == .auxiliary || c == .adverb || c == .to else { break }
            if c != .adverb { auxiliary = 1 }
            k -= 1
        }
        guard k >= sentence.lowerBound else { return (0, auxiliary) }
        let token = tokens[k]
        switch token.kind {
        case .number: return (8, auxiliary)
        case .closingQuote: return (6, auxiliary)
        case .openingQuote: return (7, auxiliary)
        case .punctuation: return (token.folded == "," ? 5 : 7, auxiliary)
        case .word:
            switch category[k] {
            case .pronoun: return (1, auxiliary)
            case .relative, .that: return (2, auxiliary)
            default: return (token.isCapitalized && k > sentence.lowerBound ? 3 : 4, auxiliary)
            }
        }
    }

    /// What follows token `i` as its object or complement would: 0 the sentence end, 1 `that`, 2 `to`,
    /// 3 a determiner, 4 a pronoun, 5 a capitalised word, 6 an opening quotation mark, 7 a colon, 8 a comma,
    /// 9 a preposition, 10 a question word, 11 another word, 12 a number, 13 other punctuation.
    func objectCode(after i: Int, in sentence: Range<Int>) -> Int {
        let k = i + 1
        guard k < sentence.upperBound else { return 0 }
        let token = tokens[k]
        switch token.kind {
        case .number: return 12
        case .openingQuote: return 6
        case .closingQuote: return 13
        case .punctuation: return token.folded == ":" ? 7 : token.folded == "," ? 8 : 13
        case .word:
            switch category[k] {
            case .that: return 1
            case .to: return 2
            case .determiner: return 3
            case .pronoun: return 4
            case .question, .relative: return 10
            case .preposition: return 9
            default: return token.isCapitalized ? 5 : 11
            }
        }
    }

    /// Distances in a few buckets: 0 to 3 exactly, then 4-5, 6-8, 9-12, 13-20 and beyond.
    @inline(__always)
    static func bucket(_ d: Int) -> Int {
        d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8
    }
}
