/// The work on one sentence: cue candidates, their sources, then their contents.
struct SentenceContext {
    let document: Document
    let analysis: TextAnalysis
    let tokens: [Token]
    let inQuote: [Bool]
    let sentence: Sentence
    let sentenceIndex: Int
    let index: CueIndex
    /// The cue model, the document's features for it, and the probabilities worked out so far for the
    /// sentence's tokens (-1 until asked: only words that could be cues are scored).
    var model: CueModel?
    var features: CueFeatureContext?
    var probabilities: [Float] = []
    var buffer: [Int] = []

    typealias X = AttributionExtractor

    /// The model's probability that token `i` is (part of) a cue; nil without a model.
    mutating func probability(_ i: Int) -> Float? {
        guard let model, let features else { return nil }
        if probabilities[i - start] < 0 {
            probabilities[i - start] = model.probability(of: i, in: start..<end, context: features, buffer: &buffer)
        }
        return probabilities[i - start]
    }

    /// PolNeAR's broad definition (`--broad`): besides cues the model adds, passives with no source named
    /// (`Clinton was asked about ...`) count.
    var isBroad: Bool { model?.addsCues ?? false }
    var start: Int { sentence.tokens.lowerBound }
    var end: Int { sentence.tokens.upperBound }

    /// A headline in Title Case (`Bellwether County Says Trump Should Win`): capitals say nothing there.
    /// Computed once per sentence.
    lazy var isTitleCase: Bool = {
        var words = 0
        var capitalized = 0
        for token in tokens[start..<end] where token.kind == .word && token.folded.count > 3 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 8
    }()

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
        /// Found by the cue model, not the lexicon.
        var learned = false
        /// A passive cue (`Clinton was asked about`, `When asked whether`): the source, if any, follows `by`.
        var passive = false

        enum Kind { case verb, accordingTo, nestedQuote }
    }

    mutating func extract() -> [Attribution] {
        var candidates = findCues()
        if candidates.isEmpty {
            if let headline = headlineColon() { return [headline] }
            if let opening = openingSourcePhrase() { return [opening] }
            return []
        }
        let quotingVia = sentenceInitialQuoting()
        for i in candidates.indices { findSource(&candidates[i], previous: i > 0 ? candidates[i - 1] : nil) }
        for i in candidates.indices where candidates[i].kind == .verb && !candidates[i].passive {
            if let source = candidates[i].source, plausibleSource(source) { continue }
            if let subject = fallbackSource(for: candidates[i]) {
                candidates[i].source = subject
                candidates[i].sourceShared = true
            }
        }
        var results: [Attribution] = []
        for i in candidates.indices {
            var nextStart = end
            // `According to GMA News, Salceda said ...`: an opening `according to` covers the whole sentence.
            let opening =
                candidates[i].kind == .accordingTo
                && tokens[start..<candidates[i].cue.lowerBound].allSatisfy { !$0.isWord }
            for later in candidates[(i + 1)...] where !opening && later.cue.lowerBound > candidates[i].cue.upperBound {
                if let b = boundaryStart(of: later), b > candidates[i].cue.upperBound {
                    nextStart = b
                    break
                }
            }
            guard var attribution = makeAttribution(candidates[i], limit: nextStart) else { continue }
            if attribution.via == nil, let quotingVia { attribution.via = role(quotingVia) }
            results.append(attribution)
        }
        return results
    }

}
