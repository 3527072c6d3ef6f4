import Foundation

/// How rare each term is among news articles (inverse document frequency, learned with the model), so that a
/// claim's rare words count for more than its common ones.
struct StanceVocabulary: Sendable {
    var idf: [String: Float]
    /// The weight of a term never seen in training: as rare as the rarest.
    var unseen: Float

    func idf(_ term: String) -> Double { Double(idf[term] ?? unseen) }

    /// Counts the documents each term occurs in.
    init(documents: [StanceText], minimumCount: Int = 2) {
        var df: [String: Int] = [:]
        for text in documents { for term in text.positions.keys { df[term, default: 0] += 1 } }
        let n = Double(max(1, documents.count))
        idf = [:]
        for (term, count) in df where count >= minimumCount {
            idf[term] = Float(log((n + 1) / (Double(count) + 1)) + 1)
        }
        unseen = Float(log((n + 1) / 2) + 1)
    }

    init(idf: [String: Float], unseen: Float) {
        self.idf = idf
        self.unseen = unseen
    }

    /// The length of a body's term vector (log term frequency times rarity).
    func norm(of text: StanceText) -> Double {
        var sum = 0.0
        // In the text's order, so that the sum is the same on every run.
        for term in text.terms {
            let w = (1 + log(Double(text.positions[term]!.count))) * idf(term)
            sum += w * w
        }
        return sqrt(sum)
    }
}
