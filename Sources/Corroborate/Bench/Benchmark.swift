import Dispatch
import Foundation

/// Measures the pipeline stage by stage (ingest, segmentation, attribution, claims, comparison, report writing)
/// and end to end: wall time, throughput and peak memory. Stages run one after another over all articles, each
/// spread across cores, so each can be timed on its own.
public struct Benchmark: Sendable {
    public struct StageResult: Sendable {
        public var name: String
        public var seconds: Double
        public var articles: Int
        public var bytes: Int
        /// The process's peak resident memory after the stage, in bytes.
        public var peakMemory: Int
    }

    public var corroborator: Corroborator
    /// Run the per-article stages on one core only (to measure per-core throughput).
    public var singleCore = false

    public init(corroborator: Corroborator = Corroborator(), singleCore: Bool = false) {
        self.corroborator = corroborator
        self.singleCore = singleCore
    }

    /// Peak resident memory of this process so far, from `getrusage` (kilobytes on Linux).
    public static func peakMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        #if os(Linux)
            return Int(usage.ru_maxrss) * 1024
        #else
            return Int(usage.ru_maxrss)
        #endif
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    private func parallel(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if singleCore {
            for i in 0..<count { body(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }

    /// End to end with the normal pipeline (`Corroborator.run`) and a JSON report written to `output`.
    public func endToEnd(paths: [String], output: String) throws -> StageResult {
        let start = Benchmark.now()
        let analysis = corroborator.run(paths: paths)
        try JSONReport.write(analysis, to: output)
        let seconds = Benchmark.now() - start
        let bytes = analysis.articles.reduce(0) { $0 + $1.document.text.utf8.count }
        return StageResult(
            name: "end to end", seconds: seconds, articles: analysis.articles.count, bytes: bytes,
            peakMemory: Benchmark.peakMemory())
    }

    /// Each stage on its own.
    public func stages(paths: [String], output: String) throws -> [StageResult] {
        var results: [StageResult] = []
        let (inputs, _) = Ingester.inputs(for: paths)
        let ingester = Ingester(knowledge: corroborator.knowledge)
        func stage<T>(_ name: String, bytes: Int, _ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
            let box = ResultBox<T>(count: count)
            let start = Benchmark.now()
            parallel(count) { i in _ = box.set(i, work(i)) }
            let values = box.values()
            results.append(
                StageResult(
                    name: name, seconds: Benchmark.now() - start, articles: count, bytes: bytes,
                    peakMemory: Benchmark.peakMemory()))
            return values
        }
        let readBytes = inputs.reduce(0) { total, input in
            total + ((try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0)
        }
        let documents = stage("ingest", bytes: readBytes, inputs.count) { try? ingester.read(inputs[$0]) }.compactMap {
            $0
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let segmenter = Segmenter(rules: corroborator.knowledge.textRules)
        let texts = stage("segmentation", bytes: bytes, documents.count) { segmenter.analyze(documents[$0]) }
        let extractor = AttributionExtractor(
            lexicon: corroborator.knowledge.cues, model: corroborator.knowledge.tagger)
        let resolver = SourceResolver(registry: corroborator.knowledge.sources)
        let articles = stage("attribution", bytes: bytes, documents.count) { i -> ArticleAnalysis in
            var attributions = extractor.extract(documents[i], analysis: texts[i])
            resolver.resolve(&attributions, in: documents[i], analysis: texts[i])
            return ArticleAnalysis(
                document: documents[i], text: texts[i], attributions: attributions,
                outlet: resolver.outletSource(for: documents[i]))
        }
        let builder = ClaimBuilder(knowledge: corroborator.knowledge)
        var claims = stage("claims", bytes: bytes, articles.count) {
            builder.claims(for: articles[$0], documentIndex: $0)
        }.flatMap { $0 }
        for i in claims.indices { claims[i].id = "c\(i + 1)" }
        let comparer = Comparer(knowledge: corroborator.knowledge)
        var start = Benchmark.now()
        let output_ = comparer.compare(claims, documents: documents)
        results.append(
            StageResult(
                name: "comparison", seconds: Benchmark.now() - start, articles: articles.count, bytes: bytes,
                peakMemory: Benchmark.peakMemory()))
        start = Benchmark.now()
        var analysis = Analysis(
            articles: articles, claims: output_.claims, events: output_.events, relations: output_.relations,
            sourcing: [],
            problems: [], warnings: [])
        analysis.claimIndex = Dictionary(uniqueKeysWithValues: output_.claims.enumerated().map { ($1.id, $0) })
        analysis.sourcing = corroborator.sourcingReviews(analysis)
        try AtomicFile.write(JSONReport.render(analysis), to: output)
        results.append(
            StageResult(
                name: "report writing", seconds: Benchmark.now() - start, articles: articles.count, bytes: bytes,
                peakMemory: Benchmark.peakMemory()))
        return results
    }

    /// A table of results, aligned.
    public static func table(_ results: [StageResult]) -> String {
        var out = "stage            seconds   articles/s       MB/s   peak memory\n"
        for r in results {
            let rate = r.seconds > 0 ? Double(r.articles) / r.seconds : 0
            let mb = r.seconds > 0 ? Double(r.bytes) / 1e6 / r.seconds : 0
            out += r.name.padding(toLength: 15, withPad: " ", startingAt: 0)
            out += String(format: "%9.3f %12.0f %10.2f %10.0f MB\n", r.seconds, rate, mb, Double(r.peakMemory) / 1e6)
        }
        return out
    }
}
