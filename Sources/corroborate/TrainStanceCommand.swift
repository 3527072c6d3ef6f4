import ArgumentParser
import Corroborate
import Foundation

struct TrainStanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-stance",
        abstract: "Train the stance model that check uses, on FNC-1's training files.",
        discussion: """
            The stance model decides whether an article agrees with a claim, disagrees, discusses it or is \
            about something else, from how much of the claim the article and its best sentences hold and which \
            refuting, denying, hedging and confirming words stand near the claim's words (boosted trees). \
            A fifth of the headlines, chosen by a hash of their text, is held out with all its pairs and never \
            trained on; --held-out writes those pairs, so that check can be scored on them. Training is \
            deterministic: the same files give the same model.

            Example (rebuilds the built-in model and scores it on the held-out headlines):
              corroborate train-stance --stances ../shared/fnc-1/train_stances.csv \\
                --bodies ../shared/fnc-1/train_bodies.csv \\
                --output Sources/Corroborate/Resources/stance-model.bin --held-out /tmp/held-out.csv
              corroborate check --stances /tmp/held-out.csv --bodies ../shared/fnc-1/train_bodies.csv \\
                --output /tmp/predicted.csv
              python3 ../shared/tools/score_fnc.py /tmp/held-out.csv /tmp/predicted.csv
            """
    )

    @Option(help: ArgumentHelp("FNC-1 stances with labels (Headline,Body ID,Stance).", valueName: "csv"))
    var stances: String

    @Option(help: ArgumentHelp("FNC-1 bodies (Body ID,articleBody).", valueName: "csv"))
    var bodies: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Also write the held-out pairs, with their gold stances.", valueName: "csv"))
    var heldOut: String?

    @Option(help: "Boosting rounds (one tree per stance each).")
    var rounds = BoostedTreesTrainerSettings().rounds

    @Option(help: "Depth of each tree.")
    var depth = BoostedTreesTrainerSettings().depth

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be at least 1") }
        guard (1...12).contains(depth) else { throw ValidationError("--depth must be between 1 and 12") }
    }

    func run() throws {
        let start = Date()
        var trainer = StanceTrainer()
        trainer.trees.rounds = rounds
        trainer.trees.depth = depth
        let trained: (StanceModel, StanceTrainer.Summary)
        do {
            trained = try trainer.train(stances: stances, bodies: bodies) { if !quiet { Console.error($0) } }
        } catch {
            throw DataError(error.description)
        }
        do {
            try trained.0.write(to: output)
            if let heldOut { try FNCCorpus.writeGold(trained.1.heldOutPairs, to: heldOut) }
        } catch {
            throw DataError(error.description)
        }
        if !quiet {
            let summary = trained.1
            let counts = zip(Stance.allCases, summary.classCounts).map { "\($0.rawValue) \($1)" }.joined(
                separator: ", ")
            Console.error(
                String(
                    format: "trained on %d pairs (%@) in %.1f s; %d pairs held out; wrote %@ (%d trees)",
                    summary.examples, counts, Date().timeIntervalSince(start), summary.heldOut, output,
                    trained.0.treeCount))
        }
    }
}
