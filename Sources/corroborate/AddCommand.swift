import ArgumentParser
import Corroborate
import Foundation

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles, pages by URL and new feed items to a story store, comparing them with what it holds.",
        discussion: """
            The store (an SQLite file, made when missing) keeps every article with its attributions, claims, \
            sources, relations and events. Each new claim is compared with the stored claims that share its rarer \
            words or its place (an index kept in the store), so adding a few articles to a large store costs about \
            as much as analysing those few. An article already in the store (the same text and header) is not \
            added again. Each article is written in its own transaction: an add that is killed leaves the store \
            as it was after the last article it finished. Two adds on one store wait for each other.

            A URL is fetched over HTTP(S): its site's robots.txt is obeyed, at most 5 redirects are followed, \
            and the page is kept in the store with its URL and fetch time. --feed reads an RSS or Atom feed and \
            adds the items the store has not seen. A file, page or feed that fails is named in one line on \
            standard error and the rest go on (exit 1).

            Examples:
              corroborate add story.sqlite seeds/
              corroborate add story.sqlite https://example.org/news/article.html
              corroborate add story.sqlite --feed https://example.org/world/rss.xml
              corroborate report story.sqlite --since-last --output Reports/
            """
    )

    @Argument(help: ArgumentHelp("The story store: an SQLite file, made when missing.", valueName: "store"))
    var store: String

    @OptionGroup var input: InputOptions

    @Option(
        name: .customLong("feed"),
        help: ArgumentHelp(
            "An RSS or Atom feed whose new items to fetch and add (repeat for several).", valueName: "url"))
    var feeds: [String] = []

    @Option(help: ArgumentHelp("Seconds to wait for one page or feed.", valueName: "seconds"))
    var timeout: Double = 20

    @Option(help: ArgumentHelp("The largest page or feed read, in bytes.", valueName: "bytes"))
    var maxBytes = 5_000_000

    func validate() throws {
        if input.paths.isEmpty && feeds.isEmpty {
            throw ValidationError("give articles (files, folders or URLs) or --feed URL to add to \(store)")
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be a number of seconds above 0") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be above 0") }
    }

    func run() throws {
        let corroborator = Corroborator(knowledge: try input.knowledge())
        let stories = try StoreAccess.open(store, mode: .createIfMissing)
        var options = PageFetcher.Options()
        options.timeout = timeout
        options.maxBytes = maxBytes
        let intake = Intake(corroborator: corroborator, fetcher: PageFetcher(options: options))
        let files = input.paths.filter { !Intake.isURL($0) }
        let urls = input.paths.filter(Intake.isURL)
        let list =
            files.isEmpty
            ? InputList()
            : Ingester.inputs(
                for: files, followSymlinks: input.followSymlinks,
                excluding: Set(
                    [store, store + "-wal", store + "-shm", store + "-lock"].compactMap(StoreAccess.realPath)))
        TemporaryFiles.shared.installSignalCleanup()
        let progress = Progress(enabled: !input.quiet && isatty(2) == 1)
        let outcome = try StoreAccess.run {
            try intake.gather(list, urls: urls, feeds: feeds, store: stories) { done, total in
                progress.update(done, total)
            }
        }
        progress.finish()
        for problem in outcome.problems { Console.error(problem) }
        if !input.quiet { for note in outcome.notes { Console.error(note) } }
        if outcome.incoming.isEmpty && outcome.failed > 0 { throw DataError("no article could be read") }
        let command = (["add"] + CommandLine.arguments.dropFirst(2)).joined(separator: " ")
        let result = try StoreAccess.run {
            try stories.add(
                outcome.incoming, corroborator: corroborator, command: String(command.prefix(1000)),
                waiting: { Console.error("\(store): waiting for another add to finish") })
        }
        try StoreAccess.run {
            try stories.recordFeedItems(outcome.feedItems)
            try stories.close()
        }
        if !input.quiet {
            for (path, existing) in result.duplicates {
                Console.error("\(path): already in the store (as \(existing)); not added again")
            }
            Console.error(StoreAccess.summary(result, store: store))
        }
        if outcome.failed > 0 { throw ExitCode(ExitStatus.skippedInput) }
    }
}

/// Opening a story store and running store work from a command: store errors become one-line data errors.
enum StoreAccess {
    static func open(_ path: String, mode: StoryStore.Mode) throws -> StoryStore {
        try run { try StoryStore(path: path, mode: mode) }
    }

    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw DataError(error.description)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `story.sqlite: added 3 articles (62 claims); 5 new relations: 1 contradiction, 4 agreements (compared
    /// with 120 stored claims)`.
    static func summary(_ result: AddResult, store: String) -> String {
        let articles = result.added.count
        var line = "\(store): added \(articles) article\(articles == 1 ? "" : "s") (\(result.claims) claims)"
        let contradictions = result.relations.filter(\.type.isContradiction).count
        let agreements = result.relations.filter { $0.type == .agreement }.count
        let others = result.relations.count - contradictions - agreements
        line += "; \(result.relations.count) new relation\(result.relations.count == 1 ? "" : "s")"
        if !result.relations.isEmpty {
            var parts = ["\(contradictions) contradiction\(contradictions == 1 ? "" : "s")"]
            parts.append("\(agreements) agreement\(agreements == 1 ? "" : "s")")
            if others > 0 { parts.append("\(others) other") }
            line += ": " + parts.joined(separator: ", ")
        }
        return line + " (compared with \(result.comparedWith) stored claims)"
    }
}
