import Foundation
import GRDB

/// An article for the store: analysed, with the page it was fetched from when it came by URL.
public struct IncomingArticle: Sendable {
    public var analysis: ArticleAnalysis
    public var url: String?
    public var fetchedAt: Date?
    /// The bytes fetched, kept so that the page can be read again as it was.
    public var page: [UInt8]?

    public init(analysis: ArticleAnalysis, url: String? = nil, fetchedAt: Date? = nil, page: [UInt8]? = nil) {
        self.analysis = analysis
        self.url = url
        self.fetchedAt = fetchedAt
        self.page = page
    }
}

/// What one `add` did.
public struct AddResult: Sendable {
    /// Paths (or URLs) of the articles added, in order.
    public var added: [String] = []
    /// Articles already in the store (the same text and header), with the path they were stored under.
    public var duplicates: [(path: String, existing: String)] = []
    public var claims = 0
    /// The relations found for the new claims, with the ids the store gave them.
    public var relations: [Relation] = []
    /// Stored claims the new ones were compared with.
    public var comparedWith = 0
}

extension StoryStore {
    /// Seconds to wait after writing each article, from `CORROBORATE_TEST_PAUSE_BETWEEN_ARTICLES`: lets the tests
    /// kill an `add` between two articles (a pause longer than `commitInterval` commits each article alone).
    /// Zero otherwise.
    static let pauseBetweenArticles: Double = {
        Double(ProcessInfo.processInfo.environment["CORROBORATE_TEST_PAUSE_BETWEEN_ARTICLES"] ?? "") ?? 0
    }()

    /// With `CORROBORATE_TRACE` set, the time since the last step on standard error, and the processor time
    /// of all the process's threads in it, which the machine's load changes less (for measuring `add`).
    static func trace(_ step: @autoclosure () -> String) {
        guard tracing else { return }
        let now = (Date(), TraceClock.processorTime())
        let last = traceClock.swap(now)
        FileHandle.standardError.write(
            Data(
                String(
                    format: "%@: %.3f s (cpu %.3f s)\n", step(), now.0.timeIntervalSince(last.0), now.1 - last.1
                ).utf8))
    }

    /// Seconds of writing after which the articles written so far are committed: a killed `add` loses at most
    /// the articles of this last stretch (their analysis and comparison are redone by the next `add`).
    static let commitInterval: TimeInterval = 0.5

    static let traceClock = TraceClock()
    static let tracing = ProcessInfo.processInfo.environment["CORROBORATE_TRACE"] != nil

    /// Adds analysed articles: each new claim is compared with the stored claims the term index finds for it,
    /// through the comparer's own entry point (`Corroborator.compare`), and each article is then written with
    /// its claims, index terms, relations and event memberships in one transaction. Articles already stored are
    /// left out. `waiting` is called when another `add` holds the store.
    public func add(
        _ incoming: [IncomingArticle], corroborator: Corroborator, command: String, waiting: () -> Void = {}
    ) throws(StoreError) -> AddResult {
        StoryStore.trace("articles read")
        let lock = try StoreLock(store: path, waiting: waiting)
        defer { withExtendedLifetime(lock) {} }
        let started = StoryStore.timestamp()
        let batch: Int64 = try guarded {
            try queue.inTransaction(.immediate) { db in
                try db.execute(
                    sql: "INSERT INTO batch (started, command) VALUES (?, ?)", arguments: [started, command])
                return .commit
            }
            return try queue.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM batch") ?? 0 }
        }
        var result = AddResult()
        let fresh = try freshArticles(incoming, result: &result)
        if !fresh.isEmpty {
            // The reader's fingerprint (a few milliseconds) made on another core while the index is read.
            let knowledge = corroborator.knowledge
            let fingerprinted = ResultBox<Int64>(count: 1)
            let fingerprinting = DispatchGroup()
            DispatchQueue.global().async(group: fingerprinting) {
                _ = fingerprinted.set(0, StoredContent.fingerprint(knowledge))
            }
            // The claims stage's reader, which new claims were read with, reads what the store holds too.
            let reader = corroborator.claimBuilder.reader
            var configured = StoreIndex(knowledge: corroborator.knowledge, reader: reader)
            configured.postingLimit = postingLimit
            configured.parallelRows = parallelRows
            let index = configured
            let documents = fresh.map(\.item.analysis.document)
            let box = ResultBox<[[(String, Double)]]>(count: fresh.count)
            DispatchQueue.concurrentPerform(iterations: fresh.count) { k in
                let article = fresh[k].item.analysis
                _ = box.set(k, article.claims.map { index.terms(of: $0, in: article.document) })
            }
            let terms = box.values()
            StoryStore.trace("terms")
            let days = documents.map { $0.metadata.date?.dayNumber }
            let (candidates, pastLimit) = try guarded {
                try queue.read { db in
                    try index.lookUp(db, claims: terms, days: days, secondReader: { self.readOnlyQueue() })
                }
            }
            StoryStore.trace("candidates")
            fingerprinting.wait()
            let fingerprint = fingerprinted.values()[0]
            let stored = try guarded {
                try queue.read { db in
                    try StoredSubset(db, claims: candidates, reader: (reader, fingerprint))
                }
            }
            StoryStore.trace("loaded \(stored.articles.count) articles")
            result.comparedWith = candidates.count
            // The stored articles come with only the claims loaded, and with which of them are their first or last.
            let analysis = corroborator.compare(
                stored.articles + fresh.map(\.item.analysis),
                partial: Dictionary(uniqueKeysWithValues: stored.edges.enumerated().map { ($0, $1) }))
            StoryStore.trace("compared")
            var plan = AddPlan(
                analysis: analysis, stored: stored, fresh: fresh.count, batch: batch, unindexed: pastLimit)
            try guarded { try plan.encode(fresh.map(\.item), reader: reader, fingerprint: fingerprint) }
            StoryStore.trace("encoded")
            // Each transaction copies the pages it changed to SQLite's write-ahead log (and a fold of the term
            // log changes pages all over the index): articles are written in groups, one transaction per
            // `commitInterval` of writing, so that a page is copied once for the group rather than once per
            // article. The write-ahead log is left for SQLite to copy into the database when the store is closed
            // (or by a later write, once it passes SQLite's usual thousand pages), not copied after every group.
            try guarded {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                    defer { try? db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
                    var k = 0
                    while k < fresh.count {
                        let began = Date()
                        try db.inTransaction(.immediate) {
                            // Stored claims read for this add that had no content of this reader keep it now.
                            if k == 0 { try stored.writeContents(db, reader: fingerprint) }
                            repeat {
                                let item = fresh[k].item
                                try plan.write(
                                    article: k, item: item, key: fresh[k].key, terms: terms[k], db: db,
                                    result: &result)
                                result.added.append(item.analysis.document.path)
                                result.claims += item.analysis.claims.count
                                k += 1
                                if StoryStore.pauseBetweenArticles > 0 {
                                    usleep(useconds_t(StoryStore.pauseBetweenArticles * 1_000_000))
                                }
                            } while k < fresh.count && Date().timeIntervalSince(began) < StoryStore.commitInterval
                            try foldTermLogIfLarge(db, last: k == fresh.count)
                            if k == fresh.count { try StoryStore.finish(batch: batch, db) }
                            return .commit
                        }
                    }
                }
            }
            StoryStore.trace("\(fresh.count) articles written")
        } else {
            try guarded {
                try queue.inTransaction(.immediate) { db in
                    try StoryStore.finish(batch: batch, db)
                    return .commit
                }
            }
        }
        return result
    }

    /// Moves the log of recent index terms into the index (`StoreTermLog.fold`) once it holds `foldRows` rows
    /// or terms of `foldBatches` batches, in the transaction of the articles that brought it there: the log,
    /// and the free pages it leaves when emptied, stay small however many articles one `add` brings. The `last`
    /// transaction of an add folds it from half `foldRows`: a large add, long already, leaves the log at most
    /// half full rather than near the line, where the next add of a few articles would pay for the fold.
    private func foldTermLogIfLarge(_ db: Database, last: Bool) throws {
        let rows = try StoreTermLog.rows(db)
        guard rows > 0 else { return }
        let batches = try StoreTermLog.batches(db).count
        guard rows >= (last ? foldRows / 2 : foldRows) || batches >= foldBatches else { return }
        try StoreTermLog.fold(db, postingLimit: postingLimit)
        StoryStore.trace("\(rows) logged terms folded into the index")
    }

    /// Marks a batch finished (in the transaction of its last articles).
    private static func finish(batch: Int64, _ db: Database) throws {
        try db.execute(sql: "UPDATE batch SET finished = ? WHERE id = ?", arguments: [StoryStore.timestamp(), batch])
    }

    /// The incoming articles not yet in the store, each with its content key; the others are noted in `result`.
    private func freshArticles(_ incoming: [IncomingArticle], result: inout AddResult) throws(StoreError)
        -> [(item: IncomingArticle, key: String)]
    {
        let keys = incoming.map { ContentKey.article($0.analysis.document) }
        let existing: [String: String] = try guarded {
            try queue.read { db in
                var found: [String: String] = [:]
                for chunk in keys.chunks(of: 500) {
                    let marks = SQLiteRows.placeholders(chunk.count)
                    for row in try Row.fetchAll(
                        db, sql: "SELECT contentKey, path FROM article WHERE contentKey IN (\(marks))",
                        arguments: StatementArguments(Array(chunk)))
                    {
                        found[row["contentKey"]] = row["path"]
                    }
                }
                return found
            }
        }
        var taken: [String: String] = [:]
        var fresh: [(IncomingArticle, String)] = []
        for (item, key) in zip(incoming, keys) {
            if let path = existing[key] ?? taken[key] {
                result.duplicates.append((item.analysis.document.path, path))
                continue
            }
            taken[key] = item.analysis.document.path
            fresh.append((item, key))
        }
        return fresh
    }
}

/// The stored claims an `add` compares with: their articles (text and header only, with just these claims) as
/// the comparer takes them, and what the store already knows of each claim (its id, copy group and events).
struct StoredSubset {
    var articles: [ArticleAnalysis] = []
    /// Per article, the store ids of its claims, in the order of `articles[k].claims`.
    var claimIDs: [[Int64]] = []
    var copyGroups: [Int64: String] = [:]
    /// Per article, the positions in `articles[k].claims` of its article's first and last claims, when loaded.
    var edges: [Set<Int>] = []
    /// Stored events per claim, with their keys.
    var events: [Int64: [(id: Int64, key: String)]] = [:]

    /// Stored claims that had no content read by the reader of this add (`reader`), with the content read
    /// now (`StoredContent`), to be kept.
    var readNow: [(id: Int64, content: Data)] = []

    /// `reader`, when given, gives each claim its content as its article is decoded (see `StoryStore.add`): the
    /// content stored with it when the same reader read it (the same fingerprint), else read now.
    init(_ db: Database, claims: Set<Int64>, reader: (ContentReader, fingerprint: Int64)? = nil) throws {
        guard !claims.isEmpty else { return }
        var byArticle: [Int64: [Member]] = [:]
        for chunk in Array(claims).chunks(of: 500) {
            let marks = SQLiteRows.placeholders(chunk.count)
            let arguments = StatementArguments(Array(chunk))
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT id, article, ordinal, copyGroup, data, content, reader FROM claim WHERE id IN (\(marks))",
                arguments: arguments)
            {
                let fingerprint: Int64? = row["reader"]
                byArticle[row["article"], default: []].append(
                    Member(
                        id: row["id"], ordinal: row["ordinal"], group: row["copyGroup"], data: row["data"],
                        content: reader != nil && fingerprint == reader?.fingerprint ? row["content"] : nil))
            }
            for row in try Row.fetchAll(
                db,
                sql:
                    "SELECT ec.claim, ec.event, e.key FROM eventClaim ec JOIN event e ON e.id = ec.event WHERE ec.claim IN (\(marks))",
                arguments: arguments)
            {
                events[row["claim"], default: []].append((row["event"], row["key"]))
            }
        }
        var fields: [StoredDocument.Fields] = []
        var lastOrdinal: [Int64: Int] = [:]
        for chunk in byArticle.keys.sorted().chunks(of: 500) {
            let marks = SQLiteRows.placeholders(chunk.count)
            for row in try Row.fetchAll(
                db, sql: "SELECT article, max(ordinal) AS last FROM claim WHERE article IN (\(marks)) GROUP BY article",
                arguments: StatementArguments(Array(chunk)))
            {
                lastOrdinal[row["article"]] = row["last"]
            }
            fields += try Row.fetchAll(
                db,
                sql:
                    "SELECT id, path, format, metadata, text, furniture, warnings, outlet FROM article WHERE id IN (\(marks)) ORDER BY id",
                arguments: StatementArguments(Array(chunk))
            ).map(StoredDocument.Fields.init)
        }
        // Read from the database in turn; each article decoded with its claims, and their content read, on every
        // core. The comparer would read the stored claims' content in two halves of the run's claims, the first
        // holding nearly all the stored ones (the new claims come read): per article, the work is shared evenly.
        let work = fields.map { ($0, byArticle[$0.id]!.sorted { $0.ordinal < $1.ordinal }) }
        let decoded = try StoredSubset.decoded(work) { decoder, item in
            let document = try item.0.document(decoder: decoder)
            let outlet = try decoder.decode(Source.self, from: Data(item.0.outlet.utf8))
            var readNow: [(Int64, Data)] = []
            let claims = try item.1.map { member in
                var claim = try decoder.decode(StoredClaim.self, from: member.data).claim(
                    id: "", document: 0, copyGroup: nil)
                // Shingled as the claims stage shingles every claim (here on every core, not in the comparison's
                // serial steps), so that a short sentence copied from a stored article is found a copy as in a
                // run over both files.
                claim.shingles = Claim.shingles(of: claim.text)
                guard let reader else { return claim }
                let words = FrameWord.words(in: claim.spans, of: document)
                if let stored = member.content, let content = try? StoredContent.decode(stored, words: words) {
                    claim.read = ReadContent(value: content)
                } else {
                    let content = reader.0.content(of: claim, words: words, in: document)
                    claim.read = ReadContent(value: content)
                    readNow.append((member.id, StoredContent.encode(content)))
                }
                return claim
            }
            return (document, outlet, claims, readNow)
        }
        for ((article, members), (document, outlet, claims, readNow)) in zip(work, decoded) {
            self.readNow += readNow
            articles.append(
                ArticleAnalysis(
                    document: document, text: TextAnalysis(paragraphs: [], sentences: [], tokens: [], quotations: []),
                    attributions: [], outlet: outlet, claims: claims))
            claimIDs.append(members.map(\.id))
            let last = lastOrdinal[article.id]
            edges.append(Set(members.indices.filter { members[$0].ordinal == 0 || members[$0].ordinal == last }))
            for member in members { if let group = member.group { copyGroups[member.id] = group } }
        }
    }

    /// Keeps the contents read now (`readNow`) with their claims, as read by the reader of fingerprint `reader`.
    func writeContents(_ db: Database, reader: Int64) throws {
        let update = try db.cachedStatement(sql: "UPDATE claim SET content = ?, reader = ? WHERE id = ?")
        for (id, content) in readNow { try update.execute(arguments: [content, reader, id]) }
    }

    /// A stored claim as read from its row, before it is decoded, with its stored content when it was read by
    /// the reader of this add.
    private struct Member: Sendable {
        var id: Int64
        var ordinal: Int
        var group: String?
        var data: Data
        var content: Data?
    }

    /// `decode` applied to every item, in parallel, in order; the first error is thrown.
    static func decoded<Item: Sendable, Value: Sendable>(
        _ items: [Item], _ decode: @Sendable (JSONDecoder, Item) throws -> Value
    ) throws -> [Value] {
        let box = ResultBox<Result<Value, any Error>>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            _ = box.set(i, Result { try decode(JSONDecoder(), items[i]) })
        }
        return try box.values().map { try $0.get() }
    }
}

/// Documents as the `article` table holds them.
enum StoredDocument {
    static func document(_ row: Row, decoder: JSONDecoder) throws -> Document {
        try Fields(row).document(decoder: decoder)
    }

    /// An `article` row's columns that make its document, read out of the database.
    struct Fields: Sendable {
        var id: Int64
        var path: String
        var format: String
        var metadata: String
        var text: String
        var furniture: String
        var warnings: String
        var outlet: String

        init(_ row: Row) {
            id = row["id"]
            path = row["path"]
            format = row["format"]
            metadata = row["metadata"]
            text = row["text"]
            furniture = row["furniture"]
            warnings = row["warnings"]
            outlet = row["outlet"] ?? ""
        }

        func document(decoder: JSONDecoder) throws -> Document {
            Document(
                path: path, format: Document.Format(rawValue: format) ?? .text,
                metadata: try decoder.decode(DocumentMetadata.self, from: Data(metadata.utf8)), text: text,
                furniture: try decoder.decode([TextSpan].self, from: Data(furniture.utf8)),
                warnings: try decoder.decode([String].self, from: Data(warnings.utf8)))
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}

final class TraceClock: @unchecked Sendable {
    /// From the first step, which so shows the processor time spent before it (starting, loading knowledge).
    private var last = (Date(), 0.0)
    private let lock = Lock()

    /// Seconds of processor time (user and system) of the whole process so far.
    static func processorTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    func swap(_ now: (Date, Double)) -> (Date, Double) {
        lock.withLock {
            let previous = last
            last = now
            return previous
        }
    }
}
