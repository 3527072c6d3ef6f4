import ArgumentParser
import Corroborate
import Foundation

struct TrainRelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-relations",
        abstract: "Train the relation model on annotated stories, and measure it on stories left out.",
        discussion: """
            The comparison rules propose contradictions and agreements with their measurements (how well the two \
            propositions line up, whether the subjects are the same, whether a side hedges or only names a \
            report, ...); the relation model, one logistic regression for contradictions and one for agreements, \
            decides which are flagged. This command analyses the annotated stories, labels every proposal \
            against the gold, and fits the model. Training is deterministic: the same stories give the same file.

            --out-of-fold writes a JSON report of the same stories in which each story's relations were judged \
            by a model fitted, and given its threshold, without that story: score it with the reference scorer \
            to measure on unseen stories.

            Example (rebuilds the built-in model and measures it):
              corroborate train-relations ../shared/fnc-clusters --gold ../shared/gold/fnc-clusters.yaml \\
                --output Sources/Corroborate/Resources/relation-model.json --out-of-fold /tmp/oof.json
              python3 ../shared/tools/score_relations.py ../shared/gold/fnc-clusters.yaml /tmp/oof.json
            """
    )

    @Argument(help: ArgumentHelp("Folder of stories, one subfolder of articles each.", valueName: "folder"))
    var folder: String

    @Option(help: ArgumentHelp("The gold relations (YAML, as gold/fnc-clusters.yaml).", valueName: "file"))
    var gold: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Where to write the out-of-fold JSON report.", valueName: "file"))
    var outOfFold: String?

    @Option(help: "Precision the contradiction threshold aims for on the stories it is chosen on.")
    var conflictPrecision = RelationTrainer().conflictPrecision

    @Option(help: "Precision the agreement threshold aims for on the stories it is chosen on.")
    var agreementPrecision = RelationTrainer().agreementPrecision

    @Option(
        help: ArgumentHelp("Where to write every proposal with its label and features (JSON lines).", valueName: "file")
    )
    var proposals: String?

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    func validate() throws {
        guard (0...1).contains(conflictPrecision), (0...1).contains(agreementPrecision) else {
            throw ValidationError("precisions are between 0 and 1")
        }
    }

    func run() throws {
        let start = Date()
        let goldRelations: RelationGold
        do {
            goldRelations = try RelationGold.load(path: gold)
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
        let analysis = Corroborator().run(paths: [folder])
        guard !analysis.articles.isEmpty else {
            Console.error("\(folder): no article could be read")
            throw ExitCode(ExitStatus.usage)
        }
        var trainer = RelationTrainer()
        trainer.conflictPrecision = conflictPrecision
        trainer.agreementPrecision = agreementPrecision
        let result = trainer.train(analysis, gold: goldRelations)
        do {
            try AtomicFile.write(String(decoding: result.model.encoded(), as: UTF8.self) + "\n", to: output)
            if let outOfFold { try JSONReport.write(result.outOfFold, to: outOfFold) }
            if let proposals { try AtomicFile.write(result.proposals.joined(separator: "\n") + "\n", to: proposals) }
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.usage)
        }
        if !quiet {
            for line in result.summary.split(separator: "\n") { Console.error(String(line)) }
            Console.error(String(format: "trained in %.1f s; wrote %@", Date().timeIntervalSince(start), output))
        }
    }
}
