import Foundation
import Testing

@testable import Corroborate

/// A contradiction flag must stand on what the two sides assert (issue 28): a claim its own speaker doubts or will
/// not confirm asserts nothing; a denying verb over counted things throws them out rather than denies a statement;
/// a denied clause is denied for its predicate, not its subject alone; a word for a person of one sex meets no
/// contradiction in a claim that names people of both; two directions around two named towns are two places; a
/// forgery's content is not asserted; `no idea` is no denial; one speaker's name written two ways is one speaker.
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
                "Ada Roe, the site engineer, doubted that the crew finished the Kessel tunnel in May.",
                "The crew did not finish the Kessel tunnel in May, the contractor said.", false
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
                "Appeals over parking permits in Harlow Vale take a year to settle, residents said.",
                "The tribunal rejected 30 appeals over parking permits in Harlow Vale, its clerk said.", false
            ),
            (
                "Appeals over parking permits in Harlow Vale take a year to settle, residents said.",
                "The tribunal has dismissed claims that appeals over parking permits in Harlow Vale take a year to settle.",
                true
            ),
            (
                "Several ferries sank off the Ostrel coast on Tuesday night, the boatmen's guild said.",
                "The Ostrel coastguard denied that several ferries sank off the Ostrel coast on Tuesday night.", true
            ),
            (
                "Several ferries sank off the Ostrel coast on Tuesday night, the boatmen's guild said.",
                "The Ostrel coastguard denied several ferries sank off the Ostrel coast on Tuesday night.", true
            ),
        ])
    func countedThings(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "A denied clause contradicts only a side that says its predicate",
        arguments: [
            (
                "The storm at Pell harbour tore the lifeboats from their moorings, fishermen said.",
                "None of the lifeboats were damaged during the storm at Pell harbour, the coastguard said.", false
            ),
            (
                "Two lifeboats were damaged during the storm at Pell harbour, fishermen said.",
                "None of the lifeboats were damaged during the storm at Pell harbour, the coastguard said.", true
            ),
            (
                "The striker Tomas Lenk trained alone at the Orla club on Friday, fans said.",
                "The club's owner denied that the striker Tomas Lenk had been sold by the Orla club.", false
            ),
            (
                "The Orla club sold the striker Tomas Lenk on Friday, fans said.",
                "The club's owner denied that the striker Tomas Lenk had been sold by the Orla club.", true
            ),
        ])
    func predicate(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "A denied noun phrase meets its words around the same head on the other side",
        arguments: [
            (
                "A paved road on Skarra island leads to its grass airstrip, a pilot said.",
                "Skarra island has no paved airstrip, the governor said.", false
            ),
            (
                "Brenn has a public library in the old chapel, a teacher said.",
                "Brenn has no public library, the council said.", true
            ),
        ])
    func nounPhrase(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "Words for people of two sexes contradict only when neither claim names people of both",
        arguments: [
            (
                "The mother carried her son out of the flooded farmhouse near Corran, firefighters said.",
                "A girl was carried out of the flooded farmhouse near Corran, firefighters said.", false
            ),
            (
                "A boy was carried out of the flooded farmhouse near Corran, firefighters said.",
                "A girl was carried out of the flooded farmhouse near Corran, firefighters said.", true
            ),
        ])
    func sexes(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "Two directions around two named towns are two places, not two accounts of one",
        arguments: [
            (
                "Floods closed the ring road around Dunmere in western Kalland, near the town of Orsk, officials said.",
                "Floods closed the ring road around Tavel in eastern Kalland, near the port of Brisk, officials said.",
                false
            ),
            (
                "Floods closed the ring road in western Kalland on Monday, officials said.",
                "Floods closed the ring road in eastern Kalland on Monday, officials said.", true
            ),
        ])
    func places(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "What a manipulated photo shows or a hindrance keeps from happening is not asserted; `no idea` denies nothing",
        arguments: [
            (
                "Fact-checkers found the photo was manipulated to show smoke rising over the Lisk dam.",
                "Smoke did not rise over the Lisk dam on Sunday, the operator said.", false
            ),
            (
                "Residents filmed smoke rising over the Lisk dam on Sunday, a reporter said.",
                "Smoke did not rise over the Lisk dam on Sunday, the operator said.", true
            ),
            (
                "Thick fog made it impossible for the pilots to land at Corran airfield on Monday.",
                "The pilots did not land at Corran airfield on Monday, the airline said.", false
            ),
            (
                "The pilots landed at Corran airfield on Monday despite thick fog, the airline said.",
                "The pilots did not land at Corran airfield on Monday, the airline said.", true
            ),
            (
                "The gale made Monday a difficult shift and the Corran grain silo collapsed, the mill said.",
                "The Corran grain silo did not collapse on Monday, the mill said.", true
            ),
            (
                "Brokers manipulated bids and the Corran market crashed on Friday, the regulator said.",
                "The Corran market did not crash on Friday, the regulator said.", true
            ),
            (
                "The council had an idea to fence off the quarry lake at Pell, a ranger said.",
                "\"We had no idea how deep the quarry lake at Pell was,\" one swimmer said.", false
            ),
        ])
    func notAsserted(a: String, b: String, conflict: Bool) throws {
        try ConflictGroundsTests.check(a, b, conflict)
    }

    @Test(
        "One quotation credited to one name written two ways is no wrong attribution",
        arguments: [
            ("said Park Jae Won.", false),
            ("said Lim Soo-jin.", true),
            ("said Park Min-seo.", true),
        ])
    func speakers(credit: String, conflict: Bool) throws {
        let quote = "\"We will rebuild the school before the winter comes, whatever it costs the city,\""
        try ConflictGroundsTests.check(
            quote + " said Park Jae-won, the mayor of Tarvik.", quote + " " + credit, conflict)
    }

    @Test(
        "Two credits are one person's name when a surname is shared or spelled one letter apart, not a first name alone",
        arguments: [
            ("Ines Roca", "Ines Roca-Vidal", true),
            ("Ansel Dorrit", "Velmora Post Ansel Dorritt", true),
            ("Ines Marlow", "Ines Marlowe", true),
            ("Maria Holm", "Maria Seger", false),
            ("Maria Holm", "Maria Helm", false),
            ("Maria Holm", "Maria Hallberg", false),
        ])
    func oneName(x: String, y: String, same: Bool) {
        #expect(QuoteVariants.mayBeOneName(x, y) == same)
        #expect(QuoteVariants.mayBeOneName(y, x) == same)
    }
}
