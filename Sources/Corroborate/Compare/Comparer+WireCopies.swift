import Foundation

/// Wire copies: near-identical passages in different articles share a copy group and count once.
extension Comparer {
    /// Near-identical passages in different articles (five-word shingles, 70% of the shorter) share a copy group.
    func assignCopyGroups(_ claims: inout [Claim]) {
        var shingles: [[Int]] = []
        shingles.reserveCapacity(claims.count)
        for claim in claims {
            shingles.append(
                claim.shingles.isEmpty && claim.text.count > 40 ? Claim.shingles(of: claim.text) : claim.shingles)
        }
        let postings = ShinglePostings(shingles, limit: 50)
        var groups = DisjointSets(count: claims.count)
        // The copies of each claim, found in parallel chunks; the groups are then joined in claim order.
        let sets = shingles
        let input = claims
        // Each claim's article in a plain array: read for every posting, where a claim's own field is reached
        // through its storage with an exclusivity check each time (about 940 k checks on generated-2000).
        let articles = claims.map(\.document)
        let chunks = max(1, min(32, claims.count / 256))
        let box = ResultBox<[(Int, Int)]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var copies: [(Int, Int)] = []
            for i in (sets.count * chunk / chunks)..<(sets.count * (chunk + 1) / chunks) where !sets[i].isEmpty {
                var shared: [Int: Int] = [:]
                for k in sets[i].indices {
                    for j in postings.claims(sharing: k, of: i) where j > i && articles[j] != articles[i] {
                        shared[j, default: 0] += 1
                    }
                }
                // A copy is near-identical and gives the same figures: a sentence repeated with another number is
                // a different report, to be compared, not collapsed.
                for (j, count) in shared.sorted(by: { $0.key < $1.key })
                where Double(count) >= 0.85 * Double(max(sets[i].count, sets[j].count))
                    && input[i].frame.quantities.map(\.value) == input[j].frame.quantities.map(\.value)
                {
                    copies.append((i, j))
                }
            }
            _ = box.set(chunk, copies)
        }
        for (i, j) in box.values().joined() { groups.join(i, j) }
        // Named after the group's first claim, so the name does not depend on the order of the merges.
        let roots = claims.indices.map { groups.root($0) }
        var size = [Int](repeating: 0, count: claims.count)
        var first = [Int](repeating: Int.max, count: claims.count)
        for (i, root) in roots.enumerated() {
            size[root] += 1
            first[root] = min(first[root], i)
        }
        for (i, root) in roots.enumerated() where size[root] > 1 { claims[i].copyGroup = "w\(first[root] + 1)" }
    }

}

/// Which claims hold each shingle, in claim order and at most `limit` of them per shingle (a stock phrase met
/// everywhere is no sign of a copy), kept in flat arrays rather than a dictionary of hundreds of thousands of
/// small lists built and freed one by one.
struct ShinglePostings: Sendable {
    /// Where each claim's shingles start in the flat order (one more entry than claims).
    private let starts: [Int]
    /// For each shingle of each claim (flat, claim after claim), its posting list's number.
    private let list: [Int32]
    /// Where each posting list starts in `members` (one more entry than lists).
    private let listStarts: [Int]
    /// The posting lists, one after another: claim indices in ascending order.
    private let members: [Int32]

    init(_ shingles: [[Int]], limit: Int) {
        var starts = [0]
        starts.reserveCapacity(shingles.count + 1)
        for set in shingles { starts.append(starts[starts.count - 1] + set.count) }
        // Each shingle numbered as first met, each claim's shingles given their list's number, and the lists'
        // sizes counted; then the lists are filled in claim order, each with its first `limit` claims.
        // The shingles are hashes already: an open-addressing table finds a slot from their bits, with no
        // hashing of its own.
        let total = starts[starts.count - 1]
        var capacity = 16
        while capacity < total + total / 2 { capacity *= 2 }
        let mask = capacity - 1
        var keys = [Int](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var list: [Int32] = []
        list.reserveCapacity(total)
        var sizes: [Int] = []
        for set in shingles {
            for h in set {
                var slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(h)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
                while slots[slot] >= 0 && keys[slot] != h { slot = (slot + 1) & mask }
                if slots[slot] < 0 {
                    keys[slot] = h
                    slots[slot] = Int32(sizes.count)
                    sizes.append(0)
                }
                let number = slots[slot]
                list.append(number)
                sizes[Int(number)] += 1
            }
        }
        keys = []
        slots = []
        var listStarts = [Int](repeating: 0, count: sizes.count + 1)
        for (number, size) in sizes.enumerated() { listStarts[number + 1] = listStarts[number] + min(size, limit) }
        var filled = listStarts
        var members = [Int32](repeating: 0, count: listStarts[sizes.count])
        for (i, set) in shingles.enumerated() {
            for k in set.indices {
                let number = Int(list[starts[i] + k])
                guard filled[number] < listStarts[number + 1] else { continue }
                members[filled[number]] = Int32(i)
                filled[number] += 1
            }
        }
        self.starts = starts
        self.list = list
        self.listStarts = listStarts
        self.members = members
    }

    /// The claims holding claim `i`'s `k`th shingle (claim `i` among them when it is one of the first `limit`).
    func claims(sharing k: Int, of i: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        let number = Int(list[starts[i] + k])
        return members[listStarts[number]..<listStarts[number + 1]].lazy.map { Int($0) }
    }
}
