import Foundation

/// Wire copies: near-identical passages in different articles share a copy group and count once.
extension Comparer {
    /// Near-identical passages in different articles (five-word shingles, 70% of the shorter) share a copy group.
    func assignCopyGroups(_ claims: inout [Claim]) {
        var postings: [Int: [Int]] = [:]
        var shingles: [[Int]] = []
        for (i, claim) in claims.enumerated() {
            let set = claim.shingles.isEmpty && claim.text.count > 40 ? Claim.shingles(of: claim.text) : claim.shingles
            shingles.append(set)
            for h in set { Comparer.add(i, to: &postings[h, default: []], limit: 50) }
        }
        var groups = DisjointSets(count: claims.count)
        // The copies of each claim, found in parallel chunks; the groups are then joined in claim order.
        let index = postings
        let sets = shingles
        let input = claims
        let chunks = max(1, min(32, claims.count / 512))
        let box = ResultBox<[(Int, Int)]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var copies: [(Int, Int)] = []
            for i in (sets.count * chunk / chunks)..<(sets.count * (chunk + 1) / chunks) where !sets[i].isEmpty {
                var shared: [Int: Int] = [:]
                for h in sets[i] {
                    for j in index[h] ?? [] where j > i && input[j].document != input[i].document {
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

    /// Appends to a posting list that holds at most `limit` entries.
    static func add(_ i: Int, to list: inout [Int], limit: Int) {
        if list.count < limit { list.append(i) }
    }
}
