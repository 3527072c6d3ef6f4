import Testing

@testable import Corroborate

/// Wire copies are found through posting lists of shingle hashes: each list must hold the claims with that
/// shingle, in claim order, at most `limit` of them, whatever the hash values are.
@Suite("Shingle postings")
struct ShinglePostingsTests {
    @Test(
        "Each shingle of each claim lists the first claims holding it, in claim order",
        arguments: [
            ([[1, 2, 3], [3, 4], [], [2, 3, 5], [3]], 2),
            ([[0, -1, Int.max], [Int.min, 0], [Int.max, Int.min, 7], [-1]], 50),
            ([[1 << 20, 2 << 20, 3 << 20], [1 << 20, 1 << 40], [3 << 20, 1 << 40, 1 << 20]], 1),
            (Array(repeating: [42, 43], count: 70), 50),
        ] as [([[Int]], Int)])
    func lists(shingles: [[Int]], limit: Int) {
        let postings = ShinglePostings(shingles, limit: limit)
        for (i, set) in shingles.enumerated() {
            for (k, h) in set.enumerated() {
                let holders = shingles.indices.filter { shingles[$0].contains(h) }
                #expect(Array(postings.claims(sharing: k, of: i)) == Array(holders.prefix(limit)), "\(i) \(h)")
            }
        }
    }

    @Test("Many shingles, colliding in their low bits, keep their own lists")
    func collisions() {
        // Hashes that differ only above the bits a small table would use.
        let shingles = (0..<400).map { k in [k << 32, (k % 9) << 32 | 5, -(k % 3) - 1] }
        let postings = ShinglePostings(shingles, limit: 50)
        for (i, set) in shingles.enumerated() {
            for (k, h) in set.enumerated() {
                let holders = shingles.indices.filter { shingles[$0].contains(h) }
                #expect(Array(postings.claims(sharing: k, of: i)) == Array(holders.prefix(50)))
            }
        }
    }
}
