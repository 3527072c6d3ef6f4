import Foundation

/// What a story store saves: a store of `base` articles is built once; then, in each run, every article (base
/// and extra) is analysed from files as `report` would, and the extra articles are added to a fresh copy of the
/// store as `add` would (opening, adding and closing the store), both timed in the same process so that the machine's load affects both alike. The
/// relations the add finds for the extra articles are compared with those of the full run.
public struct StoreBenchmark: Sendable {
    public var corroborator: Corroborator

    public init(corroborator: Corroborator) { self.corroborator = corroborator }

    public struct Result: Sendable {
        public var baseArticles = 0
        public var extraArticles = 0
        public var storedClaims = 0
        public var buildSeconds = 0.0
        public var storeBytes = 0
        /// Seconds per run: every article analysed from files; the extra ones added to the store.
        public var fromFiles: [Double] = []
        public var adding: [Double] = []
        /// Processor seconds of the process (every thread, user and system) in the same two steps of each run:
        /// what the work costs whatever share of the machine it got.
        public var fromFilesProcessor: [Double] = []
        public var addingProcessor: [Double] = []
        /// Stored claims the extra articles' claims were compared with.
        public var comparedWith = 0
        /// Relations of the full run that involve an extra article; how many of them the add found; and how many
        /// the add found that the full run does not have.
        public var fullRelations = 0
        public var foundRelations = 0
        public var otherRelations = 0
    }

    public func run(
        base: [String], extra: [String], folder: String, runs: Int, progress: (String) -> Void = { _ in }
    ) throws -> Result {
        var result = Result()
        let baseList = Ingester.inputs(for: base, followSymlinks: false)
        let extraList = Ingester.inputs(for: extra, followSymlinks: false)
        let pristine = folder + "/base.sqlite"
        do {
            let store = try StoryStore(path: pristine, mode: .createIfMissing)
            let start = Benchmark.now()
            let incoming = corroborator.analyzeInputs(baseList.inputs).compactMap { try? $0.get() }.map {
                IncomingArticle(analysis: $0)
            }
            _ = try store.add(incoming, corroborator: corroborator, command: "bench-store")
            result.buildSeconds = Benchmark.now() - start
            try store.checkpoint()
            result.storeBytes = store.bytesOnDisk
            (result.baseArticles, result.storedClaims, _) = try store.counts()
        }
        progress(
            "store of \(result.baseArticles) articles built in \(String(format: "%.2f", result.buildSeconds)) s")
        var all = InputList()
        all.inputs = baseList.inputs + extraList.inputs
        let extraPaths = Set(extraList.inputs.map(\.path))
        var expected = Set<String>()
        var added: StoryStore?
        let work = folder + "/work.sqlite"
        for run in 1...max(1, runs) {
            var start = Benchmark.now()
            var processor = TraceClock.processorTime()
            // The full run's analysis is kept only for its relations, and let go outside both timings (a process
            // that ends does not free it): neither step pays for freeing the last one.
            do {
                let full = corroborator.run(all)
                result.fromFiles.append(Benchmark.now() - start)
                result.fromFilesProcessor.append(TraceClock.processorTime() - processor)
                expected = StoreBenchmark.relationKeys(full) { extraPaths.contains($0) }
            }
            added = nil
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: work + suffix) }
            try FileManager.default.copyItem(atPath: pristine, toPath: work)
            // The copy on disk before the add starts: a store is a file written long before, and the add's
            // checkpoint would otherwise wait for the whole fresh copy to reach the disk.
            if let copy = FileHandle(forUpdatingAtPath: work) {
                try? copy.synchronize()
                try? copy.close()
            }
            start = Benchmark.now()
            processor = TraceClock.processorTime()
            let store = try StoryStore(path: work, mode: .existing)
            let outcome = try Intake(corroborator: corroborator, fetcher: PageFetcher()).gather(
                extraList, urls: [], feeds: [], store: store)
            let summary = try store.add(outcome.incoming, corroborator: corroborator, command: "bench-store")
            // Closed within the time: SQLite copies the write-ahead log into the database then, as the command
            // does when it exits.
            try store.close()
            result.adding.append(Benchmark.now() - start)
            result.addingProcessor.append(TraceClock.processorTime() - processor)
            result.extraArticles = summary.added.count
            result.comparedWith = summary.comparedWith
            added = try StoryStore(path: work, mode: .existing)
            progress(
                "run \(run): all \(all.inputs.count) from files \(String(format: "%.3f", result.fromFiles.last!)) s, adding \(summary.added.count) to the store \(String(format: "%.3f", result.adding.last!)) s (processor \(String(format: "%.3f / %.3f", result.fromFilesProcessor.last!, result.addingProcessor.last!)) s)"
            )
        }
        if let added {
            let found = StoreBenchmark.relationKeys(try added.analysis(corroborator: corroborator)) {
                extraPaths.contains($0)
            }
            result.fullRelations = expected.count
            result.foundRelations = expected.intersection(found).count
            result.otherRelations = found.subtracting(expected).count
        }
        return result
    }

    /// Relations that involve an article `involving` accepts, as type, rule and the claims' articles and words.
    static func relationKeys(_ analysis: Analysis, involving: (String) -> Bool) -> Set<String> {
        var keys = Set<String>()
        for relation in analysis.relations {
            let claims = relation.claims.compactMap { analysis.claim($0) }
            let paths = claims.map { analysis.articles[$0.document].document.path }
            guard paths.contains(where: involving) else { continue }
            let sides = zip(paths, claims).map { "\($0)|\($1.text)" }.sorted().joined(separator: "||")
            keys.insert("\(relation.type.rawValue)|\(relation.rule)|\(sides)")
        }
        return keys
    }
}
