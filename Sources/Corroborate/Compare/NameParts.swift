/// A name's folded words (`QuoteVariants.spellingWords`) split at hyphens, as `QuoteVariants.mayBeOneName` reads
/// them: their letters run together, the last part, and the parts of four letters or more.
struct NameParts: Sendable {
    /// The letters of every part run together (`Lee Min-ho` and `Lee Min Ho` give the same).
    let letters: String
    /// The last part, the surname when there is one.
    let lastPart: String?
    /// The parts of four letters or more, sorted without repeats: a name has a handful, so an array holds them in
    /// less memory than a set (`SpeakerNames` keeps one for each distinct name of a run).
    let longParts: [String]

    init(spelling: [String]) {
        let parts = spelling.flatMap { $0.split(separator: "-").map(String.init) }
        // An ASCII name's letters are read byte by byte, where a character's `isLetter` looks up a property.
        let joined = parts.joined()
        letters =
            joined.isASCII
            ? String(decoding: joined.utf8.filter { Unicode.Scalar($0).isLetter }, as: UTF8.self)
            : String(joined.filter(\.isLetter))
        lastPart = parts.last
        longParts = Set(parts.filter { $0.count >= 4 }).sorted()
    }

    /// The parts already read (`SpeakerNames.init(ascii:)`).
    init(letters: String, lastPart: String?, longParts: [String]) {
        self.letters = letters
        self.lastPart = lastPart
        self.longParts = longParts
    }
}
