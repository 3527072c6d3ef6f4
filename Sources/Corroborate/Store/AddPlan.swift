import Foundation
import GRDB

/// How the comparison of one `add` maps onto the store, written one article at a time: which relations and
/// event memberships belong to which new article (a relation is written with the last new article it
/// involves, so that every transaction leaves the store whole), and the store ids the subset's claims,
/// events and copy groups take.
struct AddPlan {
    let analysis: Analysis
    let stored: StoredSubset
    let batch: Int64
    /// Terms held by more stored claims than are ever looked up (`StoreIndex.lookUp`): not indexed again.
    let unindexed: Set<String>
    /// Per claim of the comparison: its store id, or the new article and claim it is.
    private var origins: [Origin] = []
    /// Store ids of the new claims, filled in as their articles are written.
    private var newIDs: [[Int64]]
    /// Per new article and claim, its index among the comparison's claims.
    private var newIndices: [[Int]] = []
    private var eventTargets: [String: Int64] = [:]
    private var groupNames: [String: String] = [:]
    private var groupMembers: [String: [Int]] = [:]
    private var relationsByArticle: [[Relation]]
    private var eventsByArticle: [[Event]]
    /// Per new article, its analysis and its claims as stored (`encode`), made before the writing starts.
    private var articleBlobs: [Data] = []
    private var claimBlobs: [[Data]] = []
    /// Per new article and claim, its content as stored (`StoredContent`), and the fingerprint of its reader.
    private var contentBlobs: [[Data]] = []
    private var readerFingerprint: Int64 = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    enum Origin {
        case stored(Int64)
        case new(article: Int, claim: Int)
    }

    init(analysis: Analysis, stored: StoredSubset, fresh: Int, batch: Int64, unindexed: Set<String> = []) {
        self.analysis = analysis
        self.unindexed = unindexed
        self.stored = stored
        self.batch = batch
        for ids in stored.claimIDs { origins += ids.map { .stored($0) } }
        var counts = [Int](repeating: 0, count: fresh)
        for claim in analysis.claims where claim.document >= stored.articles.count {
            counts[claim.document - stored.articles.count] += 1
        }
        for (k, count) in counts.enumerated() {
            newIndices.append(Array(origins.count..<(origins.count + count)))
            origins += (0..<count).map { .new(article: k, claim: $0) }
        }
        newIDs = counts.map { [Int64](repeating: 0, count: $0) }
        relationsByArticle = Array(repeating: [], count: fresh)
        eventsByArticle = Array(repeating: [], count: fresh)
        for (i, claim) in analysis.claims.enumerated() {
            if let group = claim.copyGroup { groupMembers[group, default: []].append(i) }
        }
        for relation in analysis.relations {
            if let last = relation.claims.compactMap({ newArticle(of: $0) }).max() {
                relationsByArticle[last].append(relation)
            }
        }
        for event in analysis.events {
            for k in Set(event.claims.compactMap { newArticle(of: $0) }).sorted() { eventsByArticle[k].append(event) }
        }
    }

    private func index(of id: String) -> Int { analysis.claimIndex[id]! }

    private func newArticle(of id: String) -> Int? {
        if case .new(let k, _) = origins[index(of: id)] { return k }
        return nil
    }

    /// The store id of a claim of the comparison; new claims must have been written.
    private func storeID(_ index: Int) -> Int64 {
        switch origins[index] {
        case .stored(let id): return id
        case .new(let k, let j): return newIDs[k][j]
        }
    }

    /// The key that identifies an event across adds: its kind and label without its first date.
    static func eventKey(_ event: Event) -> String {
        var label = event.label
        if let date = event.date, label.hasSuffix(" (\(date))") { label.removeLast(" (\(date))".count) }
        return event.kind + "|" + label
    }

    /// Encodes each new article's analysis and claims, the articles on every core, so that the transactions
    /// only write. A claim is stored with the source the comparison gave it: it may have credited a claim to the
    /// outlet (its source was no speaker), and stored so, the store's report names the sources a report from the
    /// files names.
    /// Each claim is stored with its content as `reader` (of fingerprint `fingerprint`) reads the claim stored:
    /// the one the claims stage read, unless the comparison changed the claim's words.
    mutating func encode(_ fresh: [IncomingArticle], reader: ContentReader, fingerprint: Int64) throws {
        let box = ResultBox<Result<(Data, [Data], [Data]), any Error>>(count: fresh.count)
        let plan = self
        DispatchQueue.concurrentPerform(iterations: fresh.count) { k in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let article = fresh[k].analysis
            _ = box.set(
                k,
                Result {
                    var claims: [Data] = []
                    var contents: [Data] = []
                    for (j, read) in article.claims.enumerated() {
                        let claim = plan.compared(read, article: k, claim: j)
                        claims.append(try encoder.encode(StoredClaim(claim)))
                        let content =
                            claim.spans == read.spans
                            ? read.read?.value : nil
                        contents.append(
                            StoredContent.encode(content ?? reader.content(of: claim, in: article.document)))
                    }
                    return (try encoder.encode(StoredArticle(article)), claims, contents)
                })
        }
        let blobs = try box.values().map { try $0.get() }
        articleBlobs = blobs.map(\.0)
        claimBlobs = blobs.map(\.1)
        contentBlobs = blobs.map(\.2)
        readerFingerprint = fingerprint
    }

    /// New claim `j` of new article `k` with what the comparison changed in it.
    private func compared(_ read: Claim, article k: Int, claim j: Int) -> Claim {
        var claim = read
        guard j < newIndices[k].count else { return claim }
        let compared = analysis.claims[newIndices[k][j]]
        claim.source = compared.source
        claim.via = compared.via
        claim.attribution = compared.attribution
        claim.sourceSpans = compared.sourceSpans
        claim.spans = compared.spans
        claim.text = compared.text
        return claim
    }

    /// Writes new article `k` with its claims, index terms, copy groups, event memberships and the relations
    /// whose last new article it is (after `encode`).
    mutating func write(
        article k: Int, item: IncomingArticle, key: String, terms: [[(String, Double)]], db: Database,
        result: inout AddResult
    ) throws {
        let article = item.analysis
        let document = article.document
        let day = document.metadata.date?.dayNumber
        try db.execute(
            sql: """
                INSERT INTO article (batch, path, format, contentKey, metadata, day, text, furniture, warnings, outlet,
                    analysis, url, fetchedAt, page)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                batch, document.path, document.format.rawValue, key, StoredDocument.json(document.metadata), day,
                document.text, StoredDocument.json(document.furniture), StoredDocument.json(document.warnings),
                StoredDocument.json(article.outlet), articleBlobs[k], item.url,
                item.fetchedAt.map { StoryStore.timestamp($0) }, item.page.map { Data($0) },
            ])
        let articleID = db.lastInsertedRowID
        let insertClaim = try db.cachedStatement(
            sql: "INSERT INTO claim (article, batch, ordinal, data, content, reader) VALUES (?, ?, ?, ?, ?, ?)")
        for (j, blob) in claimBlobs[k].enumerated() {
            try insertClaim.execute(arguments: [articleID, batch, j, blob, contentBlobs[k][j], readerFingerprint])
            newIDs[k][j] = db.lastInsertedRowID
        }
        // The terms go to the log of recent batches (appended to its end), not into the index itself.
        try StoreTermLog.write(
            db, batch: batch, article: articleID, day: day,
            claims: terms.map { $0.filter { !unindexed.contains($0.0) } }, ids: newIDs[k])
        try writeCopyGroups(article: k, db: db)
        try writeEvents(article: k, db: db)
        for relation in relationsByArticle[k] { result.relations.append(try write(relation, db: db)) }
    }

    /// Rows per multi-row statement: as many of the largest size as fit, then smaller ones, so that a few
    /// statements serve every count and each is prepared once.
    static func batches(_ count: Int) -> [Int] {
        var result: [Int] = []
        var left = count
        for size in [64, 16, 4, 1] {
            while left >= size {
                result.append(size)
                left -= size
            }
        }
        return result
    }

    /// `(?, ?), (?, ?)` for `rows` rows of `columns` values.
    static func marks(_ columns: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: row, count: rows).joined(separator: ",")
    }

    /// A new claim in a copy group takes the group's stored name, or names a new group after its first claim.
    private mutating func writeCopyGroups(article k: Int, db: Database) throws {
        let update = try db.cachedStatement(sql: "UPDATE claim SET copyGroup = ? WHERE id = ?")
        for (j, i) in newIndices[k].enumerated() {
            guard let group = analysis.claims[i].copyGroup else { continue }
            if groupNames[group] == nil {
                let storedNames = groupMembers[group, default: []].compactMap { member -> String? in
                    if case .stored(let id) = origins[member] { return stored.copyGroups[id] }
                    return nil
                }
                groupNames[group] = storedNames.min() ?? "w\(newIDs[k][j])"
                for member in groupMembers[group, default: []] {
                    if case .stored(let id) = origins[member], stored.copyGroups[id] != groupNames[group] {
                        try update.execute(arguments: [groupNames[group], id])
                    }
                }
            }
            try update.execute(arguments: [groupNames[group], newIDs[k][j]])
        }
    }

    /// An event the comparison found with a new claim joins the stored event of the same key that one of its
    /// stored claims belongs to, or becomes a new stored event; its claims are its members from now on.
    private mutating func writeEvents(article k: Int, db: Database) throws {
        let member = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO eventClaim (event, claim, batch) VALUES (?, ?, ?)")
        for event in eventsByArticle[k] {
            let key = AddPlan.eventKey(event)
            let indices = event.claims.map { index(of: $0) }
            if eventTargets[event.id] == nil {
                let existing = indices.compactMap { i -> Int64? in
                    guard case .stored(let id) = origins[i] else { return nil }
                    return stored.events[id]?.filter { $0.key == key }.map(\.id).min()
                }.min()
                if let existing {
                    eventTargets[event.id] = existing
                } else {
                    try db.execute(
                        sql: "INSERT INTO event (batch, key, kind, place) VALUES (?, ?, ?, ?)",
                        arguments: [batch, key, event.kind, event.place])
                    eventTargets[event.id] = db.lastInsertedRowID
                }
            }
            for i in indices {
                switch origins[i] {
                case .stored(let id): try member.execute(arguments: [eventTargets[event.id], id, batch])
                case .new(let a, _) where a <= k:
                    try member.execute(arguments: [eventTargets[event.id], storeID(i), batch])
                default: continue
                }
            }
        }
    }

    /// A relation with the store's claim and event ids, and the key of its claims that reviews are about.
    private func write(_ relation: Relation, db: Database) throws -> Relation {
        var relation = relation
        let indices = relation.claims.map { index(of: $0) }
        let claimKey = ContentKey.claims(indices.map { (analysis.claims[$0].source.name, analysis.claims[$0].text) })
        relation.claims = indices.map { "c\(storeID($0))" }
        for e in relation.evidence.indices {
            relation.evidence[e].claim = "c\(storeID(index(of: relation.evidence[e].claim)))"
        }
        relation.event = relation.event.flatMap { eventTargets[$0] }.map { "e\($0)" }
        relation.id = ""
        try db.execute(
            sql: "INSERT INTO relation (batch, kind, claimKey, data) VALUES (?, ?, ?, ?)",
            arguments: [batch, relation.type.rawValue, claimKey, try encoder.encode(relation)])
        let id = db.lastInsertedRowID
        for claim in Set(indices.map { storeID($0) }) {
            try db.execute(sql: "INSERT INTO relationClaim (relation, claim) VALUES (?, ?)", arguments: [id, claim])
        }
        try supersede(relation, id: id, claims: Set(indices.map { storeID($0) }), db: db)
        relation.id = "r\(id)"
        return relation
    }

    /// An event's agreement grows as articles arrive: the stored agreements of the same rule over a part of the
    /// new one's claims are replaced by it (unless someone reviewed them), so the report shows the event's
    /// agreement once, with every source.
    private func supersede(_ relation: Relation, id: Int64, claims: Set<Int64>, db: Database) throws {
        guard relation.type == .agreement, relation.claims.count > 2 else { return }
        let marks = SQLiteRows.placeholders(claims.count)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT r.id, r.data FROM relation r JOIN relationClaim rc ON rc.relation = r.id
                WHERE rc.claim IN (\(marks)) AND r.kind = ? AND r.id != ?
                AND NOT EXISTS (SELECT 1 FROM review v WHERE v.relation = r.id)
                """,
            arguments: StatementArguments(Array(claims)) + [relation.type.rawValue, id])
        let decoder = JSONDecoder()
        for row in rows {
            let old = try decoder.decode(Relation.self, from: row["data"] as Data)
            let oldClaims = Set(old.claims.compactMap { Int64($0.dropFirst()) })
            guard old.rule == relation.rule, oldClaims.isSubset(of: claims), oldClaims.count < claims.count else {
                continue
            }
            let oldID: Int64 = row["id"]
            try db.execute(sql: "DELETE FROM relationClaim WHERE relation = ?", arguments: [oldID])
            try db.execute(sql: "DELETE FROM relation WHERE id = ?", arguments: [oldID])
        }
    }
}
