import Foundation
import Testing

@testable import Corroborate

/// A figure of what something still lacks or must reach is no amount it has (issue 28): `needs 11 seats`, `2,000
/// euros short of`, `the 46 votes needed to pass` measure a gap or a target, which changes from report to report,
/// so two differing figures where one is such a gap or target are no numeric conflict. Every row without a conflict
/// was flagged before; the control rows (amounts had on both sides, a past `needed 12 stitches`) must still be
/// flagged. Cases written for these tests (an invented town council, ferry fund, assembly and football club).
@Suite("A figure of a gap or a target is no amount had")
struct QuantityRequirementTests {
    @Test(
        "Two differing figures conflict only when neither is a gap or a target",
        arguments: [
            // A verb of need in the present before the figure against the amount held.
            (
                "Mayor Okonjo's party needs 11 seats to control the Tarsk council, the election office said on Monday.",
                "The party of Mayor Okonjo holds 7 seats on the Tarsk council, the election office said on Monday.",
                false
            ),
            // A shortfall after the figure against the amount raised.
            (
                "The Velmar ferry fund is 2,000 euros short of the price of a new hull, its treasurer said on Monday.",
                "The Velmar ferry fund has raised 9,000 euros for a new hull, its treasurer said on Monday.", false
            ),
            // What is still needed against the threshold itself.
            (
                "The Brisk Party needs 30 votes to pass the Velmar harbour bill, its whip said on Monday.",
                "The Brisk Party is far from the 46 votes needed to pass the Velmar harbour bill, its whip said on Monday.",
                false
            ),
            // Controls: two amounts raised; a past need states what happened.
            (
                "The Velmar ferry fund has raised 9,000 euros for a new hull, its treasurer said on Monday.",
                "The Velmar ferry fund has raised 6,000 euros for a new hull, its treasurer said on Monday.", true
            ),
            (
                "The Tarsk goalkeeper needed 12 stitches after the cup final, the club doctor said on Monday.",
                "The Tarsk goalkeeper needed 15 stitches after the cup final, the club doctor said on Monday.", true
            ),
        ])
    func gapOrTarget(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
