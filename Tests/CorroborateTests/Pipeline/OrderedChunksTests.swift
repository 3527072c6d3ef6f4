import Testing

@testable import Corroborate

/// Work split into parallel chunks must come back in the collection's order, or the report would change from run
/// to run.
@Suite("Parallel chunks kept in order")
struct OrderedChunksTests {
    @Test(
        "Joining the chunks gives what one serial pass gives, for short, long and sliced collections",
        arguments: [0, 1, 255, 256, 257, 10_000, 100_003])
    func order(count: Int) {
        let values = (0..<count).map { ($0 &* 2_654_435_761) % 1_000 }
        let chunked = values.inOrderedChunks { part in part.map { $0 * 3 } }
        #expect(Array(chunked.joined()) == values.map { $0 * 3 })
        #expect(chunked.count == max(1, min(64, count / 256)))
        let slice = values.dropFirst(count / 3)
        #expect(Array(slice.inOrderedChunks(perChunk: 10) { Array($0) }.joined()) == Array(slice))
    }
}
