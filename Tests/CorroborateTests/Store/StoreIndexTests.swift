import Foundation
import GRDB
import Testing

@testable import Corroborate

/// The store's term index as `add` writes it.
@Suite("Story store index")
struct StoreIndexTests {
    @Test("Postings stop being written for a term once it is held by more claims than are ever looked up")
    func postingLimit() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/story.sqlite"
        let corroborator = Corroborator()
        let store = try StoryStore(path: path, mode: .createIfMissing)
        store.postingLimit = 3
        // Each add's terms folded into the index at its end.
        store.foldRows = 0
        for batch in [Fixture.seeds, Fixture.path("story-day2")] {
            let inputs = Ingester.inputs(for: [batch], followSymlinks: false).inputs
            let incoming = corroborator.analyzeInputs(inputs).compactMap { try? $0.get() }.map {
                IncomingArticle(analysis: $0)
            }
            #expect(incoming.count == 3)
            _ = try store.add(incoming, corroborator: corroborator, command: "test")
        }
        let terms = try store.queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.text, t.claims, (SELECT count(*) FROM posting p WHERE p.term = t.id) AS postings
                    FROM term t
                    """
            ).map { (text: $0["text"] as String, claims: $0["claims"] as Int, postings: $0["postings"] as Int) }
        }
        // The fixtures have terms on both sides of the limit, and place keys past it.
        #expect(terms.contains { $0.claims <= 3 } && terms.contains { $0.claims > 3 && !$0.text.hasPrefix("@") })
        for term in terms {
            if term.claims <= 3 || term.text.hasPrefix("@") {
                // Looked up: every claim holding the term has its posting.
                #expect(term.postings == term.claims, "\(term)")
            } else {
                // Never looked up again: postings only from the batches folded before it passed the limit.
                #expect(term.postings < term.claims, "\(term)")
            }
        }
        // Day two was still compared with the seeds through the index.
        let across = try store.queue.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM relation r WHERE r.batch = (SELECT max(id) FROM batch)
                    AND EXISTS (SELECT 1 FROM relationClaim rc JOIN claim c ON c.id = rc.claim WHERE rc.relation = r.id
                        AND c.batch < r.batch)
                    """) ?? 0
        }
        #expect(across > 0)
    }

    @Test("Postings read in two halves on two connections give the candidates one connection gives")
    func postingsOnTwoConnections() throws {
        let folder = try TemporaryFolder()
        let corroborator = Corroborator()
        let store = try StoryStore(path: folder.path + "/story.sqlite", mode: .createIfMissing)
        // The postings read on two connections are the index's (the log is read on the first).
        store.foldRows = 0
        func analysed(_ path: String) -> [ArticleAnalysis] {
            corroborator.analyzeInputs(Ingester.inputs(for: [path], followSymlinks: false).inputs).compactMap {
                try? $0.get()
            }
        }
        _ = try store.add(
            analysed(Fixture.seeds).map { IncomingArticle(analysis: $0) }, corroborator: corroborator, command: "test")
        let index = StoreIndex(knowledge: corroborator.knowledge, reader: corroborator.claimBuilder.reader)
        let articles = analysed(Fixture.path("story-day2"))
        let terms = articles.map { article in article.claims.map { index.terms(of: $0, in: article.document) } }
        // Undated and dated: without a date every posting is read, with dates only those near them (or undated).
        for days in [articles.map { _ in Int?.none }, articles.map { _ in Int?(17_000) }] {
            let one = try store.queue.read { db in try index.candidates(db, claims: terms, days: days) }
            var split = index
            split.parallelRows = 0
            var opened = 0
            let two = try store.queue.read { db in
                try split.candidates(db, claims: terms, days: days) {
                    opened += 1
                    return store.readOnlyQueue()
                }
            }
            #expect(opened == 1)
            #expect(!one.isEmpty)
            #expect(two == one)
        }
    }

    @Test("New terms wait in the log until it holds enough rows or batches, then go into the index in one step")
    func folding() throws {
        let folder = try TemporaryFolder()
        let corroborator = Corroborator()
        func analysed(_ path: String) -> [IncomingArticle] {
            corroborator.analyzeInputs(Ingester.inputs(for: [path], followSymlinks: false).inputs).compactMap {
                try? $0.get()
            }.map { IncomingArticle(analysis: $0) }
        }
        func sizes(_ store: StoryStore) throws -> (log: Int, terms: Int, postings: Int) {
            try store.queue.read { db in
                (
                    try StoreTermLog.rows(db), try Int.fetchOne(db, sql: "SELECT count(*) FROM term") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM posting") ?? 0
                )
            }
        }
        // By batches: the first add's terms stay in the log, the second add brings it to two batches.
        let byBatches = try StoryStore(path: folder.path + "/batches.sqlite", mode: .createIfMissing)
        byBatches.foldBatches = 2
        _ = try byBatches.add(analysed(Fixture.seeds), corroborator: corroborator, command: "test")
        let first = try sizes(byBatches)
        #expect(first.log > 0 && first.terms == 0 && first.postings == 0)
        #expect(try byBatches.queue.read { try StoreTermLog.batches($0) }.count == 1)
        _ = try byBatches.add(analysed(Fixture.path("story-day2")), corroborator: corroborator, command: "test")
        let second = try sizes(byBatches)
        #expect(second.log == 0 && second.terms > 0 && second.postings > 0)
        // By rows: a limit under the first add's rows folds at once.
        let byRows = try StoryStore(path: folder.path + "/rows.sqlite", mode: .createIfMissing)
        byRows.foldRows = first.log
        _ = try byRows.add(analysed(Fixture.seeds), corroborator: corroborator, command: "test")
        let folded = try sizes(byRows)
        #expect(folded.log == 0 && folded.terms > 0)
        // Every term of three articles is under the posting limit: each logged row becomes a posting.
        #expect(folded.postings == first.log)
        // At its end an add folds a log at half the limit or more (a large add leaves room for small ones), and
        // leaves one under half where it is.
        for (limit, folds) in [(2 * first.log, true), (2 * first.log + 2, false)] {
            let store = try StoryStore(path: folder.path + "/half-\(limit).sqlite", mode: .createIfMissing)
            store.foldRows = limit
            _ = try store.add(analysed(Fixture.seeds), corroborator: corroborator, command: "test")
            #expect((try sizes(store).log == 0) == folds, "limit \(limit), logged \(first.log)")
        }
    }

    @Test(
        "Candidates and relations are the same whether the stored terms are in the log or folded into the index",
        arguments: [200, 3])
    func logAndIndexAgree(limit: Int) throws {
        let folder = try TemporaryFolder()
        let corroborator = Corroborator()
        // At a limit of 3, terms of the first day pass it inside the log, and the fold drops their postings.
        var index = StoreIndex(knowledge: corroborator.knowledge, reader: corroborator.claimBuilder.reader)
        index.postingLimit = limit
        let articles = StoredContentTests.articles(Fixture.path("story-day2"), corroborator)
        let terms = articles.map { article in article.claims.map { index.terms(of: $0, in: article.document) } }
        var found: [Set<Int64>] = []
        var pastLimit: [Set<String>] = []
        for fold in [false, true] {
            let store = try StoryStore(path: folder.path + "/\(fold).sqlite", mode: .createIfMissing)
            store.foldRows = fold ? 0 : Int.max
            store.postingLimit = limit
            _ = try store.add(
                StoredContentTests.articles(Fixture.seeds, corroborator).map { IncomingArticle(analysis: $0) },
                corroborator: corroborator, command: "test")
            #expect(try store.queue.read { try StoreTermLog.rows($0) } == 0 || !fold)
            for days in [articles.map { _ in Int?.none }, articles.map { _ in Int?(17_000) }] {
                let (candidates, past) = try store.queue.read { db in
                    try index.lookUp(db, claims: terms, days: days)
                }
                found.append(candidates)
                pastLimit.append(past)
            }
        }
        #expect(!found[0].isEmpty && !found[1].isEmpty)
        #expect(found[0] == found[2] && found[1] == found[3])
        #expect(pastLimit[0] == pastLimit[2] && (limit > 100 || !pastLimit[0].isEmpty))
        // The whole second day, added beside the log and after folding it.
        let (logged, _) = try StoredContentTests.dayTwoRelations(folder, name: "logged") { store in
            store.postingLimit = limit
            return store
        }
        let (afterFold, _) = try StoredContentTests.dayTwoRelations(folder, name: "folded") { store in
            store.postingLimit = limit
            try store.queue.write { db in try StoreTermLog.fold(db, postingLimit: limit) }
            #expect(try store.queue.read { try StoreTermLog.rows($0) } == 0)
            return store
        }
        #expect(!logged.isEmpty)
        #expect(logged == afterFold)
    }

    @Test(
        "Rows are written in statements of 64, 16, 4 and 1 rows, as many of the largest as fit, covering every row",
        arguments: [
            (0, [Int]()), (1, [1]), (3, [1, 1, 1]), (4, [4]), (21, [16, 4, 1]), (64, [64]),
            (150, [64, 64, 16, 4, 1, 1]),
        ])
    func batches(count: Int, expected: [Int]) {
        #expect(AddPlan.batches(count) == expected)
        #expect(AddPlan.marks(2, rows: 3) == "(?, ?),(?, ?),(?, ?)")
    }

    @Test("The best entries are the first of the sorted order, whatever order they come in, ties broken by key")
    func best() {
        var random = SeededRandom(state: 7)
        for round in 0..<20 {
            let entries = (0..<(round * 7)).map { key in
                (key: Int32(key), value: Double(random.next() % 5))
            }
            let order: ((key: Int32, value: Double), (key: Int32, value: Double)) -> Bool = {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            let expected = entries.sorted(by: order).prefix(12).map(\.key)
            #expect(StoreIndex.best(12, of: entries.reversed(), by: order).map(\.key) == expected)
            #expect(StoreIndex.best(12, of: entries, by: order).map(\.key) == expected)
        }
    }
}
