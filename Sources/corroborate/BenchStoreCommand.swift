import ArgumentParser
import Corroborate
import Foundation

struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure what a story store saves: adding a few articles against analysing them all (-c release).",
        discussion: """
            Builds a store of the base articles, then in each run times analysing base and extra articles \
            together from files (as report does) and adding the extra articles to a fresh copy of the store (as add \
            does), in one process. Prints both times, their ratio, the store's size on disk, and how many of the \
            full run's relations with the extra articles the add found. Processor time (every thread, user and system) is \
            printed beside the times: on a loaded machine it moves less than the time on the clock.

            Example:
              swift run -c release corroborate bench-store ../shared/polnear/train/text --extra /tmp/ten --runs 3
            """
    )

    @Argument(help: ArgumentHelp("The articles the store holds first (files or folders).", valueName: "path"))
    var base: [String]

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The articles to add (files or folders).", valueName: "path"))
    var extra: [String]

    @Option(help: "Runs, each timing both.")
    var runs = 3

    func run() throws {
        let folder = NSTemporaryDirectory() + "corroborate-bench-store-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        TemporaryFiles.shared.register(folder)
        TemporaryFiles.shared.installSignalCleanup()
        defer {
            TemporaryFiles.shared.unregister(folder)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let result = try StoreBenchmark(corroborator: Corroborator()).run(
            base: base, extra: extra, folder: folder, runs: runs
        ) { Console.error($0) }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let files = median(result.fromFiles)
        let adding = median(result.adding)
        var out = "store: \(result.baseArticles) articles, \(result.storedClaims) claims, "
        out += String(
            format: "%.1f MB on disk (built in %.2f s)\n", Double(result.storeBytes) / 1e6, result.buildSeconds)
        out += String(
            format: "median of %d runs: analysing all %d from files %.3f s; adding %d to the store %.3f s = 1/%.1f\n",
            result.fromFiles.count, result.baseArticles + result.extraArticles, files, result.extraArticles, adding,
            files / adding)
        let filesProcessor = median(result.fromFilesProcessor)
        let addingProcessor = median(result.addingProcessor)
        out += String(
            format: "processor time (all threads), median: from files %.3f s; adding %.3f s = 1/%.1f\n",
            filesProcessor, addingProcessor, filesProcessor / addingProcessor)
        out += "the new claims were compared with \(result.comparedWith) stored claims\n"
        out +=
            "relations with the added articles: \(result.fullRelations) in the full run, \(result.foundRelations) of them found by add, \(result.otherRelations) others\n"
        Console.write(out)
    }
}
