import Foundation

/// Finds, for every claim, the claims of other articles that say something about the same thing, without
/// comparing all pairs. Claims are vectors of weighted terms (inverse document frequency over the run's claims,
/// names weighted up, consonant skeletons for spelling variants); an inverted index over terms lists who shares
/// what, and only terms rarer than `postingLimit` are looked up, so each claim meets a bounded number of others
/// and the work grows with the number of claims, not with its square.
struct CandidateIndex: Sendable {
    /// A pair of claims (indices into the run's claims, `a < b`) with the cosine of their term vectors. The terms
    /// they share are read from the run's vectors when asked for, not stored with each of the millions of pairs a
    /// large run has.
    struct Pair: Sendable {
        /// The claims' indices, held as 32-bit integers (a run holds millions of pairs).
        private var first: Int32
        private var second: Int32
        var similarity: Double
        let terms: Terms

        var a: Int {
            get { Int(first) }
            set { first = Int32(newValue) }
        }
        var b: Int {
            get { Int(second) }
            set { second = Int32(newValue) }
        }

        init(a: Int, b: Int, similarity: Double, terms: Terms) {
            first = Int32(a)
            second = Int32(b)
            self.similarity = similarity
            self.terms = terms
        }

        /// The terms the two claims share, sorted.
        var shared: [String] {
            sparseDot(terms.vectors[a], terms.vectors[b]).shared.map { terms.names[$0] }.sorted()
        }

        /// The ids of the terms the two claims share, in term order (numbers and skeletons too).
        var sharedTermIDs: [Int] { sparseDot(terms.vectors[a], terms.vectors[b]).shared }

        /// The words the two claims share, as a set: their shared terms without numbers and skeletons (`#`),
        /// with no sorting and no string built for the terms left out.
        var sharedWords: Set<String> { SharedWords(self).words }
    }

    /// Pairs of claims by index (`a < b`), each held as one integer: a run's millions of candidate pairs, looked up
    /// without an array per pair.
    struct PairSet: Sendable {
        private var keys = Set<Int>()
        /// The keys of pairs given all at once (a run's candidates), sorted: one array of their own size.
        private var sorted: [Int] = []
        private let count: Int

        /// The pairs among `count` claims.
        init(count: Int) { self.count = max(count, 1) }

        init(_ pairs: some Collection<Pair>, count: Int) {
            self.init(count: count)
            var keys = pairs.map { key($0.a, $0.b) }
            keys.sort()
            sorted = keys
        }

        private func key(_ a: Int, _ b: Int) -> Int { min(a, b) &* count &+ max(a, b) }

        mutating func insert(_ a: Int, _ b: Int) { keys.insert(key(a, b)) }

        func contains(_ a: Int, _ b: Int) -> Bool {
            let k = key(a, b)
            if keys.contains(k) { return true }
            var lower = 0
            var upper = sorted.count
            while lower < upper {
                let mid = (lower + upper) / 2
                if sorted[mid] < k { lower = mid + 1 } else { upper = mid }
            }
            return lower < sorted.count && sorted[lower] == k
        }
    }

    /// One term's posting lists by period: the periods in order (undated first), each with the claims in it.
    struct Postings: Sendable {
        /// Periods in ascending order; `Int.min` stands for undated articles.
        let periods: [Int]
        let lists: [[Int]]

        init(_ byPeriod: [Int?: [Int]]) {
            let sorted = byPeriod.map { ($0.key ?? Int.min, $0.value) }.sorted { $0.0 < $1.0 }
            periods = sorted.map(\.0)
            lists = sorted.map(\.1)
        }

        /// The postings of (period, claim) entries given in claim order, `Int.min` for undated: the same as
        /// `init(_:)` of them grouped by period.
        init(entries: ArraySlice<(period: Int, claim: Int)>) {
            var sorted = Array(entries)
            // A stable order by period keeps each period's claims in claim order.
            if !sorted.indices.dropFirst().allSatisfy({ sorted[$0 - 1].period <= sorted[$0].period }) {
                sorted.sort { $0.period != $1.period ? $0.period < $1.period : $0.claim < $1.claim }
            }
            var periods: [Int] = []
            var lists: [[Int]] = []
            for entry in sorted {
                if periods.last != entry.period {
                    periods.append(entry.period)
                    lists.append([])
                }
                lists[lists.count - 1].append(entry.claim)
            }
            self.periods = periods
            self.lists = lists
        }

        /// The claims of undated articles.
        var undated: [Int]? { periods.first == Int.min ? lists[0] : nil }

        /// Calls `body` with the list of each period from `low` through `high`, in order.
        func each(from low: Int, through high: Int, _ body: ([Int]) -> Void) {
            var lower = 0
            var upper = periods.count
            while lower < upper {
                let mid = (lower + upper) / 2
                if periods[mid] < low { lower = mid + 1 } else { upper = mid }
            }
            while lower < periods.count && periods[lower] <= high {
                body(lists[lower])
                lower += 1
            }
        }
    }

    /// The run's term vectors and term names, held once for all its pairs.
    final class Terms: Sendable {
        let vectors: [SparseVector]
        let names: [String]
        /// Per term, whether it is a number or a skeleton (`#` first), which shared words leave out.
        let skeleton: [Bool]
        /// Per term, how many claims hold it (what `TermRarity` weighs terms by).
        let claimCounts: [Int]

        init(vectors: [SparseVector], names: [String], claimCounts: [Int] = []) {
            self.vectors = vectors
            self.names = names
            skeleton = names.map { $0.hasPrefix("#") }
            self.claimCounts = claimCounts
        }
    }

    /// Terms held by more claims than this are not looked up (they still count in the cosine of a pair found
    /// through rarer terms).
    var postingLimit = 200
    /// At most this many candidates per claim, the most similar first.
    var perClaim = 12
    /// Pairs below this cosine are not candidates.
    var threshold = 0.12

    /// Candidate pairs across articles. `days` gives each claim's article day (nil when undated); claims more
    /// than `window` days apart never meet, and the index is split by period so that they are never even looked
    /// at: a corpus eight times as long costs eight times as much, not sixty-four.
    /// `stories` say whether two articles (by index) are about related stories (`StoryVectors.related`; every
    /// two are when nil): claims of unrelated articles never take a claim's candidate places. Each claim picks its
    /// own candidates among all others, so a pair is kept when either side ranks the other among its closest.
    func pairs(
        _ contents: [ClaimContent], documents: [Int], days: [Int?], window: Int, stories: StoryVectors? = nil
    ) -> Candidates {
        // Terms as integers, counted once per claim. Each claim's terms are read in their sorted order, so that
        // the ids, and with them the order in which scores are summed, do not follow the hash seed of the run.
        // What only this step reads (the term ids by name, each claim's raw terms) is released when it is done.
        let (vectors, names, df) = CandidateIndex.vectors(contents)
        // Postings by term and period (nil for undated articles).
        let span = max(1, window)
        let period: [Int?] = days.map { $0.map { Int((Double($0) / Double(span)).rounded(.down)) } }
        // By term id (dense, so an array), then by period in order, found by binary search.
        let index = CandidateIndex.postings(vectors, df: df, period: period, terms: names.count)
        // Each claim ranks its candidates on its own: chunks of claims in parallel, each with its own score
        // table; the pairs are then merged in claim order, so the result does not depend on the chunking.
        let termCount = names.count
        let articleCount = (documents.max() ?? -1) + 1
        let chunks = max(1, min(32, vectors.count / 256))
        let box = ResultBox<[Pick]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var found: [Pick] = []
            // Whether each article is related to the article of the claims being ranked (0 not yet known, 1
            // related, 2 not), remembered while that article's claims, which come one after another, are ranked.
            // That article's story vector is spread out once (`StoryVectors.Row`) for the cosines with the others.
            var row = [UInt8](repeating: 0, count: articleCount)
            var rowArticle = -1
            var rowTouched: [Int] = []
            var story = stories?.row()
            func articlesRelated(_ x: Int, _ y: Int) -> Bool {
                guard let stories else { return true }
                if x != rowArticle {
                    for known in rowTouched { row[known] = 0 }
                    rowTouched.removeAll(keepingCapacity: true)
                    rowArticle = x
                }
                if row[y] == 0 {
                    stories.load(x, into: &story!)
                    row[y] = stories.related(story!, y) ? 1 : 2
                    rowTouched.append(y)
                }
                return row[y] == 1
            }
            // Raw buffers, read and written millions of times a run without bounds or exclusivity checks.
            let scores = UnsafeMutableBufferPointer<Double>.allocate(capacity: vectors.count)
            scores.initialize(repeating: 0)
            defer { scores.deallocate() }
            var touched: [Int] = []
            // The claim's own vector spread out by term id, so that the exact cosine with each candidate is one
            // pass over the candidate's terms (the same products, summed in the same term order).
            var query = [Double](repeating: 0, count: termCount)
            // The articles by claim, read for every posting.
            documents.withUnsafeBufferPointer { articles in
                for i in (vectors.count * chunk / chunks)..<(vectors.count * (chunk + 1) / chunks) {
                    let v = vectors[i]
                    let document = documents[i]
                    // The weight of the term in `j` is found in the exact pass; here the product with an upper bound
                    // is enough to rank.
                    func add(_ list: [Int], _ w: Double) {
                        guard list.count <= postingLimit else { return }
                        list.withUnsafeBufferPointer { list in
                            for j in list where j != i && articles[j] != document {
                                if scores[j] == 0 { touched.append(j) }
                                scores[j] += w
                            }
                        }
                    }
                    for (term, w) in v {
                        query[term] = w
                        let byPeriod = index[term]
                        guard !byPeriod.lists.isEmpty else { continue }
                        if let p = period[i] {
                            byPeriod.each(from: p - 1, through: p + 1) { add($0, w) }
                            if let undated = byPeriod.undated { add(undated, w) }
                        } else {
                            for list in byPeriod.lists { add(list, w) }
                        }
                    }
                    let ranked = CandidateIndex.top(perClaim * 3, of: touched, scores: UnsafeBufferPointer(scores))
                    for j in touched { scores[j] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    var taken = 0
                    for (j, _) in ranked where taken < perClaim {
                        if let a = days[i], let b = days[j], abs(a - b) > window { continue }
                        guard articlesRelated(documents[i], documents[j]) else { continue }
                        // The exact cosine, frequent terms included.
                        var similarity = 0.0
                        for (term, w) in vectors[j] {
                            let q = query[term]
                            if q != 0 { similarity += q * w }
                        }
                        guard similarity >= threshold else { continue }
                        taken += 1
                        found.append(Pick(i: Int32(i), j: Int32(j), similarity: similarity))
                    }
                    for (term, _) in v { query[term] = 0 }
                }
            }
            _ = box.set(chunk, found.exactCopy())
        }
        let terms = Terms(vectors: vectors, names: names, claimCounts: df)
        let found = box.values()
        // A pair picked from both sides is kept where it is met first: from the side of its lower index, whose
        // picks come first. Each claim's picks are listed apart (a few per claim) to tell, without a set of all
        // pairs, whether the other side picked it too.
        var starts = [Int32](repeating: 0, count: vectors.count + 1)
        var picks: [Int32] = []
        picks.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for pick in found.joined() {
            starts[Int(pick.i) + 1] += 1
            picks.append(pick.j)
        }
        for k in 0..<vectors.count { starts[k + 1] += starts[k] }
        func isFirst(_ pick: Pick) -> Bool {
            pick.j > pick.i || !picks[Int(starts[Int(pick.j)])..<Int(starts[Int(pick.j) + 1])].contains(pick.i)
        }
        // Sized once: grown pair by pair, the run's largest array would carry up to twice its size.
        var result: [Candidates.Stored] = []
        result.reserveCapacity(found.joined().lazy.filter(isFirst).count)
        for pick in found.joined() where isFirst(pick) {
            let (a, b) = pick.i < pick.j ? (pick.i, pick.j) : (pick.j, pick.i)
            result.append(Candidates.Stored(a: a, b: b, similarity: pick.similarity))
        }
        return Candidates(stored: result, terms: terms)
    }

    /// Each claim's normalised term vector (term ids in first-met order, claims in order and each claim's terms
    /// sorted), the term names by id and how many claims hold each. Chunks of claims sort their terms and number
    /// them on their own in parallel; the chunks' numbers are then mapped in order onto the run's, which gives the
    /// same ids as numbering every claim in one pass.
    static func vectors(_ contents: [ClaimContent]) -> (vectors: [SparseVector], names: [String], df: [Int]) {
        let chunks = max(1, min(32, contents.count / 256))
        let local = ResultBox<(names: [String], counts: [Int], lists: [[(Int, Double)]])>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var numbers = TermNumbers()
            var lists: [[(Int, Double)]] = []
            for content in contents[(contents.count * chunk / chunks)..<(contents.count * (chunk + 1) / chunks)] {
                var list: [(Int, Double)] = []
                list.reserveCapacity(content.weights.count)
                for (term, w) in content.weights.sorted(by: { $0.key < $1.key }) {
                    list.append((numbers.count(term, 1), w * (term.hasPrefix("#") ? 0.5 : 1)))
                }
                lists.append(list)
            }
            _ = local.set(chunk, (numbers.names, numbers.counts, lists))
        }
        var parts = local.values()
        var numbers = TermNumbers()
        var toRun: [[Int]] = []
        for part in parts {
            toRun.append(part.names.indices.map { numbers.count(part.names[$0], part.counts[$0]) })
        }
        let (names, df) = (numbers.names, numbers.counts)
        numbers = TermNumbers()
        for k in parts.indices { parts[k].names = [] }
        // Vectors: (term, weight) sorted by term, normalised.
        let n = Double(max(contents.count, 1))
        let lists = parts.map(\.lists)
        parts = []
        let frequency = df
        let maps = toRun
        let built = ResultBox<[SparseVector]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let map = maps[chunk]
            _ = built.set(
                chunk,
                lists[chunk].map { list in
                    var v = list.map { (map[$0.0], $0.1 * log((n + 1) / Double(frequency[map[$0.0]]))) }
                    v.sort { $0.0 < $1.0 }
                    let norm = v.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
                    return norm > 0 ? v.map { ($0.0, $0.1 / norm) } : v
                })
        }
        return (built.values().flatMap { $0 }, names, df)
    }

    /// Each term's postings (`Postings`) of the terms more than one claim holds (none for the others): the
    /// entries of all terms laid out term by term in one array (a counting sort, claims in order), then each
    /// term's grouped by period in parallel chunks of terms. A table by period for each term, filled claim by
    /// claim, took a hash and often an allocation per entry on one thread before the ranking.
    static func postings(_ vectors: [SparseVector], df: [Int], period: [Int?], terms: Int) -> [Postings] {
        var starts = [Int](repeating: 0, count: terms + 1)
        for v in vectors {
            for (term, _) in v where df[term] > 1 { starts[term + 1] += 1 }
        }
        for t in 0..<terms { starts[t + 1] += starts[t] }
        var next = starts
        var entries = [(period: Int, claim: Int)](repeating: (0, 0), count: starts[terms])
        for (i, v) in vectors.enumerated() {
            let p = period[i] ?? Int.min
            for (term, _) in v where df[term] > 1 {
                entries[next[term]] = (p, i)
                next[term] += 1
            }
        }
        let all = entries
        let bounds = starts
        return (0..<terms).inOrderedChunks(perChunk: 1024) { range in
            range.map { Postings(entries: all[bounds[$0]..<bounds[$0 + 1]]) }
        }.flatMap { $0 }
    }

    /// Terms numbered in the order they are first met, with a count per term.
    private struct TermNumbers {
        var ids: [String: Int] = [:]
        var names: [String] = []
        var counts: [Int] = []

        /// The term's number, its count raised by `n`.
        mutating func count(_ term: String, _ n: Int) -> Int {
            let id: Int
            if let known = ids[term] {
                id = known
            } else {
                id = names.count
                ids[term] = id
                names.append(term)
                counts.append(0)
            }
            counts[id] += n
            return id
        }
    }

    /// A candidate one claim picked: its own index, the other's, and their cosine (32-bit indices, since a run
    /// picks millions).
    private struct Pick {
        let i: Int32
        let j: Int32
        let similarity: Double
    }
}
