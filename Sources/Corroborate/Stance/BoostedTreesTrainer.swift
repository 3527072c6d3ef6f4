import Dispatch
import Foundation

/// Trains `BoostedTrees` by second-order gradient boosting on the softmax loss, with features binned at their
/// quantiles (histogram splits) and weighted examples (the rare classes weigh more). A node's histogram is built
/// from its smaller child's rows and its parent's histogram (the larger child is the difference), and each round
/// adds each leaf's value to the rows that reached it. Deterministic: no sampling, fixed tie-breaking, and the
/// classes' trees of a round built in parallel but each from the same inputs.
struct BoostedTreesTrainer: Sendable {
    var rounds = 300
    var depth = 5
    var learningRate: Float = 0.1
    /// L2 penalty on leaf values.
    var lambda: Float = 1
    /// The smallest summed hessian (weighted example count, roughly) a leaf may have.
    var minimumChildWeight: Float = 2
    var bins = 64

    /// The training rows as bins: row-major, one byte per feature, with each feature's bin edges.
    struct Binned: Sendable {
        var bins: [UInt8]
        var edges: [[Float]]
        var features: Int
    }

    /// `rows[i]` is example `i`'s feature vector; `labels[i]` its class; `weights[i]` its weight.
    func train(
        rows: [[Float]], labels: [Int], weights: [Float], classes: Int, progress: ((Int) -> Void)? = nil
    ) -> BoostedTrees {
        let n = rows.count
        let data = bin(rows)
        var prior = [Double](repeating: 1e-3, count: classes)
        for i in 0..<n { prior[labels[i]] += Double(weights[i]) }
        let priorSum = prior.reduce(0, +)
        let base = prior.map { Float(log($0 / priorSum)) }
        var scores = [Float](repeating: 0, count: n * classes)
        for i in 0..<n { for k in 0..<classes { scores[i * classes + k] = base[k] } }
        var trees: [[BoostedTrees.Node]] = []
        var gradients = [[Float]](repeating: [Float](repeating: 0, count: n), count: classes)
        var hessians = gradients
        var p = [Double](repeating: 0, count: classes)
        for round in 0..<rounds {
            for i in 0..<n {
                var top = scores[i * classes]
                for k in 1..<classes { top = max(top, scores[i * classes + k]) }
                var sum = 0.0
                for k in 0..<classes {
                    p[k] = exp(Double(scores[i * classes + k] - top))
                    sum += p[k]
                }
                for k in 0..<classes {
                    let q = p[k] / sum
                    let y: Double = labels[i] == k ? 1 : 0
                    gradients[k][i] = weights[i] * Float(q - y)
                    hessians[k][i] = weights[i] * Float(max(q * (1 - q), 1e-6))
                }
            }
            let box = ResultBox<([BoostedTrees.Node], [(rows: [Int32], value: Float)])>(count: classes)
            let (g, h) = (gradients, hessians)
            DispatchQueue.concurrentPerform(iterations: classes) { k in
                _ = box.set(k, grow(data, n: n, gradients: g[k], hessians: h[k]))
            }
            for (k, (tree, leaves)) in box.values().enumerated() {
                trees.append(tree)
                for leaf in leaves { for r in leaf.rows { scores[Int(r) * classes + k] += leaf.value } }
            }
            progress?(round + 1)
        }
        return BoostedTrees(classes: classes, base: base, trees: trees)
    }

    /// Bin edges per feature: up to `bins - 1` quantile thresholds; bin b holds values <= edges[b].
    func bin(_ rows: [[Float]]) -> Binned {
        let n = rows.count
        let featureCount = rows.first?.count ?? 0
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
                binned[i * featureCount + f] = UInt8(lo)
            }
        }
        return Binned(bins: binned, edges: edges, features: featureCount)
    }

    /// The gradient and hessian sums per feature and bin (interleaved) of some rows.
    private func histogram(_ data: Binned, rows: [Int32], gradients: [Float], hessians: [Float]) -> [Float] {
        let featureCount = data.features
        var hist = [Float](repeating: 0, count: featureCount * bins * 2)
        data.bins.withUnsafeBufferPointer { binned in
            hist.withUnsafeMutableBufferPointer { out in
                for r in rows {
                    let row = Int(r)
                    let g = gradients[row]
                    let h = hessians[row]
                    let base = row * featureCount
                    for f in 0..<featureCount {
                        let b = 2 * (f * bins + Int(binned[base + f]))
                        out[b] += g
                        out[b + 1] += h
                    }
                }
            }
        }
        return hist
    }

    /// One tree, grown level by level from histograms of the gradients, with the rows of each leaf.
    private func grow(_ data: Binned, n: Int, gradients: [Float], hessians: [Float])
        -> ([BoostedTrees.Node], [(rows: [Int32], value: Float)])
    {
        struct Pending {
            var node: Int
            var rows: [Int32]
            var depth: Int
            var g: Float
            var h: Float
            var hist: [Float]?
        }
        let leaf = BoostedTrees.Node(feature: -1, threshold: 0, left: -1, right: -1, value: 0)
        var nodes = [leaf]
        var leaves: [(rows: [Int32], value: Float)] = []
        var G: Float = 0
        var H: Float = 0
        for i in 0..<n {
            G += gradients[i]
            H += hessians[i]
        }
        var queue = [Pending(node: 0, rows: (0..<Int32(n)).map { $0 }, depth: 0, g: G, h: H, hist: nil)]
        var next = 0
        while next < queue.count {
            let item = queue[next]
            queue[next].rows = []
            queue[next].hist = nil
            next += 1
            let value = -item.g / (item.h + lambda) * learningRate
            nodes[item.node].value = value
            guard item.depth < depth, item.rows.count >= 2, item.h >= 2 * minimumChildWeight else {
                leaves.append((item.rows, value))
                continue
            }
            let hist = item.hist ?? histogram(data, rows: item.rows, gradients: gradients, hessians: hessians)
            let parentScore = item.g * item.g / (item.h + lambda)
            var bestGain: Float = 1e-6
            var bestFeature = -1
            var bestBin = 0
            var best: (gl: Float, hl: Float) = (0, 0)
            for f in 0..<data.features {
                var gl: Float = 0
                var hl: Float = 0
                for b in 0..<data.edges[f].count {
                    gl += hist[2 * (f * bins + b)]
                    hl += hist[2 * (f * bins + b) + 1]
                    let gr = item.g - gl
                    let hr = item.h - hl
                    guard hl >= minimumChildWeight, hr >= minimumChildWeight else { continue }
                    let gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parentScore
                    if gain > bestGain {
                        bestGain = gain
                        bestFeature = f
                        bestBin = b
                        best = (gl, hl)
                    }
                }
            }
            guard bestFeature >= 0 else {
                leaves.append((item.rows, value))
                continue
            }
            var left: [Int32] = []
            var right: [Int32] = []
            data.bins.withUnsafeBufferPointer { binned in
                for r in item.rows {
                    if Int(binned[Int(r) * data.features + bestFeature]) <= bestBin {
                        left.append(r)
                    } else {
                        right.append(r)
                    }
                }
            }
            let l = nodes.count
            nodes.append(leaf)
            nodes.append(leaf)
            nodes[item.node].feature = Int32(bestFeature)
            nodes[item.node].threshold = data.edges[bestFeature][bestBin]
            nodes[item.node].left = Int32(l)
            nodes[item.node].right = Int32(l + 1)
            // Children that may split need a histogram: the smaller child's from its rows, the other's by difference.
            var leftHist: [Float]?
            var rightHist: [Float]?
            if item.depth + 1 < depth {
                let smallLeft = left.count <= right.count
                let small = histogram(data, rows: smallLeft ? left : right, gradients: gradients, hessians: hessians)
                var large = hist
                for k in large.indices { large[k] -= small[k] }
                (leftHist, rightHist) = smallLeft ? (small, large) : (large, small)
            }
            queue.append(Pending(node: l, rows: left, depth: item.depth + 1, g: best.gl, h: best.hl, hist: leftHist))
            queue.append(
                Pending(
                    node: l + 1, rows: right, depth: item.depth + 1, g: item.g - best.gl, h: item.h - best.hl,
                    hist: rightHist))
        }
        return (nodes, leaves)
    }
}
