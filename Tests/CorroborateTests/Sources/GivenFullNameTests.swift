import Corroborate
import Testing

/// A surname alone that no one the article credited has is the person the article gave in full with it, though
/// only in passing (issue 23, item 2): `Felicia Sanders and Polly Sheppard spoke`, then `Sanders said`. The nearest
/// occurrence of the surname after a capitalised word decides; a longer name there (`Hillary Rodham Clinton`, `the
/// Upper Holm Sound`), a sentence's first word, a possessive (`the BBC's Nigeria correspondent`) or a word the
/// article writes after `in` (a place) gives nothing, and the surname stays as it is; so do two people named with
/// the surname (`Felicia Varga and Tomas Varga`) and a weekday before it. A title before the given name
/// is no longer name (`Sen. Ida Holm`). Cases written for these tests (invented names).
@Suite("A surname alone is the person named before in passing")
struct GivenFullNameTests {
    @Test(
        "A surname alone takes the full name the article gave before, when that name is a given name and a surname",
        arguments: [
            (
                "On Wednesday, Felicia Varga and Polly Sheppard spoke at the convention.\n\n\"The loophole must close,\" Varga said.",
                ["Felicia Varga"]
            ),
            (
                "Early on Monday the senator, Sen. Ida Holm, toured the quay.\n\n\"The pier will close,\" Holm said.",
                ["Ida Holm"]
            ),
            // A surname the article opens with: the text names the person after it.
            (
                "Holm said the pier will close.\n\nOn Monday, Sen. Ida Holm toured the quay and met the crews.",
                ["Ida Holm"]
            ),
            // Nothing to rely on: a longer name, a sentence's first word, a place.
            (
                "On Monday, Ana Maria Holm toured the quay.\n\n\"The pier will close,\" Holm said.",
                ["Holm"]
            ),
            (
                "Ida Holm toured the quay on Monday.\n\n\"The pier will close,\" Holm said.",
                ["Holm"]
            ),
            (
                "On Monday the ferry crossed the Upper Holm Sound.\n\n\"The pier will close,\" Holm said.",
                ["Holm"]
            ),
            // Two people of the surname named, or a weekday before it: no full name to rely on.
            (
                "On Wednesday, Felicia Varga and Tomas Varga spoke at the convention.\n\n\"The loophole must close,\" Varga said.",
                ["Varga"]
            ),
            (
                "The council met on Tuesday. A motion was tabled on Tuesday Holm night.\n\n\"The pier will close,\" Holm said.",
                ["Holm"]
            ),
            (
                "Crews in Tarsk worked late, and on Monday Ida Tarsk toured the quay.\n\n\"The pier will close,\" Tarsk said.",
                ["Tarsk"]
            ),
        ])
    func givenFullName(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }
}
