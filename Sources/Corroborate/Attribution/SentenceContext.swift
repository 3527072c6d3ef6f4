/// The work on one sentence: cue candidates, their sources, then their contents.
struct SentenceContext {
    let document: Document
    let analysis: TextAnalysis
    let tokens: [Token]
    let inQuote: [Bool]
    let sentence: Sentence
    let sentenceIndex: Int
    let index: CueIndex
    /// PolNeAR's broad conventions (`--broad`, and always when the rules read a sentence for the tagger):
    /// passives with no source named (`Clinton was asked about ...`) count.
    var isBroad = false

    typealias X = AttributionExtractor
    var start: Int { sentence.tokens.lowerBound }
    var end: Int { sentence.tokens.upperBound }

    /// A headline in Title Case (`River County Says Mayor Should Resign`): capitals say nothing there.
    /// Computed once per sentence.
    lazy var isTitleCase: Bool = sentence.isTitleCase(in: tokens)

    /// A cue found in the sentence, with what was worked out about it so far.
    struct Candidate {
        var cue: Range<Int>
        var entry: CueIndex.Entry?
        var kind: Kind
        var source: Range<Int>?
        var sourceAfterCue = false
        /// The source is shared with an earlier verb (`he played down ... and insisted`), not next to the cue.
        var sourceShared = false
        var via: Range<Int>?
        var apposition: Range<Int>?
        var contentStart: Int?
        /// Found by the tagger, not the lexicon.
        var learned = false
        /// A passive cue (`Clinton was asked about`, `When asked whether`): the source, if any, follows `by`.
        var passive = false

        enum Kind { case verb, accordingTo, nestedQuote }
    }

    /// The rules' attributions in the sentence.
    mutating func extract() -> [Attribution] {
        let candidates = findCues()
        if candidates.isEmpty {
            if let headline = headlineColon() { return [headline] }
            if let opening = openingSourcePhrase() { return [opening] }
            return []
        }
        return attributions(for: candidates).compactMap { $0 }
    }

    /// The rules' attribution of each cue, found by the lexicon or given by the tagger (nil where the rules make
    /// none): sources first (a shared subject, the main clause's), then contents, each ending where a later
    /// coordinated cue's material starts.
    mutating func attributions(for cues: [Candidate]) -> [Attribution?] {
        var candidates = cues
        let quotingVia = sentenceInitialQuoting()
        for i in candidates.indices { findSource(&candidates[i], previous: i > 0 ? candidates[i - 1] : nil) }
        for i in candidates.indices where candidates[i].kind == .verb && !candidates[i].passive {
            if let source = candidates[i].source, plausibleSource(source) { continue }
            if let subject = fallbackSource(for: candidates[i]) {
                candidates[i].source = subject
                candidates[i].sourceShared = true
            }
        }
        var results: [Attribution?] = []
        for i in candidates.indices {
            var nextStart = end
            // `According to the Harbour Times, Okafor said ...`: an opening `according to` covers the whole sentence.
            let opening =
                candidates[i].kind == .accordingTo
                && tokens[start..<candidates[i].cue.lowerBound].allSatisfy { !$0.isWord }
            for later in candidates[(i + 1)...] where !opening && later.cue.lowerBound > candidates[i].cue.upperBound {
                if let b = boundaryStart(of: later), b > candidates[i].cue.upperBound {
                    nextStart = b
                    break
                }
            }
            var attribution = makeAttribution(candidates[i], limit: nextStart)
            if attribution?.via == nil, let quotingVia { attribution?.via = role(quotingVia) }
            results.append(attribution)
        }
        return results
    }

}
