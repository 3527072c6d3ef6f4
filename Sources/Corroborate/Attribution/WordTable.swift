/// What the tagger's features need to know about a word, looked up once per token by the hash of its folded
/// form in an open-addressing table (cheaper than hashing the string again for each word list).
struct WordTable: Sendable {
    /// Grammatical categories, as `category` values.
    enum Category: UInt8 {
        case other = 0
        case pronoun, relative, determiner, preposition, question, that, to, auxiliary, adverb
    }

    /// One word's facts: its classes (`CueLexicon.classes`, a bit each), its category, whether a lexicon
    /// cue starts with it, and whether a prepositional cue (`according to`) or a nested-quote word starts with it.
    struct Info: Sendable, Equatable {
        var classes: UInt16 = 0
        var category: Category = .other
        var startsCue = false
        /// The first word of a prepositional cue, or a nested-quote word: the rules' other cue checks only need
        /// to run at such a word.
        var startsRuleCue = false
    }

    private var keys: [Int]
    private var values: [Info]
    private let mask: Int

    init(_ entries: [Int: Info]) {
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        mask = size - 1
        keys = [Int](repeating: 0, count: size)
        values = [Info](repeating: Info(), count: size)
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            var slot = key & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The facts of the word whose hash (`TokenFacts.hash` of its folded form, never 0) is `key`.
    @inline(__always)
    subscript(key: Int) -> Info {
        var slot = key & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return Info()
    }
}

extension CueIndex {
    /// The word table of a lexicon: its classes, cue words and the first words of its other rule cues
    /// (`ruleWords`), and the closed classes of the grammar.
    static func wordTable(
        classes: [String: UInt16], firstWords: some Sequence<String>, ruleWords: some Sequence<String>,
        skip: Set<String>
    ) -> WordTable {
        var entries: [Int: WordTable.Info] = [:]
        func key(_ word: String) -> Int { TokenFacts.hash(word.utf8) | 1 }
        for (word, bits) in classes { entries[key(word), default: .init()].classes |= bits }
        for word in firstWords { entries[key(word), default: .init()].startsCue = true }
        for word in ruleWords { entries[key(word), default: .init()].startsRuleCue = true }
        let X = AttributionExtractor.self
        let categories: [(WordTable.Category, Set<String>)] = [
            (.adverb, skip), (.auxiliary, X.auxiliaries),
            (.preposition, X.prepositions.union(["of", "against", "as"])),
            (.question, ["whether", "if", "how", "why", "what", "when", "where"]), (.determiner, X.determiners),
            (.pronoun, X.pronouns.union(["him", "them", "us", "me"])), (.relative, ["who", "which"]), (.to, ["to"]),
            (.that, ["that"]),
        ]
        for (category, words) in categories {
            for word in words { entries[key(word), default: .init()].category = category }
        }
        return WordTable(entries)
    }
}
