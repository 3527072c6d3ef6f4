import Foundation
import Testing

@testable import Corroborate

/// A negation that asks rather than states, or a verb of dismissal that judges rather than denies, is no denial
/// (issue 28). What someone is asked, urged or told not to do (`pleading with officers not to shoot`, `urged
/// residents not to drink the water`) is neither denied nor said to have happened; a thing dismissed `as` something
/// that calls no statement false (`dismissed the scan as normal`) is judged, not denied. Every row without a
/// contradiction was flagged before as a denial. The controls deny the same happenings plainly or with `never`, by
/// `told ... that ... not`, by a verb of denial over a clause, and by the dismissal of a statement (`dismissed the
/// reports as a distraction`). Cases written for these tests (invented towns).
@Suite("A negation that asks or judges is no denial")
struct AskedOrJudgedNegationTests {
    @Test(
        "A negation denies what follows only when it states that it did not happen",
        arguments: [
            (
                "Guards at the Varnholm depot fired on the crowd on Friday, witnesses said.",
                "A woman was filmed pleading with guards at the Varnholm depot not to fire on the crowd.", false
            ),
            (
                "Residents of Tarrow used the water from the old well, the council said.",
                "The council urged residents of Tarrow not to use the water from the old well.", false
            ),
            (
                "The Dalby ferry sailed to Harnwick in the storm, the owner said.",
                "The coastguard told the crew of the Dalby ferry not to sail to Harnwick in the storm.", false
            ),
            (
                "Fishermen crossed the Quellby bar at night, the harbour master said.",
                "The harbour master warned fishermen never to cross the Quellby bar at night.", false
            ),
            (
                "The Tarsk clinic ordered a scan of the patient's lungs on Monday, the surgeon said.",
                "A nurse at the Tarsk clinic dismissed a scan of the patient's lungs as normal.", false
            ),
            (
                "The Velm council approved the harbour budget on Monday, the clerk said.",
                "The mayor rejected the harbour budget of the Velm council as too small.", false
            ),
            // Controls: the same happenings denied plainly, with `never`, or told as a denial.
            (
                "Guards at the Varnholm depot fired on the crowd on Friday, witnesses said.",
                "Guards at the Varnholm depot did not fire on the crowd on Friday, the owner said.", true
            ),
            (
                "Fishermen crossed the Quellby bar at night, the harbour master said.",
                "Fishermen never crossed the Quellby bar at night, the mayor said.", true
            ),
            (
                "The Dalby ferry sailed to Harnwick in the storm, the owner said.",
                "The coastguard told reporters that the Dalby ferry did not sail to Harnwick in the storm.", true
            ),
            // Controls: `not to` governed by another verb than the one of asking, and `as` in a figure.
            (
                "Guards at the Varnholm depot fired on the crowd on Friday, witnesses said.",
                "The minister told parliament the guards at the Varnholm depot chose not to fire on the crowd.", true
            ),
            (
                "As many as 300 workers died in the fire at the Tarrow mill, the union said.",
                "The owner rejected the union's figure of 300 workers killed in the fire at the Tarrow mill as false.",
                true
            ),
            // Controls: a denied clause, and a dismissed statement, deny.
            (
                "The Tarsk clinic ordered a scan of the patient's lungs on Monday, the surgeon said.",
                "A nurse denied that the Tarsk clinic ordered a scan of the patient's lungs on Monday.", true
            ),
            (
                "The Varnholm mine flooded on Sunday, the union said.",
                "The owner dismissed the reports that the Varnholm mine flooded on Sunday as a distraction.", true
            ),
            (
                "The Varnholm mine flooded on Sunday, the union said.",
                "The owner denied that the Varnholm mine flooded on Sunday.", true
            ),
        ])
    func askedOrJudged(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
