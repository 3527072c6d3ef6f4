import Foundation

/// How rare each index term is across the run's claims: inverse claim frequency, so that shared rare words say
/// more about two claims being about one thing than shared common ones. With the article of each claim, it
/// also tells which terms are specific: used by few of the run's articles, not its topic.
///
/// A class (immutable), so that handing it to a rule (`pair.rarity`) or capturing one of its methods retains one
/// reference instead of each of its tables.
final class TermRarity: Sendable {
    /// A known term's weight, and its rank among the known terms in string order (see `weight(of:)`).
    private struct Known: Sendable {
        let idf: Double
        let rank: Int
    }
    /// Every term of the run's claims, with its weight and rank.
    private let known: [String: Known]
    /// The known terms in string order (a term's rank is its index here): where an unseen term falls among them.
    private let order: [String]
    /// The known terms' weights by rank.
    private let byRank: [Double]
    private let unseen: Double
    /// Per term, the articles that use it; empty when the articles are not known.
    private let articles: [String: Int]
    /// The most articles a specific term is used by (see `isSpecific`); nil when the articles are not known.
    let specificArticles: Int?
    /// Figures with their measure (`TypedQuantity.standingKey`) that articles of unrelated stories state alike.
    private let standing: Set<String>

    /// A term used by at most this many articles is specific in any run.
    static let fewArticles = 25
    /// In a larger run, a term used by at most this share of its articles is specific.
    static let runShare = 0.03

    /// The fewest articles that state a figure alike for it to be a standing figure (see `isStanding`).
    static let standingArticles = 3
    /// The articles of a figure whose stories are compared, pair by pair (the first by index).
    static let sampledArticles = 12
    /// Whole numbers below this are never standing figures (see `standingFigures`).
    static let chanceFigure = 100.0

    /// `documents` gives each content's article (an index below `count`); without them no term is common.
    /// `likeness` is the cosine of two articles (by index) over what each is about (`StoryVectors.cosine`); without
    /// it no figure is standing.
    convenience init(
        _ contents: [ClaimContent], documents: [Int] = [], count: Int = 0,
        likeness: ((Int, Int) -> Double)? = nil
    ) {
        var df: [String: Int] = [:]
        for content in contents { for term in content.weights.keys { df[term, default: 0] += 1 } }
        let n = Double(max(contents.count, 1))
        self.init(
            idf: df.map { ($0.key, log((n + 1) / Double($0.value))) }, contents, documents: documents, count: count,
            likeness: likeness
        ) {
            var byArticle = [Set<String>](repeating: [], count: count)
            for (k, content) in contents.enumerated() where documents[k] < count {
                byArticle[documents[k]].formUnion(content.weights.keys)
            }
            var used: [String: Int] = [:]
            for terms in byArticle { for term in terms { used[term, default: 0] += 1 } }
            return used
        }
    }

    /// The same rarity from the candidate index's terms (`CandidateIndex.Terms`, read from these `contents`),
    /// which hold each claim's term ids and how many claims hold each term: a table entry per distinct term, where
    /// the plain count hashed every term of every claim twice on one thread before the pairs.
    convenience init(
        _ contents: [ClaimContent], terms: CandidateIndex.Terms, documents: [Int], count: Int,
        likeness: ((Int, Int) -> Double)? = nil
    ) {
        let n = Double(max(contents.count, 1))
        let idf = terms.names.enumerated().map { id, name in (name, log((n + 1) / Double(terms.claimCounts[id]))) }
        self.init(idf: idf, contents, documents: documents, count: count, likeness: likeness) {
            // Each article's claims together (a counting sort), so that a term is counted once per article.
            var starts = [Int](repeating: 0, count: count + 1)
            for d in documents where d < count { starts[d + 1] += 1 }
            for d in 0..<count { starts[d + 1] += starts[d] }
            var next = starts
            var order = [Int](repeating: 0, count: starts[count])
            for (k, d) in documents.enumerated() where d < count {
                order[next[d]] = k
                next[d] += 1
            }
            var used = [Int](repeating: 0, count: terms.names.count)
            var last = [Int](repeating: -1, count: terms.names.count)
            for d in 0..<count {
                for k in order[starts[d]..<starts[d + 1]] {
                    for (id, _) in terms.vectors[k] where last[id] != d {
                        last[id] = d
                        used[id] += 1
                    }
                }
            }
            var articles: [String: Int] = [:]
            articles.reserveCapacity(terms.names.count)
            for (id, name) in terms.names.enumerated() where used[id] > 0 { articles[name] = used[id] }
            return articles
        }
    }

    /// The rarity from each term's `idf` (each term once, in any order); `articles` counts, per term, the articles
    /// that use it, and is run only when the articles are known.
    private init(
        idf: [(term: String, idf: Double)], _ contents: [ClaimContent], documents: [Int], count: Int,
        likeness: ((Int, Int) -> Double)?, articles: () -> [String: Int]
    ) {
        let sorted = idf.sorted { $0.term < $1.term }
        order = sorted.map(\.term)
        byRank = sorted.map(\.idf)
        var known: [String: Known] = [:]
        known.reserveCapacity(sorted.count)
        for (rank, entry) in sorted.enumerated() { known[entry.term] = Known(idf: entry.idf, rank: rank) }
        self.known = known
        unseen = log(Double(max(contents.count, 1)) + 1)
        guard documents.count == contents.count, count > 0 else {
            self.articles = [:]
            specificArticles = nil
            standing = []
            return
        }
        standing = likeness.map { TermRarity.standingFigures(contents, documents: documents, likeness: $0) } ?? []
        self.articles = articles()
        specificArticles = max(TermRarity.fewArticles, Int(TermRarity.runShare * Double(count)))
    }

    func weight(_ term: String) -> Double { known[term]?.idf ?? unseen }

    /// Whether a figure with its measure is a standing figure: stated alike by several articles, most pairs of
    /// them about unrelated stories (`RepeatedText.oneStory`). Such a figure is background each story restates
    /// (the votes a motion needs, a fixed fee, a treaty's target), not a fact one of them reports: two articles
    /// that both print it corroborate nothing. In a run of one story its articles are alike, so nothing is.
    func isStanding(_ figure: TypedQuantity) -> Bool { standing.contains(figure.standingKey) }

    /// The figures of `contents` that are standing (see `isStanding`).
    private static func standingFigures(
        _ contents: [ClaimContent], documents: [Int], likeness: (Int, Int) -> Double
    ) -> Set<String> {
        var articlesOf: [String: Set<Int>] = [:]
        for (k, content) in contents.enumerated() {
            // A small whole number as written (`six killed`, `2 percent`, `one day` however many hours it is)
            // recurs in unrelated stories by chance, not as one standing fact.
            for q in content.quantities where !q.vague {
                let written = q.words.compactMap { content.numbers[$0] }
                if written.isEmpty || written.contains(where: { $0 < TermRarity.chanceFigure && $0 == $0.rounded() }) {
                    continue
                }
                articlesOf[q.standingKey, default: []].insert(documents[k])
            }
        }
        return Set(
            articlesOf.filter { _, articles in
                articles.count >= standingArticles
                    && RepeatedText.mostlyUnrelated(
                        Array(articles.sorted().prefix(sampledArticles)), likeness: likeness)
            }.keys)
    }

    /// Whether a term is specific to what some articles tell, rather than the topic of the run: used by at most
    /// `fewArticles` articles, or by at most `runShare` of a larger run's (`Harbour Authority` in a year of
    /// port news is the run's topic; a figure, a name or a word few articles use is a fact).
    func isSpecific(_ term: String) -> Bool {
        guard let most = specificArticles else { return true }
        return articles[term, default: 0] <= most
    }

    /// The summed weight of a set of terms, added in the terms' string order: a set's own order follows the run's
    /// hash seed, and sums in another order differ in their last bits, enough to change which of two equal
    /// alignments wins. The terms are put in that order by their places (`place(of:)`), integers, with the
    /// weights read at the same time, rather than by sorting the strings and looking each up after.
    func weight(of terms: Set<String>) -> Double {
        // `0 +` as `reduce(0)` adds: the same bits (a weight of -0.0 comes out +0.0).
        guard terms.count > 1 else { return terms.first.map { 0 + weight($0) } ?? 0 }
        return withUnsafeTemporaryAllocation(of: (place: Int, weight: Double).self, capacity: terms.count) {
            var buffer = $0
            for (k, term) in terms.enumerated() {
                if let entry = known[term] {
                    buffer[k] = (2 * entry.rank + 1, entry.idf)
                } else {
                    buffer[k] = (place(of: term), unseen)
                }
            }
            buffer.sort { $0.place < $1.place }
            var sum = 0.0
            for entry in buffer { sum += entry.weight }
            return sum
        }
    }

    /// The summed weight of a set of terms (`weight(of:)`, to the last bit) and their ranks, ascending (their string
    /// order); the ranks are nil when one of the terms is unseen. Each term is looked up once for both.
    func weightAndRanks(of terms: Set<String>) -> (weight: Double, ranks: [Int32]?) {
        var entries: [(rank: Int32, idf: Double)] = []
        entries.reserveCapacity(terms.count)
        for term in terms {
            guard let entry = known[term] else { return (weight(of: terms), nil) }
            entries.append((Int32(entry.rank), entry.idf))
        }
        entries.sort { $0.rank < $1.rank }
        var sum = 0.0
        for entry in entries { sum += entry.idf }
        return (sum, entries.map(\.rank))
    }

    /// How many terms two ascending lists of ranks (`weightAndRanks(of:)`) share, and their summed weight, added in rank
    /// order: the count and the `weight(of:)` of the two sets' intersection, to the last bit.
    func shared(_ x: ArraySlice<Int32>, _ y: ArraySlice<Int32>) -> (count: Int, weight: Double) {
        var (i, j) = (x.startIndex, y.startIndex)
        var count = 0
        var sum = 0.0
        while i < x.endIndex && j < y.endIndex {
            if x[i] < y[j] {
                i += 1
            } else if y[j] < x[i] {
                j += 1
            } else {
                sum += byRank[Int(x[i])]
                count += 1
                i += 1
                j += 1
            }
        }
        return (count, sum)
    }

    /// Where a term falls in the string order of the known terms, as an integer: a known term of rank `r` at
    /// `2r + 1`, an unseen one at `2p`, `p` the count of known terms before it (found by bisection). Sorting terms by
    /// place sorts them as strings, except that unseen terms between the same two known ones tie, and those all
    /// weigh `unseen`: a sum in place order adds the same numbers in the same order as one in string order.
    func place(of term: String) -> Int {
        if let entry = known[term] { return 2 * entry.rank + 1 }
        var (low, high) = (0, order.count)
        while low < high {
            let middle = (low + high) / 2
            if order[middle] < term { low = middle + 1 } else { high = middle }
        }
        return 2 * low
    }
}
