import Testing

@testable import Corroborate

/// A figure set off by commas after a name is the person's age, no count of what the clause tells: a figure
/// agreement does not stand on it. Cases written for these tests.
@Suite("An age in apposition is no measure")
struct AppositiveAgeTests {
    @Test(
        "A figure agreement on an age read as a count is not flagged; a count told by both still is",
        arguments: [
            // The same age on both sides, read as a count of the killed, in one town's event (a town the place
            // list knows, as in `Fixtures/pairs`).
            (
                "Market traders said Ada Brun, 26, was killed when a shell hit the covered market in Douma on Sunday.",
                "A neighbour said Ada Brun, 26, had been killed by the shelling of the Douma covered market.",
                false
            ),
            (
                "The fire service said 26 workers were killed when the roof of the Velmora paint depot fell in.",
                "The roof of the Velmora paint depot fell in on Monday and killed 26 workers, the mayor said.",
                true
            ),
        ])
    func age(a: String, b: String, figureAgreement: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter {
            $0.type == .agreement && $0.rule.hasPrefix("numeric")
        }
        #expect(!found.isEmpty == figureAgreement, "\(found.map(\.rule))")
    }
}
