import ArgumentParser
import Corroborate
import Foundation

/// The trained cue model: the built-in one, another file, or none.
struct ModelOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A cue model from train-model, used instead of the built-in one.", valueName: "file"))
    var model: String?

    @Flag(help: "Find cues with the lexicon alone, without the trained cue model.")
    var noModel = false

    @Flag(
        help: ArgumentHelp(
            "Also report what PolNeAR counts as attribution beyond statements: acts, intentions and stances found by the cue model (backed the deal, pleaded guilty, plans to).",
            discussion:
                "Follows PolNeAR's conventions too: passives with no source named (was asked about ...), raising verbs with no source (appears to ...), and no attribution inside another's content. Off by default, because the reports compare statements."
        ))
    var broad = false

    func validate() throws {
        if noModel && broad { throw ValidationError("--broad needs the cue model; leave out --no-model") }
        if noModel && model != nil { throw ValidationError("give --model or --no-model, not both") }
    }

    func knowledge() throws -> Knowledge {
        do {
            return try Knowledge.with(model: model, useModel: !noModel, broad: broad)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// Inputs and knowledge files shared by the commands that analyse articles.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Articles: files, folders (searched recursively for .txt .text .md .html .htm), or - for standard input.",
            valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Extra cue words, in the format of the built-in cues.json.", valueName: "file"))
    var cues: String?

    @Option(
        help: ArgumentHelp(
            "Extra known sources with aliases and kinds, in the format of the built-in sources.json.", valueName: "file"
        ))
    var sources: String?

    @Option(
        help: ArgumentHelp(
            "Extra event words, places and actors, in the format of the built-in events.json.", valueName: "file"))
    var events: String?

    @OptionGroup var model: ModelOptions

    @Flag(name: .shortAndLong, help: "No progress bar and no warnings on standard error.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article, folder, or - for standard input") }
    }

    /// The knowledge with the user's files added; a bad file is a usage error.
    func knowledge() throws -> Knowledge {
        do {
            return try Knowledge.with(
                cues: cues, sources: sources, events: events, model: model.model, useModel: !model.noModel,
                broad: model.broad)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Runs the pipeline with a progress bar on a terminal, reports skipped inputs on standard error, and
    /// fails with a usage error when nothing at all could be read.
    func analyze() throws -> Analysis {
        let corroborator = Corroborator(knowledge: try knowledge())
        let progress = Progress(enabled: !quiet && isatty(2) == 1)
        let analysis = corroborator.run(paths: paths) { done, total in progress.update(done, total) }
        progress.finish()
        for problem in analysis.problems { Console.error(problem.description) }
        if !quiet {
            for (path, message) in analysis.warnings { Console.error("\(path): warning: \(message)") }
        }
        if analysis.articles.isEmpty {
            throw ValidationError("no article could be read")
        }
        return analysis
    }

    /// 1 when an input was skipped, 0 otherwise.
    func exitStatus(_ analysis: Analysis) -> ExitCode {
        analysis.problems.isEmpty ? .success : ExitCode(ExitStatus.skippedInput)
    }
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("corroborate: " + message + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var isTerminal: Bool { isatty(1) == 1 }
}

/// A progress bar on standard error, shown only on a terminal and only once a run has taken a second.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let start = Date()
    private var last = Date.distantPast
    private var shown = false
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(last) > 0.1 || done == total else { return }
        last = now
        shown = true
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) articles".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
