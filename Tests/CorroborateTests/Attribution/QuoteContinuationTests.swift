import Testing

@testable import Corroborate

/// A quotation with no cue of its own carries on the speaker quoted just before it, and only then.
@Suite("Quote continuation")
struct QuoteContinuationTests {
    private static let lead = #""The dam will hold," Mayor Ilse Varga said."#

    /// Who the claim holding `quote` is credited to, and whether it is a claim of its own (not the lead's).
    private static func credit(of quote: String, in text: String) throws -> (speaker: String, own: Bool)? {
        let article = Corroborator().analyze(try Fixture.document(text))
        guard let claim = article.claims.first(where: { $0.text.contains(quote) }) else { return nil }
        return (claim.source.name, !claim.text.contains("The dam will hold"))
    }

    /// Where a quotation's words end up: in the lead's claim, in a claim of their own credited to the mayor, or
    /// credited to someone else.
    enum Credit: Sendable { case lead, own, other }

    @Test(
        "A quotation continues the quote before it when nothing else claims it and nothing but quotations follows it",
        arguments: [
            // Right after the cue's sentence, in its paragraph: read with the quote before it, as one statement.
            (lead + #" "We checked every gate on it twice.""#, "We checked every gate on it twice.", Credit.lead),
            // A paragraph of its own that is a whole statement: a statement of its own, still the mayor's.
            (lead + "\n\n" + #""We checked every gate on it twice.""#, "We checked every gate on it twice.", .own),
            // Lines without blank lines between them, the writer's next line after it.
            (
                lead + "\n" + #""We checked every gate on it twice.""# + "\nThe council met on Monday.",
                "We checked every gate on it twice.", .lead
            ),
            // A full stop ends the quoted statement; the writer's next sentence may follow.
            (
                lead + #" "We checked every gate on it twice." The council met on Monday."#,
                "We checked every gate on it twice.", .lead
            ),
            // A question at the end of the paragraph is still the speaker's.
            (lead + #" "Why would it not?""#, "Why would it not?", .lead),
            // A question followed by the writer's words names whoever asked it.
            (lead + #" "Who checked it?" Tomas Lind asked."#, "Who checked it?", .other),
            // A quotation with its own cue further on belongs to that cue's speaker.
            (lead + #" "We checked it. It is safe," the engineer Tomas Lind added."#, "It is safe", .other),
            // A lone cry in a paragraph of its own is as often the crowd's.
            (lead + "\n\n" + #""Nonsense!""# + "\n\nThe crowd booed.", "Nonsense!", .other),
            // The writer's sentence in between breaks the run.
            (
                lead + "\n\nThe council met on Monday.\n\n" + #""We checked every gate on it twice.""#,
                "We checked every gate on it twice.", .other
            ),
        ] as [(String, String, Credit)])
    func continuation(text: String, quote: String, expected: Credit) throws {
        let credit = try Self.credit(of: quote, in: text)
        switch expected {
        case .lead:
            #expect(credit?.speaker == "Ilse Varga")
            #expect(credit?.own == false)
        case .own:
            #expect(credit?.speaker == "Ilse Varga")
            #expect(credit?.own == true)
        case .other:
            #expect(credit?.speaker != "Ilse Varga")
        }
    }

    @Test("A continuing quotation is a piece of the attribution's content, as PolNeAR marks it, and listed as such")
    func contentPieces() throws {
        let text =
            Self.lead + "\n\n" + #""We checked every gate on it twice.""# + "\n\n"
            + #""The spillway has been open since Monday.""#
        let article = Corroborator().analyze(try Fixture.document(text))
        let attribution = try #require(article.attributions.first)
        #expect(attribution.content.spans.count == 3)
        #expect(attribution.continuation.count == 2)
        #expect(
            attribution.content.text.hasSuffix(
                #""We checked every gate on it twice." … "The spillway has been open since Monday.""#))
        // The lead keeps its own claim; each paragraph that continues it is one more, all credited to the mayor.
        #expect(article.claims.map(\.source.name) == ["Ilse Varga", "Ilse Varga", "Ilse Varga"])
        #expect(article.claims.map(\.attribution) == [0, 0, 0])
    }
}
