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
            throw DataError(error.description)
        }
    }
}

/// Inputs and knowledge files shared by the commands that analyse articles.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Articles: files, folders (searched recursively for .txt .text .md .html .htm), or - for standard input.",
            valueName: "path"))
    var paths: [String] = []

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

    @Option(
        help: ArgumentHelp(
            "Extra comparison words (denials, opposites, units, stopwords), in the format of the built-in comparison.json.",
            valueName: "file"))
    var comparison: String?

    @OptionGroup var model: ModelOptions

    @Flag(name: .shortAndLong, help: "No progress bar and no warnings on standard error.")
    var quiet = false

    @Flag(
        help: ArgumentHelp(
            "Read symbolic links inside a folder that lead out of it.",
            discussion:
                "By default such a link is refused with a line on standard error, so that a link to a private file never ends up in a report."
        ))
    var followSymlinks = false

    /// Every command but `check --stances` reads articles; each calls this from its `validate()`.
    func requirePaths() throws {
        if paths.isEmpty { throw ValidationError("give at least one article, folder, or - for standard input") }
    }

    /// The inputs, leaving out `excluding` (real paths of the run's own output files).
    func inputList(excluding: Set<String> = []) -> InputList {
        Ingester.inputs(for: paths, followSymlinks: followSymlinks, excluding: excluding)
    }

    /// The knowledge with the user's files added; a bad file is a usage error.
    func knowledge() throws -> Knowledge {
        do {
            return try Knowledge.with(
                cues: cues, sources: sources, events: events, comparison: comparison, model: model.model,
                useModel: !model.noModel,
                broad: model.broad)
        } catch {
            throw DataError(error.description)
        }
    }

    /// Runs the pipeline with a progress bar on a terminal, reports skipped inputs on standard error, and
    /// fails with a usage error when nothing at all could be read.
    func analyze(_ list: InputList? = nil) throws -> Analysis {
        let corroborator = Corroborator(knowledge: try knowledge())
        let list = list ?? inputList()
        TemporaryFiles.shared.installSignalCleanup()
        let progress = Progress(enabled: !quiet && isatty(2) == 1)
        let analysis = corroborator.run(list) { done, total in progress.update(done, total) }
        progress.finish()
        for problem in analysis.problems where !problem.isNote || !quiet { Console.error(problem.description) }
        if !quiet {
            for (path, message) in analysis.warnings { Console.error("\(path): warning: \(message)") }
        }
        if analysis.articles.isEmpty {
            throw DataError("no article could be read")
        }
        return analysis
    }

    /// 1 when an input was skipped, 0 otherwise (an old report among the articles is not a bad input).
    func exitStatus(_ analysis: Analysis) -> ExitCode {
        analysis.problems.allSatisfy(\.isNote) ? .success : ExitCode(ExitStatus.skippedInput)
    }
}

extension IngestError {
    /// Whether the input was left out on purpose rather than failed: one of Corroborate's own reports among the
    /// articles (`--output` may sit inside the article folder). Said in a line unless `--quiet`; the exit code
    /// stays 0.
    var isNote: Bool {
        if case .ownReport = self { return true }
        return false
    }
}

/// A problem with the data (no article readable, an output that cannot be written): one line on standard error
/// and exit 2, without the usage text that a mistyped option gets.
struct DataError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}

enum Console {
    /// One line on standard error, with every control character escaped: a file name holding a newline cannot
    /// forge a second line, nor an escape sequence reach the terminal.
    static func error(_ message: String) {
        _ = FileSink.writeAll(Array(("corroborate: " + escaped(message) + "\n").utf8), to: 2)
    }

    /// Writes to standard output; when that fails (a full disk, a closed pipe), says so in one line and exits 2.
    static func write(_ text: String) {
        if let code = FileSink.writeAll(Array(text.utf8), to: 1) {
            let reason = String(cString: strerror(code))
            error("standard output: cannot write (\(reason.prefix(1).lowercased() + reason.dropFirst()))")
            exit(ExitStatus.usage)
        }
    }

    /// Article text (a report, a dump) on standard output: on a terminal, control characters other than line
    /// breaks and tabs are escaped, so an article cannot send escape sequences to it; to a file or a pipe, the
    /// text goes as it is.
    static func show(_ text: String) {
        write(isTerminal ? escaped(text, keepingLines: true) : text)
    }

    /// Control characters written visibly (see `ControlCharacters`).
    static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        ControlCharacters.escaped(text, keepingLines: keepingLines)
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
        _ = FileSink.writeAll(Array("\r[\(bar)] \(done)/\(total) articles".utf8), to: 2)
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { _ = FileSink.writeAll(Array("\r\u{1B}[K".utf8), to: 2) }
    }
}
