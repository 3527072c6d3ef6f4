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

    @OptionGroup(title: "Story store") var stored: StoreReportOptions

    func validate() throws { try input.requirePaths() }

    @Option(
        help: ArgumentHelp(
            "Claims to check against the articles, one a line: the HTML report gains a section of checked claims.",
            valueName: "file"))
    var claims: String?

    @Option(help: ArgumentHelp("A stance model from train-stance, for --claims.", valueName: "file"))
    var stanceModel: String?

    @Option(help: "Report format: html, xml or json (default: all three into a folder, json to standard output).")
    var format: Format?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "A file, or a folder for report.html, report.xml and report.json.", valueName: "file-or-folder"))
    var output: String?

    func run() throws {
        let outputs = try plannedOutputs()
        // A story store (report STORE.sqlite) is read instead of articles.
        let fromStore = try stored.analysis(input, outputs: outputs?.set.realPaths ?? [])
        // The run's own old reports are never read back; an article named as the output is never replaced.
        let list = fromStore == nil ? input.inputList(excluding: outputs?.set.realPaths ?? []) : InputList()
        // An output that is one of the inputs and not an old report of ours is an article: never replace it.
        if let clash = list.ownOutputs.first(where: { !ReportSignature.isReport(atPath: $0) }) {
            throw DataError(OutputError.isInput(clash).description)
        }
        let analysis = try fromStore ?? input.analyze(list)
        KeptUntilExit.keep(analysis)
        var checks: [ClaimCheck] = []
        if let claims {
            let model = try CheckCommand.model(stanceModel)
            checks = ClaimChecker(knowledge: try input.knowledge(), model: model)
                .check(try CheckCommand.readClaims(claims), in: analysis)
        }
        guard let outputs else {
            Console.write(render(analysis, format ?? .json, checks: checks))
            throw input.exitStatus(analysis)
        }
        do {
            for (index, format) in outputs.formats.enumerated() {
                try outputs.set.write(index) { sink in
                    if let format {
                        render(analysis, format, checks: checks, into: &sink)
                    } else {
                        sink.write(XMLReport.schema)
                    }
                }
            }
            try outputs.set.commit()
        } catch {
            throw DataError(error.description)
        }
        if !input.quiet { Console.error(outputs.wrote) }
        throw input.exitStatus(analysis)
    }

    /// The files of one run: where they go, in which format (`nil` for the schema beside the XML), and the line
    /// that says so once they are written.
    struct PlannedOutputs {
        var set: OutputSet
        var formats: [Format?]
        /// `wrote report.html, report.xml, report.json, corroborate.xsd to Reports/`, or `wrote today.html`.
        var wrote: String
    }

    /// The files to write, checked before any analysis: a folder (made when missing) gets one report per format
    /// and the schema beside the XML; a file gets the format of its extension. `nil` formats are the schema.
    private func plannedOutputs() throws -> PlannedOutputs? {
        guard let output else { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        do {
            if output.hasSuffix("/") || (exists && isDirectory.boolValue) {
                if !exists { try OutputFolder.make(output) }
                var formats: [Format?] = format.map { [$0] } ?? Format.allCases
                if formats.contains(.xml) { formats.append(nil) }
                let names = formats.map { ($0.map { "report.\($0.rawValue)" }) ?? "corroborate.xsd" }
                let paths = names.map { (output as NSString).appendingPathComponent($0) }
                return PlannedOutputs(
                    set: try OutputSet(paths: paths), formats: formats,
                    wrote: "wrote \(names.joined(separator: ", ")) to \(output)")
            }
            let ext = (output as NSString).pathExtension.lowercased()
            guard let chosen = format ?? Format(rawValue: ext == "htm" ? "html" : ext) else {
                throw ValidationError("cannot tell the format of \(output); add --format html, xml or json")
            }
            return PlannedOutputs(set: try OutputSet(paths: [output]), formats: [chosen], wrote: "wrote \(output)")
        } catch let error as OutputError {
            throw DataError(error.description)
        }
    }

    private func render(_ analysis: Analysis, _ format: Format, checks: [ClaimCheck]) -> String {
        var sink = StringSink()
        render(analysis, format, checks: checks, into: &sink)
        return sink.text
    }

    /// Every format is streamed: JSON element by element, XML a megabyte at a time, HTML a card at a time.
    private func render<Sink: TextSink>(
        _ analysis: Analysis, _ format: Format, checks: [ClaimCheck], into sink: inout Sink
    ) {
        switch format {
        case .html: HTMLReport.write(analysis, checks: checks, into: &sink)
        case .xml: XMLReport.write(analysis, into: &sink)
        case .json: JSONReport.write(analysis, checks: checks, into: &sink)
        }
    }
}

/// The folder `--output` names, made with its parents when missing.
enum OutputFolder {
    static func make(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw DataError("\(path): cannot make the folder (\((error as NSError).localizedDescription))")
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

    func validate() throws { try input.requirePaths() }

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

    func validate() throws { try input.requirePaths() }

    func run() throws {
        let analysis = try input.analyze()
        Console.write(TerminalReport(color: Console.isTerminal).sources(analysis))
        throw input.exitStatus(analysis)
    }
}
