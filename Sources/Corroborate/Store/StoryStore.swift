import Foundation
import GRDB

/// A story followed over days: articles, their attributions and claims, the relations found between them, the
/// events they report and people's reviews of the relations, kept in one SQLite file (through GRDB).
///
/// The file is in WAL mode with a busy timeout, so a report can read while an `add` writes and two `add`s wait
/// for each other rather than fail; articles are written in transactions of at most `commitInterval` of writing
/// (one for a few articles), so a killed `add` leaves the store as it was after the last transaction it finished.
/// A store made by a newer Corroborate (a schema version this build does not know) is refused, never altered.
public final class StoryStore: @unchecked Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// Terms of more stored claims than this are not looked up, nor their postings written
    /// (`StoreIndex.postingLimit`); lowered by tests.
    var postingLimit = 200
    /// Postings from which an `add` reads half of them on a second connection (`StoreIndex.parallelRows`).
    var parallelRows = 8000
    /// Rows, or batches, of the log of recent index terms from which an `add` folds it into the index
    /// (`StoreTermLog`): the terms of a few hundred articles, or sixteen `add`s (an add's last transaction folds
    /// from half the rows); lowered by tests.
    var foldRows = 100_000
    var foldBatches = 16

    /// How long a write waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 60

    /// Whether opening may make a new store.
    public enum Mode: Sendable {
        case createIfMissing
        case existing
    }

    public init(path: String, mode: Mode) throws(StoreError) {
        StoryStore.trace("open")
        self.path = path
        var info = stat()
        let exists = stat(path, &info) == 0
        if !exists && mode == .existing { throw .missing(path) }
        if exists {
            try StoryStore.checkHeader(path, info)
            // Checked on a read-only connection first: opening for writing in WAL mode writes to the file.
            try StoryStore.checkVersion(path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(StoryStore.busyTimeout)
        configuration.prepareDatabase { db in
            // WAL set here rather than through GRDB's `journalMode = .wal`, which makes and drops a table on every
            // open without a log file: a report would write to the store. The mode stays with the file.
            // Temporary tables and statement journals in memory: a multi-row insert into the term index keeps a
            // journal of every page it changes, which SQLite would otherwise spill to a temporary file, writing
            // the pages of an add once more.
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw StoreError.database(path, reason: "cannot use a write-ahead log")
            }
            // The database read through memory mapping and a larger page cache: an `add` reads tens of thousands
            // of postings and then writes to the same index pages, each of which would otherwise be a system call
            // (and often a second one, once SQLite's default 2 MB cache has dropped the page).
            try db.execute(
                sql: """
                    PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;
                    PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824
                    """)
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoryStore.storeError(error, path)
        }
        try StoryStore.checkVersion(path, queue: queue)
        // Two processes making one store at once would both see it unmigrated: they migrate in turn.
        let lock = try StoreLock(store: path, waiting: {})
        defer { withExtendedLifetime(lock) {} }
        try guarded {
            try StoreSchema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                // Written only when not yet so: setting them writes the file's first page, on every open.
                let marked =
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") == StoreSchema.applicationID
                    && Int.fetchOne(db, sql: "PRAGMA user_version") == StoreSchema.version
                if !marked {
                    try db.execute(
                        sql:
                            "PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = \(StoreSchema.version)"
                    )
                }
            }
        }
        StoryStore.trace("opened")
    }

    /// A read-only connection of its own to the store, to read beside `queue` on another core (nil when it cannot
    /// be opened: the caller reads on `queue` alone).
    func readOnlyQueue() -> DatabaseQueue? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(StoryStore.busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824")
        }
        return try? DatabaseQueue(path: path, configuration: configuration)
    }

    /// An existing file must be an SQLite database (or empty, which SQLite takes as a new one).
    private static func checkHeader(_ path: String, _ info: stat) throws(StoreError) {
        if info.st_mode & S_IFMT == S_IFDIR { throw .notAStore(path, reason: "it is a folder") }
        guard info.st_size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .database(path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 16)) ?? Data())
        if head != Array("SQLite format 3\u{0}".utf8) { throw .notAStore(path, reason: "not an SQLite database") }
    }

    /// Refuses a store from a newer schema, or another program's database, before anything is written; on a
    /// read-only connection of its own unless given one.
    private static func checkVersion(_ path: String, queue given: DatabaseQueue? = nil) throws(StoreError) {
        let facts: (Int32, Int, Int, Bool)
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(busyTimeout)
            let queue = try given ?? DatabaseQueue(path: path, configuration: configuration)
            facts = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                    // GRDB makes its own table of migrations before the first migration's transaction: a store that
                    // another `add` is making at this moment has it alone, without the store's mark yet.
                    try Int.fetchOne(
                        db,
                        sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name != 'grdb_migrations'"
                    ) ?? 0,
                    try StoreSchema.migrator.hasBeenSuperseded(db)
                )
            }
            if given == nil { try queue.close() }
        } catch {
            throw storeError(error, path)
        }
        let (application, version, tables, superseded) = facts
        if version > StoreSchema.version || (application == StoreSchema.applicationID && superseded) {
            throw .newerSchema(path, found: version, known: StoreSchema.version)
        }
        if tables > 0 && application != StoreSchema.applicationID {
            throw .notAStore(path, reason: "another program's SQLite database")
        }
    }

    /// Runs database work, turning GRDB's errors into one-line store errors.
    func guarded<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoryStore.storeError(error, path)
        }
    }

    static func storeError(_ error: any Error, _ path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .database(path, reason: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notAStore(path, reason: "not an SQLite database")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .database(path, reason: "busy: another process held the store for over \(Int(busyTimeout)) s")
        case .SQLITE_CORRUPT: return .database(path, reason: "the database is damaged (\(error.message ?? "corrupt"))")
        case .SQLITE_FULL: return .database(path, reason: "cannot write: the disk is full")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return .database(path, reason: "cannot open for writing (\(error.message ?? "permission denied"))")
        default: return .database(path, reason: error.message ?? "\(error)")
        }
    }

    /// Now, as the store writes times: UTC, to the second.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The store's size on disk: the database with its write-ahead log.
    public var bytesOnDisk: Int {
        [path, path + "-wal"].reduce(0) { total, file in
            var info = stat()
            return total + (stat(file, &info) == 0 ? Int(info.st_size) : 0)
        }
    }

    /// Copies the write-ahead log into the database file, so that `bytesOnDisk` is the database alone.
    public func checkpoint() throws(StoreError) {
        _ = try guarded { try queue.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
    }

    /// Closes the store: SQLite copies the write-ahead log into the database and removes it, unless another
    /// process has the store open. The store cannot be used afterwards.
    public func close() throws(StoreError) {
        try guarded { try queue.close() }
        StoryStore.trace("closed")
    }

    /// How many articles, claims and relations the store holds.
    public func counts() throws(StoreError) -> (articles: Int, claims: Int, relations: Int) {
        try guarded {
            try queue.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") ?? 0
                )
            }
        }
    }
}

extension Array {
    /// The array in pieces of at most `size`, for SQL `IN (...)` lists under SQLite's variable limit.
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
