import Dispatch

extension RandomAccessCollection where Index == Int, Self: Sendable {
    /// `body` of consecutive slices of the collection, run in parallel and returned in the collection's order: at
    /// most `maxChunks` slices of at least `perChunk` elements (one slice for a short collection), so that what the
    /// caller joins is what one serial pass would give, whichever thread finished first.
    func inOrderedChunks<T>(perChunk: Int = 256, maxChunks: Int = 64, _ body: @Sendable (SubSequence) -> T)
        -> [T]
    {
        let total = count
        let chunks = Swift.max(1, Swift.min(maxChunks, total / perChunk))
        let box = ResultBox<T>(count: chunks)
        let start = startIndex
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let from = start + total * chunk / chunks
            let to = start + total * (chunk + 1) / chunks
            _ = box.set(chunk, body(self[from..<to]))
        }
        return box.takeValues()
    }
}
