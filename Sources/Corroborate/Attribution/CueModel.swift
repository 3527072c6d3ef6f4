import Foundation

/// A logistic-regression classifier that scores how likely a word is part of an attribution cue, from the words
/// and shapes around it. Trained on PolNeAR train by `corroborate train-model`; the extractor uses it to drop
/// lexicon words used otherwise and, when `addsCues` is set (`--broad`), to accept cue words the lexicon lacks
/// (`pleaded guilty`, `made no mention of`).
/// Features are hashed into a fixed table, so the model is one array of weights (see `CueModelFile`).
public struct CueModel: Sendable {
    /// Weights of the hashed features; the table size is a power of two.
    var weights: [Float]
    /// Probability at or above which a word the lexicon lacks is taken as a cue.
    public var addThreshold: Float
    /// Probability under which a lexicon cue is dropped.
    public var vetoThreshold: Float
    /// Whether words the lexicon lacks become cues (PolNeAR's broad definition, which counts acts, intentions
    /// and stances: `backed the deal`, `pleaded guilty`, and passives such as `was asked about`), or the model
    /// only vetoes lexicon cues. Off by default:
    /// the reports compare statements, and the seeds' gold counts statements only.
    public var addsCues = false

    var mask: Int { weights.count - 1 }

    init(weights: [Float], addThreshold: Float, vetoThreshold: Float) {
        precondition(weights.count.nonzeroBitCount == 1, "the weight table size must be a power of two")
        self.weights = weights
        self.addThreshold = addThreshold
        self.vetoThreshold = vetoThreshold
    }

    /// The model shipped in the package's resources, or nil when it is missing (the lexicon rules work alone).
    public static let builtIn: CueModel? = {
        guard let url = Bundle.module.url(forResource: "cue-model", withExtension: "bin", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? CueModelFile.decode(data, path: "Resources/cue-model.bin")
    }()

    /// The probability of each token of an analysed text being (part of) a cue; 0 for tokens the model does not
    /// score (punctuation, words inside quotations, page furniture).
    public func probabilities(_ analysis: TextAnalysis, lexicon: CueLexicon = Knowledge.builtIn.cues) -> [Float] {
        let tokens = analysis.tokens
        let inQuote = AttributionExtractor.quoteMask(tokens: tokens, quotations: analysis.quotations)
        let context = CueFeatureContext(tokens: tokens, inQuote: inQuote, index: CueIndex(lexicon))
        var result = [Float](repeating: 0, count: tokens.count)
        var buffer: [Int] = []
        for sentence in analysis.sentences where !sentence.isFurniture {
            for i in sentence.tokens {
                result[i] = probability(of: i, in: sentence.tokens, context: context, buffer: &buffer)
            }
        }
        return result
    }

    /// The probability that token `i` of the sentence `sentence` is (part of) a cue: 0 for punctuation and words
    /// inside quotations, which the model is not trained on. `buffer` is scratch space for the features.
    func probability(of i: Int, in sentence: Range<Int>, context: CueFeatureContext, buffer: inout [Int]) -> Float {
        guard context.tokens[i].isWord, !context.inQuote[i] else { return 0 }
        context.features(at: i, start: sentence.lowerBound, end: sentence.upperBound, into: &buffer)
        var z: Float = 0
        for f in buffer { z += weights[f & mask] }
        return 1 / (1 + expf(-z))
    }
}

/// The per-document facts the cue features are built from: a hash of each token's word and suffix, and its shape.
struct CueFeatureContext {
    let tokens: [Token]
    let inQuote: [Bool]
    var wordHash: [Int]
    var suffixHash: [Int]
    /// A hash of each word without its inflection (`eyed`, `eyes` and `eyeing` share `eye`).
    var stemHash: [Int]
    var shape: [UInt8]
    /// The lexicon lemma starting at each token (hashed), or 0.
    var lexicon: [Int]

    init(tokens: [Token], inQuote: [Bool], index: CueIndex) {
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
        for token in tokens {
            let utf8 = token.folded.utf8
            wordHash.append(CueFeatureContext.hash(utf8))
            suffixHash.append(CueFeatureContext.hash(utf8.suffix(3)))
            stemHash.append(CueFeatureContext.hash(CueFeatureContext.stem(utf8)))
            shape.append(CueFeatureContext.shape(of: token))
        }
        lexicon = [Int](repeating: 0, count: tokens.count)
        for i in tokens.indices where tokens[i].isWord {
            if let (entry, _) = index.match(tokens, at: i, limit: tokens.count) {
                lexicon[i] =
                    CueFeatureContext.mix(
                        30, CueFeatureContext.hash(entry.lemma.utf8),
                        CueFeatureContext.hash(entry.frame.rawValue.utf8)) | 1
            }
        }
    }

    static func hash<S: Sequence>(_ bytes: S) -> Int where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: h)
    }

    /// The word's bytes without a final `s`, `es`, `ed`, `d` or `ing` when at least three bytes remain.
    static func stem(_ utf8: String.UTF8View) -> Substring.UTF8View {
        let count = utf8.count
        for suffix in stemSuffixes where count >= suffix.count + 3 && utf8.suffix(suffix.count).elementsEqual(suffix) {
            return utf8.prefix(count - suffix.count)
        }
        return utf8[...]
    }

    private static let stemSuffixes: [[UInt8]] = ["ing", "ed", "es", "s", "d"].map { Array($0.utf8) }

    /// 0 lowercase word, 1 capitalised, 2 all capitals or number, 3 opening quote, 4 closing quote,
    /// 5 comma, 6 other punctuation.
    static func shape(of token: Token) -> UInt8 {
        switch token.kind {
        case .word: return token.isCapitalized ? 1 : 0
        case .number: return 2
        case .openingQuote: return 3
        case .closingQuote: return 4
        case .punctuation: return token.folded == "," ? 5 : 6
        }
    }

    static func mix(_ template: Int, _ a: Int, _ b: Int = 0, _ c: Int = 0) -> Int {
        var h = UInt64(truncatingIfNeeded: template) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(truncatingIfNeeded: a) &+ 0x632B_E59B_D9B4_E019 &+ (h << 6) &+ (h >> 2)
        h ^= UInt64(truncatingIfNeeded: b) &+ 0x8CB9_2BA7_2F3D_8DD7 &+ (h << 6) &+ (h >> 2)
        h ^= UInt64(truncatingIfNeeded: c) &+ 0x2545_F491_4F6C_DD1D &+ (h << 6) &+ (h >> 2)
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h & 0x7fff_ffff_ffff_ffff)
    }

    private static let boundaryHash = hash("<s>".utf8)
    private static let endHash = hash("</s>".utf8)

    /// The features of token `i` in the sentence `start..<end`, into `out` (cleared first).
    func features(at i: Int, start: Int, end: Int, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        func word(_ k: Int) -> Int { k < start ? Self.boundaryHash : k >= end ? Self.endHash : wordHash[k] }
        func shapeAt(_ k: Int) -> Int { k < start ? 7 : k >= end ? 8 : Int(shape[k]) }
        let w0 = wordHash[i]
        let wm1 = word(i - 1)
        let wp1 = word(i + 1)
        let s0 = Int(shape[i])
        let sm1 = shapeAt(i - 1)
        let sp1 = shapeAt(i + 1)
        out.append(Self.mix(0, 0))
        out.append(Self.mix(1, w0))
        out.append(Self.mix(2, wm1))
        out.append(Self.mix(3, wp1))
        out.append(Self.mix(4, word(i - 2)))
        out.append(Self.mix(5, word(i + 2)))
        out.append(Self.mix(6, wm1, w0))
        out.append(Self.mix(7, w0, wp1))
        out.append(Self.mix(8, suffixHash[i]))
        out.append(Self.mix(9, suffixHash[i], wp1))
        out.append(Self.mix(10, suffixHash[i], sm1))
        out.append(Self.mix(11, s0, sm1, sp1))
        out.append(Self.mix(12, w0, sm1))
        out.append(Self.mix(13, w0, sp1))
        out.append(Self.mix(14, lexicon[i]))
        out.append(Self.mix(15, i > start ? lexicon[i - 1] : 0, i > start + 1 ? lexicon[i - 2] : 0))
        out.append(Self.mix(16, i + 1 < end ? lexicon[i + 1] : 0))
        let position = i - start
        let left = position == 0 ? 0 : position < 3 ? 1 : position < 6 ? 2 : position < 12 ? 3 : 4
        let remaining = end - i
        let right = remaining <= 2 ? 0 : remaining < 5 ? 1 : remaining < 10 ? 2 : 3
        out.append(Self.mix(17, left, right))
        out.append(Self.mix(18, w0, left))
        // Quotations near the word: `"...," he said` and `said: "..."`.
        var quoteLeft = 0
        var k = i - 1
        while k >= max(start, i - 4) {
            if tokens[k].kind == .closingQuote || (k > 0 && inQuote[k] && !inQuote[i]) {
                quoteLeft = 1
                break
            }
            k -= 1
        }
        var quoteRight = 0
        k = i + 1
        while k < min(end, i + 4) {
            if tokens[k].kind == .openingQuote {
                quoteRight = 1
                break
            }
            k += 1
        }
        out.append(Self.mix(19, quoteLeft, quoteRight))
        out.append(Self.mix(20, w0, quoteLeft, quoteRight))
        out.append(Self.mix(21, lexicon[i], sm1, sp1))
        // The word without its inflection, and what follows it: a clause (`that`, a colon, a quotation), an
        // infinitive or a question word.
        let stem = stemHash[i]
        var next = 0
        k = i + 1
        while k < min(end, i + 4) {
            switch tokens[k].folded {
            case "that": next = 1
            case ":": next = 2
            case "to": next = 3
            case "whether", "if": next = 4
            case "about": next = 5
            case "for", "on": next = 6
            default: next = tokens[k].kind == .openingQuote ? 7 : 0
            }
            if next != 0 { break }
            k += 1
        }
        out.append(Self.mix(22, stem))
        out.append(Self.mix(23, stem, wp1))
        out.append(Self.mix(24, wm1, stem))
        out.append(Self.mix(25, stem, next))
        out.append(Self.mix(26, next, sm1))
    }
}
