import Dispatch

/// Reads claims and article bodies into `StanceText`, with the knowledge's word classes and sentence rules.
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
        return StanceText(document: document, analysis: segmenter.analyze(document), words: words)
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
