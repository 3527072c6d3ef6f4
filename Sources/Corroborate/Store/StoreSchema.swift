import GRDB

/// The store's tables, created and upgraded by GRDB's migrator. Every migration is a step from one schema version
/// to the next; `version` is written to SQLite's `user_version` so that a store made by a newer Corroborate is
/// recognised and refused (its tables may mean something this build does not know) instead of being misread.
enum StoreSchema {
    /// The schema this build reads and writes.
    static let version = 3
    /// SQLite's `application_id` for a Corroborate store (`CRRB`), so that another program's database is refused.
    static let applicationID: Int32 = 0x4352_5242

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, claims, term index, relations, events, reviews, feeds") { db in
            try db.execute(sql: v1)
            // In the same transaction as the tables: another process opening the store at this moment sees
            // either no tables or a Corroborate store, never tables without the store's mark.
            try db.execute(sql: "PRAGMA application_id = \(applicationID); PRAGMA user_version = 1")
        }
        // Each claim keeps what the comparison read from it (`StoredContent`), with the fingerprint of the reader
        // that read it: an `add` compares new claims with stored ones without reading them again. Claims stored
        // before have none, and get it when an `add` first reads them.
        migrator.registerMigration("v2: claims keep their read content") { db in
            try db.execute(
                sql: "ALTER TABLE claim ADD COLUMN content BLOB; ALTER TABLE claim ADD COLUMN reader INTEGER")
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        // The index terms of the latest batches go to a log ordered by batch, so that an `add` appends a few pages
        // instead of changing pages all over `term` and `posting`; `StoreTermLog.fold` moves the log into them
        // once it is large (`StoreTermLog`).
        migrator.registerMigration("v3: recent index terms in a log") { db in
            try db.execute(sql: v3)
            try db.execute(sql: "PRAGMA user_version = 3")
        }
        return migrator
    }

    /// Version 3: a claim's index term, written by a batch and not yet folded into `term` and `posting` (with
    /// the columns of `posting`, and the term's text instead of its id).
    static let v3 = """
        CREATE TABLE termLog (
            batch INTEGER NOT NULL REFERENCES batch(id),
            text TEXT NOT NULL,
            claim INTEGER NOT NULL REFERENCES claim(id),
            weight REAL NOT NULL,
            day INTEGER,
            article INTEGER NOT NULL,
            PRIMARY KEY (batch, text, claim)
        ) WITHOUT ROWID;
        """

    /// Version 1. Times are UTC, ISO 8601 (`2025-03-01T09:30:00Z`), so that they sort as text.
    static let v1 = """
        CREATE TABLE batch (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            command TEXT NOT NULL
        );
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL REFERENCES batch(id),
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            contentKey TEXT NOT NULL UNIQUE,
            metadata TEXT NOT NULL,
            day INTEGER,
            text TEXT NOT NULL,
            furniture TEXT NOT NULL,
            warnings TEXT NOT NULL,
            outlet TEXT NOT NULL,
            analysis BLOB NOT NULL,
            url TEXT,
            fetchedAt TEXT,
            page BLOB
        );
        CREATE INDEX article_batch ON article(batch);
        CREATE INDEX article_url ON article(url);
        CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            article INTEGER NOT NULL REFERENCES article(id),
            batch INTEGER NOT NULL REFERENCES batch(id),
            ordinal INTEGER NOT NULL,
            copyGroup TEXT,
            data BLOB NOT NULL
        );
        CREATE INDEX claim_article ON claim(article);
        CREATE TABLE term (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE,
            claims INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE posting (
            term INTEGER NOT NULL REFERENCES term(id),
            claim INTEGER NOT NULL REFERENCES claim(id),
            weight REAL NOT NULL,
            day INTEGER,
            article INTEGER NOT NULL,
            PRIMARY KEY (term, claim)
        ) WITHOUT ROWID;
        CREATE TABLE relation (
            id INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL REFERENCES batch(id),
            kind TEXT NOT NULL,
            claimKey TEXT NOT NULL,
            data BLOB NOT NULL
        );
        CREATE INDEX relation_claimKey ON relation(claimKey);
        CREATE TABLE relationClaim (
            relation INTEGER NOT NULL REFERENCES relation(id),
            claim INTEGER NOT NULL REFERENCES claim(id),
            PRIMARY KEY (relation, claim)
        ) WITHOUT ROWID;
        CREATE INDEX relationClaim_claim ON relationClaim(claim);
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            batch INTEGER NOT NULL REFERENCES batch(id),
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            place TEXT NOT NULL
        );
        CREATE TABLE eventClaim (
            event INTEGER NOT NULL REFERENCES event(id),
            claim INTEGER NOT NULL REFERENCES claim(id),
            batch INTEGER NOT NULL REFERENCES batch(id),
            PRIMARY KEY (event, claim)
        ) WITHOUT ROWID;
        CREATE INDEX eventClaim_claim ON eventClaim(claim);
        CREATE TABLE review (
            id INTEGER PRIMARY KEY,
            relation INTEGER NOT NULL REFERENCES relation(id),
            claimKey TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong')),
            note TEXT,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX review_claimKey ON review(claimKey);
        CREATE TABLE feedItem (
            feed TEXT NOT NULL,
            link TEXT NOT NULL,
            seen TEXT NOT NULL,
            PRIMARY KEY (feed, link)
        ) WITHOUT ROWID;
        """
}
