import ArgumentParser
import Corroborate
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the full report: contradictions, corroboration, and the sourcing review of each article.",
        discussion: """
            With --output DIR, writes report.html (for people), report.xml (validates against corroborate.xsd, \
            which is written beside it) and report.json; --format picks one. With --output FILE the format comes \
            from the file's extension. Without --output, the report goes to standard output (JSON unless \
            --format says otherwise). Files are written atomically: a failed run never leaves half a report.

            Examples:
              corroborate report seeds --output Reports/
              corroborate report articles/ --format html --output today.html
              cat story.txt | corroborate report - --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, xml, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Report format: html, xml or json (default: all three into a folder, json to standard output).")
    var format: Format?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "A file, or a folder for report.html, report.xml and report.json.", valueName: "file-or-folder"))
    var output: String?

    func run() throws {
        let analysis = try input.analyze()
        guard let output else {
            Console.write(render(analysis, format ?? .json))
            throw input.exitStatus(analysis)
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        if output.hasSuffix("/") || (exists && isDirectory.boolValue) {
            if !exists {
                try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            }
            let formats = format.map { [$0] } ?? Format.allCases
            for f in formats {
                try write(analysis, f, to: (output as NSString).appendingPathComponent("report.\(f.rawValue)"))
            }
            if formats.contains(.xml) {
                try write(XMLReport.schema, to: (output as NSString).appendingPathComponent("corroborate.xsd"))
            }
            if !input.quiet {
                Console.error("wrote \(formats.map { "report.\($0.rawValue)" }.joined(separator: ", ")) to \(output)")
            }
        } else {
            let ext = (output as NSString).pathExtension.lowercased()
            let chosen = format ?? Format(rawValue: ext == "htm" ? "html" : ext)
            guard let chosen else {
                throw ValidationError("cannot tell the format of \(output); add --format html, xml or json")
            }
            try write(analysis, chosen, to: output)
        }
        throw input.exitStatus(analysis)
    }

    private func render(_ analysis: Analysis, _ format: Format) -> String {
        switch format {
        case .html: return HTMLReport.render(analysis)
        case .xml: return XMLReport.render(analysis)
        case .json: return JSONReport.render(analysis)
        }
    }

    /// JSON is streamed to the file; XML and HTML are rendered first.
    private func write(_ analysis: Analysis, _ format: Format, to path: String) throws {
        if format == .json {
            do { try JSONReport.write(analysis, to: path) } catch {
                Console.error("\(error)")
                throw ExitCode(ExitStatus.usage)
            }
        } else {
            try write(render(analysis, format), to: path)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            Console.error(error.description)
            throw ExitCode(ExitStatus.usage)
        }
    }
}

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List contradictory claims, strongest first, with both sources and their exact words.",
        discussion: """
            Each contradiction shows its type (conflict, numeric conflict, tension), score and rule, then each \
            side: the canonical source and its kind, the article, the exact words, and the claim.

            Examples:
              corroborate conflicts seeds
              corroborate conflicts articles/ --format json | jq '.[0]'
            """
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var input: InputOptions

    @Option(help: "text (default) or json.")
    var format: Format = .text

    func run() throws {
        let analysis = try input.analyze()
        switch format {
        case .text:
            Console.write(TerminalReport(color: Console.isTerminal).conflicts(analysis))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(analysis.contradictions)) ?? Data("[]".utf8)
            Console.write(String(decoding: data, as: UTF8.self) + "\n")
        }
        throw input.exitStatus(analysis)
    }
}

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Review how each article is sourced: attributed and unattributed statements, sources by kind.",
        discussion: """
            For each article: the share of statements attributed, direct quotes, anonymous sourcing, each \
            canonical source with its kind and number of statements, and the claims resting on one source; then \
            the events with their number of independent sources.

            Example:
              corroborate sources seeds
            """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let analysis = try input.analyze()
        Console.write(TerminalReport(color: Console.isTerminal).sources(analysis))
        throw input.exitStatus(analysis)
    }
}
