import ArgumentParser
import Corroborate
import Foundation

struct TrainStanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-stance",
        abstract: "Train the stance model that check uses on FNC-1's training files, or cross-validate it by story.",
        discussion: """
            The stance model decides whether an article agrees with a claim, disagrees, discusses it or is \
            about something else, from how much of the claim the article and its best sentences hold, whether \
            the article states it in its own voice or reports that someone says it, and which refuting, \
            denying, hedging and confirming words stand near the claim's words, and which words learned from \
            the training stories (per story, in the sentences that hold the claim) tell disagree from agree \
            and discuss, and agree from discuss (boosted trees). With --output it is trained on every pair of \
            the files, and the learned words are written into the model. Training is deterministic: the same \
            files give the same model, byte for byte.

            --cross-validate K measures what the settings give on stories nobody trained on: headlines and \
            bodies that FNC-1 relates form one story, stories are dealt into K folds, and every pair is \
            predicted by a model that saw neither its headline nor its body nor anything else of their stories. \
            It prints FNC-1's score, per-class F1 and the confusion matrix; --predictions writes the \
            out-of-fold predictions, so that score_fnc.py can check the figures.

            Examples:
              corroborate train-stance --stances ../shared/fnc-1/train_stances.csv \\
                --bodies ../shared/fnc-1/train_bodies.csv --cross-validate 5 --predictions /tmp/oof.csv
              python3 ../shared/tools/score_fnc.py ../shared/fnc-1/train_stances.csv /tmp/oof.csv
              corroborate train-stance --stances ../shared/fnc-1/train_stances.csv \\
                --bodies ../shared/fnc-1/train_bodies.csv --output Sources/Corroborate/Resources/stance-model.bin
            """
    )

    @Option(help: ArgumentHelp("FNC-1 stances with labels (Headline,Body ID,Stance).", valueName: "csv"))
    var stances: String?

    @Option(help: ArgumentHelp("FNC-1 bodies (Body ID,articleBody).", valueName: "csv"))
    var bodies: String?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Where to write the model trained on all pairs.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Cross-validate by story with this many folds (2 to 20).", valueName: "k"))
    var crossValidate: Int?

    @Option(help: ArgumentHelp("With --cross-validate: write the out-of-fold predictions here.", valueName: "csv"))
    var predictions: String?

    @Option(help: "Boosting rounds (one tree per stance each).")
    var rounds = BoostedTreesTrainerSettings().rounds

    @Option(help: "Depth of each tree.")
    var depth = BoostedTreesTrainerSettings().depth

    @Option(help: "Learning rate of the boosting.")
    var learningRate = BoostedTreesTrainerSettings().learningRate

    @Option(help: "The smallest summed example weight a leaf may have.")
    var minChildWeight = BoostedTreesTrainerSettings().minimumChildWeight

    @Option(help: "L2 penalty on leaf values.")
    var lambda = BoostedTreesTrainerSettings().lambda

    @Option(
        help: ArgumentHelp(
            "Features to leave out, by name, separated by commas (--list-features names them), to measure their worth.",
            valueName: "names"))
    var without: String?

    @Flag(help: "List the features the model reads, and exit.")
    var listFeatures = false

    @Option(
        help: ArgumentHelp(
            "Example weight per class: agree, disagree, discuss, unrelated.", valueName: "a,d,d,u"))
    var classWeights = StanceTrainer().classWeights.map { String(format: "%g", $0) }.joined(separator: ",")

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    /// The names of `--without`.
    var ignored: Set<String> {
        Set(
            (without ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        )
    }

    func validate() throws {
        if listFeatures { return }
        guard stances != nil, bodies != nil else {
            throw ValidationError("give FNC-1's files with --stances and --bodies")
        }
        let unknown = ignored.subtracting(StanceTrainer.featureNames).sorted()
        guard unknown.isEmpty else {
            throw ValidationError(
                "--without: no feature named \(unknown.map { "“\($0)”" }.joined(separator: ", ")) (--list-features names them)"
            )
        }
        guard output != nil || crossValidate != nil else {
            throw ValidationError("give --output FILE to train the model, or --cross-validate K to measure it")
        }
        if let crossValidate, !(2...20).contains(crossValidate) {
            throw ValidationError("--cross-validate must be between 2 and 20")
        }
        guard predictions == nil || crossValidate != nil else {
            throw ValidationError("--predictions goes with --cross-validate")
        }
        guard rounds > 0 else { throw ValidationError("--rounds must be at least 1") }
        guard (1...12).contains(depth) else { throw ValidationError("--depth must be between 1 and 12") }
        guard learningRate > 0, learningRate <= 1 else {
            throw ValidationError("--learning-rate must be above 0 and at most 1")
        }
        guard weights() != nil else {
            throw ValidationError("--class-weights takes four positive numbers separated by commas, such as 2,6,1,0.5")
        }
    }

    func weights() -> [Float]? {
        let values = classWeights.split(separator: ",").map { Float($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 4, values.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        return values.map { $0! }
    }

    func run() throws {
        if listFeatures {
            Console.write(StanceTrainer.featureNames.joined(separator: "\n") + "\n")
            return
        }
        guard let stances, let bodies else { return }
        var trainer = StanceTrainer()
        trainer.trees.rounds = rounds
        trainer.trees.depth = depth
        trainer.trees.learningRate = learningRate
        trainer.trees.minimumChildWeight = minChildWeight
        trainer.trees.lambda = lambda
        trainer.classWeights = weights()!
        trainer.ignoredFeatures = ignored
        let progress: (String) -> Void = { if !quiet { Console.error($0) } }
        if let folds = crossValidate {
            let start = Date()
            let result: StanceCrossValidation.Result
            do {
                result = try StanceCrossValidation(folds: folds, trainer: trainer).run(
                    stances: stances, bodies: bodies, progress: progress)
            } catch {
                throw DataError(error.description)
            }
            if let predictions {
                do {
                    try FNCCorpus.write(Array(zip(result.pairs, result.predicted)), to: predictions)
                } catch {
                    throw DataError(error.description)
                }
            }
            Console.write(
                String(
                    format: "%d-fold cross-validation by story: %d stories, %d models, %.1f s\n", folds,
                    result.stories, result.models, Date().timeIntervalSince(start)) + result.score.text)
        }
        if let output {
            let start = Date()
            let trained: (StanceModel, StanceTrainer.Summary)
            do {
                trained = try trainer.train(stances: stances, bodies: bodies, progress: progress)
                try trained.0.write(to: output)
            } catch let error as FNCError {
                throw DataError(error.description)
            } catch let error as OutputError {
                throw DataError(error.description)
            }
            let summary = trained.1
            let counts = zip(Stance.allCases, summary.classCounts).map { "\($0.rawValue) \($1)" }.joined(
                separator: ", ")
            progress(
                String(
                    format: "trained on %d pairs (%@) in %.1f s; wrote %@ (%d trees)", summary.examples, counts,
                    Date().timeIntervalSince(start), output, trained.0.treeCount))
        }
    }
}
