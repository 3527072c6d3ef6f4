import Testing

@testable import Corroborate

/// A claim's best candidates (`CandidateIndex.top`) are the first `k` of all the claims it touched sorted by
/// score, best first, ties by index: the heap with its root kept apart picks the same claims in the same order.
@Suite("A claim's best candidates")
struct CandidateTopTests {
    @Test(
        "The heap's best k equal the first k of a full sort, ties included",
        arguments: [(1, 1), (36, 0), (36, 10), (36, 36), (36, 37), (36, 500), (5, 3_000), (36, 3_000)])
    func topAsSorted(k: Int, touchedCount: Int) {
        var generator = SystemRandomNumberGenerator()
        for levels in [3, 40, 100_000] {
            // Scores from a few levels, so that many tie, or nearly all distinct.
            let total = touchedCount + 50
            let scores = (0..<total).map { _ in Double(Int.random(in: 1...levels, using: &generator)) / 7 }
            let touched = Array((0..<total).shuffled(using: &generator).prefix(touchedCount))
            let expected = touched.map { ($0, scores[$0]) }
                .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                .prefix(k)
            let found = CandidateIndex.top(k, of: touched, scores: scores)
            #expect(found.map(\.0) == expected.map(\.0))
            #expect(found.map(\.1) == expected.map(\.1))
        }
    }
}
