import Foundation

/// L2-regularised logistic regression fitted by Newton's method: small, exact and deterministic (the same
/// examples give the same weights, byte for byte), which is what a shipped model built by a command needs.
struct LogisticRegression: Sendable {
    /// The penalty on the weights (not on the bias), relative to one example's loss.
    var l2 = 1.0
    var iterations = 40

    /// Weights and bias fitted to feature vectors and their labels.
    func fit(_ xs: [[Double]], _ ys: [Bool]) -> (bias: Double, weights: [Double]) {
        let d = xs.first?.count ?? 0
        var w = [Double](repeating: 0, count: d + 1)
        guard !xs.isEmpty else { return (0, [Double](repeating: 0, count: d)) }
        for _ in 0..<iterations {
            var g = [Double](repeating: 0, count: d + 1)
            var h = [Double](repeating: 0, count: (d + 1) * (d + 1))
            for (x, y) in zip(xs, ys) {
                var z = w[d]
                for i in 0..<d { z += w[i] * x[i] }
                let p = 1 / (1 + exp(-z))
                let r = p - (y ? 1 : 0)
                let s = max(p * (1 - p), 1e-9)
                for i in 0...d {
                    let xi = i == d ? 1 : x[i]
                    if xi == 0 { continue }
                    g[i] += r * xi
                    for j in 0...d {
                        let xj = j == d ? 1 : x[j]
                        if xj != 0 { h[i * (d + 1) + j] += s * xi * xj }
                    }
                }
            }
            for i in 0..<d {
                g[i] += l2 * w[i]
                h[i * (d + 1) + i] += l2
            }
            h[d * (d + 1) + d] += 1e-6
            let step = LogisticRegression.solve(h, g, size: d + 1)
            var largest = 0.0
            for i in 0...d {
                w[i] -= step[i]
                largest = max(largest, abs(step[i]))
            }
            if largest < 1e-9 { break }
        }
        return (w[d], Array(w[0..<d]))
    }

    /// Solves `a x = b` for a symmetric positive definite `a` (row-major), by Gaussian elimination with partial
    /// pivoting.
    static func solve(_ a: [Double], _ b: [Double], size n: Int) -> [Double] {
        var m = a
        var v = b
        for col in 0..<n {
            var pivot = col
            for row in (col + 1)..<max(col + 1, n) where abs(m[row * n + col]) > abs(m[pivot * n + col]) {
                pivot = row
            }
            if abs(m[pivot * n + col]) < 1e-12 { continue }
            if pivot != col {
                for k in 0..<n { m.swapAt(col * n + k, pivot * n + k) }
                v.swapAt(col, pivot)
            }
            for row in 0..<n where row != col {
                let factor = m[row * n + col] / m[col * n + col]
                if factor == 0 { continue }
                for k in col..<n { m[row * n + k] -= factor * m[col * n + k] }
                v[row] -= factor * v[col]
            }
        }
        return (0..<n).map { i in abs(m[i * n + i]) < 1e-12 ? 0 : v[i] / m[i * n + i] }
    }

    /// The least score down to which flags keep `precision`, walking from the most certain flag down: the walk
    /// ends at the first cut where the flags above it (once there are `support` of them) fall below the target,
    /// so a precision curve that dips under the target and recovers further down is cut at the dip. (Taking the
    /// deepest cut that reaches the target instead lets in a band of flags right less often than the target, and
    /// makes the threshold jump when a few scores move.) When not even the first `support` flags reach the
    /// target, the score with the best precision (at least `minimumTrue` true flags); when that finds fewer true
    /// flags, one above every score (nothing is flagged).
    static func threshold(
        _ scored: [(score: Double, truth: Bool)], precision target: Double, minimumTrue: Int = 2, support: Int = 10
    ) -> Double {
        let sorted = scored.sorted { $0.score > $1.score }
        var tp = 0
        var fp = 0
        var kept: Double?
        var walking = true
        var bestPrecision: (precision: Double, tp: Int, threshold: Double)?
        for (k, item) in sorted.enumerated() {
            if item.truth { tp += 1 } else { fp += 1 }
            // Only where the next score is lower: a threshold cannot split equal scores.
            if k + 1 < sorted.count && sorted[k + 1].score == item.score { continue }
            let precision = Double(tp) / Double(tp + fp)
            if walking && tp + fp >= support {
                if precision >= target && tp >= minimumTrue { kept = item.score } else { walking = false }
            }
            if tp >= minimumTrue
                && (bestPrecision == nil || precision > bestPrecision!.precision
                    || (precision == bestPrecision!.precision && tp > bestPrecision!.tp))
            {
                bestPrecision = (precision, tp, item.score)
            }
        }
        if let kept { return kept }
        if let bestPrecision { return bestPrecision.threshold }
        return 1.01
    }
}
