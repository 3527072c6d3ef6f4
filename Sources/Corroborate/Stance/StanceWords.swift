/// The word classes the stance features count, as phrase tables built once from the knowledge files:
/// negations and denials, refutations, debunks, doubts, contrasts, hedges (from `cues.json`), confirmations,
/// uncertainties, report nouns and attribution cues (the speech and belief verbs and the prepositional cues of
/// `cues.json`), and the function words left out of a text's terms.
struct StanceWords: Sendable {
    /// Bit flags of `StanceText.Word.classes`: the word is part of a phrase of a class.
    static let negation: UInt16 = 1
    static let refutation: UInt16 = 2
    static let hedge: UInt16 = 4
    static let confirmation: UInt16 = 8
    /// A word that says a report, picture or story is not what it claims (`debunked`, `satire`, `no evidence`).
    static let debunk: UInt16 = 16
    /// A verb or phrase that attributes (`said`, `claims`, `believes`, `according to`).
    static let attribution: UInt16 = 32
    /// Flags of the word's place rather than its class: inside an attribution's content (what someone is reported
    /// to say), and inside quotation marks.
    static let reported: UInt16 = 64
    static let quoted: UInt16 = 128
    /// A word that withholds a judgement (`unclear`, `unconfirmed`), or a noun that names a report rather than
    /// makes it (`reports`, `claims`, `rumours`): an article that has them where the claim is discusses it.
    static let uncertainty: UInt16 = 256
    static let reportNoun: UInt16 = 512
    /// A word that questions a report without rejecting it (`cast doubt`, `skeptical`), and one that turns against
    /// what came before (`but`, `however`).
    static let doubt: UInt16 = 1024
    static let contrast: UInt16 = 2048

    let table: PhraseTable<UInt16>
    let notDenials: PhraseTable<UInt16>
    let stopwords: Set<String>
    let extractor: AttributionExtractor

    init(knowledge: Knowledge) {
        let words = knowledge.comparison
        var entries: [(String, UInt16)] = []
        entries += words.negations.map { ($0, StanceWords.negation) }
        entries += words.refutations.map { ($0, StanceWords.refutation) }
        entries += words.debunks.map { ($0, StanceWords.debunk) }
        entries += knowledge.cues.hedges.map { ($0, StanceWords.hedge) }
        entries += words.confirmations.map { ($0, StanceWords.confirmation) }
        entries += words.uncertainties.map { ($0, StanceWords.uncertainty) }
        entries += words.reportNouns.map { ($0, StanceWords.reportNoun) }
        entries += words.doubts.map { ($0, StanceWords.doubt) }
        entries += words.contrasts.map { ($0, StanceWords.contrast) }
        for verb in knowledge.cues.verbs where verb.frame != .object {
            entries += verb.forms.map { ($0, StanceWords.attribution) }
        }
        entries += knowledge.cues.prepositional.map { ($0, StanceWords.attribution) }
        // A phrase in two lists keeps both classes.
        var merged: [String: UInt16] = [:]
        for (phrase, flag) in entries { merged[phrase.folded, default: 0] |= flag }
        table = PhraseTable(merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        notDenials = PhraseTable(words.notDenials.map { ($0, 1) })
        stopwords = words.stopwords
        extractor = AttributionExtractor(lexicon: knowledge.cues, model: knowledge.tagger)
    }
}
