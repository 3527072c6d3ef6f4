import Foundation
import Testing

@testable import Corroborate

/// Contradictions that are not (issue 28): a claim that says a thing did not happen by a verb of non-occurrence
/// (`postponed the vote`, `stayed away from work`, `the opening was delayed`) states what a denial of it states,
/// and a figure told as an earlier state (`initially reported missing`) counts another moment than a figure told
/// now. Every row without a contradiction was flagged before; the control rows must still be flagged. Cases
/// written for these tests (an invented council, marathon, steel works and mudslide).
@Suite("A thing said not to happen, or a figure of an earlier moment, contradicts nothing")
struct ConflictOccurrenceTests {
    private static func check(_ a: String, _ b: String, _ conflict: Bool, numeric: Bool = false) throws {
        let found = try ArticleSet([a, b]).relations().filter {
            numeric ? $0.type == .numericConflict : $0.type.isContradiction
        }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A verb of non-occurrence and a denial of the same thing agree",
        arguments: [
            (
                "The Kelvar city council postponed the vote on the new tram line on Tuesday. Councillors said they needed more time.",
                "The Kelvar city council did not vote on the new tram line on Tuesday, a council spokesman said.", false
            ),
            (
                "The union called off the strike at the Dunlow steel works on Friday.",
                "There will be no strike at the Dunlow steel works, the union said on Friday.", false
            ),
            (
                "The workers at the Tobin plant stayed away from work on Monday, the union said.",
                "The workers at the Tobin plant did not go back to work on Monday, the union said.", false
            ),
            (
                "The opening of the new Harlow bridge has been delayed by the storms, the builder said.",
                "The new Harlow bridge could not be opened on time because of the storms, the builder said.", false
            ),
            // Controls: the same thing said to happen, and a denial of the verb of non-occurrence itself.
            (
                "The Lemar airline cancelled 40 flights to Bora after the volcano erupted, the airport said.",
                "No flights to Bora were cancelled after the volcano erupted, the Lemar airline said.", true
            ),
            (
                "The club suspended its captain Ivo Brandt for two matches, a spokesman said.",
                "The club did not suspend its captain Ivo Brandt, his agent said.", true
            ),
            (
                "The Kelvar city council voted on the new tram line on Tuesday and approved it.",
                "The Kelvar city council did not vote on the new tram line on Tuesday, a council spokesman said.", true
            ),
            (
                "The minister of culture Rana Holt attended the opening of the Velm museum on Sunday, the ministry said.",
                "The minister of culture Rana Holt did not attend the opening of the Velm museum on Sunday, organisers said.",
                true
            ),
        ])
    func unrealised(a: String, b: String, conflict: Bool) throws {
        try ConflictOccurrenceTests.check(a, b, conflict)
    }

    @Test(
        "A figure of an earlier moment is no count of the same moment",
        arguments: [
            (
                "Twenty people were initially reported missing after the landslide in Korb. By Wednesday, 14 had been found.",
                "Six people remain missing after the landslide in Korb, officials said on Wednesday.", false
            ),
            // Control: two counts of one moment.
            (
                "Police said 12 cars were damaged in the Brell car park fire.",
                "The fire service said 19 cars were damaged in the Brell car park fire.", true
            ),
        ])
    func earlierFigure(a: String, b: String, conflict: Bool) throws {
        try ConflictOccurrenceTests.check(a, b, conflict, numeric: true)
    }
}
