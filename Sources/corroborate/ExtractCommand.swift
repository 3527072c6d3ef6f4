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

    func validate() throws { try input.requirePaths() }

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
                skipped = skipped || !error.isNote
                if !error.isNote || !input.quiet { Console.error(error.description) }
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
