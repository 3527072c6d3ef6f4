/// A claim's best-scoring candidates, picked from the claims it touched through the postings.
extension CandidateIndex {
    /// The `k` best-scoring claims among `touched`, best first (ties by index), without sorting them all: a
    /// claim that shares common words touches thousands.
    static func top(_ k: Int, of touched: [Int], scores: [Double]) -> [(Int, Double)] {
        scores.withUnsafeBufferPointer { top(k, of: touched, scores: $0) }
    }

    /// `top` with the scores in a raw buffer (the ranking's own table). `better` orders every two claims (indices
    /// differ), so the best `k` and their order are one answer however they are found. A min-heap holds the worst
    /// of the best `k` at its root; its score and index are kept apart, so that most claims, which do not beat
    /// it, are turned away by one comparison, with no bounds check (about a gigainstruction on PolNeAR train).
    static func top(_ k: Int, of touched: [Int], scores: UnsafeBufferPointer<Double>) -> [(Int, Double)] {
        func better(_ a: (Int, Double), _ b: (Int, Double)) -> Bool { a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
        guard k > 0 else { return [] }
        if touched.count <= k {
            return touched.map { ($0, scores[$0]) }.sorted(by: better)
        }
        var heap = [(Int, Double)](repeating: (0, 0), count: k)
        heap.withUnsafeMutableBufferPointer { heap in
            func siftDown(_ start: Int) {
                var i = start
                while true {
                    let l = 2 * i + 1
                    let r = l + 1
                    var worst = i
                    if l < k && better(heap[worst], heap[l]) { worst = l }
                    if r < k && better(heap[worst], heap[r]) { worst = r }
                    if worst == i { return }
                    heap.swapAt(i, worst)
                    i = worst
                }
            }
            touched.withUnsafeBufferPointer { touched in
                for n in 0..<k {
                    heap[n] = (touched[n], scores[touched[n]])
                    var i = n
                    while i > 0 {
                        let parent = (i - 1) / 2
                        guard better(heap[parent], heap[i]) else { break }
                        heap.swapAt(parent, i)
                        i = parent
                    }
                }
                var rootIndex = heap[0].0
                var rootScore = heap[0].1
                for n in k..<touched.count {
                    let j = touched[n]
                    let score = scores[j]
                    // `better((j, score), heap[0])`, spelled out.
                    guard score != rootScore ? score > rootScore : j < rootIndex else { continue }
                    heap[0] = (j, score)
                    siftDown(0)
                    rootIndex = heap[0].0
                    rootScore = heap[0].1
                }
            }
        }
        return heap.sorted(by: better)
    }
}
