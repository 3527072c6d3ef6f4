/// Whether the article asserts the claim in its own voice: a sentence that holds the claim's words outside any
/// attribution or quotation, and that carries no word that frames or withholds it (a hedge, an attribution cue, a
/// report noun, an uncertainty, a doubt, a denial) and is no question, states the claim as the article's own. An
/// article that agrees tends to have such a sentence; one that only discusses the claim frames each mention of it.
extension StanceFeatures {
    /// The word classes that keep a sentence from being a plain assertion.
    static let framing =
        StanceWords.hedge | StanceWords.attribution | StanceWords.reportNoun | StanceWords.uncertainty
        | StanceWords.doubt | StanceWords.negation | StanceWords.refutation | StanceWords.debunk

    /// `ownCoverage` is each sentence's share of the claim in the article's own voice; `related` as in `denials`.
    /// The features: the most of the claim a plain sentence asserts, the same within the lead (first two sentences),
    /// and the share of the related sentences that are plain.
    static func assertion(body: StanceText, ownCoverage: [Double], related: [Int]) -> [Double] {
        func isPlain(_ s: Int) -> Bool {
            let sentence = body.sentences[s]
            return !sentence.isQuestion && !sentence.words.contains { body.words[$0].classes & framing != 0 }
        }
        var most = 0.0
        var lead = 0.0
        for s in ownCoverage.indices where ownCoverage[s] > 0 && isPlain(s) {
            most = max(most, ownCoverage[s])
            if s < 2 { lead = max(lead, ownCoverage[s]) }
        }
        let plainRelated = related.isEmpty ? 0 : Double(related.filter(isPlain).count) / Double(related.count)
        return [most, lead, plainRelated]
    }
}
