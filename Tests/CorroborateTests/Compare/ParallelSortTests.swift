import Testing

@testable import Corroborate

/// The comparison's last sorts run on two threads (`Array.parallelSort(by:)`): the order must be the one a stable
/// sort of the whole gives, ties included, or the flags would be numbered differently.
@Suite("Sorting on two threads")
struct ParallelSortTests {
    /// Pairs of a key with many ties and the position they started at.
    static func entries(_ count: Int) -> [(key: Int, position: Int)] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { position in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (Int(state >> 33) % 97, position)
        }
    }

    @Test(
        "either way of sorting on two threads gives the order of one stable sort of the whole, equal keys in their first order",
        arguments: [false, true], [0, 1, 100, ParallelSort.minimum - 1, 3 * ParallelSort.minimum + 7])
    func stable(byPosition: Bool, count: Int) {
        var sorted = ParallelSortTests.entries(count)
        // By position: each element moved once, as the comparison sorts its flags.
        if byPosition {
            sorted.parallelSortByPosition { $0.key < $1.key }
        } else {
            sorted.parallelSort { $0.key < $1.key }
        }
        var expected = ParallelSortTests.entries(count)
        expected.sort { $0.key != $1.key ? $0.key < $1.key : $0.position < $1.position }
        #expect(sorted.map(\.key) == expected.map(\.key))
        #expect(sorted.map(\.position) == expected.map(\.position))
    }
}
