/// What a document shows of its words' case: the words it capitalises inside a sentence (`in Velmora`, `the
/// Harwick campaign`) are names, so the same word opening a source mention (`Velmora police said`) keeps its
/// capital instead of being read as a sentence's first common word.
///
/// Read from the tokens once per document, on the first question, so a document whose mentions never ask costs
/// nothing.
final class NameEvidence {
    let analysis: TextAnalysis
    private lazy var capitalised: Set<String> = {
        var words: Set<String> = []
        for sentence in analysis.sentences {
            var previous: Token.Kind?
            for index in sentence.tokens {
                let token = analysis.tokens[index]
                // A sentence's first word and a quotation's first word carry a capital of their position.
                if token.kind == .word, token.isCapitalized, previous != nil, previous != .openingQuote {
                    words.insert(NameEvidence.bare(token.folded))
                }
                previous = token.kind
            }
        }
        return words
    }()

    /// The words the document writes in lower case somewhere.
    private lazy var lowercase: Set<String> = {
        var words: Set<String> = []
        for token in analysis.tokens where token.kind == .word && !token.isCapitalized { words.insert(token.folded) }
        return words
    }()

    init(_ analysis: TextAnalysis) {
        self.analysis = analysis
    }

    /// Whether a mention's word is a name: a possessive (`Velmora's`, `Harwick'`), or a word the document
    /// capitalises inside a sentence.
    func isName(_ word: String) -> Bool {
        // `folded` makes curly apostrophes straight.
        let folded = word.folded
        if folded.hasSuffix("'s") || folded.hasSuffix("'") { return true }
        return capitalised.contains(NameEvidence.bare(folded))
    }

    /// Whether the document writes a folded word in lower case somewhere (`presenter` in `the presenter said`):
    /// then its capital before a name (`Presenter Ida said`) is a sentence's or a title's, not a given name's.
    func isWrittenLowercase(_ folded: String) -> Bool {
        lowercase.contains(folded)
    }

    /// A folded word without a possessive ending.
    static func bare(_ folded: String) -> String {
        folded.hasSuffix("'s") ? String(folded.dropLast(2)) : folded
    }
}
