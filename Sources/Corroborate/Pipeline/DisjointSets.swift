/// Union-find over the integers `0..<count`: which elements have been joined, directly or through others.
/// Wire copies and FNC-1 stories are both groups of this kind.
struct DisjointSets: Sendable {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The number of elements.
    var count: Int { parent.count }

    /// Adds one element, alone in its group, and returns it.
    mutating func add() -> Int {
        parent.append(parent.count)
        return parent.count - 1
    }

    /// The element that stands for `x`'s group (the same for every member until the next `join`).
    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Puts `a` and `b` in one group; the smaller root stands for it.
    mutating func join(_ a: Int, _ b: Int) {
        let (x, y) = (root(a), root(b))
        if x != y { parent[max(x, y)] = min(x, y) }
    }
}
