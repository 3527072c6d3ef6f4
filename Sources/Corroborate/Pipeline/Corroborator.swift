import Dispatch

/// Runs the pipeline: ingest, segmentation, attribution and source resolution per article (in parallel across
/// cores), then claims, events and relations across articles. Bad inputs are reported and skipped.
public struct Corroborator: Sendable {
    public let knowledge: Knowledge
    let ingester: Ingester
    let segmenter: Segmenter
    let extractor: AttributionExtractor
    let resolver: SourceResolver

    public init(knowledge: Knowledge = .builtIn) {
        self.knowledge = knowledge
        self.ingester = Ingester(knowledge: knowledge)
        self.segmenter = Segmenter(rules: knowledge.textRules)
        self.extractor = AttributionExtractor(lexicon: knowledge.cues)
        self.resolver = SourceResolver(registry: knowledge.sources)
    }

    /// The per-article stages on a document already read.
    public func analyze(_ document: Document) -> ArticleAnalysis {
        let text = segmenter.analyze(document)
        var attributions = extractor.extract(document, analysis: text)
        resolver.resolve(&attributions, in: document, analysis: text)
        return ArticleAnalysis(
            document: document, text: text, attributions: attributions, outlet: resolver.outletSource(for: document))
    }

    /// Reads and analyses every input, in parallel, keeping input order. Each input yields an analysis or an
    /// error; `progress` is called after each input with the number done.
    public func analyzeInputs(
        _ inputs: [Ingester.Input], progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Result<ArticleAnalysis, IngestError>] {
        let results = ResultBox<Result<ArticleAnalysis, IngestError>>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            let result: Result<ArticleAnalysis, IngestError>
            do throws(IngestError) {
                let document = try ingester.read(inputs[i])
                result = .success(analyze(document))
            } catch {
                result = .failure(error)
            }
            let done = results.set(i, result)
            progress?(done)
        }
        return results.values()
    }
}

/// A fixed-size array filled from several threads, each slot once.
final class ResultBox<T>: @unchecked Sendable {
    private var storage: [T?]
    private var done = 0
    private let lock = Lock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// Stores a value and returns how many slots are filled.
    func set(_ index: Int, _ value: T) -> Int {
        lock.withLock {
            storage[index] = value
            done += 1
            return done
        }
    }

    func values() -> [T] { lock.withLock { storage.map { $0! } } }
}
