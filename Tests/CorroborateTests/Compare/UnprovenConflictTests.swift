import Corroborate
import Foundation
import Testing

/// Contradictions that real pages of many stories showed to be unproven (issue 28): a negation with `without` and a
/// verb in `-ing` in its clause does not deny what it seems to; `millions` has no upper end below a billion, so a
/// larger figure is some of them; a figure given as a bound (`as low as`) holds any figure past it; two figures whose
/// clauses share no word (a table row of prices against a sentence) are not shown to measure one thing; what a claim
/// retells as another's words (`she asserted that ...`) is not its source's own. Each table has controls that must
/// still be flagged. Cases written for these tests (invented places and people), in a run with articles of other
/// stories.
@Suite("Contradictions the words do not prove")
struct UnprovenConflictTests {
    @Test(
        "A negation with `without` before a verb in -ing in its clause denies nothing; a plain one denies",
        arguments: [
            (
                "By Monday the old captain could not walk from the quay to the harbour office without stopping to rest, his daughter said.",
                false
            ),
            // Control: no `without`.
            ("By Monday the old captain could not walk from the quay to the harbour office, his daughter said.", true),
            (
                "By Monday the old captain could not walk from the quay to the harbour office without being helped, his daughter said.",
                false
            ),
            // Control: `without` before a noun belongs to it.
            (
                "By Monday the old captain could not walk from the quay to the harbour office without help, his daughter said.",
                true
            ),
        ])
    func exceptive(b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            "On Monday the old captain walked from the quay to the harbour office, short of breath, his daughter said.",
            b, conflict)
    }

    @Test(
        "Millions have no upper end: a larger figure is some of them, a much smaller one is not",
        arguments: [
            ("The Great Blight killed more than 12 million people across Velmora in the 1840s.", false),
            // Control: far fewer than a million.
            ("The Great Blight killed 400,000 people across Velmora in the 1840s.", true),
            // Control: past the next word of magnitude.
            ("The Great Blight killed more than 2 billion people across Velmora in the 1840s.", true),
        ])
    func unboundedVague(b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            "Since the middle ages the fever has killed millions of people in Velmora, the worst toll coming during the Great Blight.",
            b, conflict)
    }

    @Test(
        "Figures whose clauses share no word are not one measure",
        arguments: [
            (
                "KSO KESSO'S SHIPPING INC. 41.20 -0.85 -2.02%",
                "Shares of rival carrier Kesso (KSO) also lost ground on the day, closing 3.5% lower.", false
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

    @Test(
        "A figure given as a bound holds any figure past it",
        arguments: [
            ("On Friday shops were selling the Kesso phone at prices as low as $700, a retailer said.", false),
            ("On Friday shops were selling the Kesso phone at prices as high as $1,200, a retailer said.", false),
            // Control: the bound excludes the figure.
            ("On Friday shops were selling the Kesso phone at prices as low as $1,200, a retailer said.", true),
            ("On Friday shops were selling the Kesso phone at prices as high as $700, a retailer said.", true),
        ])
    func bounds(b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            "The Kesso phone went on sale on Friday at a price of $900, the maker said.", b, conflict)
    }

    @Test(
        "What a claim retells as another's words is not its source's own",
        arguments: [
            (
                "Writing on her blog last spring, she asserted that the Tarsk lighthouse had been sold to a hotel chain.",
                false
            ),
            (
                "It has been only a few weeks since the last rumour claiming that the Tarsk lighthouse had been sold to a hotel chain.",
                false
            ),
            // Control: told in the article's own voice, or as fact a named body found.
            ("The Tarsk lighthouse had been sold to a hotel chain in the spring.", true),
            ("Police in Tarsk confirmed that the lighthouse had been sold to a hotel chain in the spring.", true),
        ])
    func reportedSpeech(a: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(
            a, "The Tarsk lighthouse was not sold to a hotel chain, the harbour board said.", conflict)
    }

    @Test("A denial retold as another's words is not its source's denial")
    func retoldDenial() throws {
        try ArticleSet.expectContradictionAmongOthers(
            "The Tarsk lighthouse had been sold to a hotel chain in the spring.",
            "Writing on her blog last spring, she asserted that the Tarsk lighthouse had not been sold to a hotel chain.",
            false)
    }

    @Test(
        "A quoted story named as a prank or a hoax is not told by its claim",
        arguments: [
            (
                "Along with today's \"Ivo Marek is dead\" prank, other singers were targets of such stories this year.",
                false
            ),
            // Control: told.
            ("Ivo Marek is dead, the Velmora Herald reported on Monday.", true),
        ])
    func namedFalsehood(a: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, "Ivo Marek is not dead, his label said.", conflict)
    }
}
