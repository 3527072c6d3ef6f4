import Testing

@testable import Corroborate

@Suite("Disjoint sets")
struct DisjointSetsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let count: Int
        let joins: [(Int, Int)]
        /// The groups expected, each sorted, in order of their smallest member.
        let groups: [[Int]]
        var testDescription: String { "\(count) elements, joins \(joins)" }
    }

    @Test(
        "Joined elements, directly or through others, share a root; the rest stay alone",
        arguments: [
            Case(count: 4, joins: [], groups: [[0], [1], [2], [3]]),
            Case(count: 5, joins: [(3, 1), (1, 4)], groups: [[0], [1, 3, 4], [2]]),
            Case(count: 6, joins: [(0, 1), (2, 3), (5, 4), (3, 0)], groups: [[0, 1, 2, 3], [4, 5]]),
            Case(count: 3, joins: [(2, 2), (1, 2), (2, 1)], groups: [[0], [1, 2]]),
        ])
    func groups(_ c: Case) {
        var sets = DisjointSets(count: c.count)
        for (a, b) in c.joins { sets.join(a, b) }
        var byRoot: [Int: [Int]] = [:]
        for x in 0..<c.count { byRoot[sets.root(x), default: []].append(x) }
        let groups = byRoot.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        #expect(groups == c.groups)
        // The smallest member stands for its group, whatever the order of the joins.
        for group in groups { #expect(sets.root(group.last!) == group[0]) }
    }

    @Test("Added elements start alone and can be joined")
    func added() {
        var sets = DisjointSets(count: 0)
        let a = sets.add()
        let b = sets.add()
        let c = sets.add()
        #expect([a, b, c] == [0, 1, 2] && sets.count == 3)
        sets.join(c, a)
        #expect(sets.root(c) == sets.root(a) && sets.root(b) == b)
    }
}
