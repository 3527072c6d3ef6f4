/// A word, number, quotation mark or punctuation mark, with its offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case openingQuote
        case closingQuote
        case punctuation
    }

    public var span: TextSpan
    public var kind: Kind
    /// The token lowercased, with curly apostrophes made straight: what word lists are matched against.
    public var folded: String
    /// Whether the token's first scalar is an uppercase letter.
    public var isCapitalized: Bool
    /// Whether white space separates this token from the one before it.
    public var spaceBefore: Bool
    /// Whether a line break separates this token from the one before it.
    public var newlineBefore: Bool

    public var isWord: Bool { kind == .word || kind == .number }
    public var isQuote: Bool { kind == .openingQuote || kind == .closingQuote }
}
