import Foundation

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
        for i in tokens.indices {
            // Each word's hashes and follow code from its folded form's UTF-8 bytes, read in place: iterating the
            // string's views (and slicing them for the suffix and stem) was most of the cost of these facts.
            var folded = tokens[i].folded
            let (word, suffix, stem, followCode) = folded.withUTF8 { utf8 in
                (
                    TokenFacts.hash(utf8),
                    TokenFacts.hash(UnsafeBufferPointer(rebasing: utf8[max(0, utf8.count - 3)...])),
                    TokenFacts.hash(UnsafeBufferPointer(rebasing: utf8[..<TokenFacts.stemLength(utf8)])),
                    TokenFacts.followCode(utf8, kind: tokens[i].kind)
                )
            }
            let token = tokens[i]
            wordHash.append(word)
            suffixHash.append(suffix)
            stemHash.append(stem)
            let capitals =
                token.kind == .word && token.isCapitalized && token.span.length >= 2
                && !document.scalars.contains(in: token.span.start..<token.span.end) { $0.isLowercaseLetter }
            shape.append(capitals ? 2 : TokenFacts.shape(of: token))
            let info = token.isWord ? index.words[word | 1] : WordTable.Info()
            wordClass.append(info.classes)
            category.append(info.category)
            follow.append(followCode)
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
        var folded = token.folded
        return folded.withUTF8 { followCode($0, kind: token.kind) }
    }

    /// `followCode(of:)` from a token's folded bytes and its kind.
    static func followCode(_ utf8: UnsafeBufferPointer<UInt8>, kind: Token.Kind) -> UInt8 {
        let other: UInt8 = kind == .openingQuote ? 7 : 0
        guard utf8.count <= 7, let first = utf8.first else { return other }
        func equals(_ word: StaticString) -> Bool {
            word.utf8CodeUnitCount == utf8.count
                && memcmp(word.utf8Start, utf8.baseAddress!, utf8.count) == 0
        }
        switch first {
        case UInt8(ascii: "t"): return equals("that") ? 1 : equals("to") ? 3 : other
        case UInt8(ascii: ":"): return utf8.count == 1 ? 2 : other
        case UInt8(ascii: "w"): return equals("whether") ? 4 : other
        case UInt8(ascii: "i"): return equals("if") ? 4 : other
        case UInt8(ascii: "a"): return equals("about") ? 5 : other
        case UInt8(ascii: "f"): return equals("for") ? 6 : other
        case UInt8(ascii: "o"): return equals("on") ? 6 : other
        default: return other
        }
    }

    /// Whether token `i` may be (part of) a cue: a word, or a colon (`Trump: ...`), outside quotations.
    func mayBeCue(_ i: Int) -> Bool { !inQuote[i] && (tokens[i].isWord || tokens[i].folded == ":") }

    static func hash<S: Sequence>(_ bytes: S) -> Int where S.Element == UInt8 {
        Int(truncatingIfNeeded: ByteHash.fnv1a(bytes))
    }

    /// How many of a word's bytes its stem keeps: the word without a final `s`, `es`, `ed`, `d` or `ing` when at
    /// least three bytes remain (`eyed`, `eyes` and `eyeing` share `eye`), read from the bytes in place.
    @inline(__always)
    static func stemLength(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let count = utf8.count
        guard count >= 4 else { return count }
        let last = utf8[count - 1]
        let second = utf8[count - 2]
        let third = utf8[count - 3]
        if count >= 6 && third == UInt8(ascii: "i") && second == UInt8(ascii: "n") && last == UInt8(ascii: "g") {
            return count - 3
        }
        if count >= 5 && second == UInt8(ascii: "e") && (last == UInt8(ascii: "d") || last == UInt8(ascii: "s")) {
            return count - 2
        }
        if last == UInt8(ascii: "s") || last == UInt8(ascii: "d") { return count - 1 }
        return count
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
