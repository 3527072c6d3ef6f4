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
    /// Hedging phrases (`appeared to`, `reportedly`) by their first word.
    let hedges: [String: [[String]]]
    let raising: Set<String>
    /// Each word's classes (see `CueLexicon.classes`, one bit per class in name order), category and whether a
    /// cue starts with it.
    let words: WordTable
    /// The bit of the `evidence` class (`show`, `indicate`, `confirm`): cues that things as well as speakers take.
    let evidenceClass: UInt16

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
        var hedges: [String: [[String]]] = [:]
        for hedge in lexicon.hedges {
            let words = hedge.folded.split(separator: " ").map(String.init)
            if let first = words.first { hedges[first, default: []].append(words) }
        }
        self.hedges = hedges
        var classes: [String: UInt16] = [:]
        let names = lexicon.classes.keys.sorted().prefix(16)
        evidenceClass =
            names.firstIndex(of: "evidence").map { 1 << UInt16(names.distance(from: names.startIndex, to: $0)) } ?? 0
        for (bit, name) in names.enumerated() {
            for entry in lexicon.classes[name] ?? [] {
                let forms = entry.folded.split(separator: "|").map(String.init)
                guard let lemma = forms.first else { continue }
                for form in CueIndex.inflections(of: lemma) + forms.dropFirst() {
                    classes[form, default: 0] |= 1 << bit
                }
            }
        }
        words = CueIndex.wordTable(
            classes: classes, firstWords: byFirstWord.keys,
            ruleWords: prepositional.compactMap(\.first) + nestedQuote, skip: skip)
    }

    /// A word and its regular inflections: `-s`/`-es`/`-ies`, `-d`/`-ed`/`-ied`, `-ing` (a final `e` dropped), and
    /// the same with a doubled final consonant (`planned`); forms that are no words do no harm.
    static func inflections(of word: String) -> [String] {
        var forms = [word, word + "s", word + "es", word + "ed", word + "ing"]
        if word.hasSuffix("e") {
            forms += [word + "d", String(word.dropLast()) + "ing"]
        }
        if word.hasSuffix("y") {
            let stem = String(word.dropLast())
            forms += [stem + "ies", stem + "ied"]
        }
        if let last = word.last, !"aeiouwxy".contains(last), word.count >= 3 {
            forms += [word + String(last) + "ed", word + String(last) + "ing"]
        }
        return forms
    }

    /// The facts of a folded word, looked up by its bytes' hash: a word that is no key of the table gets no
    /// flags, so a flag off means the string-keyed look-ups for it would find nothing.
    @inline(__always)
    func facts(of folded: String) -> WordTable.Info { words[TokenFacts.hash(folded.utf8) | 1] }

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
