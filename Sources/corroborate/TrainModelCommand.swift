import ArgumentParser
import Corroborate
import Foundation

struct TrainModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-model",
        abstract: "Train the cue model on annotated attributions (PolNeAR train).",
        discussion: """
            The cue model scores each word outside quotations for how likely it is part of an attribution cue, \
            from the words, suffixes and shapes around it and the cue lexicon. The extractor takes words the \
            lexicon lacks as cues when the model's probability reaches the add threshold, and drops lexicon \
            cues under the veto threshold. Training is deterministic: the same corpus gives the same file.

            Example (rebuilds the built-in model):
              corroborate train-model ../shared/polnear/train --output Sources/Corroborate/Resources/cue-model.bin
            Then measure it on dev:
              corroborate evaluate polnear ../shared/polnear/dev
            """
    )

    @Argument(help: ArgumentHelp("Folder with text/ and attributions/ (brat standoff).", valueName: "folder"))
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(help: "Passes over the training words.")
    var epochs = CueModelTrainer().epochs

    @Option(help: "Probability at or above which a word the lexicon lacks is taken as a cue.")
    var addThreshold = CueModelTrainer().addThreshold

    @Option(help: "Probability under which a lexicon cue is dropped.")
    var vetoThreshold = CueModelTrainer().vetoThreshold

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        guard epochs > 0 else { throw ValidationError("--epochs must be at least 1") }
        guard (0...1).contains(addThreshold), (0...1).contains(vetoThreshold) else {
            throw ValidationError("thresholds are probabilities, between 0 and 1")
        }
    }

    func run() throws {
        let start = Date()
        var trainer = CueModelTrainer()
        trainer.epochs = epochs
        trainer.addThreshold = addThreshold
        trainer.vetoThreshold = vetoThreshold
        let model: CueModel
        do {
            model = try trainer.train(folder: folder) { message in if !quiet { Console.error(message) } }
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        do { try model.write(to: output) } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        if !quiet {
            Console.error(
                String(
                    format: "trained in %.1f s; wrote %@ (%d weights)", Date().timeIntervalSince(start), output,
                    model.tableSize))
        }
    }
}
