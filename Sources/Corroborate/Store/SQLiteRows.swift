import GRDB
import GRDBSQLite

/// A prepared statement stepped and bound through SQLite's own functions, for the store's bulk reads and writes
/// (tens of thousands of postings per `add`), where GRDB's rows and arguments cost more than SQLite itself. The
/// statement is GRDB's (prepared and cached by it); only the binding, stepping and reading of columns is done
/// here, and SQLite's errors become GRDB's `DatabaseError`, as elsewhere in the store.
struct SQLiteRows {
    private let statement: Statement
    private let handle: OpaquePointer
    private let db: Database

    /// `sql` prepared, once per connection when `cached` (GRDB's statement cache), its bindings cleared.
    init(_ db: Database, sql: String, cached: Bool = true) throws {
        self.db = db
        statement = try cached ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Parameters count from 1, as in SQLite. A parameter out of range or a value SQLite refuses throws, rather
    /// than leaving the parameter unbound (NULL) in a row that would then be written.
    func bind(_ index: Int32, _ value: Int64) throws { try check(sqlite3_bind_int64(handle, index, value)) }
    func bind(_ index: Int32, _ value: Double) throws { try check(sqlite3_bind_double(handle, index, value)) }
    func bind(_ index: Int32, _ value: Int?) throws {
        if let value {
            try check(sqlite3_bind_int64(handle, index, Int64(value)))
        } else {
            try check(sqlite3_bind_null(handle, index))
        }
    }
    func bind(_ index: Int32, _ value: String) throws {
        // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
        try check(
            sqlite3_bind_text(
                handle, index, value, -1,
                unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)))
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }

    /// The next row: true while there is one; false (and the statement reset for its next use) at the end.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        if code == SQLITE_DONE { return false }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }

    /// `?,?,?` for `count` parameters, as an SQL `IN (...)` list takes them.
    static func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }

    /// Runs the statement to its end (an insert or update).
    func run() throws { while try step() {} }

    /// Columns of the current row, counted from 0.
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
    func optionalInt(_ column: Int32) -> Int? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
    }
    func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: text)
    }
}
