import ArgumentParser
import Corroborate
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every attribution found: one JSON object per line, or a readable line each.",
        discussion: """
            jsonl: {"document", "source", "cue", "content", "canonical", "kind", ...} with each role as \
            {"text", "spans": [[start, end], ...]}: Unicode scalar offsets into the text that \
            `corroborate text FILE` prints, end exclusive. This is what score_attributions.py reads.

            Examples:
              corroborate extract seeds > seeds.jsonl
              corroborate extract ../shared/polnear/dev/text > dev.jsonl
              corroborate extract story.txt --format text
            """
    )

    enum Format: String, ExpressibleByArgument { case jsonl, text }

    @OptionGroup var input: InputOptions

    @Option(help: "jsonl (default) or text.")
    var format: Format = .jsonl

    func run() throws {
        let knowledge = try input.knowledge()
        let corroborator = Corroborator(knowledge: knowledge)
        let list = input.inputList()
        for problem in list.problems { Console.error(problem.description) }
        if !input.quiet {
            for (path, message) in list.notes { Console.error("\(path): warning: \(message)") }
        }
        TemporaryFiles.shared.installSignalCleanup()
        let progress = Progress(enabled: !input.quiet && isatty(2) == 1)
        let inputs = list.inputs
        let results = corroborator.analyzeInputs(inputs, claims: false) { done in progress.update(done, inputs.count) }
        progress.finish()
        var skipped = !list.problems.isEmpty
        var read = 0
        for result in results {
            switch result {
            case .success(let article):
                read += 1
                if format == .jsonl {
                    Console.write(ExtractionJSONL.lines(for: article))
                } else {
                    Console.show(readable(article))
                }
            case .failure(let error):
                skipped = true
                Console.error(error.description)
            }
        }
        if read == 0 { throw DataError("no article could be read") }
        if skipped { throw ExitCode(ExitStatus.skippedInput) }
    }

    private func readable(_ article: ArticleAnalysis) -> String {
        var out = ""
        for a in article.attributions {
            let source =
                a.source.map { "\($0.text) [\(a.canonical?.name ?? "?"), \(a.canonical?.kind.label ?? "?")]" } ?? "-"
            let via = a.via.map { " via \($0.text)" } ?? ""
            out += "\(article.document.name)\t\(source)\(via)\t\(a.cue?.text ?? "-")\t\(a.content.text)\n"
        }
        return out
    }
}

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Show what ingest made of a file: its metadata, furniture, and the text offsets refer to.",
        discussion: """
            Everything after the separator line is the document text: every offset in every output counts \
            Unicode scalars from its first character. --text-only prints just that text.

            Example:
              corroborate text seeds/002_ce4066a8daddc646.txt
            """
    )

    @Argument(help: ArgumentHelp("One article, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Print only the text, without metadata.")
    var textOnly = false

    func run() throws {
        let ingester = Ingester()
        let document: Document
        do {
            document = try ingester.read(Ingester.Input(path: file))
        } catch {
            Console.error(error.description)
            throw ExitCode(TextCommand.status(for: error))
        }
        for warning in document.warnings { Console.error("\(file): warning: \(warning)") }
        if textOnly {
            Console.show(document.text)
        } else {
            Console.show(TextDump.render(document, sentences: Segmenter().analyze(document)))
        }
    }

    /// 2 when the file is missing (a usage error, as for the other commands), 1 when it is there but unusable.
    static func status(for error: IngestError) -> Int32 {
        if case .missingPath = error { return ExitStatus.usage }
        return ExitStatus.skippedInput
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an XML report against corroborate.xsd with libxml2.",
        discussion: """
            Prints `FILE: valid`, or each problem libxml2 reports with its line; exits 1 when a file is not valid.

            Example:
              corroborate validate Reports/report.xml
            """
    )

    @Argument(help: ArgumentHelp("XML reports to check.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one XML file") }
    }

    func run() throws {
        let validator = SchemaValidator(schema: XMLReport.schema)
        var failed = false
        var missing = false
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(path: file, limit: Ingester.sizeLimit)
            } catch {
                Console.error(error.description)
                missing = missing || TextCommand.status(for: error) == ExitStatus.usage
                failed = true
                continue
            }
            let problems = validator.problems(in: bytes)
            if problems.isEmpty {
                Console.write("\(file): valid\n")
            } else {
                failed = true
                for problem in problems { Console.write("\(file): \(problem)\n") }
            }
        }
        if missing { throw ExitCode(ExitStatus.usage) }
        if failed { throw ExitCode(ExitStatus.skippedInput) }
    }
}
