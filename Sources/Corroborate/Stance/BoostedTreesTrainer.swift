import Dispatch
import Foundation

/// Trains `BoostedTrees` by second-order gradient boosting on the softmax loss, with features binned at their
/// quantiles (histogram splits) and weighted examples (the rare classes weigh more). Deterministic: no sampling,
/// fixed tie-breaking, and the classes' trees of a round built in parallel but each from the same inputs.
struct BoostedTreesTrainer: Sendable {
    var rounds = 300
    var depth = 5
    var learningRate: Float = 0.1
    /// L2 penalty on leaf values.
    var lambda: Float = 1
    /// The smallest summed hessian (weighted example count, roughly) a leaf may have.
    var minimumChildWeight: Float = 2
    var bins = 64

    /// `rows[i]` is example `i`'s feature vector; `labels[i]` its class; `weights[i]` its weight.
    func train(
        rows: [[Float]], labels: [Int], weights: [Float], classes: Int, progress: ((Int) -> Void)? = nil
    ) -> BoostedTrees {
        let n = rows.count
        let featureCount = rows.first?.count ?? 0
        // Bin edges per feature: up to `bins - 1` quantile thresholds; bin b holds values <= edges[b].
        var edges: [[Float]] = []
        var binned = [UInt8](repeating: 0, count: n * featureCount)
        for f in 0..<featureCount {
            let sorted = rows.map { $0[f] }.sorted()
            var cuts: [Float] = []
            for b in 1..<bins {
                let v = sorted[min(n - 1, b * n / bins)]
                if cuts.last != v { cuts.append(v) }
            }
            if cuts.last == sorted.last { cuts.removeLast() }
            edges.append(cuts)
            for i in 0..<n {
                var lo = 0
                var hi = cuts.count
                let x = rows[i][f]
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if x <= cuts[mid] { hi = mid } else { lo = mid + 1 }
                }
                binned[f * n + i] = UInt8(lo)
            }
        }
        var prior = [Double](repeating: 1e-3, count: classes)
        for i in 0..<n { prior[labels[i]] += Double(weights[i]) }
        let priorSum = prior.reduce(0, +)
        let base = prior.map { Float(log($0 / priorSum)) }
        var scores = [Float](repeating: 0, count: n * classes)
        for i in 0..<n { for k in 0..<classes { scores[i * classes + k] = base[k] } }
        var trees: [[BoostedTrees.Node]] = []
        for round in 0..<rounds {
            var gradients = [[Float]](repeating: [Float](repeating: 0, count: n), count: classes)
            var hessians = gradients
            for i in 0..<n {
                let p = BoostedTrees.softmax(Array(scores[(i * classes)..<((i + 1) * classes)]))
                for k in 0..<classes {
                    let y: Double = labels[i] == k ? 1 : 0
                    gradients[k][i] = weights[i] * Float(p[k] - y)
                    hessians[k][i] = weights[i] * Float(max(p[k] * (1 - p[k]), 1e-6))
                }
            }
            let box = ResultBox<[BoostedTrees.Node]>(count: classes)
            let (bins, cuts, g, h) = (binned, edges, gradients, hessians)
            DispatchQueue.concurrentPerform(iterations: classes) { k in
                let tree = grow(
                    binned: bins, n: n, featureCount: featureCount, edges: cuts, gradients: g[k], hessians: h[k])
                _ = box.set(k, tree)
            }
            let roundTrees = box.values()
            for (k, tree) in roundTrees.enumerated() {
                trees.append(tree)
                for i in 0..<n {
                    scores[i * classes + k] += leafValue(tree, binned: binned, n: n, row: i, edges: edges)
                }
            }
            progress?(round + 1)
        }
        return BoostedTrees(classes: classes, base: base, trees: trees)
    }

    /// The leaf value a binned row reaches (the same path `BoostedTrees.scores` takes on the raw values).
    private func leafValue(_ nodes: [BoostedTrees.Node], binned: [UInt8], n: Int, row: Int, edges: [[Float]]) -> Float {
        var k = 0
        while nodes[k].feature >= 0 {
            let node = nodes[k]
            let f = Int(node.feature)
            let bin = Int(binned[f * n + row])
            let goesLeft = bin < edges[f].count ? edges[f][bin] <= node.threshold : false
            k = Int(goesLeft ? node.left : node.right)
        }
        return nodes[k].value
    }

    /// One tree, grown level by level from histograms of the gradients.
    private func grow(
        binned: [UInt8], n: Int, featureCount: Int, edges: [[Float]], gradients: [Float], hessians: [Float]
    ) -> [BoostedTrees.Node] {
        var nodes: [BoostedTrees.Node] = []
        // Work list: node index, its rows, its depth.
        var pending: [(node: Int, rows: [Int32], depth: Int)] = []
        nodes.append(BoostedTrees.Node(feature: -1, threshold: 0, left: -1, right: -1, value: 0))
        pending.append((0, (0..<Int32(n)).map { $0 }, 0))
        var gradientHist = [Float](repeating: 0, count: featureCount * bins)
        var hessianHist = gradientHist
        while !pending.isEmpty {
            let (node, rows, level) = pending.removeFirst()
            var G: Float = 0
            var H: Float = 0
            for r in rows {
                G += gradients[Int(r)]
                H += hessians[Int(r)]
            }
            nodes[node].value = -G / (H + lambda) * learningRate
            guard level < depth, rows.count >= 2, H >= 2 * minimumChildWeight else { continue }
            for k in gradientHist.indices {
                gradientHist[k] = 0
                hessianHist[k] = 0
            }
            binned.withUnsafeBufferPointer { bins in
                gradientHist.withUnsafeMutableBufferPointer { gh in
                    hessianHist.withUnsafeMutableBufferPointer { hh in
                        for f in 0..<featureCount {
                            let column = f * n
                            let offset = f * self.bins
                            for r in rows {
                                let b = offset + Int(bins[column + Int(r)])
                                gh[b] += gradients[Int(r)]
                                hh[b] += hessians[Int(r)]
                            }
                        }
                    }
                }
            }
            let parentScore = G * G / (H + lambda)
            var bestGain: Float = 1e-6
            var bestFeature = -1
            var bestBin = 0
            for f in 0..<featureCount {
                var gl: Float = 0
                var hl: Float = 0
                for b in 0..<edges[f].count {
                    gl += gradientHist[f * bins + b]
                    hl += hessianHist[f * bins + b]
                    let gr = G - gl
                    let hr = H - hl
                    guard hl >= minimumChildWeight, hr >= minimumChildWeight else { continue }
                    let gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parentScore
                    if gain > bestGain {
                        bestGain = gain
                        bestFeature = f
                        bestBin = b
                    }
                }
            }
            guard bestFeature >= 0 else { continue }
            var left: [Int32] = []
            var right: [Int32] = []
            let column = bestFeature * n
            for r in rows { if Int(binned[column + Int(r)]) <= bestBin { left.append(r) } else { right.append(r) } }
            let l = nodes.count
            nodes.append(BoostedTrees.Node(feature: -1, threshold: 0, left: -1, right: -1, value: 0))
            nodes.append(BoostedTrees.Node(feature: -1, threshold: 0, left: -1, right: -1, value: 0))
            nodes[node].feature = Int32(bestFeature)
            nodes[node].threshold = edges[bestFeature][bestBin]
            nodes[node].left = Int32(l)
            nodes[node].right = Int32(l + 1)
            pending.append((l, left, level + 1))
            pending.append((l + 1, right, level + 1))
        }
        return nodes
    }
}
