/// The cue lexicon arranged for matching at a token: entries keyed by their first word, longest first.
struct CueIndex: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var lemma: String
        var frame: CueLexicon.Frame
        /// A present participle (`adding`, `saying`): after a comma it takes the clause's source.
        var isParticiple: Bool
        /// A base form (`say`): after `to` it is an infinitive, not a statement.
        var isBase: Bool
    }

    private var byFirstWord: [String: [Entry]] = [:]
    let prepositional: [[String]]
    let nestedQuote: Set<String>
    let nestedSaying: [[String]]
    let skip: Set<String>
    let hedges: [[String]]
    let raising: Set<String>

    init(_ lexicon: CueLexicon) {
        for verb in lexicon.verbs {
            for form in verb.forms {
                let words = form.folded.split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                let entry = Entry(
                    words: words, lemma: verb.lemma, frame: verb.frame, isParticiple: words[0].hasSuffix("ing"),
                    isBase: form == verb.lemma)
                byFirstWord[first, default: []].append(entry)
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        prepositional = lexicon.prepositional.map { $0.folded.split(separator: " ").map(String.init) }
        nestedQuote = Set(lexicon.nested.quote.map(\.folded))
        nestedSaying = lexicon.nested.saying.map { $0.folded.split(separator: " ").map(String.init) }
        // Determiners never stand between a source and its cue.
        skip = lexicon.skipBetweenSourceAndCue.subtracting([
            "a", "an", "the", "statement", "interview", "in", "separate",
        ])
        raising = Set(lexicon.raising.map(\.folded))
        hedges = lexicon.hedges.map { $0.folded.split(separator: " ").map(String.init) }
    }

    /// The longest cue starting at token `index`, and the index after it.
    func match(_ tokens: [Token], at index: Int, limit: Int) -> (Entry, Int)? {
        guard let entries = byFirstWord[tokens[index].folded] else { return nil }
        for entry in entries where index + entry.words.count <= limit {
            var ok = true
            for (offset, word) in entry.words.enumerated().dropFirst() where tokens[index + offset].folded != word {
                ok = false
                break
            }
            if ok { return (entry, index + entry.words.count) }
        }
        return nil
    }

    /// Whether the words starting at `index` spell `phrase`.
    static func matches(_ phrase: [String], _ tokens: [Token], at index: Int, limit: Int) -> Bool {
        guard index + phrase.count <= limit else { return false }
        for (offset, word) in phrase.enumerated() where tokens[index + offset].folded != word { return false }
        return true
    }
}
