import Foundation
import GRDB

extension StoryStore {
    /// From when a report marks things new.
    public enum Since: Sendable {
        /// What the last `add` brought.
        case lastAdd
        /// What was added at or after this moment.
        case time(Date)

        /// `2025-03-01` (midnight, local time), `2025-03-01T09:30` (local), `2025-03-01T09:30:00Z`, or a span
        /// back from `now`: `24h`, `3d`.
        public static func parse(_ text: String, now: Date = Date()) throws(StoreError) -> Since {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let unit = trimmed.last, unit == "h" || unit == "d", let amount = Double(trimmed.dropLast()), amount >= 0
            {
                return .time(now.addingTimeInterval(-amount * (unit == "h" ? 3600 : 86400)))
            }
            let iso = ISO8601DateFormatter()
            iso.formatOptions = [.withInternetDateTime]
            if let date = iso.date(from: trimmed) { return .time(date) }
            let local = DateFormatter()
            local.locale = Locale(identifier: "en_US_POSIX")
            local.timeZone = TimeZone.current
            for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
                local.dateFormat = format
                if let date = local.date(from: trimmed) { return .time(date) }
            }
            throw .badDate(text)
        }
    }

    /// Everything the store holds as one analysis, for the usual reports: articles in the order they were
    /// added, claims, events with their sources recounted over all their claims, relations strongest first with
    /// their reviews, and relations marked wrong set apart. With `since`, what came since is marked.
    public func analysis(since: Since? = nil, corroborator: Corroborator) throws(StoreError) -> Analysis {
        let rows = try guarded { try queue.read { db in try StoreRows(db, since: since) } }
        return try guarded { try rows.analysis(corroborator: corroborator) }
    }
}

/// The store's tables as read for a report, before they are decoded. Rows fetched whole are copies, read but
/// never changed, so the articles are decoded on several threads.
struct StoreRows: @unchecked Sendable {
    var articles: [Row] = []
    var claims: [Row] = []
    var events: [Row] = []
    var members: [Row] = []
    var relations: [Row] = []
    var reviews: [Row] = []
    /// The first batch counted as new, and how to say so; nil when nothing is marked.
    var firstNew: (batch: Int64, from: String, label: String)?

    init(_ db: Database, since: StoryStore.Since?) throws {
        switch since {
        case nil: break
        case .lastAdd:
            if let row = try Row.fetchOne(db, sql: "SELECT id, started FROM batch ORDER BY id DESC LIMIT 1") {
                let started: String = row["started"]
                firstNew = (row["id"], started, "the last add (\(started))")
            } else {
                firstNew = (Int64.max, "", "the last add (none yet)")
            }
        case .time(let date):
            let from = StoryStore.timestamp(date)
            let first = try Int64.fetchOne(db, sql: "SELECT min(id) FROM batch WHERE started >= ?", arguments: [from])
            firstNew = (first ?? Int64.max, from, "since \(from)")
        }
        articles = try Row.fetchAll(
            db,
            sql:
                "SELECT id, batch, path, format, metadata, text, furniture, warnings, outlet, analysis FROM article ORDER BY id"
        )
        claims = try Row.fetchAll(
            db, sql: "SELECT id, article, batch, copyGroup, data FROM claim ORDER BY article, ordinal")
        events = try Row.fetchAll(db, sql: "SELECT id, batch, key, kind, place FROM event ORDER BY id")
        members = try Row.fetchAll(db, sql: "SELECT event, claim, batch FROM eventClaim ORDER BY event, claim")
        relations = try Row.fetchAll(db, sql: "SELECT id, batch, claimKey, data FROM relation ORDER BY id")
        reviews = try Row.fetchAll(
            db, sql: "SELECT relation, claimKey, verdict, note, reviewer, at FROM review ORDER BY id")
    }

    func isNew(_ row: Row) -> Bool {
        guard let firstNew else { return false }
        return (row["batch"] as Int64) >= firstNew.batch
    }

    func analysis(corroborator: Corroborator) throws -> Analysis {
        let decoder = JSONDecoder()
        // Articles, decoded in parallel (the analysis blobs are most of the store).
        let box = ResultBox<Result<ArticleAnalysis, any Error>>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { k in
            let row = articles[k]
            _ = box.set(
                k,
                Result {
                    let decoder = JSONDecoder()
                    let stored = try decoder.decode(StoredArticle.self, from: row["analysis"] as Data)
                    return ArticleAnalysis(
                        document: try StoredDocument.document(row, decoder: decoder), text: stored.text,
                        attributions: stored.attributions.map(\.attribution),
                        outlet: try decoder.decode(Source.self, from: Data((row["outlet"] as String).utf8)))
                })
        }
        let articleList = try box.values().map { try $0.get() }
        var articleIndex: [Int64: Int] = [:]
        for (k, row) in articles.enumerated() { articleIndex[row["id"]] = k }

        var claimList: [Claim] = []
        var claimIndex: [Int64: Int] = [:]
        var claimBatch: [Int64] = []
        for row in claims {
            let id: Int64 = row["id"]
            let stored = try decoder.decode(StoredClaim.self, from: row["data"] as Data)
            claimIndex[id] = claimList.count
            claimList.append(
                stored.claim(id: "c\(id)", document: articleIndex[row["article"]]!, copyGroup: row["copyGroup"]))
            claimBatch.append(row["batch"])
        }
        corroborator.unifyKinds(&claimList)

        let comparer = Comparer(knowledge: corroborator.knowledge)
        let documents = articleList.map(\.document)
        var novelty = firstNew.map { Novelty(from: $0.from, label: $0.label) }
        var membersByEvent: [Int64: [(claim: Int, batch: Int64)]] = [:]
        for row in members {
            guard let index = claimIndex[row["claim"]] else { continue }
            membersByEvent[row["event"], default: []].append((index, row["batch"]))
        }
        var eventList: [Event] = []
        for row in events {
            let id: Int64 = row["id"]
            let list = (membersByEvent[id] ?? []).sorted { $0.claim < $1.claim }
            guard !list.isEmpty else { continue }
            let eventID = "e\(id)"
            let claims = list.map { claimList[$0.claim] }
            let (names, crossSide) = comparer.independentSources(claims)
            let date = claims.compactMap { comparer.claimDate($0, documents: documents) }.min()
            let key: String = row["key"]
            var label = String(key.drop { $0 != "|" }.dropFirst())
            if let date { label += " (\(date))" }
            eventList.append(
                Event(
                    id: eventID, kind: row["kind"], place: row["place"], date: date, label: label,
                    claims: claims.map(\.id), sources: names, independentSources: names.count, crossSide: crossSide))
            for member in list { claimList[member.claim].events.append(eventID) }
            if let first = firstNew?.batch {
                if isNew(row) { novelty?.events.insert(eventID) }
                let before = Set(
                    list.filter { $0.batch < first }.flatMap { claimList[$0.claim].source.individuals.map(\.name) })
                let since = Set(
                    list.filter { $0.batch >= first }.flatMap { claimList[$0.claim].source.individuals.map(\.name) })
                let gained = since.subtracting(before).sorted()
                if !gained.isEmpty { novelty?.eventSources[eventID] = gained }
            }
        }

        // Reviews: the latest verdict on the claims a relation joins holds for every relation between them.
        var latest: [String: RelationReview] = [:]
        for row in reviews {
            latest[row["claimKey"]] = RelationReview(
                verdict: RelationReview.Verdict(rawValue: row["verdict"]) ?? .right, note: row["note"],
                reviewer: row["reviewer"], at: row["at"])
        }
        var relationList: [Relation] = []
        var dismissed: [Relation] = []
        var reviewsByID: [String: RelationReview] = [:]
        for row in relations {
            var relation = try decoder.decode(Relation.self, from: row["data"] as Data)
            relation.id = "r\(row["id"] as Int64)"
            if let review = latest[row["claimKey"]] {
                reviewsByID[relation.id] = review
                if review.verdict == .wrong {
                    dismissed.append(relation)
                    continue
                }
            }
            if isNew(row) { novelty?.relations.insert(relation.id) }
            relationList.append(relation)
        }
        relationList.sort { a, b in
            if a.type.isContradiction != b.type.isContradiction { return a.type.isContradiction }
            if a.score != b.score { return a.score > b.score }
            return (Int(a.id.dropFirst()) ?? 0) < (Int(b.id.dropFirst()) ?? 0)
        }
        if novelty != nil {
            for (k, row) in articles.enumerated() where isNew(row) { novelty?.articles.insert(k) }
            for (i, batch) in claimBatch.enumerated() where batch >= firstNew!.batch {
                novelty?.claims.insert(claimList[i].id)
            }
        }
        var analysis = Analysis(
            articles: articleList, claims: claimList, events: eventList, relations: relationList, sourcing: [],
            problems: [], warnings: [])
        analysis.claimIndex = Dictionary(uniqueKeysWithValues: claimList.enumerated().map { ($1.id, $0) })
        analysis.sourcing = corroborator.sourcingReviews(analysis)
        analysis.novelty = novelty
        analysis.reviews = reviewsByID
        analysis.dismissed = dismissed
        return analysis
    }
}
