import Corroborate
import Foundation
import Testing

/// A contradiction flag must stand on what the two sides assert (issue 28): a claim its own speaker doubts or will
/// not confirm asserts nothing; a denying verb over counted things throws them out rather than denies a statement;
/// a denied clause is denied for its predicate, not its subject alone; a word for a person of one sex meets no
/// contradiction in a claim that names people of both; two directions around two named towns are two places; a
/// forgery's content is not asserted; `no idea` is no denial; a denial of a named statement meets its owner only;
/// one speaker's name written two ways is one speaker.
/// Every row without a contradiction was flagged before; each table has control rows that must still be flagged.
/// Cases written for these tests (invented places, people and figures).
@Suite("Contradiction flags stand on what both sides assert")
struct ConflictGroundsTests {
    private static func contradicted(_ a: String, _ b: String) throws -> [Relation] {
        try ArticleSet([a, b]).relations().filter { $0.type.isContradiction }
    }

    private static func check(_ a: String, _ b: String, _ conflict: Bool) throws {
        let found = try contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A claim introduced by a doubt or a refusal to confirm asserts nothing a denial could contradict",
        arguments: [
            (
                "Workers at the Velmar depot said the foreman had grown gloomy. They said the long night shifts meant he doubted the crew would ever finish the repairs on the old bridge.",
                "The crew will never finish the repairs on the old bridge, a union official said.", false
            ),
            (
                "The ministry has refused to confirm that the Velmar depot is closing this winter.",
                "The Velmar depot is not closing this winter, the mayor of Velmar said.", false
            ),
            (
                "The ministry has confirmed that the Velmar depot is closing this winter.",
                "The Velmar depot is not closing this winter, the mayor of Velmar said.", true
            ),
        ])
    func withheld(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "A denying verb over counted things acts on them; over a statement it denies",
        arguments: [
            (
                "Fishing licence cases in the Orrin district take months to settle, the court clerk said.",
                "The district prosecutor has dismissed many fishing licence cases in the Orrin district, his deputy said.",
                false
            ),
            (
                "Fishing licence cases in the Orrin district take months to settle, the court clerk said.",
                "The district prosecutor has dismissed claims that fishing licence cases in the Orrin district take months to settle.",
                true
            ),
        ])
    func countedThings(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "A denied clause contradicts only a side that says its predicate",
        arguments: [
            (
                "The navy stepped up patrols around the Velo islands after the smugglers burned a customs boat.",
                "No smugglers were arrested in the patrols around the Velo islands, the navy said.", false
            ),
            (
                "Five smugglers were arrested in the patrols around the Velo islands on Monday, the coast guard said.",
                "No smugglers were arrested in the patrols around the Velo islands, the navy said.", true
            ),
            (
                "The reported sale of the Ostra ferry company came a week after the dock strike.",
                "A company director denied that the Ostra ferry company was bankrupt.", false
            ),
            (
                "The Ostra ferry company was bankrupt a week after the dock strike, its creditors said.",
                "A company director denied that the Ostra ferry company was bankrupt.", true
            ),
        ])
    func predicate(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "A denied noun phrase meets its words around the same head on the other side",
        arguments: [
            (
                "Critics of the amnesty say a criminal case for unpaid fines stays on a driver's record in Velmar for years.",
                "\"There is no criminal record for unpaid fines in Velmar,\" the mayor said.", false
            ),
            (
                "Critics of the amnesty say unpaid fines leave a criminal record in Velmar for years.",
                "\"There is no criminal record for unpaid fines in Velmar,\" the mayor said.", true
            ),
        ])
    func nounPhrase(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "Words for people of two sexes contradict only when neither claim names people of both",
        arguments: [
            (
                "The couple offered to sell their son at the market in Tarvik to pay for the surgery of his twin sister.",
                "The couple offered to sell their daughter's twin brother at the market in Tarvik, a neighbour said.",
                false
            ),
            (
                "The couple offered to sell their son at the market in Tarvik to pay for the surgery.",
                "The couple offered to sell their daughter at the market in Tarvik to pay for the surgery, a neighbour said.",
                true
            ),
        ])
    func sexes(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "Two directions around two named towns are two places, not two accounts of one",
        arguments: [
            (
                "The blast happened at a depot in the town of Arvel in northern Ostland's Kera Province, officials said.",
                "The blast happened at a depot in the town of Belo in southern Ostland's Sava Province, police said.",
                false
            ),
            (
                "The blast happened at a fuel depot in northern Ostland, officials said.",
                "The blast happened at a fuel depot in southern Ostland, police said.", true
            ),
        ])
    func places(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "What a doctored clip shows or a hindrance keeps from happening is not asserted; `no idea` denies nothing",
        arguments: [
            (
                "The Harbour Gazette found the clip had been doctored to show a crane falling on the Velo quay.",
                "A crane did not fall on the Velo quay, the port authority said.", false
            ),
            (
                "Footage from Monday shows a crane falling on the Velo quay, the Harbour Gazette said.",
                "A crane did not fall on the Velo quay, the port authority said.", true
            ),
            (
                "The new cameras make it difficult for the harbour police to track the night ferries from Velo.",
                "The harbour police do not track the night ferries from Velo, the mayor said.", false
            ),
            (
                "The harbour police track the night ferries from Velo with new cameras, the port said.",
                "The harbour police do not track the night ferries from Velo, the mayor said.", true
            ),
            (
                "The organisers had the idea to hold the cycle race on the Velo bridge, the mayor said.",
                "\"I had no idea the cycle race on the Velo bridge would draw such crowds,\" the organiser said.", false
            ),
        ])
    func notAsserted(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "A denial of a named statement meets no side that only mentions such statements",
        arguments: [
            "A residents' group said the claims of the Velo Council that the old bridge was unsafe were true.",
            "The new reports that the Velo Council closed the old bridge came a day after claims about its safety.",
        ])
    func namedStatement(a: String) throws {
        try ConflictGroundsTests.check(a, "The mayor of Velo disputed the Velo Council claim.", false)
    }

    @Test(
        "One quotation credited to one name written two ways is no wrong attribution",
        arguments: [
            ("said Park Jae Won.", false),
            ("said Lim Soo-jin.", true),
        ])
    func speakers(credit: String, conflict: Bool) throws {
        let quote = "\"We will rebuild the school before the winter comes, whatever it costs the city,\""
        try ConflictGroundsTests.check(
            quote + " said Park Jae-won, the mayor of Tarvik.", quote + " " + credit, conflict)
    }
}
