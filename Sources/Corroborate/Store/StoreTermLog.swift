import GRDB

/// The index terms of the latest batches, kept apart from `term` and `posting` until there are many of them.
///
/// A new claim's terms are spread over the whole term index: written there directly, ten articles change a page
/// of `posting` and of `term`'s text index for nearly every term, which SQLite copies to its log and then to the
/// database (thousands of pages for a few hundred claims). The log is ordered by batch, so an `add` appends to
/// its end. `fold` moves it into the index in one pass once it holds `StoryStore.foldRows` rows or
/// `StoryStore.foldBatches` batches, changing each page once for all of them. Lookups read both, and give
/// what the index alone would give had every batch been written to it.
enum StoreTermLog {
    /// The batches that have terms in the log, oldest first.
    static func batches(_ db: Database) throws -> [Int64] {
        var found: [Int64] = []
        // One step down the table's key per batch, rather than a pass over every row.
        while let next = try Int64.fetchOne(
            db, sql: "SELECT min(batch) FROM termLog WHERE batch > ?", arguments: [found.last ?? Int64.min])
        {
            found.append(next)
        }
        return found
    }

    /// How many rows the log holds.
    static func rows(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM termLog") ?? 0
    }

    /// Adds the log's claim counts per term (`text`) among `texts` to `counts`.
    static func addCounts(
        _ db: Database, batches: [Int64], texts: [String], to counts: inout [String: (id: Int64?, count: Int)]
    ) throws {
        guard !batches.isEmpty else { return }
        for chunk in texts.chunks(of: 500) {
            let rows = try SQLiteRows(
                db,
                sql:
                    "SELECT text, count(*) FROM termLog WHERE batch IN (\(list(batches))) AND text IN (\(SQLiteRows.placeholders(chunk.count))) GROUP BY text",
                cached: false)
            for (k, text) in chunk.enumerated() { try rows.bind(Int32(k + 1), text) }
            while try rows.step() {
                let text = rows.string(0)
                let known = counts[text]
                counts[text] = (known?.id, (known?.count ?? 0) + Int(rows.int64(1)))
            }
        }
    }

    /// The log's postings of the terms `texts`, with `condition` on their rows, per term.
    static func postings(_ db: Database, batches: [Int64], texts: [String], condition: String) throws
        -> [String: [StoreIndex.RawPosting]]
    {
        var lists: [String: [StoreIndex.RawPosting]] = [:]
        guard !batches.isEmpty else { return lists }
        for chunk in texts.chunks(of: 500) {
            let rows = try SQLiteRows(
                db,
                sql: """
                    SELECT text, claim, weight, day, article FROM termLog
                    WHERE batch IN (\(list(batches))) AND text IN (\(SQLiteRows.placeholders(chunk.count)))\(condition)
                    """,
                cached: false)
            for (k, text) in chunk.enumerated() { try rows.bind(Int32(k + 1), text) }
            while try rows.step() {
                lists[rows.string(0), default: []].append(StoreIndex.RawPosting(rows))
            }
        }
        return lists
    }

    /// Logs the terms of one new article's claims (`claims[j]` with store id `ids[j]`), in the table's order.
    /// A term repeated in one claim is logged once, with its first weight.
    static func write(
        _ db: Database, batch: Int64, article: Int64, day: Int?, claims: [[(String, Double)]], ids: [Int64]
    ) throws {
        var rows: [(text: String, claim: Int64, weight: Double)] = []
        for (j, terms) in claims.enumerated() { for (text, weight) in terms { rows.append((text, ids[j], weight)) } }
        rows = rows.enumerated().sorted {
            ($0.element.text, $0.element.claim, $0.offset) < ($1.element.text, $1.element.claim, $1.offset)
        }.map(\.element)
        var rest = rows[...]
        for size in AddPlan.batches(rows.count) {
            let statement = try SQLiteRows(
                db,
                sql:
                    "INSERT OR IGNORE INTO termLog (batch, text, claim, weight, day, article) VALUES \(AddPlan.marks(6, rows: size))"
            )
            for (n, row) in rest.prefix(size).enumerated() {
                let first = Int32(6 * n)
                try statement.bind(first + 1, batch)
                try statement.bind(first + 2, row.text)
                try statement.bind(first + 3, row.claim)
                try statement.bind(first + 4, row.weight)
                try statement.bind(first + 5, day)
                try statement.bind(first + 6, article)
            }
            rest = rest.dropFirst(size)
            try statement.run()
        }
    }

    /// Moves the log into `term` and `posting` and empties it: each term's count grows by its logged claims
    /// (new terms numbered in the order of their text, so that two stores of the same batches agree), and the
    /// postings of place keys and of terms of at most `postingLimit` claims are kept; a term past it is never
    /// looked up again (`StoreIndex.postingLimit`), so only its count matters; and an `add` does not log a term
    /// that was already past it (`AddPlan.unindexed`), whose count then stays where it passed.
    static func fold(_ db: Database, postingLimit: Int) throws {
        try db.execute(
            sql: """
                INSERT INTO term (text, claims) SELECT text, count(*) FROM termLog WHERE true GROUP BY text ORDER BY text
                ON CONFLICT(text) DO UPDATE SET claims = claims + excluded.claims
                """)
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO posting (term, claim, weight, day, article)
                SELECT t.id, l.claim, l.weight, l.day, l.article FROM termLog l JOIN term t ON t.text = l.text
                WHERE t.claims <= ? OR substr(l.text, 1, 1) = '@' ORDER BY t.id, l.claim
                """, arguments: [postingLimit])
        try db.execute(sql: "DELETE FROM termLog")
    }

    private static func list(_ batches: [Int64]) -> String { batches.map(String.init).joined(separator: ",") }
}
