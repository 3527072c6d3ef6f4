/// The word classes the stance features count, as phrase tables built once from the knowledge files:
/// negations and denials, refutations, hedges (from `cues.json`), confirmations and attribution cues (the speech
/// and belief verbs and the prepositional cues of `cues.json`), and the function words left out of a text's terms.
struct StanceWords: Sendable {
    /// Bit flags of `StanceText.Word.classes`: the word is part of a phrase of a class.
    static let negation: UInt8 = 1
    static let refutation: UInt8 = 2
    static let hedge: UInt8 = 4
    static let confirmation: UInt8 = 8
    /// A verb or phrase that attributes (`said`, `claims`, `believes`, `according to`).
    static let attribution: UInt8 = 32
    /// Flags of the word's place rather than its class: inside an attribution's content (what someone is reported
    /// to say), and inside quotation marks.
    static let reported: UInt8 = 64
    static let quoted: UInt8 = 128

    let table: PhraseTable<UInt8>
    let notDenials: PhraseTable<UInt8>
    let stopwords: Set<String>
    let extractor: AttributionExtractor

    init(knowledge: Knowledge) {
        let words = knowledge.comparison
        var entries: [(String, UInt8)] = []
        entries += words.negations.map { ($0, StanceWords.negation) }
        entries += words.refutations.map { ($0, StanceWords.refutation) }
        entries += knowledge.cues.hedges.map { ($0, StanceWords.hedge) }
        entries += words.confirmations.map { ($0, StanceWords.confirmation) }
        for verb in knowledge.cues.verbs where verb.frame != .object {
            entries += verb.forms.map { ($0, StanceWords.attribution) }
        }
        entries += knowledge.cues.prepositional.map { ($0, StanceWords.attribution) }
        // A phrase in two lists keeps both classes.
        var merged: [String: UInt8] = [:]
        for (phrase, flag) in entries { merged[phrase.folded, default: 0] |= flag }
        table = PhraseTable(merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        notDenials = PhraseTable(words.notDenials.map { ($0, 1) })
        stopwords = words.stopwords
        extractor = AttributionExtractor(lexicon: knowledge.cues, model: knowledge.tagger)
    }
}
