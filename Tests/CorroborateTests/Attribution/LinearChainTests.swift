import Testing

@testable import Corroborate

/// Viterbi decoding of the taggers' chains: the labelling it returns is the best-scoring one among those the BIO
/// constraints and each token's permitted labels allow, found here by trying every labelling of short sequences.
@Suite("Linear-chain decoding")
struct LinearChainTests {
    /// The score of a labelling, or nil when the chain or the tokens forbid it.
    private func score(_ path: [Int], chain: LinearChain, scores: [Float], permitted: [UInt8]) -> Float? {
        let labels = chain.labelCount
        var previous = labels
        var total: Float = 0
        for (t, y) in path.enumerated() {
            let bits = permitted[t]
            guard bits == 0 ? y == 0 : bits & (1 << y) != 0, chain.allowed[previous * labels + y] else { return nil }
            total += chain.transitions[previous * labels + y] + scores[t * labels + y]
            previous = y
        }
        return total
    }

    @Test("The decoded labelling scores best among every allowed labelling", arguments: [3, 5], [1, 2, 7])
    func bestPath(labels: Int, seed: UInt64) {
        var random = SeededRandom(state: seed)
        func value() -> Float { Float(random.int(2001) - 1000) / 97 }
        var chain = LinearChain(
            labelCount: labels, bucketBits: 2, allowed: LinearChain.bioAllowed(spanKinds: labels / 2))
        chain.transitions = chain.transitions.map { _ in value() }
        for round in 0..<20 {
            let count = 1 + round % 5
            let scores = (0..<(count * labels)).map { _ in value() }
            // Some tokens may take any label, others outside and a random few more (outside is always open).
            let permitted = (0..<count).map { _ in
                random.chance(0.5) ? UInt8((1 << labels) - 1) : UInt8(random.int(1 << labels)) | 1
            }
            let path = chain.decode(scores, permitted: permitted).map(Int.init)
            var best = -Float.infinity
            var every = [[Int]]([[]])
            for _ in 0..<count { every = every.flatMap { prefix in (0..<labels).map { prefix + [$0] } } }
            for candidate in every {
                if let total = score(candidate, chain: chain, scores: scores, permitted: permitted) {
                    best = max(best, total)
                }
            }
            #expect(score(path, chain: chain, scores: scores, permitted: permitted) == best)
        }
    }

    @Test(
        "Emission scores from 16-bit weights are each label's weights summed over the token's features, scaled",
        arguments: [3, 4, 5, 6])
    func quantizedEmissions(labels: Int) {
        var random = SeededRandom(state: UInt64(labels))
        let buckets = 16
        let weights = (0..<(buckets * labels)).map { _ in Int16(random.int(60001) - 30000) }
        let chain = LinearChain(
            labelCount: labels, quantized: weights, scale: 0.001, transitions: [], allowed: [], outsideBias: 0.25)
        // Tokens with no feature, one, and many (a bucket may come twice).
        var features: [Int32] = []
        var offsets = [0]
        for t in 0..<9 {
            for _ in 0..<(t * 3 % 7) { features.append(Int32(random.int(buckets))) }
            offsets.append(features.count)
        }
        let scores = chain.emissions(features, offsets: offsets)
        #expect(scores.count == 9 * labels)
        for t in 0..<9 {
            for y in 0..<labels {
                var sum: Int32 = 0
                for k in offsets[t]..<offsets[t + 1] { sum += Int32(weights[Int(features[k]) * labels + y]) }
                let plain = Float(sum) * 0.001 + (y == 0 ? 0.25 : 0)
                #expect(scores[t * labels + y] == plain, "token \(t), label \(y)")
            }
        }
    }
}
