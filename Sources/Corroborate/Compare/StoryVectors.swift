import Foundation

/// What each article is about, as a whole: its most weighted terms (term frequency over its claims times inverse
/// article frequency). Two claims are compared only when their articles are about related things, so that
/// `offered a $10 million reward` in a story about one wanted man never meets `offered a $7 million reward` in
/// a story about another, however alike the sentences.
struct StoryVectors: Sendable {
    /// Terms kept per article.
    static let size = 60
    /// The least cosine between two articles for their claims to meet.
    var threshold = 0.08
    /// Per article, (term id, weight) sorted by term id.
    private let vectors: [[(Int, Double)]]
    /// How many distinct terms the vectors hold: the length of a `Row`.
    private let termCount: Int

    /// One article's vector spread out by term id, so that its cosine with another article is one pass over the
    /// other's terms (`cosine(_:_:)` on a row): the candidate index asks one article's relatedness to hundreds of
    /// others in a row, and the merge of two sorted vectors took most of the instructions of that ask.
    struct Row {
        fileprivate var weights: [Double]
        /// The article spread out (-1 for none).
        fileprivate(set) var article = -1
    }

    init(_ contents: [ClaimContent], documents: [Int], count: Int) {
        var claimsOf = [[Int]](repeating: [], count: count)
        for (k, document) in documents.enumerated() { claimsOf[document].append(k) }
        // Term counts per article, and the articles holding each term, in parallel chunks of articles (counts
        // are whole numbers, so neither depends on the order they are added in).
        let chunks = max(1, min(32, count / 64))
        let counted = ResultBox<(tf: [[String: Double]], df: [String: Int])>(count: chunks)
        let byArticle = claimsOf
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var tfs: [[String: Double]] = []
            var df: [String: Int] = [:]
            for document in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                var tf: [String: Double] = [:]
                for k in byArticle[document] {
                    for term in contents[k].weights.keys where !term.hasPrefix("#") { tf[term, default: 0] += 1 }
                }
                for term in tf.keys { df[term, default: 0] += 1 }
                tfs.append(tf)
            }
            _ = counted.set(chunk, (tfs, df))
        }
        let parts = counted.values()
        var df = parts.first?.df ?? [:]
        for part in parts.dropFirst() { df.merge(part.df, uniquingKeysWith: +) }
        let tf = parts.flatMap(\.tf)
        // Each article's most weighted terms, normalised, in parallel; then numbered in article order.
        let n = Double(max(count, 1))
        let documentFrequency = df
        let weightedBox = ResultBox<[[(String, Double)]]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            _ = weightedBox.set(
                chunk,
                tf[(count * chunk / chunks)..<(count * (chunk + 1) / chunks)].map { counts in
                    let weighted = counts.map {
                        ($0.key, (1 + log($0.value)) * log((n + 1) / Double(documentFrequency[$0.key]!)))
                    }
                    .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(StoryVectors.size)
                    let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
                    return weighted.map { ($0.0, norm > 0 ? $0.1 / norm : 0) }
                })
        }
        var ids: [String: Int] = [:]
        let vectors: [[(Int, Double)]] = weightedBox.values().joined().map { weighted in
            var vector: [(Int, Double)] = weighted.map { term, w in
                let id = ids[term] ?? ids.count
                ids[term] = id
                return (id, w)
            }
            vector.sort { $0.0 < $1.0 }
            return vector
        }
        self.vectors = vectors
        termCount = ids.count
    }

    func cosine(_ a: Int, _ b: Int) -> Double {
        sparseDotValue(vectors[a], vectors[b])
    }

    /// Whether two articles are about related things: a sparse dot product of two short vectors, cheaper than
    /// any shared cache would be across threads.
    func related(_ a: Int, _ b: Int) -> Bool {
        cosine(a, b) >= threshold
    }

    /// A row with no article spread out, as long as the run's terms.
    func row() -> Row { Row(weights: [Double](repeating: 0, count: termCount)) }

    /// Spreads article `a` out in `row`, clearing the article it held.
    func load(_ a: Int, into row: inout Row) {
        guard row.article != a else { return }
        if row.article >= 0 { for (term, _) in vectors[row.article] { row.weights[term] = 0 } }
        for (term, w) in vectors[a] { row.weights[term] = w }
        row.article = a
    }

    /// `cosine(row.article, b)` to the last bit: the products of the terms both hold, the row's weight first,
    /// summed in term order (a weight is never zero: each is positive, or the whole vector is zero and so is every
    /// product).
    func cosine(_ row: Row, _ b: Int) -> Double {
        var sum = 0.0
        for (term, w) in vectors[b] {
            let q = row.weights[term]
            if q != 0 { sum += q * w }
        }
        return sum
    }

    /// `related(row.article, b)`, through the row.
    func related(_ row: Row, _ b: Int) -> Bool {
        cosine(row, b) >= threshold
    }
}
