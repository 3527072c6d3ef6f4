import Foundation
import Testing

@testable import Corroborate

/// Two differing figures conflict only when their own phrases show one measure (issue 28): a sum of money needs a
/// role said of both and shared (a fine is not a salary, a clean-up bill, a ticket price), or, without roles on
/// both sides, one class of money verb said of both (`paid`, `stole`, `awarded`; a sum received is no sum spent); a
/// part word in a figure's phrase (`a $40 million share of`, `the yard's share ... is $40 million`) makes no total,
/// a sum `a year` is no total, and a threshold set for all (`the 40 signatures required to`) or another party's need
/// is not one party's need. A named group against people in general, `a week into`, or an adjective of another noun
/// (`daily shelling`) sets nothing apart. The same value said as a part and a whole, or in two roles, is no
/// agreement either, and neither are counts of two outcomes. Every row without a conflict (or an agreement) was
/// flagged by main's code (145264b); the other rows must be flagged. Cases written for these tests (invented towns,
/// ministries and people).
@Suite("A numeric conflict needs one measure shown in both figures' phrases")
struct QuantityRoleTests {
    @Test(
        "Two differing figures conflict only when each one's own phrase says the same measure",
        arguments: [
            // A fine against a salary.
            (
                "A judge ordered the Brennick mill owner to pay a fine of $2 million, the court clerk said on Monday.",
                "The Brennick mill owner draws a salary of $5 million, the court clerk said on Monday.", false
            ),
            // A ticket price against a fine for touts.
            (
                "Tickets for the Lorvik jazz festival cost $90, the organisers said on Monday.",
                "Touts selling tickets for the Lorvik jazz festival face a fine of $500, the organisers said on Monday.",
                false
            ),
            // A share of a contract against the contract, the part word after or before the figure.
            (
                "The Dellford shipyard will receive a $40 million share of the navy contract, the defence ministry said.",
                "The Dellford shipyard won the $300 million navy contract, the defence ministry said on Monday.", false
            ),
            (
                "The Tarrin boatyard's share of the coastguard contract is $40 million, the transport ministry said.",
                "The Tarrin boatyard won the $300 million coastguard contract, the transport ministry said on Monday.",
                false
            ),
            // A yearly sum against a total.
            (
                "The Vessen culture ministry spends $4 million a year on the national theatre, its minister said.",
                "The Vessen culture ministry has spent $30 million on the national theatre, its minister said.", false
            ),
            // A sum received against a sum spent: no role said of the first.
            (
                "The Ostrel council received $12 million for flood defences, the treasury said on Monday.",
                "The Ostrel council spent $8 million on flood defences, the treasury said on Monday.", false
            ),
            // A threshold for all against one club's need; two clubs' needs.
            (
                "The Harl allotment society needs 14 signatures to register its petition with the Fallow council.",
                "No club has reached the 40 signatures required to register a petition with the Fallow council.",
                false
            ),
            (
                "Tosk needs 14 signatures to register a petition with the Fallow council, the clerk said on Monday.",
                "Brandl needs 9 signatures to register a petition with the Fallow council, the clerk said on Monday.",
                false
            ),
            // A named group against people in general is no other group.
            (
                "The blast at the Tarrow fireworks factory killed 17 workers on Friday, the regional governor said.",
                "The blast at the Tarrow fireworks factory killed 23 people on Friday, the regional governor said.",
                true
            ),
            (
                "Police detained 30 students at the Varn square sit-in on Sunday, city officials said.",
                "Police detained 45 people at the Varn square sit-in on Sunday, city officials said.", true
            ),
            // Sums that one class of money verb governs, with no role noun on a side.
            (
                "The Kessel water board paid $3 million for the Marrow pumping station, its chair said on Monday.",
                "The Kessel water board paid $7 million for the Marrow pumping station, its chair said on Monday.", true
            ),
            (
                "Masked thieves stole $2 million from the Ferran savings bank vault on Sunday, police said.",
                "Masked thieves stole $6 million from the Ferran savings bank vault on Sunday, police said.", true
            ),
            (
                "A jury in Pell awarded the Varga family $2 million on Friday, their lawyer said.",
                "A jury in Pell awarded the Varga family $5 million on Friday, their lawyer said.", true
            ),
            // A role noun that is the subject of the figure's clause, after `came to`.
            (
                "The cost of repairing the Tolm dam after the storm came to $4 million, the water ministry said.",
                "Repairing the Tolm dam after the storm cost $9 million, the water ministry said on Monday.", true
            ),
            // `a week into` says when; `daily` describes the shelling, not the toll.
            (
                "Fourteen miners were killed a week into the Brakka mine strike, the union said on Monday.",
                "Nine miners were killed during the Brakka mine strike, the union said on Monday.", true
            ),
            (
                "Daily shelling killed 14 villagers in the Osk valley last week, the regional governor said.",
                "Shelling killed nine villagers in the Osk valley last week, the regional governor said.", true
            ),
            // Controls: one measure on both sides, another figure.
            (
                "The fine was $2 million, the Brennick court clerk said on Monday.",
                "The fine was $5 million, the Brennick court clerk said on Monday.", true
            ),
            (
                "The fine imposed on the Brennick mill owner was $2 million, the court clerk said on Monday.",
                "A judge gave the Brennick mill owner a $5 million fine, the court clerk said on Monday.", true
            ),
            (
                "Tickets for the Lorvik jazz festival cost $90, the organisers said on Monday.",
                "Tickets for the Lorvik jazz festival cost $120, the organisers said on Monday.", true
            ),
            (
                "The Vessen culture ministry spends $4 million a year on the national theatre, its minister said.",
                "The Vessen culture ministry spends $6 million a year on the national theatre, its minister said.", true
            ),
            (
                "In the blast at the Tarrow fireworks factory 12 workers were killed on Friday, the governor said.",
                "In the blast at the Tarrow fireworks factory nine workers were killed on Friday, the governor said.",
                true
            ),
            // A named group larger than everyone counted cannot be a part of them.
            (
                "The blast at the Tarrow fireworks factory killed 15 workers on Friday, the regional governor said.",
                "The blast at the Tarrow fireworks factory killed nine people on Friday, the regional governor said.",
                true
            ),
            (
                "The Harl allotment society needs 14 signatures to register its petition with the Fallow council.",
                "The Harl allotment society needs 9 signatures to register its petition, its secretary said.", true
            ),
            (
                "The new Harl river bridge is 400 metres long, the Vessen transport ministry said on Monday.",
                "The new Harl river bridge is 650 metres long, the Vessen transport ministry said on Monday.", true
            ),
        ])
    func ownPhrase(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }

    @Test(
        "The same value said in two roles, as a part and a whole, or of two outcomes is no agreement; in one role it is",
        arguments: [
            (
                "The Tarrin boatyard will receive a $40 million share of the coastguard contract, the ministry said.",
                "The Tarrin boatyard won the $40 million coastguard contract, the transport ministry said on Monday.",
                false
            ),
            (
                "The Pelling mayor posted on Sunday: \"Eleven dockers Killed in the grain silo blast, a sad day.\"",
                "Eleven dockers were injured in the Pelling grain silo blast on Sunday, the harbour master said.", false
            ),
            (
                "The Brennick mill owner draws a salary of $2 million, the court clerk said on Monday.",
                "The fine for the Brennick mill owner was $2 million, the court clerk said on Monday.", false
            ),
            (
                "A judge ordered the Brennick mill owner to pay a fine of $2 million, the court clerk said on Monday.",
                "The fine for the Brennick mill owner was $2 million, the court clerk said on Monday.", true
            ),
        ])
    func sameSum(a: String, b: String, agreement: Bool) throws {
        // The shipped model, as reports run: with every rule's proposal flagged, the dockers row also gets a
        // wording agreement (`state the same proposition`) that the model drops, which is not this table's point.
        let found = try ArticleSet(a: a, b: b, model: .builtIn).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty == agreement, "\(found.map(\.explanation))")
    }
}
