import ArgumentParser
import Corroborate
import Foundation

extension RelationReview.Verdict: ExpressibleByArgument {}

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record whether a relation in a story store is right or wrong.",
        discussion: """
            A relation marked wrong is left out of the store's reports from then on, and so is any relation found \
            later between the same statements; the reports list it apart with who reviewed it, when, and the note. \
            A relation marked right shows its review. A later review of the same claims replaces an earlier one. \
            Relation ids (r12) are in the store's reports.

            Examples:
              corroborate review story.sqlite r12 wrong --note "different villages with the same name"
              corroborate review story.sqlite r7 right --reviewer alice
            """
    )

    @Argument(help: ArgumentHelp("The story store.", valueName: "store"))
    var store: String

    @Argument(help: ArgumentHelp("The relation, as its reports name it (r12).", valueName: "relation-id"))
    var relation: String

    @Argument(help: ArgumentHelp("right or wrong.", valueName: "verdict"))
    var verdict: RelationReview.Verdict

    @Option(help: ArgumentHelp("Why, in a few words.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Who reviews (default: the user's login name).", valueName: "name"))
    var reviewer: String?

    func run() throws {
        let stories = try StoreAccess.open(store, mode: .existing)
        let name =
            reviewer ?? ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"]
            ?? "unknown"
        let (found, review) = try StoreAccess.run {
            try stories.review(relation: relation, verdict: verdict, note: note, reviewer: name)
        }
        let outcome =
            review.verdict == RelationReview.Verdict.wrong
            ? "it and any relation between the same claims are left out of later reports"
            : "reports show the review"
        Console.write(
            "\(found.id) (\(found.type.rawValue), \(found.rule)) marked \(review.verdict.rawValue) by \(name); \(outcome)\n"
        )
    }
}

/// `report STORE.sqlite`: the report of a story store, with what is new marked.
struct StoreReportOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "With a story store: mark what was added since then (2025-03-01, 2025-03-01T09:30, 24h).",
            valueName: "date"))
    var since: String?

    @Flag(help: "With a story store: mark what the last add brought.")
    var sinceLast = false

    /// The store's analysis when the one input is a story store; nil for articles.
    func analysis(_ input: InputOptions, outputs: Set<String>) throws -> Analysis? {
        guard input.paths.count == 1, StoreReportOptions.isStore(input.paths[0]) else {
            if since != nil || sinceLast {
                throw ValidationError(
                    "--since and --since-last mark what is new in a story store: give one STORE.sqlite")
            }
            return nil
        }
        if since != nil && sinceLast { throw ValidationError("give --since DATE or --since-last, not both") }
        let path = input.paths[0]
        if let real = StoreAccess.realPath(path), outputs.contains(real) {
            throw DataError("\(path): the story store cannot be an output")
        }
        let corroborator = Corroborator(knowledge: try input.knowledge())
        let stories = try StoreAccess.open(path, mode: .existing)
        let mark = try StoreAccess.run { () throws -> StoryStore.Since? in
            if sinceLast { return .lastAdd }
            guard let since else { return nil }
            return try StoryStore.Since.parse(since)
        }
        return try StoreAccess.run { try stories.analysis(since: mark, corroborator: corroborator) }
    }

    /// A `.sqlite`, `.sqlite3` or `.db` path, or a file that starts as SQLite files do.
    static func isStore(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".sqlite") || lower.hasSuffix(".sqlite3") || lower.hasSuffix(".db") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) == Data("SQLite format 3\u{0}".utf8)
    }
}
