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

    init(_ contents: [ClaimContent], documents: [Int], count: Int) {
        var tf = [[String: Double]](repeating: [:], count: count)
        for (k, content) in contents.enumerated() {
            for term in content.weights.keys where !term.hasPrefix("#") { tf[documents[k]][term, default: 0] += 1 }
        }
        var df: [String: Int] = [:]
        for counts in tf { for term in counts.keys { df[term, default: 0] += 1 } }
        let n = Double(max(count, 1))
        var ids: [String: Int] = [:]
        vectors = tf.map { counts in
            let weighted = counts.map { ($0.key, (1 + log($0.value)) * log((n + 1) / Double(df[$0.key]!))) }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(StoryVectors.size)
            let norm = weighted.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            var vector: [(Int, Double)] = weighted.map { term, w in
                let id = ids[term] ?? ids.count
                ids[term] = id
                return (id, norm > 0 ? w / norm : 0)
            }
            vector.sort { $0.0 < $1.0 }
            return vector
        }
    }

    func cosine(_ a: Int, _ b: Int) -> Double {
        sparseDotValue(vectors[a], vectors[b])
    }

    /// Whether two articles are about related things: a sparse dot product of two short vectors, cheaper than
    /// any shared cache would be across threads.
    func related(_ a: Int, _ b: Int) -> Bool {
        cosine(a, b) >= threshold
    }
}
