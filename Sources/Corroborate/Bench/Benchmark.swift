import Dispatch
import Foundation

/// Measures the pipeline stage by stage (ingest, segmentation, attribution, claims, comparison, report writing)
/// and end to end: wall time, throughput, each stage's own peak memory and what it leaves held. Stages run one
/// after another over all articles, each spread across cores, so each can be timed on its own; the end-to-end run
/// is the real pipeline (`Corroborator.run` and a streamed JSON report), measured in its three parts.
public struct Benchmark: Sendable {
    public struct StageResult: Sendable {
        public var name: String
        public var seconds: Double
        public var articles: Int
        public var bytes: Int
        /// The process's peak resident memory during the stage, in bytes: from the memory in use when it starts
        /// (free memory is given back to the system first), or since the start of the process where the system
        /// cannot reset the peak.
        public var peakMemory: Int
        /// Bytes in live heap allocations once the stage is done: what it, and the stages before, left held.
        public var heldMemory: Int?
    }

    /// What a run keeps per article, from the heap in use before and after.
    public struct Retained: Sendable {
        public var articles: Int
        /// After ingest alone: the documents (text, scalars, metadata, furniture).
        public var afterIngest: Int?
        /// After the per-article stages: documents, sentences, attributions and claims, as comparison gets them.
        public var afterArticleStages: Int?

        public init(articles: Int = 0) { self.articles = articles }
    }

    public var corroborator: Corroborator
    /// Run the per-article stages on one core only (to measure per-core throughput).
    public var singleCore = false

    public init(corroborator: Corroborator = Corroborator(), singleCore: Bool = false) {
        self.corroborator = corroborator
        self.singleCore = singleCore
    }

    /// Peak resident memory of this process (see `MemoryGauge.peakResident`).
    public static func peakMemory() -> Int { MemoryGauge.peakResident() }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    private func parallel(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if singleCore {
            for i in 0..<count { body(i) }
        } else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
    }

    /// Times `work` with its own peak memory and the heap it leaves held.
    static func measure<T>(
        _ name: String, articles: Int, bytes: Int, into results: inout [StageResult], _ work: () throws -> T
    )
        rethrows -> T
    {
        MemoryGauge.releaseFreeMemory()
        MemoryGauge.resetPeak()
        let start = now()
        let value = try work()
        results.append(
            StageResult(
                name: name, seconds: now() - start, articles: articles, bytes: bytes,
                peakMemory: MemoryGauge.peakResident(), heldMemory: MemoryGauge.heapInUse()))
        return value
    }

    /// End to end with the normal pipeline and a JSON report streamed to `output`: the per-article stages
    /// (ingest to claims, article by article on every core), the comparison, and report writing, each with its
    /// own time and peak memory, then the whole. `retained` gets the heap held per article after the
    /// per-article stages.
    public func endToEnd(paths: [String], output: String, retained: inout Retained) throws -> [StageResult] {
        var parts: [StageResult] = []
        let start = Benchmark.now()
        let list = Ingester.inputs(for: paths, followSymlinks: false)
        let heapBefore = MemoryGauge.heapInUse()
        var analyzed = Benchmark.measure("per-article", articles: list.inputs.count, bytes: 0, into: &parts) {
            corroborator.analyzeArticles(list)
        }
        let count = analyzed.articles.count
        let bytes = analyzed.articles.reduce(0) { $0 + $1.document.text.utf8.count }
        retained.articles = count
        if let before = heapBefore, let after = parts[0].heldMemory, count > 0 {
            retained.afterArticleStages = (after - before) / count
        }
        // The articles are handed over, as `run` hands them over, so the bench holds no second copy of them.
        let analysis = Benchmark.measure("comparison", articles: count, bytes: bytes, into: &parts) {
            let articles = analyzed
            analyzed = Corroborator.AnalyzedInputs(articles: [], problems: [], notes: [])
            return corroborator.compare(consume articles)
        }
        try Benchmark.measure("report writing", articles: count, bytes: bytes, into: &parts) {
            try JSONReport.write(analysis, to: output)
        }
        for i in parts.indices {
            parts[i].articles = count
            parts[i].bytes = bytes
        }
        let whole = StageResult(
            name: "end to end", seconds: Benchmark.now() - start, articles: count, bytes: bytes,
            peakMemory: parts.map(\.peakMemory).max() ?? 0, heldMemory: nil)
        return parts + [whole]
    }

    /// End to end, the whole row only (see `endToEnd(paths:output:retained:)`).
    public func endToEnd(paths: [String], output: String) throws -> StageResult {
        var retained = Retained(articles: 0)
        return try endToEnd(paths: paths, output: output, retained: &retained).last!
    }

    /// Each stage on its own, over every article, the results of each kept for the next: the per-article stages
    /// hold what the pipeline holds between them (tokens until claims are built, then released as the pipeline
    /// releases them). `retained` gets the heap held per article after ingest.
    public func stages(paths: [String], output: String, retained: inout Retained) throws -> [StageResult] {
        var results: [StageResult] = []
        let (inputs, _) = Ingester.inputs(for: paths)
        let ingester = Ingester(knowledge: corroborator.knowledge)
        let readBytes = inputs.reduce(0) { total, input in
            total + ((try? FileManager.default.attributesOfItem(atPath: input.path)[.size] as? Int) ?? 0)
        }
        let heapBefore = MemoryGauge.heapInUse()
        let documents = stage("ingest", bytes: readBytes, inputs.count, into: &results) {
            try? ingester.read(inputs[$0])
        }.compactMap { $0 }
        retained.articles = documents.count
        if let before = heapBefore, let after = MemoryGauge.heapInUse(), !documents.isEmpty {
            retained.afterIngest = (after - before) / documents.count
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let articles = articleStages(documents, bytes: bytes, into: &results)
        let analysis = Benchmark.measure("comparison", articles: articles.count, bytes: bytes, into: &results) {
            corroborator.compare(articles)
        }
        try Benchmark.measure("report writing", articles: articles.count, bytes: bytes, into: &results) {
            try JSONReport.write(analysis, to: output)
        }
        return results
    }

    /// Segmentation, attribution and claims, each over every document; the segmentation and attribution results
    /// (with their tokens) are let go on return, as the pipeline lets them go once an article's claims exist.
    private func articleStages(_ documents: [Document], bytes: Int, into results: inout [StageResult])
        -> [ArticleAnalysis]
    {
        let knowledge = corroborator.knowledge
        let segmenter = Segmenter(rules: knowledge.textRules)
        let texts = stage("segmentation", bytes: bytes, documents.count, into: &results) {
            segmenter.analyze(documents[$0])
        }
        let extractor = AttributionExtractor(lexicon: knowledge.cues, model: knowledge.tagger)
        let resolver = SourceResolver(
            registry: knowledge.sources, cues: knowledge.cues, comparison: knowledge.comparison)
        let attributed = stage("attribution", bytes: bytes, documents.count, into: &results) { i in
            var attributions = extractor.extract(documents[i], analysis: texts[i])
            resolver.resolve(&attributions, in: documents[i], analysis: texts[i])
            return ArticleAnalysis(
                document: documents[i], text: texts[i], attributions: attributions,
                outlet: resolver.outletSource(for: documents[i]))
        }
        let builder = ClaimBuilder(knowledge: knowledge)
        return stage("claims", bytes: bytes, attributed.count, into: &results) { i in
            var article = attributed[i]
            article.claims = builder.claims(for: article, documentIndex: i)
            article.releaseWorkingStructures()
            return article
        }
    }

    /// One per-article stage over `count` articles, on every core (or one), results in order.
    private func stage<T>(
        _ name: String, bytes: Int, _ count: Int, into results: inout [StageResult], _ work: @Sendable (Int) -> T
    ) -> [T] {
        Benchmark.measure(name, articles: count, bytes: bytes, into: &results) {
            let box = ResultBox<T>(count: count)
            parallel(count) { i in _ = box.set(i, work(i)) }
            return box.values()
        }
    }

    /// Each stage on its own (see `stages(paths:output:retained:)`).
    public func stages(paths: [String], output: String) throws -> [StageResult] {
        var retained = Retained(articles: 0)
        return try stages(paths: paths, output: output, retained: &retained)
    }

    /// A table of results, aligned.
    public static func table(_ results: [StageResult]) -> String {
        var out = "stage            seconds   articles/s       MB/s   peak memory   held after\n"
        for r in results {
            let rate = r.seconds > 0 ? Double(r.articles) / r.seconds : 0
            let mb = r.seconds > 0 ? Double(r.bytes) / 1e6 / r.seconds : 0
            out += r.name.padding(toLength: 15, withPad: " ", startingAt: 0)
            out += String(format: "%9.3f %12.0f %10.2f %10.0f MB", r.seconds, rate, mb, Double(r.peakMemory) / 1e6)
            if let held = r.heldMemory { out += String(format: " %9.0f MB", Double(held) / 1e6) }
            out += "\n"
        }
        return out
    }

    /// The bytes held per article, as a line (empty where the heap cannot be measured).
    public static func retainedLine(_ retained: Retained) -> String {
        var parts: [String] = []
        if let ingest = retained.afterIngest { parts.append("\(ingest) bytes after ingest") }
        if let stages = retained.afterArticleStages {
            parts.append("\(stages) bytes after the per-article stages (what comparison receives)")
        }
        guard !parts.isEmpty else { return "" }
        return "held per article (heap in use, \(retained.articles) articles): " + parts.joined(separator: ", ") + "\n"
    }
}
