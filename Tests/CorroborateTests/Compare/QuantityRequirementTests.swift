import Foundation
import Testing

@testable import Corroborate

/// A figure of what something still lacks or must reach is no amount it has (issue 28): `needs 11 seats`, `2,000
/// euros short of the price`, `the 1,500 euros needed to buy` measure a gap or a target, so a differing amount had
/// is no numeric conflict with it. Every row without a conflict was flagged before; the control rows must still be
/// flagged: amounts had on both sides, a past `needed 12 stitches`, two sources that differ on one requirement, and
/// figures that the trigger words describe (`5 stewards needed to see a medic`, `120 drivers were required to`,
/// `8 swimmers, all short of breath`). Cases written for these tests (invented towns, clubs and services).
@Suite("A figure of a gap or a target is no amount had")
struct QuantityRequirementTests {
    @Test(
        "Two differing figures conflict unless exactly one is a gap or a target",
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
            // A target a determiner opens, with `needed to` after it, against the amount raised.
            (
                "The Arlen rowing club is still far from the 1,500 euros needed to buy a new boat, its treasurer said.",
                "The Arlen rowing club has raised 900 euros for a new boat, its treasurer said on Tuesday.", false
            ),
            // A two-word noun before `needed to`; `required to be` after a figure a determiner opens.
            (
                "The Arlen sailing club still lacks the 9 mooring permits needed to open its jetty, a clerk said.",
                "The Arlen sailing club holds 4 mooring permits for its jetty, a clerk said on Monday.", false
            ),
            (
                "Pellin candidate Noor Vasse fell well below the 60 ballots required to be elected, the clerk said.",
                "Pellin candidate Noor Vasse won 38 ballots, the clerk said on Monday.", false
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
            // Two sources that differ on one requirement, one of them after a verb of saying.
            (
                "Under the Pellin charter, members must collect the 30 names needed to call a ballot.",
                "Organisers said the 45 names needed to call a ballot would be hard to collect.", true
            ),
            (
                "The new Arlen school needs 40 teachers, the education office said on Tuesday.",
                "The new Arlen school needs 25 teachers, the teachers' union said on Tuesday.", true
            ),
            // The words after the figure describe those it counts.
            (
                "Police said 5 stewards needed to see a medic after the Arlen regatta.",
                "Police said 3 stewards saw a medic after the Arlen regatta.", true
            ),
            (
                "At the Arlen depot 120 drivers were required to sit the new test on Tuesday, the manager said.",
                "At the Arlen depot 80 drivers sat the new test on Tuesday, the manager said.", true
            ),
            // `to be` after a figure no determiner opens, or a verb between the figure and `short of`.
            (
                "Lifeguards said 11 divers needed to be treated for cold after the Velmar swim.",
                "Lifeguards said 6 divers were treated for cold after the Velmar swim.", true
            ),
            (
                "Wardens said 9 hikers stopped short of the Brell pass before the snow on Sunday.",
                "Wardens said 4 hikers turned back below the Brell pass before the snow on Sunday.", true
            ),
            (
                "Lifeguards brought 8 swimmers, all short of breath, to the Arlen beach, the coastguard said.",
                "Lifeguards brought 5 swimmers to the Arlen beach, the coastguard said.", true
            ),
        ])
    func gapOrTarget(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
