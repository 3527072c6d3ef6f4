import Foundation
import Testing

@testable import Corroborate

/// Causes of wrong contradiction flags found on stories nobody tuned on (issue 28): a removal restated as a
/// denial of the removed thing (both say it is gone); a report noun (`rumours`) taken for a refutation when it
/// only names a story; words said after `about` (a topic) taken as asserted; a figure of a record holder, a
/// capacity (`can grow as long as`) or half of a measure in two units (`5ft 3in` read as 3 inches) set against the
/// figure of one thing. Every row without a contradiction was flagged before; control rows must still be flagged.
/// Cases written for these tests (an invented tram, scooter, painter and fair).
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
                "A drawing that shows the rumoured folding Kestrel scooter beside the current Kestrel scooter has appeared online.",
                "As mentioned in rumours, the folding Kestrel scooter will have roughly the same weight as the current Kestrel scooter but a bigger battery.",
                false
            ),
            (
                "The folding Kestrel scooter will carry a bigger battery and weigh less, a Dunmere Motors dealer said.",
                "Dunmere Motors said claims that the folding Kestrel scooter will carry a bigger battery and weigh less are just rumours.",
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
                "Several readers had doubts about the obituary of the painter Ines Varga published on Monday.",
                "The obituary of the painter Ines Varga was a hoax, and she is alive and well, her gallery said.", false
            ),
            (
                "A newspaper on Monday published the obituary of the painter Ines Varga.",
                "The obituary of the painter Ines Varga was a hoax, and she is alive and well, her gallery said.", true
            ),
        ])
    func topic(a: String, b: String, conflict: Bool) throws {
        try ConflictCauseTests.check(a, b, conflict)
    }

    @Test(
        "A record holder's figure, a capacity or half of a two-unit measure is no other figure for the same thing",
        arguments: [
            (
                "A grower brought a 410 kg pumpkin to the Velmora autumn fair, which judges said may be the heaviest ever shown there.",
                "Judges at the Velmora autumn fair said the heaviest pumpkin ever shown there weighed 520 kg.", false
            ),
            (
                "A grower brought a 5ft 3in long marrow to the Velmora autumn fair, the judges said.",
                "The marrow the grower brought to the Velmora autumn fair was 1.6 metres long, the judges said.", false
            ),
            (
                "A grower brought a 5ft 3in long marrow to the Velmora autumn fair, the judges said.",
                "Marrows at the Velmora autumn fair can grow as long as 2.5 metres, the judges said.", false
            ),
            (
                "A marrow the grower brought to the Velmora autumn fair weighed 40 kg, the judges said.",
                "Marrows at the Velmora autumn fair can apparently reach well over 2 metres and nearly 90 kg, though few do.",
                false
            ),
            // Controls: one pumpkin or marrow, two figures.
            (
                "A grower brought a 410 kg pumpkin to the Velmora autumn fair, which judges said may be the heaviest ever shown there.",
                "The pumpkin the grower brought to the Velmora autumn fair weighed 520 kg, the judges said.", true
            ),
            (
                "A grower brought a 5ft 3in long marrow to the Velmora autumn fair, the judges said.",
                "The marrow the grower brought to the Velmora autumn fair was 2.4 metres long, the judges said.", true
            ),
        ])
    func measuredThing(a: String, b: String, conflict: Bool) throws {
        try ConflictCauseTests.check(a, b, conflict, numeric: true)
    }
}
