import ArgumentParser
import Corroborate
import Foundation

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Show what ingest made of a file: its metadata, furniture, and the text offsets refer to.",
        discussion: """
            Everything after the separator line is the document text: every offset in every output counts \
            Unicode scalars from its first character. --text-only prints just that text. With --output DIR, \
            every input (files, or folders of them) becomes DIR/NAME.txt in one process: a folder of saved pages \
            becomes clean text. A page's warnings (a fallback, a charset, dropped markup) go to standard error.

            Examples:
              corroborate text seeds/002_ce4066a8daddc646.txt
              corroborate text https://example.org/news/article.html
              corroborate text story.html --text-only
              corroborate text saved-pages/ --text-only --output clean/
            """
    )

    @Argument(help: ArgumentHelp("Articles, folders of them, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Print only the text, without metadata.")
    var textOnly = false

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("A folder for one NAME.txt per input (made when missing).", valueName: "folder"))
    var output: String?

    @Flag(name: .shortAndLong, help: "No warnings on standard error.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article, folder, or - for standard input") }
        if output == nil && (paths.count > 1 || paths.contains(where: TextCommand.isFolder)) {
            throw ValidationError("give --output FOLDER to read several files at once")
        }
    }

    func run() throws {
        if let output { return try writeAll(to: output) }
        let file = paths[0]
        if Intake.isURL(file) { return try showPage(file) }
        let document: Document
        do {
            document = try Ingester().read(Ingester.Input(path: file))
        } catch {
            Console.error(error.description)
            throw ExitCode(TextCommand.status(for: error))
        }
        if !quiet { for warning in document.warnings { Console.error("\(file): warning: \(warning)") } }
        Console.show(render(document))
    }

    private func render(_ document: Document) -> String {
        textOnly ? document.text : TextDump.render(document, sentences: Segmenter().analyze(document))
    }

    /// Every input read in parallel, written as NAME.txt into the folder as one set (see `OutputSet`).
    private func writeAll(to folder: String) throws {
        try OutputFolder.make(folder)
        let list = Ingester.inputs(for: paths, followSymlinks: false)
        for problem in list.problems { Console.error(problem.description) }
        var used: [String: Int] = [:]
        let names = list.inputs.map { input -> String in
            let base = TextCommand.outputName(for: input.path)
            used[base, default: 0] += 1
            let count = used[base]!
            return count == 1 ? base : base + "-\(count)"
        }
        let targets = names.map { (folder as NSString).appendingPathComponent($0 + ".txt") }
        let set: OutputSet
        do { set = try OutputSet(paths: targets) } catch { throw DataError(error.description) }
        if let clash = set.target(of: list.inputs) { throw DataError(OutputError.isInput(clash).description) }
        TemporaryFiles.shared.installSignalCleanup()
        let ingester = Ingester()
        let results = ResultBox<Result<Document, IngestError>>(count: list.inputs.count)
        DispatchQueue.concurrentPerform(iterations: list.inputs.count) { index in
            _ = results.set(index, Result { () throws(IngestError) in try ingester.read(list.inputs[index]) })
        }
        var failed = !list.problems.isEmpty
        var written = 0
        do {
            for (index, result) in results.values().enumerated() {
                switch result {
                case .success(let document):
                    if !quiet {
                        for warning in document.warnings { Console.error("\(document.path): warning: \(warning)") }
                    }
                    let text = render(document)
                    try set.write(index) { sink in sink.write(text) }
                    written += 1
                case .failure(let error):
                    failed = failed || !error.isNote
                    if !error.isNote || !quiet { Console.error(error.description) }
                }
            }
            try set.commit()
        } catch {
            throw DataError(error.description)
        }
        if written == 0 { throw DataError("no article could be read") }
        if !quiet { Console.error("wrote \(written) text file\(written == 1 ? "" : "s") to \(folder)") }
        if failed { throw ExitCode(ExitStatus.skippedInput) }
    }

    /// `saved/page.html` as `page`, standard input as `stdin`.
    static func outputName(for path: String) -> String {
        if path == "-" { return "stdin" }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// 2 when the file is missing (a usage error, as for the other commands), 1 when it is there but unusable.
    static func status(for error: IngestError) -> Int32 {
        if case .missingPath = error { return ExitStatus.usage }
        return ExitStatus.skippedInput
    }
}
