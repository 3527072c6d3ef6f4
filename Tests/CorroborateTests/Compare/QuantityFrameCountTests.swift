import Foundation
import Testing

@testable import Corroborate

/// Counts that are not totals of what a clause tells (issue 28), found among wrong numeric flags on stories nobody
/// tuned on: a count besides someone already told of (`wounded two other people`), and a window of time a count is
/// told over (`in the past two years`). The size of a group one belongs to (`one of 90 people monitored`, `among 11
/// militants killed`) is often the total itself, so it is not set apart. Every row without a conflict was flagged
/// by main's code (db19eae); the control rows must still be flagged. Cases written for these tests (invented towns
/// and people).
@Suite("Counts besides others and windows of time are no totals")
struct QuantityFrameCountTests {
    @Test(
        "A count besides others or a window of time does not contradict a total; like with like does",
        arguments: [
            (
                "The gunman at the Tarsk ferry terminal killed a guard and wounded two other people on Monday, police said.",
                "The gunman at the Tarsk ferry terminal wounded five people on Monday, the harbour master said.",
                false
            ),
            (
                "It has been only six months since the last hoax claiming that the singer Ada Kell is dead.",
                "Fans have believed the hoax that the singer Ada Kell is dead five times in the past two years.",
                false
            ),
            // Controls: two totals; a group one belongs to against its total; two lengths of a stay.
            (
                "The gunman at the Tarsk ferry terminal wounded two people on Monday, police said.",
                "The gunman at the Tarsk ferry terminal wounded five people on Monday, the harbour master said.",
                true
            ),
            (
                "Six people, including Ivo Brandt, were killed in the Tarsk strike on Monday, the army said.",
                "A militia source said Ivo Brandt was among 11 fighters killed in the Tarsk strike on Monday.",
                true
            ),
            (
                "The Velmoran singer Ada Kell stayed in the Tarsk clinic for two years, her agent said.",
                "The Velmoran singer Ada Kell stayed in the Tarsk clinic for six months, her agent said.",
                true
            ),
        ])
    func totals(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
