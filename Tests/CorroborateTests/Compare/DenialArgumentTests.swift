import Foundation
import Testing

@testable import Corroborate

/// A denial contradicts the other side's predicate or an argument of it, not a word the two only share (issue 28).
/// Every row without a contradiction was flagged before: a denied noun that the other side names as a dependent of
/// another noun or inside a question clause, a participle inside the other side's subject, a denial of a name's
/// doing against another doing, a denial inside a clause that picks out some of a noun, and a denying verb in
/// `-ing` after a preposition, which names a deed rather than telling a denial. The control rows must still be
/// flagged: the noun as the object of a verb or of a doing in `-ing`, or in a phrase that counts things of its own,
/// the participle as the predicate, the same doing denied, and a denial told after `that`. Cases written for these
/// tests (two invented towns).
@Suite("A denial meets the other side's proposition, not a shared word")
struct DenialArgumentTests {
    @Test(
        "A denial meets what the other clause asserts of its own arguments",
        arguments: [
            // The denied noun depends on another noun on the other side, or is a bare noun in a set phrase.
            (
                "Sailors grumbled at the cost of harbour fuel in the Brenholt depot.",
                "There is no harbour fuel in the Brenholt depot, the mayor said on Monday.", false
            ),
            (
                "The mayor left her deputy in charge of the Brenholt marina for the summer.",
                "There is no charge for mooring at the Brenholt marina, the mayor said.", false
            ),
            // The denied noun is inside a question clause on the other side.
            (
                "Inspectors asked the harbour master how diesel reached the Brenholt marina last week.",
                "There is no diesel at the Brenholt marina, the harbour master said.", false
            ),
            // Controls: the noun is what a verb or a doing in `-ing` governs, or its phrase counts things of its own.
            (
                "Sailors bought harbour fuel in the Brenholt depot.",
                "There is no harbour fuel in the Brenholt depot, the mayor said on Monday.", true
            ),
            (
                "Inspectors criticised the harbour master's handling of diesel at the Brenholt marina.",
                "There is no diesel at the Brenholt marina, the harbour master said.", true
            ),
            (
                "The council repaired the sluices of several weirs on the Brenholt river last spring.",
                "There are no weirs on the Brenholt river, the council said.", true
            ),
            // A participle inside the subject describes it; the control states it.
            (
                "The rail passes being printed this week are the same as last year's, the Osterby depot said.",
                "The Osterby rail passes were not printed this week, the depot manager said.", false
            ),
            (
                "The Osterby rail passes were printed this week, the depot said.",
                "The Osterby rail passes were not printed this week, the depot manager said.", true
            ),
            // What is denied of the names is another doing; the control denies the same one.
            (
                "Vera Lund and Tor Brandt will keep their seats on the Osterby school board, the mayor said.",
                "Neither Lund nor Brandt took a seat at the Osterby budget talks, the clerk said.", false
            ),
            (
                "Vera Lund and Tor Brandt voted for the Osterby school budget, the mayor said.",
                "Neither Lund nor Brandt voted for the Osterby school budget, the clerk said.", true
            ),
            // The denial picks out some pupils; the controls say it of the pupils, or open a clause after a noun.
            (
                "Osterby pupils will ride the new school bus from Monday, the council said.",
                "Pupils who had no school bus to ride walked to the Osterby school on Monday, the clerk said.", false
            ),
            (
                "Osterby pupils will ride the new school bus from Monday, the council said.",
                "The council said that Osterby pupils had no school bus to ride from Monday.", true
            ),
            (
                "The Brenholt council's new ferry fares are too high for islanders, the harbour master said.",
                "The mayor of Brenholt held to her view that none of the new ferry fares are too high for islanders.",
                true
            ),
        ])
    func deniedArgument(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A denying verb in -ing after a preposition names a deed, not a denial by the claim's source",
        arguments: [
            (
                "The Osterby board turned down requests for extra canal guards during the spring floods, it said.",
                "Critics said the harbour chief was firm in denying extra canal guard requests during the spring floods.",
                false
            ),
            (
                "The Osterby board turned down requests for extra canal guards during the spring floods, it said.",
                "The harbour chief was tireless in rejecting extra canal guard requests during the spring floods, critics said.",
                false
            ),
            // Control: a denial the source tells, after `that`.
            (
                "The Osterby board turned down pleas for more lifeguards last summer, it said.",
                "The mayor denied that the board turned down pleas for more lifeguards last summer.", true
            ),
        ])
    func deedNotDenial(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
