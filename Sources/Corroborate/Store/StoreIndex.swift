import Foundation
import GRDB

/// The store's term index: every stored claim's index terms (as the comparer reads them: folded, stemmed,
/// names as consonant skeletons) with their weights, and the places that block claims into events. New claims
/// look up the stored claims that share their rarer terms, so that an `add` compares against a few thousand
/// stored claims at most, whatever the size of the store.
struct StoreIndex {
    let knowledge: Knowledge
    /// Reads a new claim that comes without the content the claims stage read with it: the claims stage's own
    /// reader (making one reads the knowledge's phrase tables).
    let reader: ContentReader
    let comparer: Comparer
    /// Terms held by more stored claims than this are not looked up (as in `CandidateIndex`), and their postings
    /// are no longer written.
    var postingLimit = 200
    /// Stored claims taken per new claim, the closest first.
    var perClaim = 12
    /// Stored claims taken per new article and place key (the event rules block by place).
    var perPlace = 20
    /// Stored articles compared per new article: those whose claims share the most weight of rare terms with
    /// its claims. The comparer only relates claims of articles about related stories, so claims of the other
    /// articles would be read for nothing.
    var perArticle = 10
    /// Claims of articles more than this many days apart are not compared (as in `Comparer.dateWindow`).
    var window = 3
    /// Postings (as the terms' claim counts estimate them) from which half of them are read on a second
    /// connection; lowered by tests.
    var parallelRows = 8000

    init(knowledge: Knowledge, reader: ContentReader) {
        self.knowledge = knowledge
        self.reader = reader
        comparer = Comparer(knowledge: knowledge)
        window = comparer.dateWindow
    }

    /// A claim's index terms with their weights; place keys start with `@` and weigh nothing. A new claim's
    /// content is the one the claims stage read with it (and the comparer reads), not read again.
    func terms(of claim: Claim, in document: Document) -> [(String, Double)] {
        let content = claim.read?.value ?? reader.content(of: claim, in: document)
        var terms = content.weights.filter { !$0.key.hasPrefix("#") && !$0.key.hasPrefix("@") }.map {
            ($0.key, $0.value)
        }
        for key in comparer.blockKeys(claim) { terms.append(("@" + key.place + "|" + (key.qualifier ?? ""), 0)) }
        // Quoted words three at a time: the same quotation in two articles, however different the rest.
        var trigrams = Set<String>()
        for range in content.quoted where range.count >= 3 {
            let keys = content.quotedKeys(range)
            for i in 0...(keys.count - 3) { trigrams.insert("\"" + keys[i..<(i + 3)].joined(separator: " ")) }
        }
        terms += trigrams.map { ($0, 0) }
        return terms
    }

    /// The stored claims worth comparing with the new ones: per new claim, the `perClaim` stored claims with
    /// the most weight of rare terms in common (inverse claim frequency, squared as in a cosine), and per new
    /// article and place, the `perPlace` stored claims at that place nearest in time. `claims[k]` holds the
    /// terms of the new claims of article `k`, whose day is `days[k]`.
    func candidates(
        _ db: Database, claims: [[[(String, Double)]]], days: [Int?],
        secondReader: () -> DatabaseQueue? = { nil }
    ) throws -> Set<Int64> {
        try lookUp(db, claims: claims, days: days, secondReader: secondReader).candidates
    }

    /// `candidates`, with the new claims' terms that are held by more stored claims than `postingLimit` (place
    /// keys aside): never looked up again, so an `add` need not index them (`StoreTermLog.write`).
    func lookUp(
        _ db: Database, claims: [[[(String, Double)]]], days: [Int?],
        secondReader: () -> DatabaseQueue? = { nil }
    ) throws -> (candidates: Set<Int64>, pastLimit: Set<String>) {
        let total = Double(try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0)
        guard total > 0 else { return ([], []) }
        var vocabulary = Set<String>()
        for article in claims { for claim in article { for (term, _) in claim { vocabulary.insert(term) } } }
        // Term ids (of the terms in the index) and how many stored claims hold each, in the index and in the log
        // of recent batches (`StoreTermLog`) together.
        var known: [String: (id: Int64?, count: Int)] = [:]
        let texts = vocabulary.sorted()
        for chunk in texts.chunks(of: 500) {
            let marks = SQLiteRows.placeholders(chunk.count)
            let rows = try SQLiteRows(
                db, sql: "SELECT id, text, claims FROM term WHERE text IN (\(marks))", cached: false)
            for (k, text) in chunk.enumerated() { try rows.bind(Int32(k + 1), text) }
            while try rows.step() { known[rows.string(1)] = (rows.int64(0), Int(rows.int64(2))) }
        }
        let logged = try StoreTermLog.batches(db)
        try StoreTermLog.addCounts(db, batches: logged, texts: texts, to: &known)
        let looked = known.filter { $0.key.hasPrefix("@") || $0.value.count <= postingLimit }
        let pastLimit = Set(known.keys.filter { looked[$0] == nil })
        // Postings of stored claims on days no new article is near (as `near` below takes it) are compared with
        // none: SQLite leaves them out, unless a new article has no date. Quoted trigrams count whatever the day.
        var dated = ""
        if !days.contains(where: { $0 == nil }) {
            let allowed = Set(days.compactMap { $0 }.flatMap { ($0 - window)...($0 + window) })
            dated = " AND (day IS NULL OR day IN (\(allowed.sorted().map(String.init).joined(separator: ","))))"
        }
        // The terms' postings, read in two halves of about as many rows each, the second on a connection of its
        // own (`secondReader`) on another core when there are enough: SQLite steps through each row on one core.
        // What is made of them does not depend on the order they arrive in (scores add per new claim, in the
        // order of its own terms).
        let indexed = looked.compactMap { term, entry in entry.id.map { (text: term, id: $0, count: entry.count) } }
            .sorted { $0.text < $1.text }
        let quotedTerms = indexed.filter { $0.text.hasPrefix("\"") }
        let order = quotedTerms + indexed.filter { !$0.text.hasPrefix("\"") }
        let quotedCount = quotedTerms.count
        let rows = order.reduce(0) { $0 + $1.count }
        var split = order.count
        let secondReader = rows >= parallelRows ? secondReader() : nil
        if secondReader != nil {
            var sum = 0
            split = 0
            while split < order.count && sum * 2 < rows {
                sum += order[split].count
                split += 1
            }
        }
        func queries(_ range: Range<Int>) -> [(ids: [Int64], condition: String)] {
            let quoted = range.clamped(to: 0..<quotedCount)
            let other = range.clamped(to: quotedCount..<order.count)
            return [(order[quoted].map(\.id), ""), (order[other].map(\.id), dated)]
        }
        let lists: [(term: Int64, rows: [RawPosting])]
        if split < order.count, let secondReader {
            let tail = queries(split..<order.count)
            let box = ResultBox<Result<[(term: Int64, rows: [RawPosting])], any Error>>(count: 1)
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                _ = box.set(0, Result { try secondReader.read { try StoreIndex.postings($0, tail) } })
            }
            let head = Result { try StoreIndex.postings(db, queries(0..<split)) }
            group.wait()
            lists = try head.get() + box.values()[0].get()
        } else {
            lists = try StoreIndex.postings(db, queries(0..<order.count))
        }
        // The log's postings after the index's (its claims are newer), with the same conditions.
        let loggedTexts = looked.keys.sorted()
        var logLists = try StoreTermLog.postings(
            db, batches: logged, texts: loggedTexts.filter { $0.hasPrefix("\"") }, condition: "")
        logLists.merge(
            try StoreTermLog.postings(
                db, batches: logged, texts: loggedTexts.filter { !$0.hasPrefix("\"") }, condition: dated)
        ) { $0 + $1 }
        let textOf = Dictionary(uniqueKeysWithValues: indexed.map { ($0.id, $0.text) })
        // Stored claims are numbered densely as their postings arrive (`Postings`), so that scoring adds into
        // arrays rather than hashing a claim id for every posting of every term.
        var read = Postings()
        func take(_ text: String, _ rows: [RawPosting]) {
            var list: [Posting] = []
            list.reserveCapacity(rows.count)
            for row in rows {
                list.append(
                    Posting(claim: read.number(row.claim, article: row.article), weight: row.weight, day: row.day))
            }
            read.lists[text, default: []] += list
        }
        for (term, rows) in lists { take(textOf[term]!, rows) }
        for text in loggedTexts { if let rows = logLists[text] { take(text, rows) } }
        StoryStore.trace(
            "postings of \(looked.count) terms read (\(read.lists.values.reduce(0) { $0 + $1.count }))")
        let dayWindow = window
        let near: @Sendable (Int?, Int?) -> Bool = { a, b in
            guard let a, let b else { return true }
            return abs(a - b) <= dayWindow
        }
        // Each new article's candidates on every core; the union does not depend on the order.
        let perArticle = ResultBox<Set<Int64>>(count: claims.count)
        let postings = read
        DispatchQueue.concurrentPerform(iterations: claims.count) { k in
            _ = perArticle.set(
                k, candidates(claims[k], day: days[k], looked: looked, postings: postings, total: total, near: near))
        }
        return (perArticle.values().reduce(into: Set<Int64>()) { $0.formUnion($1) }, pastLimit)
    }

    /// One posting as read for scoring: the stored claim by its number in `Postings`.
    struct Posting: Sendable {
        var claim: Int32
        var weight: Double
        var day: Int?
    }

    /// A posting as SQLite gives it, before its claim is numbered.
    struct RawPosting: Sendable {
        var claim: Int64
        var article: Int64
        var weight: Double
        var day: Int?

        /// The current row of a query whose columns 1 to 4 are claim, weight, day and article (after the term),
        /// as the index's and the log's posting queries select them.
        init(_ rows: SQLiteRows) {
            claim = rows.int64(1)
            weight = rows.double(2)
            day = rows.optionalInt(3)
            article = rows.int64(4)
        }
    }

    /// The postings of terms by id, `condition` added to each query of them, per term in the order SQLite gives
    /// them.
    static func postings(_ db: Database, _ queries: [(ids: [Int64], condition: String)]) throws
        -> [(term: Int64, rows: [RawPosting])]
    {
        var lists: [(term: Int64, rows: [RawPosting])] = []
        for (ids, condition) in queries {
            for chunk in ids.chunks(of: 500) {
                let marks = SQLiteRows.placeholders(chunk.count)
                let rows = try SQLiteRows(
                    db,
                    sql: "SELECT term, claim, weight, day, article FROM posting WHERE term IN (\(marks))\(condition)",
                    cached: false)
                for (k, id) in chunk.enumerated() { try rows.bind(Int32(k + 1), id) }
                // The rows of one term come together (the table is ordered by term).
                while try rows.step() {
                    let term = rows.int64(0)
                    if lists.last?.term != term { lists.append((term, [])) }
                    lists[lists.count - 1].rows.append(RawPosting(rows))
                }
            }
        }
        return lists
    }

    /// The postings an `add` read, per term, with the stored claims numbered 0, 1, 2... in the order they
    /// were first met, and each claim's store id and article.
    struct Postings: Sendable {
        /// Per term, by its text.
        var lists: [String: [Posting]] = [:]
        var ids: [Int64] = []
        var articles: [Int64] = []
        private var numbers: [Int64: Int32] = [:]

        /// The number of stored claim `id` (of article `article`), given on first sight.
        mutating func number(_ id: Int64, article: Int64) -> Int32 {
            if let known = numbers[id] { return known }
            let number = Int32(ids.count)
            numbers[id] = number
            ids.append(id)
            articles.append(article)
            return number
        }
    }

    /// The candidates of one new article's claims (`article`), on day `day`, from the postings read.
    private func candidates(
        _ article: [[(String, Double)]], day: Int?, looked: [String: (id: Int64?, count: Int)],
        postings: Postings, total: Double, near: @Sendable (Int?, Int?) -> Bool
    ) -> Set<Int64> {
        /// Quoted trigrams a stored claim shares with a new claim must be at least this many to make it a candidate.
        let quotedTrigrams = 2
        var chosen = Set<Int64>()
        // Per stored article, its claims with their scores against this article's claims.
        var byArticle: [Int64: (score: Double, claims: [Int64: Double])] = [:]
        var places: [String: [(claim: Int64, article: Int64, distance: Int)]] = [:]
        // Per new claim, the score of each stored claim and the quoted trigrams it shares, by claim number; the
        // numbers touched are listed so that only they are read and cleared for the next claim.
        var scores = [Double](repeating: 0, count: postings.ids.count)
        var scored = [Bool](repeating: false, count: postings.ids.count)
        var touched: [Int32] = []
        var quoted = [Int](repeating: 0, count: postings.ids.count)
        var quotedTouched: [Int32] = []
        for claim in article {
            for (term, weight) in claim {
                guard let entry = looked[term], let list = postings.lists[term] else { continue }
                if term.hasPrefix("\"") {
                    for p in list {
                        if quoted[Int(p.claim)] == 0 { quotedTouched.append(p.claim) }
                        quoted[Int(p.claim)] += 1
                    }
                    continue
                }
                if term.hasPrefix("@") {
                    for p in list where near(p.day, day) {
                        let distance = p.day.flatMap { d in day.map { abs(d - $0) } } ?? window + 1
                        let c = Int(p.claim)
                        places[term, default: []].append((postings.ids[c], postings.articles[c], distance))
                    }
                    continue
                }
                let idf = log((total + 1) / Double(entry.count))
                for p in list where near(p.day, day) {
                    let c = Int(p.claim)
                    if !scored[c] {
                        scored[c] = true
                        touched.append(p.claim)
                    }
                    scores[c] += weight * p.weight * idf * idf
                }
            }
            for c in quotedTouched {
                if quoted[Int(c)] >= quotedTrigrams { chosen.insert(postings.ids[Int(c)]) }
                quoted[Int(c)] = 0
            }
            quotedTouched.removeAll(keepingCapacity: true)
            let entries: [(key: Int32, value: Double)] = touched.map { (key: $0, value: scores[Int($0)]) }
            let best = StoreIndex.best(perClaim, of: entries) { (x: (key: Int32, value: Double), y) -> Bool in
                x.value != y.value ? x.value > y.value : postings.ids[Int(x.key)] < postings.ids[Int(y.key)]
            }
            for (c, score) in best {
                let id = postings.ids[Int(c)]
                let stored = postings.articles[Int(c)]
                byArticle[stored, default: (0, [:])].score += score
                byArticle[stored]!.claims[id] = score
            }
            for c in touched {
                scores[Int(c)] = 0
                scored[Int(c)] = false
            }
            touched.removeAll(keepingCapacity: true)
        }
        let articles = StoreIndex.best(perArticle, of: byArticle) {
            $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.key < $1.key
        }
        let kept = Set(articles.map(\.key))
        for (_, value) in articles { chosen.formUnion(value.claims.keys) }
        // Claims at the same place, nearest in time, from the same articles.
        for list in places.values {
            var seen = Set<Int64>()
            let nearest = list.filter { kept.contains($0.article) }
                .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.claim > $1.claim }
            for item in nearest where seen.count < perPlace { seen.insert(item.claim) }
            chosen.formUnion(seen)
        }
        return chosen
    }

    /// The first `count` entries in the order `first` gives (a total order), as `sorted(by:).prefix(count)` gives
    /// them, without sorting every entry: a claim's scores run to thousands of stored claims.
    static func best<Entries: Sequence, Key, Value>(
        _ count: Int, of entries: Entries, by first: ((key: Key, value: Value), (key: Key, value: Value)) -> Bool
    ) -> [(key: Key, value: Value)] where Entries.Element == (key: Key, value: Value) {
        var top: [(key: Key, value: Value)] = []
        top.reserveCapacity(count + 1)
        for entry in entries {
            if top.count == count, let last = top.last, !first(entry, last) { continue }
            top.insert(entry, at: top.firstIndex { first(entry, $0) } ?? top.count)
            if top.count > count { top.removeLast() }
        }
        return top
    }
}
