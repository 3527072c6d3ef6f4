import ArgumentParser
import Corroborate
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure attribution extraction against annotated gold: PolNeAR (brat) or the seeds' gold.",
        discussion: """
            polnear FOLDER: extracts from FOLDER/text and scores against FOLDER/attributions with the metrics of \
            score_attributions.py (content, source, cue and content-token precision, recall, F1).
            seeds GOLD.json FOLDER: extracts from the seed articles and reports the share of gold attributions \
            found, the share of extractions in the gold, and the share of canonical sources right.

            Examples:
              corroborate evaluate polnear ../shared/polnear/dev
              corroborate evaluate seeds Fixtures/seeds.json seeds
            """
    )

    enum Kind: String, ExpressibleByArgument { case polnear, seeds }

    @Argument(help: "polnear or seeds.")
    var kind: Kind

    @Argument(
        help: ArgumentHelp(
            "For polnear, the corpus folder; for seeds, the gold JSON and then the seeds folder.", valueName: "path"))
    var paths: [String]

    @OptionGroup var model: ModelOptions

    @Flag(help: "For seeds: list missed, wrong and extra attributions.")
    var verbose = false

    func run() throws {
        let corroborator = Corroborator(knowledge: try model.knowledge())
        switch kind {
        case .polnear:
            guard paths.count == 1 else { throw ValidationError("give the PolNeAR folder, e.g. ../shared/polnear/dev") }
            let start = Date()
            do {
                let score = try BratScorer.evaluate(folder: paths[0], corroborator: corroborator)
                Console.write(score.description)
                Console.write(String(format: "time %.2f s\n", Date().timeIntervalSince(start)))
            } catch {
                Console.error(error.description)
                throw ExitCode(ExitStatus.usage)
            }
        case .seeds:
            guard paths.count == 2 else { throw ValidationError("give the gold JSON and the seeds folder") }
            let gold: SeedGold
            do { gold = try SeedGold.load(paths[0]) } catch {
                throw DataError("\(paths[0]): cannot read the gold: \(Self.goldProblem(paths[0], error))")
            }
            let analysis = corroborator.run(paths: [paths[1]])
            let score = gold.scoreExtraction(analysis.articles)
            if verbose {
                Console.write(score.description)
            } else {
                Console.write(score.description.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n")
            }
        }
    }

    /// What is wrong with a gold file, in words a user can act on: a folder (the two paths swapped), a missing
    /// file, or a file that is not the gold JSON.
    static func goldProblem(_ path: String, _ error: Error) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
        if isDirectory.boolValue { return "it is a folder (give the gold JSON first, then the seeds folder)" }
        switch error as? DecodingError {
        case .dataCorrupted?: return "it is not JSON"
        case .keyNotFound(let key, _)?: return "it is JSON but not the seeds' gold (no \"\(key.stringValue)\")"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            let at = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "it is JSON but not the seeds' gold (a wrong value at \"\(at)\")"
        case nil: return "it cannot be read"
        @unknown default: return "it is not the seeds' gold"
        }
    }
}
