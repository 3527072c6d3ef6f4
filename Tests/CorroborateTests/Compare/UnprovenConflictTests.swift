import Corroborate
import Foundation
import Testing

/// Contradictions that real pages of many stories showed to be unproven (issue 28): a negation with `without` in its
/// clause asserts what it seems to deny; a denying verb that judges its object `as` something that refutes nothing
/// (`dismissed the scan as normal`) denies nothing; `millions` has no upper end, so a larger figure is some of them;
/// two figures whose clauses share no word (a table row of prices against a sentence) are not shown to measure one
/// thing. Each table has controls that must still be flagged. Cases written for these tests (invented places and
/// people), in a run with articles of other stories.
@Suite("Contradictions the words do not prove")
struct UnprovenConflictTests {
    @Test(
        "A negation with `without` in its clause asserts; a plain one denies",
        arguments: [
            (
                "By Monday the old captain could not walk from the quay to the harbour office without stopping to rest, his daughter said.",
                false
            ),
            // Control: no `without`.
            ("By Monday the old captain could not walk from the quay to the harbour office, his daughter said.", true),
        ])
    func exceptive(b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            "On Monday the old captain walked from the quay to the harbour office, short of breath, his daughter said.",
            b, conflict)
    }

    @Test(
        "A denying verb that judges its object as something that refutes nothing denies nothing",
        arguments: [
            ("A radiologist dismissed a chest scan of Ivo Marek's lungs as normal, his doctor wrote.", false),
            // Control: judged as a fake, it is refuted.
            ("A radiologist dismissed a chest scan of Ivo Marek's lungs as a fake, his doctor wrote.", true),
        ])
    func judgedAs(b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            "His doctor sent Ivo Marek for a chest scan, which was considered to be normal.", b, conflict)
    }

    @Test(
        "Millions have no upper end: a larger figure is some of them, a much smaller one is not",
        arguments: [
            ("The Great Blight killed more than 12 million people across Velmora in the 1840s.", false),
            // Control: far fewer than a million.
            ("The Great Blight killed 400,000 people across Velmora in the 1840s.", true),
        ])
    func unboundedVague(b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            "Over the centuries the fever has killed millions of people across Velmora, most famously during the Great Blight.",
            b, conflict)
    }

    @Test(
        "Figures whose clauses share no word are not one measure",
        arguments: [
            (
                "KSO KESSO'S SHIPPING INC. 41.20 -0.85 -2.02%",
                "Still, the ferry stock has slid, and peer Kesso’s (KSO) stock is off too, down 3.5%.", false
            ),
            // Control: the same stock told in words.
            (
                "Kesso Shipping stock fell 2% on Tuesday, traders said.",
                "Kesso Shipping stock fell 3.5% on Tuesday, the exchange said.", true
            ),
        ])
    func sharedWords(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }
}
