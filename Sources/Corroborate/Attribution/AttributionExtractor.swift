/// Finds attributions: the learned tagger (`AttributionTagger`) marks cues, sources and contents, with the rules
/// as its features; without a tagger, the rules alone. The rules work over tokens, sentences and quotations:
/// direct quotes with the cue before, after or inside; `SOURCE CUE (that) CONTENT`; `CONTENT, SOURCE CUE`;
/// `CONTENT, CUE SOURCE`; `according to SOURCE`; object and infinitive cues (`urged Moscow to ...`); nested sources
/// (`quoted X as saying`, `Quoting X, ...`); and quotations that continue in the following sentences. Cue words
/// come from the lexicon, not from code.
public struct AttributionExtractor: Sendable {
    let index: CueIndex
    let tagger: AttributionTagger?

    public init(lexicon: CueLexicon = Knowledge.builtIn.cues, model: AttributionTagger? = Knowledge.builtIn.tagger) {
        self.index = CueIndex(lexicon)
        self.tagger = model
    }

    // MARK: Extraction

    /// All attributions in a document, in text order.
    public func extract(_ document: Document, analysis: TextAnalysis) -> [Attribution] {
        if let tagger { return taggedExtract(document, analysis: analysis, tagger: tagger) }
        let tokens = analysis.tokens
        let inQuote = AttributionExtractor.quoteMask(tokens: tokens, quotations: analysis.quotations)
        var results: [Attribution] = []
        for (sentenceIndex, sentence) in analysis.sentences.enumerated() where !sentence.isFurniture {
            var context = SentenceContext(
                document: document, analysis: analysis, tokens: tokens, inQuote: inQuote, sentence: sentence,
                sentenceIndex: sentenceIndex, index: index)
            var found = context.extract()
            for i in found.indices {
                found[i].hedges = hedges(in: found[i].content, tokens: tokens, analysis: analysis)
            }
            results.append(contentsOf: found)
        }
        let continued = continuingQuotes(results, analysis: analysis, document: document, inQuote: inQuote)
        return AttributionExtractor.pruned(continued, dropsNested: false)
    }

    /// Marks tokens inside quotation marks, so cue words within a quotation are not taken as cues.
    static func quoteMask(tokens: [Token], quotations: [Quotation]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var q = 0
        let sorted = quotations.flatMap(\.pieces).sorted()
        for (i, token) in tokens.enumerated() {
            while q < sorted.count && sorted[q].end <= token.span.start { q += 1 }
            if q < sorted.count && sorted[q].contains(token.span.start) { mask[i] = true }
        }
        return mask
    }

    /// The lexicon's hedging words (`appeared to`, `reportedly`) found in the content, each once.
    func hedges(in content: Role, tokens: [Token], analysis: TextAnalysis) -> [String] {
        var found: [String] = []
        for span in content.spans {
            var i = analysis.tokenIndex(atOrAfter: span.start)
            while i < tokens.count && tokens[i].span.end <= span.end {
                for hedge in index.hedges[tokens[i].folded] ?? []
                where CueIndex.matches(hedge, tokens, at: i, limit: tokens.count) {
                    let phrase = hedge.joined(separator: " ")
                    if !found.contains(phrase) { found.append(phrase) }
                }
                i += 1
            }
        }
        return found
    }
}
