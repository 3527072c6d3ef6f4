import ArgumentParser
import Corroborate
import Foundation

struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-tagger",
        abstract: "Train the attribution tagger on annotated attributions (PolNeAR train).",
        discussion: """
            The tagger is two averaged structured perceptrons over hashed features. The cue tagger marks the cue \
            words of each sentence from the words, stems, suffixes and shapes around each token, quotation marks, \
            the cue lexicon and the cues the rules find; the role tagger marks each cue's source and content from \
            where each token stands from the cue, its words, quotations, clause breaks, other cues, and the rules' \
            own source and content for the cue. Training is deterministic: the same corpus and options give the \
            same file, byte for byte.

            Example (rebuilds the built-in tagger):
              corroborate train-tagger ../shared/polnear/train --output Sources/Corroborate/Resources/tagger.bin
            Then measure it on dev, in both conventions:
              corroborate evaluate polnear ../shared/polnear/dev --model Sources/Corroborate/Resources/tagger.bin --broad
              corroborate evaluate polnear ../shared/polnear/dev --model Sources/Corroborate/Resources/tagger.bin
            """
    )

    @Argument(help: ArgumentHelp("Folder with text/ and attributions/ (brat standoff).", valueName: "folder"))
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the tagger.", valueName: "file"))
    var output: String

    @Option(help: "Passes over the sentences for the cue tagger.")
    var cueEpochs = TaggerTrainer().cueEpochs

    @Option(help: "Passes over the annotated cues for the role tagger.")
    var roleEpochs = TaggerTrainer().roleEpochs

    @Option(help: "Each tagger's weight table has 2^N rows.")
    var cueBits = TaggerTrainer().cueBits

    @Option(help: "Each tagger's weight table has 2^N rows.")
    var roleBits = TaggerTrainer().roleBits

    @Option(help: "Added to the outside label's score when marking cues with --broad (below zero marks more).")
    var cueBias = TaggerTrainer().cueBias

    @Option(help: "Added to the outside label's score when marking sources and contents (below zero marks more).")
    var roleBias = TaggerTrainer().roleBias

    @Option(
        help: "By default, a lexicon statement the cue tagger leaves out still counts when its margin is above this.")
    var statementMargin = TaggerTrainer().statementMargin

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        guard cueEpochs > 0, roleEpochs > 0 else { throw ValidationError("the epochs must be at least 1") }
        guard (10...24).contains(cueBits), (10...24).contains(roleBits) else {
            throw ValidationError("the table sizes are 2^10 to 2^24 rows")
        }
    }

    func run() throws {
        let start = Date()
        var trainer = TaggerTrainer()
        trainer.cueEpochs = cueEpochs
        trainer.roleEpochs = roleEpochs
        trainer.cueBits = cueBits
        trainer.roleBits = roleBits
        trainer.cueBias = cueBias
        trainer.roleBias = roleBias
        trainer.statementMargin = statementMargin
        let quiet = self.quiet
        let tagger: AttributionTagger
        do {
            tagger = try trainer.train(folder: folder) { message in if !quiet { Console.error(message) } }
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        do { try tagger.write(to: output) } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        if !quiet {
            Console.error(String(format: "trained in %.1f s; wrote %@", Date().timeIntervalSince(start), output))
        }
    }
}
