import Foundation
import GRDB
import Testing

@testable import Corroborate

/// Claims' read content as the store keeps it, and how an `add` uses it.
@Suite("Stored claim content")
struct StoredContentTests {
    static func articles(_ path: String, _ corroborator: Corroborator) -> [ArticleAnalysis] {
        let inputs = Ingester.inputs(for: [path], followSymlinks: false).inputs
        return corroborator.analyzeInputs(inputs).compactMap { try? $0.get() }
    }

    @Test("A claim's content read back from its stored form is the content the reader reads")
    func roundTrip() throws {
        let corroborator = Corroborator()
        let reader = corroborator.claimBuilder.reader
        var checked = 0
        for article in StoredContentTests.articles(Fixture.seeds, corroborator)
            + StoredContentTests.articles(
                Fixture.path("story-day2"), corroborator)
        {
            for claim in article.claims {
                let read = reader.content(of: claim, in: article.document)
                let bytes = StoredContent.encode(read)
                let back = try StoredContent.decode(
                    bytes, words: FrameWord.words(in: claim.spans, of: article.document))
                #expect(StoredContent.encode(back) == bytes)
                #expect(back.words.map(\.key) == read.words.map(\.key))
                #expect(back.terms == read.terms)
                #expect(back.weights == read.weights)
                #expect(back.quantities == read.quantities)
                #expect(back.timeSlots == read.timeSlots)
                #expect(back.negations.map(\.scope) == read.negations.map(\.scope))
                #expect(back.clauseTerms == read.clauseTerms)
                #expect(back.alignmentWords?.stems == read.alignmentWords?.stems)
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test("The stored form writes every field of a claim's content")
    func everyField() throws {
        let corroborator = Corroborator()
        let article = try #require(StoredContentTests.articles(Fixture.seeds, corroborator).first)
        let content = corroborator.claimBuilder.reader.content(
            of: try #require(article.claims.first), in: article.document)
        // ClaimContent keeps its fields in one box, the rare ones out of line: a field added there must be written
        // by StoredContent too.
        let box = try #require(Mirror(reflecting: content).children.first?.value)
        let fields = try #require(Mirror(reflecting: box).children.first?.value)
        let inline = Mirror(reflecting: fields).children.filter { $0.label != "rare" }.count
        #expect(inline + ClaimContent.rareFieldCount == StoredContent.fields)
    }

    @Test("Bytes cut short, or the content of a claim of other words, are refused")
    func malformed() throws {
        let corroborator = Corroborator()
        let article = try #require(StoredContentTests.articles(Fixture.seeds, corroborator).first)
        let claim = try #require(article.claims.first { $0.text.count > 40 })
        let words = FrameWord.words(in: claim.spans, of: article.document)
        let bytes = StoredContent.encode(corroborator.claimBuilder.reader.content(of: claim, in: article.document))
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: StoredContent.Malformed.self) { try StoredContent.decode(bytes.prefix(cut), words: words) }
        }
        #expect(throws: StoredContent.Malformed.self) {
            try StoredContent.decode(bytes, words: Array(words.dropLast()))
        }
        #expect(throws: StoredContent.Malformed.self) { try StoredContent.decode(bytes + [0], words: words) }
    }

    /// The second day's relations (type, rule and the claims' texts) after adding both days to a new store,
    /// `between` run on the store after the first day (it gives the store to go on with).
    static func dayTwoRelations(
        _ folder: TemporaryFolder, name: String, between: (StoryStore) throws -> StoryStore = { $0 }
    ) throws -> (relations: [String], store: StoryStore) {
        let corroborator = Corroborator()
        let first = try StoryStore(path: folder.path + "/\(name).sqlite", mode: .createIfMissing)
        _ = try first.add(
            StoredContentTests.articles(Fixture.seeds, corroborator).map { IncomingArticle(analysis: $0) },
            corroborator: corroborator, command: "test")
        let store = try between(first)
        let result = try store.add(
            StoredContentTests.articles(Fixture.path("story-day2"), corroborator).map {
                IncomingArticle(analysis: $0)
            }, corroborator: corroborator, command: "test")
        let texts = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, data FROM claim").reduce(into: [String: String]()) { texts, row in
                let claim = try JSONDecoder().decode(StoredClaim.self, from: row["data"] as Data)
                texts["c\(row["id"] as Int64)"] = claim.text
            }
        }
        let relations = result.relations.map { relation in
            "\(relation.type.rawValue) \(relation.rule): "
                + relation.claims.map { texts[$0] ?? $0 }.joined(separator: " | ")
        }.sorted()
        return (relations, store)
    }

    @Test("Stored claims whose content another reader read are read again, kept, and compared alike")
    func staleContent() throws {
        let folder = try TemporaryFolder()
        let (kept, _) = try StoredContentTests.dayTwoRelations(folder, name: "kept")
        let (stale, store) = try StoredContentTests.dayTwoRelations(folder, name: "stale") { store in
            try store.queue.write { try $0.execute(sql: "UPDATE claim SET reader = 0") }
            return store
        }
        #expect(!kept.isEmpty)
        #expect(stale == kept)
        let fingerprint = StoredContent.fingerprint(Corroborator().knowledge)
        let (current, old) = try store.queue.read { db in
            (
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM claim WHERE reader = ? AND batch = 1",
                    arguments: [
                        fingerprint
                    ]) ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM claim WHERE reader = 0") ?? 0
            )
        }
        // The first day's claims the add compared with have their content again; the others wait for theirs.
        #expect(current > 0 && old > 0)
    }

    @Test(
        "A store of an older schema version opens, is upgraded, and takes new articles with the same relations",
        arguments: [1, 2])
    func fromOlderVersion(version: Int) throws {
        let folder = try TemporaryFolder()
        let (relations, _) = try StoredContentTests.dayTwoRelations(folder, name: "old") { store in
            try store.queue.writeWithoutTransaction { db in
                // Versions before 3 have the whole term index and no log of recent terms.
                try StoreTermLog.fold(db, postingLimit: store.postingLimit)
                try db.execute(sql: "DROP TABLE termLog; DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%'")
                if version == 1 {
                    try db.execute(
                        sql: """
                            ALTER TABLE claim DROP COLUMN content; ALTER TABLE claim DROP COLUMN reader;
                            DELETE FROM grdb_migrations WHERE identifier LIKE 'v2:%'
                            """)
                }
                try db.execute(sql: "PRAGMA user_version = \(version)")
            }
            try store.close()
            let reopened = try StoryStore(path: store.path, mode: .existing)
            let upgraded = try reopened.queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
            #expect(upgraded == StoreSchema.version)
            return reopened
        }
        let (fresh, _) = try StoredContentTests.dayTwoRelations(folder, name: "fresh")
        #expect(!relations.isEmpty)
        #expect(relations == fresh)
    }
}
