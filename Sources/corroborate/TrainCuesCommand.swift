import ArgumentParser
import Corroborate
import Foundation

struct TrainCuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-cues",
        abstract: "Learn cue words from annotated attributions (PolNeAR train) into a cue lexicon file.",
        discussion: """
            Keeps forms annotated as cues at least 3 times and in at least 50% of their occurrences, that the \
            built-in cues.json lacks. Use the result with --cues on any command. (Measured on PolNeAR dev, the \
            forms learned from train add 0.001 content F1 and cost precision on the seeds, so they are not built in.)

            Example:
              corroborate train-cues ../shared/polnear/train --output learned-cues.json
              corroborate extract ../shared/polnear/dev/text --cues learned-cues.json
            """
    )

    @Argument(help: ArgumentHelp("Folder with text/ and attributions/ (brat standoff).", valueName: "folder"))
    var folder: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the lexicon (default: standard output).", valueName: "file"))
    var output: String?

    func run() throws {
        let start = Date()
        let learned: [(form: String, count: Int, rate: Double)]
        do {
            learned = try CueTrainer().train(folder: folder, known: Knowledge.builtIn.cues)
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        let json = CueTrainer.lexiconJSON(learned, source: "PolNeAR train")
        if let output {
            do { try AtomicFile.write(json, to: output) } catch {
                Console.error(error.description)
                throw ExitCode(ExitStatus.usage)
            }
            Console.error(
                String(
                    format: "learned %d cue forms in %.1f s; wrote %@", learned.count, Date().timeIntervalSince(start),
                    output))
        } else {
            Console.write(json)
        }
    }
}
