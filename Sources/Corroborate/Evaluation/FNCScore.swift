import Foundation

/// FNC-1's measures of stance predictions, as `score_fnc.py` computes them: the challenge's weighted score (0.25
/// for related against unrelated right, 0.75 more for the exact stance of a related pair, as a share of the best
/// possible), per-class precision, recall and F1, macro F1, and the confusion matrix. Pairs are matched by headline
/// and body ID, a repeated pair counted once (its last row), as the script does.
public struct FNCScore: Sendable, Equatable {
    /// Rows gold, columns predicted, in the order of `Stance.allCases`.
    public var confusion: [[Int]]

    public init(gold: [FNCCorpus.Pair], predicted: [Stance]) {
        var last: [String: (Stance, Stance)] = [:]
        for (pair, p) in zip(gold, predicted) {
            guard let g = pair.stance else { continue }
            last[pair.headline + "\u{0}" + pair.bodyID] = (g, p)
        }
        confusion = [[Int]](repeating: [Int](repeating: 0, count: 4), count: 4)
        for (g, p) in last.values { confusion[g.index][p.index] += 1 }
    }

    public var pairs: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }

    /// The relative FNC score.
    public var fnc: Double {
        var score = 0.0
        var best = 0.0
        for g in 0..<4 {
            for p in 0..<4 {
                let n = Double(confusion[g][p])
                let related = g != Stance.unrelated.index
                best += n * (related ? 1 : 0.25)
                if related == (p != Stance.unrelated.index) { score += 0.25 * n }
                if related && g == p { score += 0.75 * n }
            }
        }
        return best > 0 ? score / best : 0
    }

    public func precision(_ s: Stance) -> Double {
        let predicted = (0..<4).reduce(0) { $0 + confusion[$1][s.index] }
        return predicted > 0 ? Double(confusion[s.index][s.index]) / Double(predicted) : 0
    }

    public func recall(_ s: Stance) -> Double {
        let actual = confusion[s.index].reduce(0, +)
        return actual > 0 ? Double(confusion[s.index][s.index]) / Double(actual) : 0
    }

    public func f1(_ s: Stance) -> Double {
        let (p, r) = (precision(s), recall(s))
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    public var macroF1: Double { Stance.allCases.reduce(0) { $0 + f1($1) } / 4 }

    /// The figures as the script prints them.
    public var text: String {
        var out = "pairs \(pairs)\n"
        out += "class           P      R     F1\n"
        for s in Stance.allCases {
            out += String(format: "%@ %6.3f %6.3f %6.3f\n", pad(s.rawValue, 10), precision(s), recall(s), f1(s))
        }
        out += "confusion (rows gold, columns predicted):   agre   disa   disc   unre\n"
        for g in Stance.allCases {
            out += "  " + pad(g.rawValue, 10) + confusion[g.index].map { String(format: " %6d", $0) }.joined() + "\n"
        }
        out += String(
            format: "FNC %.4f  macro F1 %.4f  F1 agree %.4f disagree %.4f discuss %.4f unrelated %.4f\n", fnc, macroF1,
            f1(.agree), f1(.disagree), f1(.discuss), f1(.unrelated))
        return out
    }

    private func pad(_ s: String, _ n: Int) -> String { s.padding(toLength: n, withPad: " ", startingAt: 0) }
}
