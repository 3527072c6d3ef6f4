import Dispatch

/// Reads claims and article bodies into `StanceText`, with the knowledge's word classes and sentence rules; a
/// body's attributions are found as `corroborate extract` finds them, so that the features can tell what the
/// article says in its own voice from what it reports others to say.
struct StanceReader: Sendable {
    let words: StanceWords
    let segmenter: Segmenter

    init(knowledge: Knowledge) {
        words = StanceWords(knowledge: knowledge)
        segmenter = Segmenter(rules: knowledge.textRules)
    }

    /// A body given as plain text (FNC-1's `articleBody`).
    func body(_ text: String, name: String) -> StanceText {
        let document = Document(path: name, format: .text, metadata: DocumentMetadata(), text: text)
        let analysis = segmenter.analyze(document)
        return StanceText(
            document: document, analysis: analysis, attributions: words.extractor.extract(document, analysis: analysis),
            words: words)
    }

    /// A claim, read as one sentence.
    func claim(_ text: String) -> StanceText {
        StanceText(
            claim: Document(path: "claim", format: .text, metadata: DocumentMetadata(), text: text), words: words)
    }

    /// Many texts in parallel, in order.
    func bodies(_ texts: [(name: String, text: String)]) -> [StanceText] {
        let box = ResultBox<StanceText>(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { k in
            _ = box.set(k, body(texts[k].text, name: texts[k].name))
        }
        return box.values()
    }
}
