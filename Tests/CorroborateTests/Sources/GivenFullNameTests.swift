import Corroborate
import Testing

/// A surname alone that no one the article credited has is the person the article gave in full with it, though
/// only in passing (issue 23, item 2): `Felicia Sanders and Polly Sheppard spoke`, then `Sanders said`. The nearest
/// occurrence of the surname after a capitalised word decides; a longer name there (`Hillary Rodham Clinton`, `the
/// Upper Holm Sound`), a sentence's first word, a possessive (`the BBC's Nigeria correspondent`) or a word the
/// article writes after `in` (a place) gives nothing, and the surname stays as it is. A title before the given name
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
            (
                "Crews in Tarsk worked late, and on Monday Ida Tarsk toured the quay.\n\n\"The pier will close,\" Tarsk said.",
                ["Tarsk"]
            ),
        ])
    func givenFullName(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }
}

/// Across articles, a surname alone is the one person named in full with it, or, among several, the one the run
/// credits at least three times as often as all the others together and at least five times (`unifyNames`). Cases
/// written for these tests (invented names).
@Suite("A surname alone across articles is the person most credited with it")
struct DominantSurnameTests {
    /// The source of the claim in `c.txt` whose text holds `words`, after a run over three articles: `a.txt` quotes
    /// Ola Varga `quotes` times, `b.txt` Jana Varga once, and `c.txt` has `Varga said` with no full name.
    func source(quotes: Int) throws -> String? {
        let folder = try TemporaryFolder()
        let a = (1...quotes).map { "Ola Varga said the harbour toll would rise by \($0) crowns." }
        try folder.write("a.txt", "Outlet: First Outlet\n\n" + a.joined(separator: "\n\n") + "\n")
        try folder.write("b.txt", "Outlet: Second Outlet\n\nJana Varga said the quay would be painted.\n")
        try folder.write("c.txt", "Outlet: Third Outlet\n\nVarga said the ferry would run on Sundays.\n")
        let analysis = Corroborator().run(paths: [folder.path])
        return analysis.claims.first { $0.text.contains("ferry would run") }?.source.name
    }

    @Test("The most credited person of a surname takes it alone when far ahead; otherwise it stays a surname")
    func dominant() throws {
        #expect(try source(quotes: 6) == "Ola Varga")
        #expect(try source(quotes: 2) == "Varga")
    }
}
