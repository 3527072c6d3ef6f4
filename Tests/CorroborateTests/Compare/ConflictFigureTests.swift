import Corroborate
import Foundation
import Testing

/// Two figures conflict only as one measure of one thing (issue 28): counts of differently described groups, or
/// figures set among other figures that all differ, are different measures. Control rows: real conflicts of
/// figures still flagged. Cases written for these tests (invented places, polls and figures).
@Suite("Figures conflict only as one measure of one thing")
struct ConflictFigureTests {
    @Test(
        "Two counts conflict only when they count the same group in the same frame",
        arguments: [
            // Two groups: primary voters and registered voters.
            (
                "The Lindqvist poll of the Ostra race was conducted with 418 primary voters, the institute said.",
                "The Lindqvist poll of the Ostra race was conducted with 1,300 registered voters, the institute said.",
                false
            ),
            (
                "The Ostra ferry carried 418 foreign passengers on Monday, the port said.",
                "The Ostra ferry carried 1,300 local passengers on Monday, the port said.", false
            ),
            // Control: the same group.
            (
                "The Ostra ferry carried 418 foreign passengers on Monday, the port said.",
                "The Ostra ferry carried 1,300 foreign passengers on Monday, the port said.", true
            ),
            // Two frames: eleven districts and seven.
            (
                "Altogether 865 seats go to the vote across 11 districts in the Varnish council elections, the board said.",
                "Altogether 691 seats go to the vote across 7 districts in the Varnish council elections, the daily said.",
                false
            ),
            // Controls: another figure the same on both sides, or on one side only.
            (
                "The landslide in Parvella killed 42 villagers and injured 30 on Monday, the health office said.",
                "The landslide in Parvella killed 17 villagers and injured 30 on Monday, the rescue agency said.", true
            ),
            // Two measures of one event that both differ abstain, as two polls of different places whose figures
            // all differ: every figure apart is not told from a frame apart (a conflict missed, none invented).
            (
                "The landslide in Parvella killed 42 villagers and injured 30 on Monday, the health office said.",
                "The landslide in Parvella killed 17 villagers and injured 12 on Monday, the rescue agency said.", false
            ),
            (
                "The landslide in Parvella killed 42 villagers on Monday, the health office said.",
                "The landslide in Parvella killed 17 villagers and injured 30 on Monday, the rescue agency said.", true
            ),
        ])
    func oneMeasure(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet([a, b]).relations().filter { $0.type == .numericConflict }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
