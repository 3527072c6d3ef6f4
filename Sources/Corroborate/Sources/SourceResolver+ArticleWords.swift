extension SourceResolver {
    /// An article's words as a registry surname alone is read against them (`fullName(ofSurname:alias:in:words:)`): split and
    /// folded once per article, on the first such surname, rather than once for every mention of one.
    struct ArticleWords {
        /// The words, as `SourceResolver.words` splits the text.
        let words: [String]
        /// Each word folded, by position.
        let folded: [String]

        init(_ text: String) {
            words = SourceResolver.words(text)
            folded = words.map(\.folded)
        }
    }
}
