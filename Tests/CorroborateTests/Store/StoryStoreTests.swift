import Foundation
import GRDB
import Testing

@testable import Corroborate

/// The story store through the command line, as a user follows a story: `add` one day and the next, `report
/// --since-last`, `review`, and what happens to the file when things go wrong.
@Suite("Story store")
struct StoryStoreTests {
    typealias CLI = CommandLineTests

    static var dayTwo: String { Fixture.path("story-day2") }

    /// A store holding the seeds (day one) and the day-two fixtures (day two), added by two `add`s.
    static func twoDays(_ folder: TemporaryFolder) throws -> String {
        let store = folder.path + "/story.sqlite"
        let first = try CLI.corroborate(["add", store, Fixture.seeds, "--quiet"])
        #expect(first.status == 0, "\(first.errors)")
        let second = try CLI.corroborate(["add", store, dayTwo])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.errors.contains("\(store): added 3 articles"))
        return store
    }

    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CLI.corroborate(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        return try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any] ?? [:]
    }

    static func list(_ report: [String: Any], _ key: String) -> [[String: Any]] {
        report[key] as? [[String: Any]] ?? []
    }

    @Test("report --since-last marks exactly what the second day's add brought, in the JSON report")
    func sinceLast() throws {
        let folder = try TemporaryFolder()
        let store = try Self.twoDays(folder)
        let report = try Self.json(["report", store, "--since-last"])
        let documents = Self.list(report, "documents")
        let dayTwoIDs = Set(
            documents.filter { ($0["path"] as? String ?? "").contains("story-day2") }.compactMap { $0["id"] as? String }
        )
        #expect(dayTwoIDs.count == 3 && documents.count == 6)
        // Articles: new exactly when they came on day two.
        for document in documents {
            #expect((document["new"] as? Bool == true) == dayTwoIDs.contains(document["id"] as! String))
        }
        // Claims: new exactly when their article is.
        let claims = Self.list(report, "claims")
        var claimDocument: [String: String] = [:]
        for claim in claims {
            let document = claim["document"] as! String
            claimDocument[claim["id"] as! String] = document
            #expect((claim["new"] as? Bool == true) == dayTwoIDs.contains(document), "\(claim["id"]!)")
        }
        // Relations: the new ones each involve a day-two claim; the first day's are all still there, none new.
        let relations = Self.list(report, "relations")
        let new = relations.filter { $0["new"] as? Bool == true }
        #expect(!new.isEmpty)
        for relation in new {
            #expect((relation["claims"] as! [String]).contains { dayTwoIDs.contains(claimDocument[$0]!) })
        }
        for relation in relations where relation["new"] == nil {
            #expect((relation["claims"] as! [String]).allSatisfy { !dayTwoIDs.contains(claimDocument[$0]!) })
        }
        // A first-day statement became contradicted on day two.
        #expect(
            new.contains { relation in
                ["conflict", "numeric-conflict", "tension"].contains(relation["type"] as! String)
                    && (relation["claims"] as! [String]).contains { !dayTwoIDs.contains(claimDocument[$0]!) }
            })
        // `since` lists the same items, and events that gained sources.
        let since = report["since"] as! [String: Any]
        #expect(Set(since["articles"] as! [String]) == dayTwoIDs)
        #expect(Set(since["relations"] as! [String]) == Set(new.map { $0["id"] as! String }))
        #expect(
            Set(since["claims"] as! [String]) == Set(claims.filter { $0["new"] != nil }.map { $0["id"] as! String }))
        let gained = (since["eventSources"] as! [String: [String]])
        #expect(!gained.isEmpty)
        for event in Self.list(report, "events") where event["newSources"] != nil {
            #expect(gained[event["id"] as! String] == event["newSources"] as? [String])
        }
        // Without --since nothing is marked.
        let plain = try Self.json(["report", store])
        #expect(plain["since"] == nil)
        #expect(Self.list(plain, "claims").allSatisfy { $0["new"] == nil })
        #expect(Self.list(plain, "relations").count == relations.count)
    }

    @Test("The first day's report from the store has the same relations as a report from the files")
    func sameAsFiles() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        #expect(try CLI.corroborate(["add", store, Fixture.seeds, "--quiet"]).status == 0)
        func relations(_ report: [String: Any]) -> Set<String> {
            var text: [String: String] = [:]
            for claim in Self.list(report, "claims") { text[claim["id"] as! String] = claim["text"] as? String }
            return Set(
                Self.list(report, "relations").map { relation in
                    let sides = (relation["claims"] as! [String]).map { text[$0]! }.sorted().joined(separator: " | ")
                    return "\(relation["type"]!) \(relation["rule"]!): \(sides)"
                })
        }
        let stored = try Self.json(["report", store])
        let files = try Self.json(["report", Fixture.seeds, "--quiet"])
        #expect(relations(stored) == relations(files))
        #expect(stored["summary"] as? NSDictionary == files["summary"] as? NSDictionary)
    }

    @Test("A short sentence a later article repeats is a copy in the store, as in a report of both files")
    func shortCopy() throws {
        // Ten words in 37 characters: shingled, as every claim is when its article is analysed, also when it
        // comes back from the store to be compared with a new article's claims.
        let copied = "The bus to Orla was cut to one a day."
        let folder = try TemporaryFolder()
        let first = try folder.write(
            "monday/timetable.txt",
            "Harbour notes\n\nThe ferry company changed its winter timetable after a long review of passenger numbers.\n\n\(copied)\n\nTickets will cost more from next month, the ferry office announced.\n"
        )
        let second = try folder.write(
            "tuesday/island.txt",
            "Island news\n\nFishermen on the coast welcomed a calm week after a stormy start to the season.\n\n\(copied)\n\nThe harbour master said the quay would be repaired before the summer visitors arrive.\n"
        )
        let store = folder.path + "/story.sqlite"
        #expect(try CLI.corroborate(["add", store, first, "--quiet"]).status == 0)
        #expect(try CLI.corroborate(["add", store, second, "--quiet"]).status == 0)
        func groups(_ report: [String: Any]) -> [String?] {
            Self.list(report, "claims").filter { $0["text"] as? String == copied }.map { $0["copyGroup"] as? String }
        }
        let files = groups(try Self.json(["report", first, second, "--quiet"]))
        let stored = groups(try Self.json(["report", store]))
        #expect(files.count == 2 && files[0] != nil && files[0] == files[1])
        #expect(stored.count == 2 && stored[0] != nil && stored[0] == stored[1])
    }

    @Test("The XML report of --since-last validates against the schema and marks what is new")
    func xml() throws {
        let folder = try TemporaryFolder()
        let store = try Self.twoDays(folder)
        let output = folder.path + "/out.xml"
        #expect(try CLI.corroborate(["report", store, "--since-last", "--output", output]).status == 0)
        let validated = try CLI.corroborate(["validate", output])
        #expect(validated.status == 0, "\(validated.output)\(validated.errors)")
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.contains("<since from="))
        #expect(xml.contains("new=\"true\""))
    }

    @Test("Adding the same articles again adds nothing and says so")
    func duplicates() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        #expect(try CLI.corroborate(["add", store, Fixture.seeds, "--quiet"]).status == 0)
        let again = try CLI.corroborate(["add", store, Fixture.seeds])
        #expect(again.status == 0)
        #expect(again.errors.contains("already in the store"))
        #expect(again.errors.contains("added 0 articles"))
        #expect(Self.list(try Self.json(["report", store]), "documents").count == 3)
    }

    @Test("A relation reviewed wrong leaves the report, with who reviewed it, and stays out for the same claims")
    func review() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        #expect(try CLI.corroborate(["add", store, Fixture.seeds, "--quiet"]).status == 0)
        let before = try Self.json(["report", store])
        let contradiction = Self.list(before, "relations").first { $0["type"] as? String == "conflict" }!
        let id = contradiction["id"] as! String
        let agreement = Self.list(before, "relations").first { $0["type"] as? String == "agreement" }!["id"] as! String
        let wrong = try CLI.corroborate([
            "review", store, id, "wrong", "--note", "the same clash", "--reviewer", "alice",
        ])
        #expect(wrong.status == 0, "\(wrong.errors)")
        #expect(wrong.output.hasPrefix("\(id) (conflict, "))
        #expect(try CLI.corroborate(["review", store, agreement, "right", "--reviewer", "bob"]).status == 0)
        let after = try Self.json(["report", store])
        #expect(!Self.list(after, "relations").contains { $0["id"] as? String == id })
        let dismissed = Self.list(after, "dismissed")
        #expect(dismissed.map { $0["id"] as? String } == [id])
        let review = dismissed[0]["review"] as! [String: Any]
        #expect(review["verdict"] as? String == "wrong" && review["reviewer"] as? String == "alice")
        #expect(review["note"] as? String == "the same clash")
        let right = Self.list(after, "relations").first { $0["id"] as? String == agreement }!
        #expect((right["review"] as? [String: Any])?["reviewer"] as? String == "bob")
        let summary = { (report: [String: Any]) in (report["summary"] as! [String: Any])["contradictions"] as! Int }
        #expect(summary(after) == summary(before) - 1)

        // The same statements in an article added later: the relation found again between them stays dismissed.
        let evidence = contradiction["evidence"] as! [[String: Any]]
        let source = Fixture.seeds + "/" + (evidence[0]["document"] as! String)
        let copy = try String(contentsOfFile: source, encoding: .utf8) + "\n\nThis story was updated on Monday.\n"
        try folder.write("later/update.txt", copy)
        #expect(try CLI.corroborate(["add", store, folder.path + "/later", "--quiet"]).status == 0)
        let later = try Self.json(["report", store])
        var text: [String: String] = [:]
        for claim in Self.list(later, "claims") { text[claim["id"] as! String] = claim["text"] as? String }
        let words = Set((contradiction["claims"] as! [String]).map { text[$0]! })
        #expect(
            !Self.list(later, "relations").contains { relation in
                relation["type"] as? String == "conflict"
                    && Set((relation["claims"] as! [String]).map { text[$0]! }) == words
            })
        #expect(Self.list(later, "dismissed").count >= 1)

        let unknown = try CLI.corroborate(["review", store, "r99999", "wrong"])
        #expect(unknown.status == 2)
        #expect(
            unknown.errors
                == "corroborate: \(store): no relation r99999 in the store (relation ids are shown in its reports, like r12)\n"
        )
    }

    @Test("A store from a newer schema is refused with one line, and left as it was")
    func newerSchema() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        #expect(try CLI.corroborate(["add", store, Fixture.seeds, "--quiet"]).status == 0)
        let database = try DatabaseQueue(path: store)
        try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        try database.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store))
        let message =
            "corroborate: \(store): made by a newer Corroborate (store schema 99; this one reads up to \(StoreSchema.version)); use that version or a newer one, the store is left as it is\n"
        for arguments in [["report", store], ["add", store, Self.dayTwo], ["review", store, "r1", "right"]] {
            let run = try CLI.corroborate(arguments)
            #expect(run.status == 2)
            #expect(run.errors == message)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == bytes)
    }

    @Test("A report reads the store without writing to it")
    func reportWritesNothing() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        #expect(try CLI.corroborate(["add", store, Fixture.seeds, "--quiet"]).status == 0)
        func state() throws -> (Data, Double) {
            let attributes = try FileManager.default.attributesOfItem(atPath: store)
            return (
                try Data(contentsOf: URL(fileURLWithPath: store)),
                (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            )
        }
        let before = try state()
        usleep(20_000)
        #expect(try CLI.corroborate(["report", store, "--format", "json"]).status == 0)
        let after = try state()
        #expect(after.0 == before.0 && after.1 == before.1)
    }

    @Test("A file that is not a story store is refused with one line")
    func notAStore() throws {
        let folder = try TemporaryFolder()
        let text = try folder.write("notes.sqlite", "These are my notes, not a database.\n")
        let run = try CLI.corroborate(["add", text, Fixture.seeds])
        #expect(run.status == 2)
        #expect(run.errors == "corroborate: \(text): not a Corroborate story store (not an SQLite database)\n")
        let other = folder.path + "/other.db"
        try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        let refused = try CLI.corroborate(["report", other])
        #expect(refused.status == 2)
        #expect(
            refused.errors
                == "corroborate: \(other): not a Corroborate story store (another program's SQLite database)\n")
        let missing = try CLI.corroborate(["report", folder.path + "/none.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no such story store"))
    }

    @Test("SIGKILL during add leaves a store that opens and holds the articles of the finished transactions")
    func killed() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        let inputs = [Fixture.seeds, Self.dayTwo]
        let process = try CLI.start(
            ["add", store] + inputs + ["--quiet"], environment: ["CORROBORATE_TEST_PAUSE_BETWEEN_ARTICLES": "0.5"])
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once two articles are committed, while the third is being written or waited for.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let count = (try? Self.articleCount(store)) ?? 0
            if count >= 2 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let kept = try Self.articleCount(store)
        #expect(kept >= 2 && kept < 6)
        let checks = try DatabaseQueue(path: store).read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                // Every article kept has its claims, and every relation its claims.
                try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE id NOT IN (SELECT article FROM claim)"),
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM relationClaim WHERE claim NOT IN (SELECT id FROM claim)")
            )
        }
        #expect(checks.0 == "ok" && checks.1 == 0 && checks.2 == 0 && checks.3 == 0)
        let report = try Self.json(["report", store])
        #expect(Self.list(report, "documents").count == kept)
        // The next add takes what was left.
        let rest = try CLI.corroborate(["add", store] + inputs)
        #expect(rest.status == 0)
        #expect(rest.errors.contains("added \(6 - kept) article"))
        #expect(try Self.articleCount(store) == 6)
    }

    @Test("Two adds at once on one store both land, and the second compares with the first")
    func concurrent() throws {
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        let first = try CLI.start(["add", store, Fixture.seeds, "--quiet"])
        let second = try CLI.start(["add", store, Self.dayTwo, "--quiet"])
        let errors = [Pipe(), Pipe()]
        first.standardError = errors[0]
        second.standardError = errors[1]
        try first.run()
        try second.run()
        let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "\(messages)")
        #expect(try Self.articleCount(store) == 6)
        let checks = try DatabaseQueue(path: store).read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                // Relations between a first-day and a day-two article: whichever add came second saw the other's.
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(DISTINCT rc1.relation) FROM relationClaim rc1
                        JOIN claim c1 ON c1.id = rc1.claim JOIN article a1 ON a1.id = c1.article
                        JOIN relationClaim rc2 ON rc2.relation = rc1.relation
                        JOIN claim c2 ON c2.id = rc2.claim JOIN article a2 ON a2.id = c2.article
                        WHERE a1.path LIKE '%seeds%' AND a2.path LIKE '%story-day2%'
                        """) ?? 0
            )
        }
        #expect(checks.0 == "ok" && checks.1 == "wal")
        #expect(checks.2 > 0)
    }

    static func articleCount(_ store: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: store, configuration: configuration).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0
        }
    }
}
