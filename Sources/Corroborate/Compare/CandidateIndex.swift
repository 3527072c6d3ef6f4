import Foundation

/// Finds, for every claim, the claims of other articles that say something about the same thing, without
/// comparing all pairs. Claims are vectors of weighted terms (inverse document frequency over the run's claims,
/// names weighted up, consonant skeletons for spelling variants); an inverted index over terms lists who shares
/// what, and only terms rarer than `postingLimit` are looked up, so each claim meets a bounded number of others
/// and the work grows with the number of claims, not with its square.
struct CandidateIndex: Sendable {
    /// A pair of claims (indices into the run's claims, `a < b`) with the cosine of their term vectors and the
    /// terms they share.
    struct Pair: Sendable {
        var a: Int
        var b: Int
        var similarity: Double
        var shared: [String]
    }

    /// Terms held by more claims than this are not looked up (they still count in the cosine of a pair found
    /// through rarer terms).
    var postingLimit = 200
    /// At most this many candidates per claim, the most similar first.
    var perClaim = 24
    /// Pairs below this cosine are not candidates.
    var threshold = 0.12

    /// Candidate pairs across articles. `sameWindow` says whether two articles' dates allow them to report the
    /// same happening.
    func pairs(
        _ contents: [ClaimContent], documents: [Int], sameWindow: (Int, Int) -> Bool
    ) -> [Pair] {
        var df: [String: Int] = [:]
        for content in contents {
            for term in content.weights.keys { df[term, default: 0] += 1 }
            for s in content.skeletons { df[s, default: 0] += 1 }
        }
        let n = Double(max(contents.count, 1))
        func idf(_ term: String) -> Double { log((n + 1) / Double(df[term] ?? 1)) }
        // Vectors: term -> weight, normalised.
        var vectors: [[String: Double]] = []
        vectors.reserveCapacity(contents.count)
        for content in contents {
            var v: [String: Double] = [:]
            for (term, w) in content.weights { v[term] = w * idf(term) * (term.hasPrefix("#") ? 0.5 : 1) }
            for s in content.skeletons where v[s] == nil { v[s] = 0.5 * idf(s) }
            let norm = v.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for k in v.keys { v[k]! /= norm } }
            vectors.append(v)
        }
        var postings: [String: [Int]] = [:]
        for (i, v) in vectors.enumerated() {
            for term in v.keys where (df[term] ?? 0) <= postingLimit && (df[term] ?? 0) > 1 {
                postings[term, default: []].append(i)
            }
        }
        var result: [Pair] = []
        for (i, v) in vectors.enumerated() {
            var scores: [Int: Double] = [:]
            for (term, w) in v {
                guard let list = postings[term] else { continue }
                for j in list where j > i && documents[j] != documents[i] {
                    scores[j, default: 0] += w * (vectors[j][term] ?? 0)
                }
            }
            let best = scores.filter { $0.value >= threshold * 0.5 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            for (j, _) in best.prefix(perClaim * 2) where sameWindow(documents[i], documents[j]) {
                // The exact cosine, frequent terms included.
                var dot = 0.0
                var shared: [String] = []
                let (small, large) = v.count <= vectors[j].count ? (v, vectors[j]) : (vectors[j], v)
                for (term, w) in small {
                    if let x = large[term] {
                        dot += w * x
                        if !term.hasPrefix("~") { shared.append(term) }
                    }
                }
                if dot >= threshold {
                    result.append(Pair(a: i, b: j, similarity: dot, shared: shared.sorted()))
                }
            }
        }
        return result
    }
}
