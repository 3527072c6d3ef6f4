import ArgumentParser
import Corroborate
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory, stage by stage and end to end (build with -c release).",
        discussion: """
            Runs the whole pipeline (ingest to JSON report) on the articles given, or on a generated corpus, and \
            prints wall time, articles/s, MB/s and peak memory per stage (ingest, segmentation, attribution, claims, \
            comparison, report writing) and end to end. Peak memory is each stage's own (Linux resets the peak between \
            stages); "held after" is the heap the stage leaves in use, and the last line gives the bytes held per \
            article after ingest and after the per-article stages. --max-memory 2GB makes the run fail (exit 1) when \
            its peak passes that size. --scale 8 also runs the corpus eight times over (each copy \
            dated a week later) and prints how the time grows. Generated corpora go to a temporary folder and are \
            removed afterwards unless --keep is given. --shape generates one input built to expose quadratic work (a \
            19 MB article, 2 MB of `X said Y.`, a paragraph with tens of thousands of attributes, 9 MB of one \
            attributed sentence repeated) and times it at a quarter, a half and its full size: linear work roughly \
            doubles from row to row.

            Examples:
              swift run -c release corroborate bench ../shared/polnear/train/text
              swift run -c release corroborate bench --generate 50000 --max-memory 2GB
              swift run -c release corroborate bench ../shared/polnear/train/text --scale 8
              swift run -c release corroborate bench ../shared/polnear/train/text --stages-only --single-core
              swift run -c release corroborate bench --shape said
            """
    )

    @Argument(help: ArgumentHelp("Articles to measure on (files or folders).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Generate a corpus of this many articles instead.", valueName: "count"))
    var generate: Int?

    @Option(help: "Seed for the generated corpus.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Also run the corpus N times over and compare the times.", valueName: "N"))
    var scale: Int?

    @Flag(help: "Run the per-article stages on one core.")
    var singleCore = false

    @Flag(help: "Keep generated corpora.")
    var keep = false

    @Flag(help: "Only the stage-by-stage table (skip the end-to-end run).")
    var stagesOnly = false

    @Option(
        help: ArgumentHelp(
            "Time one generated input of this shape at a quarter, half and its full size: \(StressInput.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "shape"))
    var shape: StressInput?

    @Option(
        help: ArgumentHelp("The full size of the --shape input in bytes (default: the shape's own).", valueName: "n"))
    var bytes: Int?

    @Option(
        help: ArgumentHelp(
            "Fail (exit 1) when the run's peak resident memory passes this size: 2GB, 1500MB, 800 (megabytes).",
            valueName: "size"))
    var maxMemory: String?

    func validate() throws {
        if paths.isEmpty && generate == nil && shape == nil {
            throw ValidationError("give articles to measure on, --generate N or --shape NAME")
        }
        if let bytes, bytes < 100 { throw ValidationError("--bytes needs at least 100 (got \(bytes))") }
        if let generate, generate < 1 { throw ValidationError("--generate needs at least 1 article (got \(generate))") }
        if let scale, scale < 2 { throw ValidationError("--scale needs 2 or more copies (got \(scale))") }
        if let maxMemory, MemoryGauge.parse(maxMemory) == nil {
            throw ValidationError("--max-memory needs a size such as 2GB or 1500MB (got \(maxMemory))")
        }
    }

    func run() throws {
        // A fresh folder of our own (never one that is already there), removed on SIGINT or SIGTERM as well.
        let temporary =
            NSTemporaryDirectory() + "corroborate-bench-\(ProcessInfo.processInfo.processIdentifier)-"
            + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        if !keep { TemporaryFiles.shared.register(temporary) }
        TemporaryFiles.shared.installSignalCleanup()
        defer {
            if !keep {
                TemporaryFiles.shared.unregister(temporary)
                try? FileManager.default.removeItem(atPath: temporary)
            }
        }
        if let shape {
            try growth(of: shape, in: temporary)
            return
        }
        var corpus = paths
        if let generate {
            let folder = temporary + "/generated-\(generate)"
            let start = Date()
            let bytes = try CorpusGenerator(articles: generate, seed: seed).write(to: folder)
            Console.write(
                String(
                    format: "generated %d articles (%.1f MB) in %.1f s into %@\n", generate, Double(bytes) / 1e6,
                    Date().timeIntervalSince(start), folder))
            corpus = [folder]
        }
        let benchmark = Benchmark(singleCore: singleCore)
        let output = temporary + "/report.json"
        var retained = Benchmark.Retained()
        var peak: Int?
        if !stagesOnly {
            let parts = try benchmark.endToEnd(paths: corpus, output: output, retained: &retained)
            Console.write(
                "end to end (ingest to JSON report), \(ProcessInfo.processInfo.activeProcessorCount) cores, in its three parts:\n"
            )
            Console.write(Benchmark.table(parts))
            peak = parts.last?.peakMemory
        }
        Console.write("by stage\(singleCore ? " (one core)" : ""), each over every article:\n")
        let stages = try benchmark.stages(paths: corpus, output: output, retained: &retained)
        Console.write(Benchmark.table(stages))
        Console.write(Benchmark.retainedLine(retained))
        if let limit = maxMemory.flatMap(MemoryGauge.parse) {
            let measured = peak ?? stages.map { $0.peakMemory }.max() ?? 0
            guard measured <= limit else {
                Console.error(
                    "peak memory \(MemoryGauge.format(measured)) is over --max-memory \(MemoryGauge.format(limit))")
                throw ExitCode(1)
            }
            Console.write(
                "peak memory \(MemoryGauge.format(measured)) is within --max-memory \(MemoryGauge.format(limit))\n")
        }
        if let scale, scale > 1 {
            let folder = temporary + "/scaled-\(scale)"
            try replicate(corpus, times: scale, into: folder)
            let scaled = try benchmark.stages(paths: [folder], output: output)
            Console.write("\(scale)x the corpus:\n" + Benchmark.table(scaled))
            for name in ["comparison", "claims", "attribution"] {
                if let a = stages.first(where: { $0.name == name }), let b = scaled.first(where: { $0.name == name }),
                    a.seconds > 0
                {
                    Console.write(
                        String(
                            format: "%@: %.3f s -> %.3f s, x%.1f for x%d the articles\n", name, a.seconds, b.seconds,
                            b.seconds / a.seconds, scale))
                }
            }
            let total1 = stages.reduce(0) { $0 + $1.seconds }
            let totalN = scaled.reduce(0) { $0 + $1.seconds }
            Console.write(String(format: "all stages: %.2f s -> %.2f s, x%.1f\n", total1, totalN, totalN / total1))
        }
    }

    /// The shape's input at a quarter, a half and its full size, end to end, smallest first (so each row's peak
    /// memory is its own), and how time grows from one to the next: about 2 for linear work, 4 for quadratic.
    private func growth(of shape: StressInput, in folder: String) throws {
        let full = bytes ?? shape.defaultBytes
        let benchmark = Benchmark(singleCore: singleCore)
        var rows: [Benchmark.StageResult] = []
        for (label, divisor) in [("1/4", 4), ("1/2", 2), ("full", 1)] {
            let path = folder + "/" + shape.fileName
            try AtomicFile.stream(to: path) { sink in sink.write(shape.generate(bytes: full / divisor, seed: seed)) }
            var row = try benchmark.endToEnd(paths: [path], output: folder + "/report.json")
            row.name = "\(shape.rawValue) \(label)"
            rows.append(row)
        }
        if keep { Console.write("the full-size input is kept in \(folder)/\(shape.fileName)\n") }
        Console.write("\(shape.rawValue), end to end (ingest to JSON report) at three sizes:\n")
        Console.write(Benchmark.table(rows))
        for (a, b) in zip(rows, rows.dropFirst()) where a.seconds > 0 {
            Console.write(
                String(format: "%@ -> %@: time x%.2f for x2 the input\n", a.name, b.name, b.seconds / a.seconds))
        }
    }

    /// Copies the corpus N times, each copy dated a week after the one before (a header block carries the date).
    private func replicate(_ paths: [String], times: Int, into folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (inputs, _) = Ingester.inputs(for: paths)
        let base = CalendarDate(year: 2016, month: 1, day: 4)!
        for copy in 0..<times {
            for (i, input) in inputs.enumerated() {
                guard let data = FileManager.default.contents(atPath: input.path) else { continue }
                var text = String(decoding: data, as: UTF8.self)
                if !text.hasPrefix("Outlet:") && !text.hasPrefix("Title:") { text = "\n" + text }
                let header = "Date: \(base.adding(days: 7 * copy + i % 7))\n"
                try Data((header + text).utf8).write(to: URL(fileURLWithPath: folder + "/copy\(copy)-\(i).txt"))
            }
        }
    }
}

extension StressInput: ExpressibleByArgument {}
