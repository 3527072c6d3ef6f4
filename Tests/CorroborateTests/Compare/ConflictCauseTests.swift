import Foundation
import Testing

@testable import Corroborate

/// Causes of wrong contradiction flags found on stories nobody tuned on (issue 28): a removal restated as a
/// denial of the removed thing (both say it is gone); a report noun (`rumours`) taken for a refutation when it
/// only names a story; words said after `about` (a topic) taken as asserted; a figure of a record holder, a
/// capacity (`can grow as long as`) or half of a measure in two units (`9ft 2in` read as 2 inches) set against the
/// figure of one thing. Every row without a contradiction was flagged before; control rows must still be flagged.
/// Cases written for these tests (an invented tram, van, author and lake).
@Suite("Contradiction flags need the same proposition and the same measured thing")
struct ConflictCauseTests {
    private static func check(_ a: String, _ b: String, _ conflict: Bool, numeric: Bool = false) throws {
        let found = try ArticleSet([a, b]).relations().filter {
            numeric ? $0.type == .numericConflict : $0.type.isContradiction
        }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A removal and a denial that the thing is there say the same thing",
        arguments: [
            (
                "The Velmora ferry company has scrapped the night crossing to Oskel island, its manager said.",
                "There won't be a night crossing to Oskel island, the Velmora ferry company said.", false
            ),
            (
                "The new Torvik tram has done away with ticket machines and coin slots, the transit office said.",
                "There will be no ticket machines or coin slots on the new Torvik tram, a driver said.", false
            ),
            (
                "The new Torvik tram ditches the old ticket machines, coin slots and paper timetables for a phone app, the transit office said.",
                "There also won't be coin slots or paper timetables on the new Torvik tram, a driver said.", false
            ),
            (
                "The transit office says the coin slots and paper timetables on the new Torvik tram were removed last year.",
                "There won't be coin slots or paper timetables on the new Torvik tram, a driver said.", false
            ),
            // Controls: the thing kept or said to be there.
            (
                "The new Torvik tram has ticket machines and coin slots, the transit office said.",
                "There won't be ticket machines or coin slots on the new Torvik tram, a driver said.", true
            ),
            (
                "The new Torvik tram keeps the old coin slots and paper timetables, the transit office said.",
                "There also won't be coin slots or paper timetables on the new Torvik tram, a driver said.", true
            ),
        ])
    func removal(a: String, b: String, conflict: Bool) throws {
        try ConflictCauseTests.check(a, b, conflict)
    }

    @Test(
        "A report noun names a story; it refutes one only when said of it",
        arguments: [
            (
                "Here is a side view of the rumoured electric Kestrel van next to the current diesel Kestrel van.",
                "As previously described in rumours, the next Kestrel van will have roughly the same length as the current diesel model but a lighter frame.",
                false
            ),
            (
                "The next Kestrel van will be electric and have a lighter frame, the Dunmere Motors dealer said.",
                "Talk that the next Kestrel van will be electric with a lighter frame is just rumours, Dunmere Motors said.",
                true
            ),
        ])
    func reportNoun(a: String, b: String, conflict: Bool) throws {
        try ConflictCauseTests.check(a, b, conflict)
    }

    @Test(
        "Words after `about` name a topic and assert nothing a refutation could contradict",
        arguments: [
            (
                "To begin with, there are many warning signs about the article itself on Ada Velmar's death.",
                "Although neither Ada Velmar nor her agents have responded to the death hoax, several factors show the article is not true.",
                false
            ),
            (
                "To begin with, the article itself reports Ada Velmar's death.",
                "Although neither Ada Velmar nor her agents have responded to the death hoax, several factors show the article is not true.",
                true
            ),
        ])
    func topic(a: String, b: String, conflict: Bool) throws {
        try ConflictCauseTests.check(a, b, conflict)
    }

    @Test(
        "A record holder's figure, a capacity or half of a two-unit measure is no other figure for the same thing",
        arguments: [
            (
                "An angler has landed a giant sturgeon weighing 140 kg in Lake Orsa, and it could be the biggest ever caught with a rod.",
                "Erik Dahl landed the sturgeon in Lake Orsa, where the biggest sturgeon ever caught weighed 190 kg.",
                false
            ),
            (
                "An angler has landed a giant 9ft 2in long sturgeon in Lake Orsa, the angling club said.",
                "The sturgeon landed in Lake Orsa was 2.8 metres long, the angling club said.", false
            ),
            (
                "An angler has landed a giant 9ft 2in long sturgeon in Lake Orsa, the angling club said.",
                "Sturgeon in Lake Orsa can grow as long as 4 metres, the angling club said.", false
            ),
            (
                "A sturgeon landed in Lake Orsa weighed 140 kg, the angling club said.",
                "Sturgeon in Lake Orsa can apparently grow to be over 5 metres long and nearly 400 kg, but such fish are rare.",
                false
            ),
            // Controls: one fish, two figures.
            (
                "An angler has landed a giant sturgeon weighing 140 kg in Lake Orsa, and it could be the biggest ever caught with a rod.",
                "The giant sturgeon landed by an angler in Lake Orsa weighed 190 kg, the angling club said.", true
            ),
            (
                "An angler has landed a giant 9ft 2in long sturgeon in Lake Orsa, the angling club said.",
                "The sturgeon landed in Lake Orsa was 3.5 metres long, the angling club said.", true
            ),
        ])
    func measuredThing(a: String, b: String, conflict: Bool) throws {
        try ConflictCauseTests.check(a, b, conflict, numeric: true)
    }
}
