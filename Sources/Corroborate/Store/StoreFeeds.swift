import GRDB

extension StoryStore {
    /// Which of a feed's links the store already has: items taken from this feed before, or pages stored under
    /// that URL.
    public func knownLinks(_ links: [String], feed: String) throws(StoreError) -> Set<String> {
        try guarded {
            try queue.read { db in
                var known = Set<String>()
                for chunk in links.chunks(of: 400) {
                    let marks = SQLiteRows.placeholders(chunk.count)
                    known.formUnion(
                        try String.fetchAll(
                            db, sql: "SELECT link FROM feedItem WHERE feed = ? AND link IN (\(marks))",
                            arguments: StatementArguments([feed] + Array(chunk))))
                    let paths = try Row.fetchAll(
                        db, sql: "SELECT path, url FROM article WHERE path IN (\(marks)) OR url IN (\(marks))",
                        arguments: StatementArguments(Array(chunk) + Array(chunk)))
                    for row in paths {
                        known.insert(row["path"])
                        if let url: String = row["url"] { known.insert(url) }
                    }
                }
                return known.intersection(links)
            }
        }
    }

    /// Remembers feed items fetched, so that the next `add --feed` skips them.
    public func recordFeedItems(_ items: [(feed: String, link: String)]) throws(StoreError) {
        guard !items.isEmpty else { return }
        let now = StoryStore.timestamp()
        try guarded {
            try queue.inTransaction(.immediate) { db in
                for item in items {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO feedItem (feed, link, seen) VALUES (?, ?, ?)",
                        arguments: [item.feed, item.link, now])
                }
                return .commit
            }
        }
    }
}
