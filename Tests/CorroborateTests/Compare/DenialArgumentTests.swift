import Foundation
import Testing

@testable import Corroborate

/// A denial contradicts the other side's predicate or an argument of it, not a word the two only share (issue 28).
/// Every row without a contradiction was flagged before: a denied noun that the other side names as a dependent of
/// another noun or inside a question clause, a participle inside the other side's subject, a denial of a name's doing
/// against another doing, and a denial inside a clause that picks out some of a noun. The control rows must still be
/// flagged (reviews 45b and 45d found each of their shapes silenced by an earlier version): the noun as the object of a
/// verb or of a doing in `-ing`, in a phrase that counts things of its own, or after a noun of amount or of a happening
/// that needs it (review 45e: any noun before `of` but a measure, fear, lack or idea); the participle as the predicate,
/// before a comma or after a preposition; the same doing denied, past an auxiliary and an adverb, or with `have`; a
/// denial in a cleft, after a form of `be` or after a verb, in `-s` too; a question clause after a verb that states, in
/// `-s` too; a denial told after `that` or as a clause after `in denying`. Cases written for these tests (invented
/// towns).
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
            // The denied noun is inside a question clause after a verb of asking on the other side.
            (
                "The harbour master was asked how diesel reached the Brenholt marina last week.",
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
            // Controls: a noun of amount or container says its things exist; a question clause after a verb that
            // states tells its content.
            (
                "The Varnholm marina holds a large stock of diesel for the winter, the harbour master said.",
                "There is no diesel at the Varnholm marina, the mayor said on Monday.", true
            ),
            (
                "Police described how rifles were hidden in the hold of the Kestrel, the port authority said.",
                "There were no rifles in the hold of the Kestrel, the owner said.", true
            ),
            (
                "The discovery of rifles in the hold of the Kestrel shocked the port, police said.",
                "There were no rifles in the hold of the Kestrel, the owner said.", true
            ),
            (
                "The arrival of refugees at the Dalby camp has strained food supplies, aid workers said.",
                "No refugees arrived at the Dalby camp this week, the mayor said.", true
            ),
            (
                "Customs said that when asked, the captain showed how rifles were hidden in the hold of the Kestrel.",
                "There were no rifles in the hold of the Kestrel, the owner said.", true
            ),
            (
                "When asked, the Kestrel captain shows how rifles are hidden in the hold of the Kestrel, customs said.",
                "There were no rifles in the hold of the Kestrel, the owner said.", true
            ),
            (
                "The theft of rifles from the hold of the Kestrel alarmed the port, police said.",
                "There were no rifles in the hold of the Kestrel, the owner said.", true
            ),
            // A participle inside the subject describes it; the controls state it, or assert it before a comma or
            // after a preposition.
            (
                "The bridge tolls being collected this month will pay for the Dalby school roof, the treasurer said.",
                "The Dalby bridge tolls were not collected this month, the mayor said.", false
            ),
            (
                "The Dalby bridge tolls were collected this month, the treasurer said.",
                "The Dalby bridge tolls were not collected this month, the mayor said.", true
            ),
            (
                "The new Osterby pier being finished, the ferry was able to dock on Friday, the harbour office said.",
                "The new Osterby pier was not finished on Friday, the builder said.", true
            ),
            (
                "With the new Osterby pier being finished the ferry was able to dock on Friday, the harbour office said.",
                "The new Osterby pier was not finished on Friday, the builder said.", true
            ),
            // What is denied of the names is another doing; the controls deny the same one, past an auxiliary and
            // an adverb too, or with `have` against `has`.
            (
                "Ida Holm and Per Sand will judge the Dalby baking fair on Saturday, the organisers said.",
                "Neither Holm nor Sand entered a cake in the Dalby baking fair, the clerk said.", false
            ),
            (
                "Ida Holm and Per Sand entered a cake in the Dalby baking fair, the organisers said.",
                "Neither Holm nor Sand entered a cake in the Dalby baking fair, the clerk said.", true
            ),
            (
                "Vera Lund and Tor Brandt signed the Osterby harbour lease on Monday, the council said.",
                "Neither Lund nor Brandt has signed the Osterby harbour lease, the clerk said.", true
            ),
            (
                "Vera Lund and Tor Brandt signed the Osterby harbour lease in May, the council said.",
                "Neither Lund nor Brandt has ever signed the Osterby harbour lease, the clerk said.", true
            ),
            (
                "Vera Lund and Tor Brandt have a fishing licence for the Osterby harbour, the council said.",
                "Neither Lund nor Brandt has a fishing licence for the Osterby harbour, the clerk said.", true
            ),
            // The denial picks out some lifeguards; the controls say it of the lifeguards, say it of a name in a
            // cleft, after a form of `be` or after a verb, or open a clause after a noun.
            (
                "The Dalby lifeguards were trained in May, the council said.",
                "Those lifeguards who were never trained at Dalby in May are stewards now, the council said.", false
            ),
            (
                "The Dalby lifeguards were trained in May, the council said.",
                "The council said that the Dalby lifeguards were not trained in May.", true
            ),
            (
                "Mayor Ida Holm signed the Osterby harbour lease on Monday, the council said.",
                "It was Mayor Ida Holm who did not sign the Osterby harbour lease on Monday, the clerk said.", true
            ),
            (
                "Vera Lund signed the Osterby harbour lease on Monday, the council said.",
                "Vera Lund was the only councillor who did not sign the Osterby harbour lease, the clerk said.", true
            ),
            (
                "Vera Lund signed the Osterby harbour lease on Monday, the council said.",
                "Vera Lund joined the councillors who did not sign the Osterby harbour lease on Monday.", true
            ),
            (
                "Vera Lund signed the Osterby harbour lease on Monday, the council said.",
                "Vera Lund leads the councillors who did not sign the Osterby harbour lease on Monday.", true
            ),
            (
                "Two fishing boats moor at the Dalby quay every night, the harbour master said.",
                "The board repeated its finding that no fishing boats moor at the Dalby quay at night.", true
            ),
        ])
    func deniedArgument(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A denying verb in -ing after a preposition tells a denial, with a clause or a noun phrase after it",
        arguments: [
            (
                "The Osterby harbour lease was signed on Monday, the council said.",
                "Vera Lund was firm in denying the Osterby harbour lease was signed on Monday.", true
            ),
            (
                "The Osterby harbour lease expires on Monday, the council said.",
                "Vera Lund was firm in denying the Osterby harbour lease expires on Monday.", true
            ),
            (
                "Tenants filed noise complaints against the Holmvik glassworks in August, the town clerk said.",
                "The glassworks owner denied that tenants filed noise complaints against the Holmvik glassworks in August.",
                true
            ),
        ])
    func denialAfterPreposition(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test("A denial with a clause after `in denying` conflicts with both articles that assert it, and agrees with none")
    func denialAfterPrepositionStaysDenial() throws {
        let analysis = try ArticleSet([
            "The Osterby harbour lease was signed on Monday, the council said.",
            "Vera Lund was firm in denying the Osterby harbour lease was signed on Monday.",
            "The Osterby harbour lease was signed on Monday, the port office said.",
        ]).analysis()
        let withDenier = analysis.relations.filter { relation in
            relation.claims.compactMap { analysis.claim($0) }.contains {
                analysis.articles[$0.document].document.name == "b.txt"
            }
        }
        let explained = withDenier.map(\.explanation)
        #expect(withDenier.filter { $0.type.isContradiction }.count == 2, "\(explained)")
        #expect(!withDenier.contains { $0.type == .agreement }, "\(explained)")
    }
}
