/// A linear-chain sequence model over hashed features: each token scores every label by the weights of its
/// features, neighbouring labels score by a transition table, and Viterbi decoding finds the best labelling.
/// The weights are an averaged structured perceptron's (see `TaggerTrainer`). A feature's weights for all labels
/// sit side by side, so scoring a token costs one cache line per feature.
struct LinearChain: Sendable, Equatable {
    /// The number of labels; label 0 is "outside".
    let labelCount: Int
    /// `buckets * labelCount` emission weights, as trained (empty in a chain read from a file).
    var weights: [Float]
    /// The weights rounded to 16 bits (`weight = value * scale`), as a file holds them: half the memory of
    /// `weights`, so more of the table stays in the processor's caches when tagging.
    var quantized: [Int16] = []
    var scale: Float = 1
    /// `(labelCount + 1) * labelCount` transition weights: row `p` holds the scores of each label after label
    /// `p`; the last row, after the sequence start.
    var transitions: [Float]
    /// Which label may follow which (same layout as `transitions`): an inside label only after its begin label.
    let allowed: [Bool]
    /// Added to the outside label's score at every token when decoding: below zero the model marks more tokens.
    var outsideBias: Float = 0

    init(labelCount: Int, bucketBits: Int, allowed: [Bool]) {
        precondition(allowed.count == (labelCount + 1) * labelCount)
        self.labelCount = labelCount
        self.weights = [Float](repeating: 0, count: (1 << bucketBits) * labelCount)
        self.transitions = [Float](repeating: 0, count: (labelCount + 1) * labelCount)
        self.allowed = allowed
    }

    init(
        labelCount: Int, quantized: [Int16], scale: Float, transitions: [Float], allowed: [Bool], outsideBias: Float
    ) {
        self.labelCount = labelCount
        self.weights = []
        self.quantized = quantized
        self.scale = scale
        self.transitions = transitions
        self.allowed = allowed
        self.outsideBias = outsideBias
    }

    /// The mask that keeps a hashed feature inside the table.
    var bucketMask: Int { max(weights.count, quantized.count) / labelCount - 1 }

    /// The weights rounded to 16 bits, and the scale that gives them back.
    func rounded() -> (values: [Int16], scale: Float) {
        if !quantized.isEmpty { return (quantized, scale) }
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        return (weights.map { Int16(clamping: Int(($0 / scale).rounded())) }, scale)
    }

    /// The chain as a file holds it (weights rounded to 16 bits).
    func roundedChain() -> LinearChain {
        let (values, scale) = rounded()
        return LinearChain(
            labelCount: labelCount, quantized: values, scale: scale, transitions: transitions, allowed: allowed,
            outsideBias: outsideBias)
    }

    /// BIO constraints for `spanKinds` kinds of span: labels `2k + 1` (begin) and `2k + 2` (inside) for kind `k`;
    /// an inside label follows only its own begin or inside label.
    static func bioAllowed(spanKinds: Int) -> [Bool] {
        let labels = 1 + 2 * spanKinds
        var allowed = [Bool](repeating: true, count: (labels + 1) * labels)
        for previous in 0...labels {
            for label in 0..<labels where label > 0 && label % 2 == 0 {
                allowed[previous * labels + label] = previous == label - 1 || previous == label
            }
        }
        return allowed
    }

    /// The emission scores of a sequence: `count * labelCount` values, token by token. `features` holds every
    /// token's bucket indices, token `t`'s from `offsets[t]` to `offsets[t + 1]`.
    func emissions(_ features: [Int32], offsets: [Int]) -> [Float] {
        let count = offsets.count - 1
        let labels = labelCount
        var scores = [Float](repeating: 0, count: count * labels)
        scores.withUnsafeMutableBufferPointer { s in
            features.withUnsafeBufferPointer { f in
                if quantized.isEmpty {
                    weights.withUnsafeBufferPointer { w in
                        for t in 0..<count {
                            for k in offsets[t]..<offsets[t + 1] {
                                let base = Int(f[k]) * labels
                                for y in 0..<labels { s[t * labels + y] += w[base + y] }
                            }
                        }
                    }
                } else if labels == 3 {
                    quantized.withUnsafeBufferPointer { w in
                        for t in 0..<count {
                            var (a, b, c): (Int32, Int32, Int32) = (0, 0, 0)
                            for k in offsets[t]..<offsets[t + 1] {
                                let base = Int(f[k]) &* 3
                                a &+= Int32(w[base])
                                b &+= Int32(w[base &+ 1])
                                c &+= Int32(w[base &+ 2])
                            }
                            s[t * 3] = Float(a) * scale
                            s[t * 3 + 1] = Float(b) * scale
                            s[t * 3 + 2] = Float(c) * scale
                        }
                    }
                } else if labels == 5 {
                    // The role chain's five labels, summed in registers as the cue chain's three are: the sums of
                    // the general loop below lived in an array, checked and written back for every feature.
                    quantized.withUnsafeBufferPointer { w in
                        for t in 0..<count {
                            var (a, b, c, d, e): (Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0)
                            for k in offsets[t]..<offsets[t + 1] {
                                let base = Int(f[k]) &* 5
                                a &+= Int32(w[base])
                                b &+= Int32(w[base &+ 1])
                                c &+= Int32(w[base &+ 2])
                                d &+= Int32(w[base &+ 3])
                                e &+= Int32(w[base &+ 4])
                            }
                            s[t * 5] = Float(a) * scale
                            s[t * 5 + 1] = Float(b) * scale
                            s[t * 5 + 2] = Float(c) * scale
                            s[t * 5 + 3] = Float(d) * scale
                            s[t * 5 + 4] = Float(e) * scale
                        }
                    }
                } else {
                    quantized.withUnsafeBufferPointer { w in
                        var sums = [Int32](repeating: 0, count: labels)
                        for t in 0..<count {
                            for y in 0..<labels { sums[y] = 0 }
                            for k in offsets[t]..<offsets[t + 1] {
                                let base = Int(f[k]) &* labels
                                for y in 0..<labels { sums[y] &+= Int32(w[base &+ y]) }
                            }
                            for y in 0..<labels { s[t * labels + y] = Float(sums[y]) * scale }
                        }
                    }
                }
            }
            for t in 0..<count { s[t * labels] += outsideBias }
        }
        return scores
    }

    /// The best labelling of a sequence given its emission scores; `permitted`, when given, holds a bit per label
    /// for each token (a token whose bits are all clear takes label 0). Read through buffer pointers: the loops
    /// run for every token of every sentence and cue window.
    func decode(_ scores: [Float], permitted: [UInt8]? = nil) -> [UInt8] {
        let labels = labelCount
        let count = scores.count / labels
        guard count > 0 else { return [] }
        var best = [Float](repeating: -.infinity, count: count * labels)
        var back = [UInt8](repeating: 0, count: count * labels)
        let bits = permitted ?? []
        let startRow = labels * labels
        scores.withUnsafeBufferPointer { scores in
            transitions.withUnsafeBufferPointer { transitions in
                allowed.withUnsafeBufferPointer { allowed in
                    bits.withUnsafeBufferPointer { bits in
                        best.withUnsafeMutableBufferPointer { best in
                            back.withUnsafeMutableBufferPointer { back in
                                @inline(__always) func isPermitted(_ t: Int, _ y: Int) -> Bool {
                                    guard !bits.isEmpty else { return true }
                                    return bits[t] == 0 ? y == 0 : bits[t] & (1 << y) != 0
                                }
                                for y in 0..<labels where allowed[startRow + y] && isPermitted(0, y) {
                                    best[y] = scores[y] + transitions[startRow + y]
                                }
                                for t in 1..<count {
                                    let row = t * labels
                                    let previous = row - labels
                                    for y in 0..<labels where isPermitted(t, y) {
                                        var top = -Float.infinity
                                        var arg = 0
                                        for p in 0..<labels where allowed[p * labels + y] {
                                            let value = best[previous + p] + transitions[p * labels + y]
                                            if value > top {
                                                top = value
                                                arg = p
                                            }
                                        }
                                        best[row + y] = top + scores[row + y]
                                        back[row + y] = UInt8(arg)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var label = 0
        var top = -Float.infinity
        for y in 0..<labels where best[(count - 1) * labels + y] > top {
            top = best[(count - 1) * labels + y]
            label = y
        }
        var path = [UInt8](repeating: 0, count: count)
        for t in stride(from: count - 1, through: 0, by: -1) {
            path[t] = UInt8(label)
            label = Int(back[t * labels + label])
        }
        return path
    }
}
