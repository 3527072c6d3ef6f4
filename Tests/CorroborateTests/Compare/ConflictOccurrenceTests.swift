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
            // Controls: a participle as an adjective, a new subject after the delay, another clause's passive.
            (
                "The postponed council vote took place on Friday, the mayor said.",
                "The council vote did not take place on Friday, a councillor said.", true
            ),
            (
                "The delayed ferry reached Tarsk at noon, the harbour office said.",
                "The ferry did not reach Tarsk, the coastguard said.", true
            ),
            (
                "After the Kelvar council postponed the vote, it approved the tram line, the mayor said.",
                "The Kelvar council did not approve the tram line, a councillor said.", true
            ),
            (
                "The Kelvar council voted on the tram line on Tuesday and the depot opening was delayed, the mayor said.",
                "The Kelvar council did not vote on the tram line on Tuesday, a councillor said.", true
            ),
        ])
    func unrealised(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
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
            // Controls: `earlier` dates the event; `previously` belongs to another figure; `2,000` is no year.
            (
                "Police said a fire earlier on Monday killed 12 people at the Brell depot.",
                "The fire service said the fire at the Brell depot killed 19 people.", true
            ),
            (
                "The steel works, which previously employed 900 people, cut 200 jobs on Monday, the union said.",
                "The steel works cut 450 jobs on Monday, the company said.", true
            ),
            (
                "Police said 2,000 people attended the lantern parade in Orvik.",
                "Organisers said 15,000 people attended the lantern parade in Orvik.", true
            ),
        ])
    func earlierFigure(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
