import Foundation

/// Gradient-boosted regression trees for several classes: each round adds one tree per class to the class's
/// score, and the probabilities are the softmax of the scores. Trees split on `feature <= threshold`.
struct BoostedTrees: Sendable, Equatable {
    struct Node: Sendable, Equatable {
        /// The feature tested, or -1 for a leaf.
        var feature: Int32
        var threshold: Float
        var left: Int32
        var right: Int32
        /// A leaf's contribution to its class's score.
        var value: Float
    }

    var classes: Int
    /// Each class's starting score (log of its prior).
    var base: [Float]
    /// Round-major: tree `r * classes + k` belongs to class `k`.
    var trees: [[Node]]
    /// The trees' nodes in one array, children as absolute indices, and each tree's root: read without touching
    /// the nested arrays, as a pair is scored by every tree.
    private var flat: [Node] = []
    private var roots: [Int] = []

    init(classes: Int, base: [Float], trees: [[Node]]) {
        self.classes = classes
        self.base = base
        self.trees = trees
        for nodes in trees {
            let offset = Int32(flat.count)
            roots.append(flat.count)
            flat += nodes.map { node in
                var node = node
                if node.feature >= 0 {
                    node.left += offset
                    node.right += offset
                }
                return node
            }
        }
    }

    static func == (a: BoostedTrees, b: BoostedTrees) -> Bool {
        a.classes == b.classes && a.base == b.base && a.trees == b.trees
    }

    /// Each class's score for a feature vector.
    func scores(_ x: [Float]) -> [Float] {
        var out = base
        flat.withUnsafeBufferPointer { nodes in
            x.withUnsafeBufferPointer { x in
                for (t, root) in roots.enumerated() {
                    var n = root
                    while nodes[n].feature >= 0 {
                        let node = nodes[n]
                        n = Int(x[Int(node.feature)] <= node.threshold ? node.left : node.right)
                    }
                    out[t % classes] += nodes[n].value
                }
            }
        }
        return out
    }

    /// The softmax of the scores.
    func probabilities(_ x: [Float]) -> [Double] {
        BoostedTrees.softmax(scores(x))
    }

    static func softmax(_ scores: [Float]) -> [Double] {
        let top = scores.max() ?? 0
        let e = scores.map { exp(Double($0 - top)) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }

    /// How often each feature is split on, for `train-stance`'s summary.
    func splitCounts(features: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: features)
        for nodes in trees { for node in nodes where node.feature >= 0 { counts[Int(node.feature)] += 1 } }
        return counts
    }
}
