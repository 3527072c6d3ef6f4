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
    @Test(
        "A removal and a denial that the thing is there say the same thing",
        arguments: [
            (
                "The harbour board has scrapped the night crossing to Oskel island, its manager said.",
                "There won't be a night crossing to Oskel island this winter, a deckhand said.", false
            ),
            (
                "The Torvik transit office has done away with ticket machines and coin slots on its new trams.",
                "There will be no ticket machines or coin slots on the new Torvik trams, a driver said.", false
            ),
            (
                "The Torvik transit office scrapped ticket machines, coin slots and paper timetables on its new trams last year.",
                "There will be no coin slots or paper timetables on the new Torvik trams, a driver said.", false
            ),
            (
                "Coin slots and paper timetables on the new Torvik trams were removed last year, the transit office said.",
                "There will be no coin slots or paper timetables on the new Torvik trams, a driver said.", false
            ),
            // Controls: the thing kept or said to be there.
            (
                "The new Torvik trams have ticket machines and coin slots, the transit office said.",
                "There will be no ticket machines or coin slots on the new Torvik trams, a driver said.", true
            ),
            (
                "The harbour board keeps the night crossing to Oskel island, its manager said.",
                "There won't be a night crossing to Oskel island this winter, a deckhand said.", true
            ),
        ])
    func removal(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A report noun names a story; it refutes one only when said of it",
        arguments: [
            (
                "A drawing that shows the rumoured folding Kestrel scooter beside the current Kestrel scooter has appeared online.",
                "As mentioned in rumours, the folding Kestrel scooter will carry a bigger battery than the current Kestrel scooter.",
                false
            ),
            (
                "The folding Kestrel scooter will carry a bigger battery and weigh less, a Dunmere Motors dealer said.",
                "Dunmere Motors said claims that the folding Kestrel scooter will carry a bigger battery and weigh less are just rumours.",
                true
            ),
            (
                "The folding Kestrel scooter will carry a bigger battery and weigh less, a Dunmere Motors dealer said.",
                "Dunmere Motors said claims that the folding Kestrel scooter will carry a bigger battery and weigh less remain rumours.",
                true
            ),
        ])
    func reportNoun(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
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
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A record holder's figure, a capacity or half of a two-unit measure is no other figure for the same thing",
        arguments: [
            (
                "A grower brought a 410 kg pumpkin to the Velmora autumn fair on Saturday.",
                "The heaviest pumpkin ever weighed at the Velmora autumn fair was 520 kg, the judges said.", false
            ),
            (
                "A grower brought a 5ft 3in long marrow to the Velmora autumn fair, the judges said.",
                "The marrow the grower brought to the Velmora autumn fair was 1.6 metres long, the judges said.", false
            ),
            (
                "A grower brought a 5ft 3in long marrow to the Velmora autumn fair, the judges said.",
                "Marrows at the Velmora autumn fair can reach 2.5 metres in length, the judges said.", false
            ),
            (
                "A marrow the grower brought to the Velmora autumn fair weighed 40 kg, the judges said.",
                "Marrows at the Velmora autumn fair can apparently reach 2 metres and 90 kg, the judges said.", false
            ),
            // Controls: one pumpkin or marrow, two figures.
            (
                "A grower brought a 410 kg pumpkin to the Velmora autumn fair on Saturday.",
                "The pumpkin the grower brought to the Velmora autumn fair weighed 520 kg, the judges said.", true
            ),
            (
                "A grower brought a 5ft 3in long marrow to the Velmora autumn fair, the judges said.",
                "The marrow the grower brought to the Velmora autumn fair was 2.4 metres long, the judges said.", true
            ),
            // A stated figure near `can`, a record word or a projection is still a figure of the event
            // (an independent review's cases).
            (
                "Police said 12 people died in the fire at the Tarsk grain depot on Monday night.",
                "Police can confirm that 15 people died in the fire at the Tarsk grain depot on Monday night, a spokesman said.",
                true
            ),
            (
                "Officials said 38 people were killed in the floods in Tarsk on Monday.",
                "A record 45 people were killed in the floods in Tarsk on Monday, officials said.", true
            ),
            (
                "Police said 12,000 people joined the protest against the harbour plan in Tarsk on Sunday.",
                "The biggest protest against the harbour plan in Tarsk drew 20,000 people on Sunday, police said.", true
            ),
            (
                "Officials said repairs may cost 5 million euros and 300 homes were damaged in the storm in Tarsk.",
                "Officials said 120 homes were damaged in the storm in Tarsk.", true
            ),
        ])
    func measuredThing(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
