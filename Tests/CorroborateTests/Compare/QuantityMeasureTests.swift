import Corroborate
import Foundation
import Testing

/// A numeric conflict needs the same measured thing (issue 28): two figures that count different groups, a part
/// against the whole, a rate against a total, a projection against a stated amount, a round figure against one it
/// rounds, a round threshold passed against another lower bound, or one of several figures a claim lists for
/// different things, are no conflict, and a figure grouped by two digits (`10,00`) is no figure. Figures written
/// before differently named nouns (`a 300-hectare marsh`, `its 120-hectare farm`) or said of groups to which
/// different things happened (`were treated`, `were praised`; `checked by paramedics`, `injured`) measure different
/// things too. Control rows: the same measure with another figure still conflicts. Cases written for these tests
/// (invented towns).
@Suite("A numeric conflict needs the same measured thing")
struct QuantityMeasureTests {
    @Test(
        "Two differing figures conflict only when what they count or measure lines up",
        arguments: [
            // Two groups of people.
            (
                "The blast at the Karvik paint factory injured 12 women on Tuesday, the fire service said.",
                "The blast at the Karvik paint factory injured 19 children on Tuesday, the fire service said.", false
            ),
            // A part of a duration against the whole.
            (
                "Divers searched the flooded Karvik mine shaft for 30 hours on Tuesday, the rescue office said.",
                "Divers searched the flooded Karvik mine shaft for the first 6 hours on Tuesday, the rescue office said.",
                false
            ),
            // A total against a count without it.
            (
                "A total of 60 workers were injured in the Karvik paint factory blast on Tuesday, the fire service said.",
                "The Karvik paint factory blast injured 25 workers on Tuesday, the fire service said.", false
            ),
            // A rate against a total.
            (
                "Parking at the new Karvik stadium costs drivers $4 per hour, the club said on Tuesday.",
                "Parking at the new Karvik stadium costs drivers $20, the club said on Tuesday.", false
            ),
            // A projection against a stated amount.
            (
                "The new Karvik bypass cost $15 million, the council said on Tuesday.",
                "The new Karvik bypass would cost about $19 million, the council said on Tuesday.", false
            ),
            // A round figure against one it rounds.
            (
                "The Karvik clock tower is 100 years old, the town archive said on Tuesday.",
                "The Karvik clock tower is 112 years old, the town archive said on Tuesday.", false
            ),
            // A round threshold passed and another lower bound can both hold.
            (
                "The petition to save the Karvik lighthouse has more than 10,000 signatures, its organisers said on Tuesday.",
                "The petition to save the Karvik lighthouse has at least 12,500 signatures, its organisers said on Tuesday.",
                false
            ),
            // One of two listed prices, for another part of the building.
            (
                "The Karvik museum spent $40,000 on its leaking roof, while its new east wing cost $900,000, the curator said.",
                "The new glass entrance hall of the Karvik museum cost $55,000, the curator said.", false
            ),
            // Thousands grouped otherwise than by three digits: a slip, no amount.
            (
                "The Karvik choir raised $10,000 for the new church organ, the vicar said on Sunday.",
                "The Karvik choir raised $10,00 for the new church organ, the vicar said on Sunday.", false
            ),
            // Controls: one measure of one thing, another figure.
            (
                "The blast at the Karvik paint factory injured 12 workers on Tuesday, the fire service said.",
                "The blast at the Karvik paint factory injured 19 workers on Tuesday, the fire service said.", true
            ),
            (
                "The Karvik museum spent $40,000 on its leaking roof, while its new east wing cost $900,000, the curator said.",
                "The leaking roof of the Karvik museum cost $55,000 to mend, the curator said.", true
            ),
            (
                "The new Karvik library cost $15 million to build, the council said on Tuesday.",
                "The new Karvik library cost $19 million to build, the council said on Tuesday.", true
            ),
            (
                "The Karvik clock tower is 130 years old, the town archive said on Tuesday.",
                "The Karvik clock tower is 112 years old, the town archive said on Tuesday.", true
            ),
            // `per the council` names who said it, not a rate; two round figures are two estimates that differ,
            // not one rounded from the other.
            (
                "The new Karvik bypass cost 15 million euros to build, per the council.",
                "The new Karvik bypass cost 19 million euros to build, the transport office said.", true
            ),
            (
                "The flood in Karvik killed 100 people last week, the regional governor said.",
                "The flood in Karvik killed 90 people last week, the regional governor said.", true
            ),
            // Two counts given as lower bounds are two tolls.
            (
                "The storm over Karvik left at least 14 fishermen missing on Tuesday, the coast guard said.",
                "The storm over Karvik left at least 9 fishermen missing on Tuesday, the coast guard said.", true
            ),
        ])
    func sameMeasure(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .numericConflict }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "Two differing figures conflict only when they measure one named thing and one event",
        arguments: [
            // Areas of two differently named pieces of land, each figure written before its noun.
            (
                "The Orvin council has bought a 300-hectare marsh next to the old Orvin mill for birdwatching, the mayor said.",
                "The old Orvin mill and its 120-hectare farm were bought by the council for birdwatching, a local paper reported.",
                false
            ),
            // Another thing happened to each group: treated against praised.
            (
                "Nine Dalmore firefighters were treated for burns after the warehouse fire on Monday, the brigade said.",
                "After the warehouse fire on Monday, four Dalmore firefighters were praised for their courage, a nurse said.",
                false
            ),
            // A casualty outcome on one side only: checked by paramedics against injured.
            (
                "Nine Dalmore firefighters were checked by paramedics after the warehouse fire on Monday, the brigade said.",
                "After the warehouse fire on Monday, four Dalmore firefighters were injured, a nurse said.", false
            ),
            // Controls: one named thing, one event, another figure.
            (
                "The Orvin council has bought a 300-hectare marsh next to the old Orvin mill for birdwatching, the mayor said.",
                "A 120-hectare marsh next to the old Orvin mill has been bought by the council for birdwatching, a local paper reported.",
                true
            ),
            (
                "Nine Dalmore firefighters were treated for burns after the warehouse fire on Monday, the brigade said.",
                "After the warehouse fire on Monday, four Dalmore firefighters were treated for burns, a nurse said.",
                true
            ),
            (
                "Nine Dalmore firefighters were injured in the warehouse fire on Monday, the brigade said.",
                "After the warehouse fire on Monday, four Dalmore firefighters were injured, a nurse said.", true
            ),
        ])
    func sameThingAndEvent(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .numericConflict }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "An outcome word written inside a name is not what happened to the counted",
        arguments: [
            // `Lives` in a campaign's name: the marchers were not killed.
            (
                "Some 30 marchers from Save Our Lives marched through Karvik on Tuesday, the organisers said.",
                "Some 400 marchers from Save Our Lives marched through Karvik on Tuesday, the police said.", false
            ),
            // Control: a casualty count.
            (
                "The Karvik blast killed 12 people on Tuesday, the fire service said.",
                "The Karvik blast killed 19 people on Tuesday, the police said.", true
            ),
        ])
    func outcomeInName(a: String, b: String, killed: Bool) throws {
        let found = try ArticleSet([a, b] + ArticleSet.background).relations().filter {
            $0.type == .numericConflict
        }
        #expect(found.count == 1, "\(found.map(\.explanation))")
        #expect(found.allSatisfy { $0.rule.contains("killed") == killed }, "\(found.map(\.rule))")
    }
}
