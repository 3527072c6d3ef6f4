import Foundation
import Testing

@testable import Corroborate

/// Counts that are not totals of what a clause tells (issue 28), found among wrong numeric flags on stories nobody
/// tuned on: a count besides someone already told of (`wounded two other people`), and a window of time a count is told
/// over (`in the past two years`); and counts that are no firm total here and now: a count a hedge governs after its
/// noun (`over a dozen doctors have reportedly been executed`), one placed `elsewhere`, and one taken `as of` a moment
/// of a running total (`4,044 likes as of this writing`). The size of a group one belongs to (`one of 90 people
/// monitored`, `among 11 militants killed`) is often the total itself, so it is not set apart. Every row without a
/// conflict was flagged by main's code (db19eae); the control rows must still be flagged. Cases written for these tests
/// (invented towns and people).
@Suite("Counts besides others, windows of time and counts that are no firm total here and now")
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
            // Controls: two totals; a group one belongs to against its total; `for the past 20 years` and two other
            // lengths of time.
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
                "Ivo Brandt has led the Tarsk party for the past 20 years, its secretary said.",
                "Ivo Brandt has led the Tarsk party for 15 years, its secretary said.", true
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

    @Test(
        "A count told as reported, placed elsewhere or taken as of a moment does not contradict another; told plainly it does",
        arguments: [
            (
                "Over a dozen doctors have reportedly been executed by the Kessel militia in Tarsk.",
                "The Kessel militia executed six doctors in Tarsk, a monitor said.", false
            ),
            (
                "Shelling killed 40 people in the north of Tarsk on Sunday, the monitor said.",
                "Shelling killed 12 people elsewhere in Tarsk on Sunday, the monitor said.", false
            ),
            (
                "The Tarsk burger's fan page has more than 4,044 likes as of this writing, its owner said.",
                "The Tarsk burger's fan page has 3,000 likes, its owner said.", false
            ),
            // Controls: the same counts told plainly.
            (
                "Over a dozen doctors have been executed by the Kessel militia in Tarsk.",
                "The Kessel militia executed six doctors in Tarsk, a monitor said.", true
            ),
            (
                "Shelling killed 40 people in the north of Tarsk on Sunday, the monitor said.",
                "Shelling killed 12 people in the north of Tarsk on Sunday, the monitor said.", true
            ),
            (
                "The Tarsk burger's fan page has more than 4,044 likes, its owner said.",
                "The Tarsk burger's fan page has 3,000 likes, its owner said.", true
            ),
        ])
    func standing(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
