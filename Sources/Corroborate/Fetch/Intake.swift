import Dispatch
import Foundation

/// What `add` reads before it writes: articles from files and folders, pages by URL, and the items of feeds
/// that the store has not seen, each analysed; every input that fails is one line among `problems`, and the
/// rest go on.
public struct Intake: Sendable {
    public let corroborator: Corroborator
    public let fetcher: PageFetcher

    public init(corroborator: Corroborator, fetcher: PageFetcher) {
        self.corroborator = corroborator
        self.fetcher = fetcher
    }

    public struct Outcome: Sendable {
        public var incoming: [IncomingArticle] = []
        /// One line each: a file that could not be read, a URL that could not be fetched.
        public var problems: [String] = []
        /// Inputs read once although named twice, feeds with nothing new.
        public var notes: [String] = []
        /// Feed items fetched, to be remembered once the articles are stored.
        public var feedItems: [(feed: String, link: String)] = []
        /// How many articles could not be read (for the exit status).
        public var failed = 0
    }

    /// Whether an argument names a URL rather than a file.
    public static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Files and folders (`list`), pages (`urls`) and feeds, in that order.
    public func gather(
        _ list: InputList, urls: [String], feeds: [String], store: StoryStore,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(StoreError) -> Outcome {
        var outcome = Outcome()
        outcome.problems = list.problems.map(\.description)
        outcome.failed = list.problems.count
        outcome.notes = list.notes.map { "\($0.0): \($0.1)" }
        let total = list.inputs.count
        let results = corroborator.analyzeInputs(
            list.inputs, progress: progress.map { report in { @Sendable done in report(done, total) } })
        for result in results {
            switch result {
            case .success(let article): outcome.incoming.append(IncomingArticle(analysis: article))
            case .failure(let error):
                outcome.problems.append(error.description)
                outcome.failed += 1
            }
        }
        for page in pages(urls) { take(page, into: &outcome) }
        for feed in feeds {
            let items: [FeedItem]
            switch fetcher.fetch(feed, expecting: .feed) {
            case .failure(let error):
                outcome.problems.append(error.description)
                outcome.failed += 1
                continue
            case .success(let page):
                do throws(FetchError) {
                    items = try FeedReader.items(in: page.bytes, url: page.url)
                } catch {
                    outcome.problems.append(error.description)
                    outcome.failed += 1
                    continue
                }
            }
            let known = try store.knownLinks(items.map(\.link), feed: feed)
            let fresh = items.map(\.link).filter { !known.contains($0) }
            outcome.notes.append("\(feed): \(items.count) items, \(fresh.count) new")
            for page in pages(fresh) {
                if case .success(let fetched) = page { outcome.feedItems.append((feed, fetched.requested)) }
                take(page, into: &outcome)
            }
        }
        return outcome
    }

    /// The document a URL holds, as `corroborate text URL` shows it; throws a `FetchError` or an `IngestError`.
    public func document(at url: String) throws -> Document {
        let page = try fetcher.fetch(url).get()
        return try corroborator.ingester.document(
            from: page.bytes, path: page.requested, isHTML: page.mediaType.map { $0 != "text/plain" },
            charset: page.charset)
    }

    /// A fetched page analysed into an incoming article, or its failure as a line.
    private func take(_ page: Result<FetchedPage, FetchError>, into outcome: inout Outcome) {
        switch page {
        case .failure(let error):
            outcome.problems.append(error.description)
            outcome.failed += 1
        case .success(let page):
            do throws(IngestError) {
                let isHTML = page.mediaType.map { $0 != "text/plain" }
                let document = try corroborator.ingester.document(
                    from: page.bytes, path: page.requested, isHTML: isHTML, charset: page.charset)
                outcome.incoming.append(
                    IncomingArticle(
                        analysis: corroborator.analyze(document), url: page.url, fetchedAt: page.fetchedAt,
                        page: page.bytes))
            } catch {
                outcome.problems.append(error.description)
                outcome.failed += 1
            }
        }
    }

    /// Fetches URLs, one site at a time each (politeness), several sites at once; results in the order given.
    func pages(_ urls: [String]) -> [Result<FetchedPage, FetchError>] {
        var bySite: [String: [Int]] = [:]
        var order: [String] = []
        for (i, url) in urls.enumerated() {
            let site = PageFetcher.httpURL(url).map(PageFetcher.origin) ?? url
            if bySite[site] == nil { order.append(site) }
            bySite[site, default: []].append(i)
        }
        let box = ResultBox<Result<FetchedPage, FetchError>>(count: urls.count)
        let groups = order.map { bySite[$0]! }
        DispatchQueue.concurrentPerform(iterations: groups.count) { s in
            for i in groups[s] { _ = box.set(i, fetcher.fetch(urls[i])) }
        }
        return box.values()
    }
}
