import ArgumentParser
import Corroborate
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a claim against articles: which support it, which contradict it, with the sentences.",
        discussion: """
            For each article: supports, contradicts, discusses or unrelated, with the sentences that decide it \
            and who says them. The stance model (train-stance) judges the whole article; the comparison rules \
            add evidence sentence by sentence: an attributed denial, a refutation, an opposite manner or state, \
            a figure that differs or the same figure for the same measure, the same statement in other words. \
            Only a sentence about what the claim says is evidence: it names the claim's places and actors and \
            holds most of its other words (or the same kind of happening, manner or measure); a sentence that \
            shares only a place or a figure with the claim supports and contradicts nothing. An article the \
            model reads as supporting or contradicting the claim, without such a sentence, only discusses it. \
            Every evidence line names its rule, and the sources listed as supporting or contradicting are those \
            of the lines shown.

            Examples:
              corroborate check "IS withdrew from Dabiq without a fight" seeds/
              corroborate check --claims claims.txt articles/ --format json
            FNC-1's format, so that anyone can score it:
              corroborate check --stances test_stances.csv --bodies test_bodies.csv --output predicted.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// The claim and the articles: `paths` holds both, the claim first unless `--claims` gives them.
    @OptionGroup var input: InputOptions

    @Option(
        help: ArgumentHelp(
            "Claims to check, one a line (empty lines and lines starting with # left out).", valueName: "file"))
    var claims: String?

    @Option(
        help: ArgumentHelp("FNC-1 stances (Headline,Body ID[,Stance]; a Stance column is ignored).", valueName: "csv"))
    var stances: String?

    @Option(help: ArgumentHelp("FNC-1 bodies (Body ID,articleBody), with --stances.", valueName: "csv"))
    var bodies: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Where to write: the CSV of predictions with --stances; else the report (standard output when left out).",
            valueName: "file"))
    var output: String?

    @Option(help: "Report format for articles: text or json.")
    var format: Format = .text

    @Option(
        help: ArgumentHelp("A stance model from train-stance, used instead of the built-in one.", valueName: "file"))
    var stanceModel: String?

    func validate() throws {
        if stances != nil || bodies != nil {
            guard stances != nil, bodies != nil else { throw ValidationError("--stances and --bodies go together") }
            guard output != nil else { throw ValidationError("--stances needs --output PRED.csv") }
            guard input.paths.isEmpty, claims == nil else {
                throw ValidationError("--stances checks FNC-1 files; give no claim, articles or --claims with it")
            }
        } else if claims != nil {
            guard !input.paths.isEmpty else { throw ValidationError("give the articles to check the claims against") }
        } else {
            guard input.paths.count >= 2 else {
                throw ValidationError("give a claim and at least one article, folder, or - for standard input")
            }
        }
    }

    func model() throws -> StanceModel { try CheckCommand.model(stanceModel) }

    /// The stance model of `--stance-model`, or the built-in one.
    static func model(_ stanceModel: String?) throws -> StanceModel {
        if let stanceModel {
            do { return try StanceModel.load(stanceModel) } catch { throw DataError(error.description) }
        }
        guard let model = StanceModel.builtIn else {
            throw DataError("the built-in stance model is missing; build one with train-stance and pass --stance-model")
        }
        return model
    }

    func run() throws {
        if let stances, let bodies, let output {
            try checkFNC(stances: stances, bodies: bodies, output: output)
            return
        }
        let claims: [String]
        var input = self.input
        if let file = self.claims {
            claims = try CheckCommand.readClaims(file)
        } else {
            claims = [input.paths.removeFirst()]
        }
        let model = try model()
        let analysis = try input.analyze()
        let checks = ClaimChecker(knowledge: try input.knowledge(), model: model).check(claims, in: analysis)
        let text = format == .json ? CheckReport.json(checks) : CheckReport.text(checks)
        if let output {
            do { try AtomicFile.write(text, to: output) } catch { throw DataError(error.description) }
            if !input.quiet { Console.error("wrote \(output)") }
        } else {
            Console.show(text)
        }
        throw input.exitStatus(analysis)
    }

    /// The claims of a `--claims` file: one a line, blank lines and `#` comments left out.
    static func readClaims(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError("\(path): no such file, or it cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw DataError("\(path): not UTF-8 text") }
        let claims = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !claims.isEmpty else { throw DataError("\(path): no claim in it (one claim a line)") }
        return claims
    }

    /// FNC-1 files in, predictions out: one row per pair, in input order; a pair whose body is missing is
    /// named on standard error and left out (exit 1).
    func checkFNC(stances: String, bodies: String, output: String) throws {
        let start = Date()
        let model = try model()
        let pairs: [FNCCorpus.Pair]
        let texts: [String: String]
        do {
            texts = try FNCCorpus.bodies(bodies)
            pairs = try FNCCorpus.pairs(stances, labels: false)
        } catch {
            throw DataError(error.description)
        }
        let predicted = model.predict(pairs, bodies: texts)
        var rows: [(pair: FNCCorpus.Pair, stance: Stance)] = []
        var missing = 0
        for (pair, stance) in zip(pairs, predicted) {
            if let stance {
                rows.append((pair, stance))
            } else {
                missing += 1
                if !input.quiet || missing <= 10 {
                    Console.error(
                        "\(stances): record \(pair.record): Body ID \(pair.bodyID) is not in \(bodies); pair skipped")
                }
            }
        }
        do { try FNCCorpus.write(rows, to: output) } catch { throw DataError(error.description) }
        if !input.quiet {
            Console.error(
                String(
                    format: "checked %d pairs against %d bodies in %.1f s; wrote %@", rows.count, texts.count,
                    Date().timeIntervalSince(start), output))
        }
        if missing > 0 { throw ExitCode(ExitStatus.skippedInput) }
    }
}
