/// The word classes the stance features count, as phrase tables built once from the knowledge files:
/// negations and denials, refutations, hedges (from `cues.json`) and confirmations, and the function words left
/// out of a text's terms.
struct StanceWords: Sendable {
    /// Bit flags of `StanceText.Word.classes`.
    static let negation: UInt8 = 1
    static let refutation: UInt8 = 2
    static let hedge: UInt8 = 4
    static let confirmation: UInt8 = 8
    static let question: UInt8 = 16

    let table: PhraseTable<UInt8>
    let notDenials: PhraseTable<UInt8>
    let stopwords: Set<String>

    init(knowledge: Knowledge) {
        let words = knowledge.comparison
        var entries: [(String, UInt8)] = []
        entries += words.negations.map { ($0, StanceWords.negation) }
        entries += words.refutations.map { ($0, StanceWords.refutation) }
        entries += knowledge.cues.hedges.map { ($0, StanceWords.hedge) }
        entries += words.confirmations.map { ($0, StanceWords.confirmation) }
        // A phrase in two lists keeps both classes.
        var merged: [String: UInt8] = [:]
        for (phrase, flag) in entries { merged[phrase.folded, default: 0] |= flag }
        table = PhraseTable(merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        notDenials = PhraseTable(words.notDenials.map { ($0, 1) })
        stopwords = words.stopwords
    }
}
