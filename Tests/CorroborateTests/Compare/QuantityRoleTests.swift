import Foundation
import Testing

@testable import Corroborate

/// Two differing figures conflict only when their own phrases show one measure (issue 28): a sum of money needs a
/// role said of both and shared (a fine is not a salary, a clean-up bill, a ticket price; a sum received is no sum
/// spent), a part after a figure (`a $40 million share of`) is no total, a sum `a year` is no total, a named group
/// no larger than everyone counted may be a part of them, a function word joined by a hyphen is part of the counted
/// noun (`first-year apprentices`), a capitalised outcome word is part of a name (`the Save Lives Network`), and a
/// threshold set for all (`the 40 votes needed to win`) or another party's need is not one party's need. The same
/// sum said in two roles is no agreement either. Every row without a conflict (or an agreement) was flagged by
/// main's code (145264b); the control rows must still be flagged. Cases written
/// for these tests (invented towns, ministries and people).
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
            // A share of a contract against the contract.
            (
                "The Dellford shipyard will receive a $40 million share of the navy contract, the defence ministry said.",
                "The Dellford shipyard won the $300 million navy contract, the defence ministry said on Monday.", false
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
            // A named group against everyone killed, no larger.
            (
                "The blast at the Tarrow fireworks factory killed 17 workers on Friday, the regional governor said.",
                "The blast at the Tarrow fireworks factory killed 23 people on Friday, the regional governor said.",
                false
            ),
            (
                "The blast at the Tarrow fireworks factory killed 12 first-year apprentices on Friday, the governor said.",
                "The blast at the Tarrow fireworks factory killed 31 people on Friday, the governor said.", false
            ),
            // A capitalised outcome word in a name.
            (
                "Several hundred demonstrators from the Save Lives Network marched in Orvik on Sunday, police said.",
                "Dozens of groups from the Save Lives Network marched in Orvik on Sunday, police said.", false
            ),
            // A threshold for all against one candidate's need; two candidates' needs.
            (
                "Maren Tosk needs 14 votes to win the Fallow ward seat, the returning officer said on Monday.",
                "No candidate has reached the 40 votes needed to win the Fallow ward seat, the returning officer said.",
                false
            ),
            (
                "Tosk needs 14 votes to win the Fallow ward seat, the returning officer said on Monday.",
                "Brandl needs 9 votes to win the Fallow ward seat, the returning officer said on Monday.", false
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
                "Maren Tosk needs 14 votes to win the Fallow ward seat, the returning officer said on Monday.",
                "Maren Tosk needs 9 votes to win the Fallow ward seat, the party's agent said on Monday.", true
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
        "The same sum said in two roles is no agreement; in one role it is",
        arguments: [
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
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty == agreement, "\(found.map(\.explanation))")
    }
}
