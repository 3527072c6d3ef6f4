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
        let (inputs, missing) = Ingester.inputs(for: input.paths)
        for problem in missing { Console.error(problem.description) }
        let progress = Progress(enabled: !input.quiet && isatty(2) == 1)
        let results = corroborator.analyzeInputs(inputs, claims: false) { done in progress.update(done, inputs.count) }
        progress.finish()
        var skipped = !missing.isEmpty
        var read = 0
        for result in results {
            switch result {
            case .success(let article):
                read += 1
                Console.write(format == .jsonl ? ExtractionJSONL.lines(for: article) : readable(article))
            case .failure(let error):
                skipped = true
                Console.error(error.description)
            }
        }
        if read == 0 { throw ValidationError("no article could be read") }
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
        do {
            let document = try ingester.read(Ingester.Input(path: file))
            if textOnly {
                Console.write(document.text)
            } else {
                Console.write(TextDump.render(document, sentences: Segmenter().analyze(document)))
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.skippedInput)
        }
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
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("\(file): no such file, or it cannot be read")
                failed = true
                continue
            }
            let problems = validator.problems(in: [UInt8](data))
            if problems.isEmpty {
                Console.write("\(file): valid\n")
            } else {
                failed = true
                for problem in problems { Console.write("\(file): \(problem)\n") }
            }
        }
        if failed { throw ExitCode(ExitStatus.skippedInput) }
    }
}
