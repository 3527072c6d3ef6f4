import Corroborate
import Foundation
import Testing

/// Stories, folds, scores and cross-validation by story for the stance model.
@Suite("Stance validation by story")
struct StanceValidationTests {
    static func pair(_ headline: String, _ body: String, _ stance: Stance?) -> FNCCorpus.Pair {
        FNCCorpus.Pair(headline: headline, bodyID: body, stance: stance, record: 0)
    }

    /// Two stories joined through shared bodies and headlines, a third on its own, and unrelated pairs across them.
    static let pairs: [FNCCorpus.Pair] = [
        pair("A1", "1", .agree), pair("A1", "2", .discuss), pair("A2", "2", .disagree), pair("A2", "3", .agree),
        pair("B1", "4", .discuss), pair("B2", "4", .agree), pair("C1", "5", .agree),
        pair("A1", "4", .unrelated), pair("B1", "1", .unrelated), pair("C1", "3", .unrelated),
        pair("B2", "5", .unrelated),
    ]

    @Test("Headlines and bodies related through shared bodies form one story; unrelated pairs join nothing")
    func stories() {
        let stories = FNCStories(Self.pairs)
        #expect(stories.count == 3)
        let a = stories.headlineStory["A1"]!
        #expect(["A2"].map { stories.headlineStory[$0] } == [a])
        #expect(["1", "2", "3"].map { stories.bodyStory[$0] } == [a, a, a])
        #expect(stories.bodyStory["4"] == stories.headlineStory["B1"])
        #expect(stories.headlineStory["B2"] == stories.headlineStory["B1"])
        #expect(Set([a, stories.headlineStory["B1"]!, stories.headlineStory["C1"]!]).count == 3)
        #expect(stories.relatedPairs[a] == 4)
    }

    @Test("Folds take whole stories, balanced by related pairs, the same on every run", arguments: [2, 3])
    func folds(_ k: Int) {
        let stories = FNCStories(Self.pairs)
        let folds = stories.folds(k)
        #expect(folds.count == stories.count)
        // The largest story alone in its fold; every fold used when there are enough stories.
        let a = stories.headlineStory["A1"]!
        #expect(folds.indices.filter { folds[$0] == folds[a] } == [a])
        #expect(Set(folds).count == min(k, stories.count))
    }

    @Test("Stories and folds do not depend on the order of the file's rows")
    func orderFree() {
        let forward = FNCStories(Self.pairs)
        let backward = FNCStories(Self.pairs.reversed())
        #expect(forward.keys == backward.keys)
        #expect(forward.headlineStory == backward.headlineStory)
        #expect(forward.folds(2) == backward.folds(2))
    }

    @Test("The score is FNC-1's: weighted accuracy, F1 per class, macro F1; a repeated pair counts once")
    func score() {
        let gold = [
            Self.pair("h1", "1", .agree), Self.pair("h2", "1", .disagree), Self.pair("h3", "1", .discuss),
            Self.pair("h4", "1", .unrelated), Self.pair("h4", "1", .unrelated), Self.pair("h5", "1", .unrelated),
        ]
        let score = FNCScore(gold: gold, predicted: [.agree, .discuss, .discuss, .unrelated, .unrelated, .agree])
        #expect(score.pairs == 5)
        #expect(score.confusion[0] == [1, 0, 0, 0])
        #expect(score.confusion[3] == [1, 0, 0, 1])
        // Best 3 * 1 + 2 * 0.25 = 3.5; scored 1 + 0.25 + 1 + 0.25 + 0 = 2.5.
        #expect(abs(score.fnc - 2.5 / 3.5) < 1e-9)
        #expect(score.f1(.agree) == 2 * 0.5 * 1 / 1.5)
        #expect(score.f1(.disagree) == 0)
        #expect(abs(score.macroF1 - (2.0 / 3 + 0 + 2.0 / 3 + 2.0 / 3) / 4) < 1e-9)
        #expect(score.text.contains("FNC 0.7143  macro F1 0.5000"))
    }

    @Test("Cross-validation predicts every pair, the same on every run")
    func crossValidation() throws {
        let folder = try TemporaryFolder()
        let (stances, bodies) = try StanceTests.tinySet(in: folder)
        var trainer = StanceTrainer()
        trainer.trees.rounds = 5
        let cv = StanceCrossValidation(folds: 3, trainer: trainer)
        let first = try cv.run(stances: stances, bodies: bodies)
        let again = try cv.run(stances: stances, bodies: bodies)
        #expect(first.predicted == again.predicted)
        #expect(first.predicted.count == first.pairs.count)
        #expect(first.stories == 3)
        // Three stories in three folds: one model per fold, and one for each two folds an unrelated pair joins
        // (mayor headlines with the singer's body, bridge headlines with the mayor's).
        #expect(first.models == 5)
        #expect(first.score.pairs == 30)
    }

    @Test("train-stance --cross-validate prints the figures and writes the out-of-fold predictions")
    func crossValidateCommand() throws {
        let folder = try TemporaryFolder()
        let (stances, bodies) = try StanceTests.tinySet(in: folder)
        let predictions = folder.path + "/oof.csv"
        let run = try CommandLineTests.corroborate([
            "train-stance", "--stances", stances, "--bodies", bodies, "--cross-validate", "3", "--rounds", "5",
            "--predictions", predictions, "--quiet",
        ])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("3-fold cross-validation by story: 3 stories, 5 models"))
        #expect(run.output.contains("confusion (rows gold, columns predicted)"))
        #expect(try FNCCorpus.pairs(predictions, labels: true).count == 30)
    }

    @Test(
        "train-stance refuses what it cannot do, in one line",
        arguments: [
            (["--cross-validate", "1"], "--cross-validate must be between 2 and 20"),
            (["--predictions", "x.csv", "--output", "m.bin"], "--predictions goes with --cross-validate"),
            (["--without", "no such feature", "--output", "m.bin"], "--without: no feature named “no such feature”"),
            ([], "give --output FILE to train the model, or --cross-validate K to measure it"),
        ])
    func refusals(_ arguments: [String], _ message: String) throws {
        let run = try CommandLineTests.corroborate(
            ["train-stance", "--stances", "s.csv", "--bodies", "b.csv"] + arguments)
        #expect(run.status == 2)
        #expect(run.errors.contains(message), "\(run.errors)")
    }
}
