import Testing

@testable import Corroborate

/// Where the relation model's threshold falls on a precision curve: precision first, walking from the most
/// certain flag down.
@Suite("The threshold of a precision target")
struct LogisticRegressionTests {
    /// Scores from 0.99 down by hundredths, right or wrong as the pattern says (`T` right, `F` wrong).
    static func curve(_ pattern: String) -> [(score: Double, truth: Bool)] {
        pattern.enumerated().map { k, c in (score: 0.99 - Double(k) / 100, truth: c == "T") }
    }

    @Test(
        "The walk keeps the deepest cut while precision holds, and stops at the first dip below the target",
        arguments: [
            // Twelve right: every one is kept.
            ("TTTTTTTTTTTT", 0.9, 0.88),
            // One wrong flag among the first ten still holds 0.9; the walk goes on to the last flag.
            ("TTTTFTTTTTTTTTTTTTTT", 0.9, 0.80),
            // The flags dip under 0.9 at the twelfth (10 right of 12) and recover further down: cut before the
            // dip (10 of 11 still hold 0.9), not at the deepest cut that reaches 0.9 again (0.70, 28 of 30).
            ("TTTTTTTTTTFFTTTTTTTTTTTTTTTTTT", 0.9, 0.89),
            // A target of zero keeps every flag.
            ("TFFTFFTFFTFF", 0.0, 0.88),
        ])
    func walk(pattern: String, target: Double, expected: Double) {
        let threshold = LogisticRegression.threshold(Self.curve(pattern), precision: target)
        #expect(abs(threshold - expected) < 1e-9)
    }

    @Test("When even the first ten flags miss the target, the cut with the best precision is taken")
    func bestPrecision() {
        // Precision 2/3 at 0.97 is the best any cut reaches with two right flags.
        let threshold = LogisticRegression.threshold(Self.curve("TFTFFFFFFFFF"), precision: 0.9)
        #expect(abs(threshold - 0.97) < 1e-9)
    }

    @Test("Fewer right flags than the minimum: nothing is flagged")
    func nothing() {
        let threshold = LogisticRegression.threshold(Self.curve("FFFFFTFFFFFF"), precision: 0.9)
        #expect(threshold > 1)
    }

    @Test("A threshold never splits equal scores: a wrong flag tied with right ones is taken with them")
    func ties() {
        var scored = Self.curve("TTTTTTTTTTTT")
        // Two wrong flags share the twelfth's score: taking it takes them too, and 12 of 14 is under 0.9.
        scored.append((score: scored[11].score, truth: false))
        scored.append((score: scored[11].score, truth: false))
        let threshold = LogisticRegression.threshold(scored, precision: 0.9)
        #expect(abs(threshold - 0.89) < 1e-9)
    }
}
