import Corroborate
import Testing

/// Names that differ only in case or in how initials are written are one source across a run, spelled as most of
/// its claims spell it, or as a name is written (cases written for these tests: invented places, bodies and a news
/// site).
@Suite("One spelling per source")
struct SourceSpellingsTests {
    @Test(
        "Sources whose names differ only in case or in their initials' periods are one; other names stay apart",
        arguments: [
            (
                "Police said the ferry sank off Velmora on Monday.",
                "The ferry sank off Velmora on Monday, police said.", ["Police"]
            ),
            (
                "HarbourWatch reported that the ferry sank off Velmora.",
                "The ferry sank off Velmora, Harbourwatch reported.", ["HarbourWatch"]
            ),
            // A capital an article gave no other sign of (lowered as a sentence's first) is a name's after all.
            (
                "Velmora police said the ferry sank on Monday.",
                "The ferry sank off Velmora on Monday, Velmora police said.", ["Velmora police"]
            ),
            // Initials written with or without periods and spaces are one person's.
            (
                "The tram fares will rise in May, according to M. K. Orvell, who runs the depot.",
                "MK Orvell told the council on Tuesday that tram fares would rise in May.", ["M K Orvell"]
            ),
            (
                "In a letter to the council, M K Orvell wrote that tram fares would rise in May.",
                "Tram fares will rise in May, M.K. Orvell wrote.", ["M K Orvell"]
            ),
            // Control: two different bodies.
            (
                "Velmora police said the ferry sank off Velmora on Monday.",
                "The ferry sank off Velmora on Monday, police said.", ["Velmora police", "police"]
            ),
        ])
    func oneSpelling(a: String, b: String, names: [String]) throws {
        let analysis = try ArticleSet([a, b]).analysis()
        let sources = Set(analysis.claims.map(\.source).filter { $0.kind != .outlet }.map(\.name))
        #expect(sources == Set(names))
    }
}
