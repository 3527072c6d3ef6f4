import Testing

@testable import Corroborate

/// A quotation with no cue of its own carries on the speaker quoted just before it, and only then.
@Suite("Quote continuation")
struct QuoteContinuationTests {
    private static let lead = #""The dam will hold," Mayor Ilse Varga said on Monday."#
    private static let quote = #""We checked every gate on it twice.""#

    /// The texts of the quotations that continue the mayor's quote.
    private static func continued(in text: String) throws -> [String] {
        let document = try Fixture.document(text)
        let article = Corroborator().analyze(document)
        let mayor = try #require(article.attributions.first { $0.source?.text.contains("Varga") == true })
        return mayor.continuation.map { document.text(of: $0) }
    }

    @Test(
        "A quotation continues the quote before it while the mayor is the last to speak and nothing else claims it",
        arguments: [
            // Right after the cue's sentence, in its paragraph.
            (lead + " " + quote, quote),
            // A paragraph of its own that is a whole statement.
            (lead + "\n\n" + quote, quote),
            // A line of its own, the writer's next line after it.
            (lead + "\n" + quote + "\nThe council met on Monday.", quote),
            // A full stop ends the quoted statement; the writer's next sentence, with no cue, may follow.
            (lead + " " + quote + " The council met on Monday.", quote),
            (lead + "\n\n" + quote + " A murmur went round the hall.", quote),
            // A question at the end of the paragraph is still the speaker's.
            (lead + #" "Why would it not?""#, #""Why would it not?""#),
        ] as [(String, String)])
    func continues(text: String, quotation: String) throws {
        #expect(try Self.continued(in: text) == [quotation])
    }

    @Test(
        "A quotation another speaker may hold is not continued",
        arguments: [
            // A question followed by the writer's words: they tell who asked it.
            lead + #" "Who checked it?" A murmur went round the hall."#,
            // Its own cue further on.
            lead + #" "We checked it. It is safe," the engineer Tomas Lind added."#,
            // Another speaker's cue after the full stop, on its line.
            lead + "\n\n" + #""That dam will not hold a week." Engineer Tomas Lind said the spillway had cracked."#,
            // Another speaker spoke between the mayor's cue and the quotation.
            #""The dam will hold," Mayor Ilse Varga said, hours after engineer Tomas Lind warned that the spillway "#
                + "had cracked.\n\n" + #""I have seen the cracks with my own eyes.""#,
            // A lone cry on a line or in a paragraph of its own is as often the crowd's.
            lead + "\n\n" + #""Nonsense!""# + "\n\nThe crowd booed.",
            lead + "\n" + #""Nonsense!""#,
            // The line after a question is an answer.
            #""Will the dam hold through the spring floods?" Mayor Ilse Varga asked the engineers."#
                + "\n\n" + #""It will. We checked every gate on it twice.""#,
            // The writer's sentence in between breaks the run.
            lead + "\n\nThe council met on Monday.\n\n" + quote,
        ])
    func notContinued(text: String) throws {
        #expect(try Self.continued(in: text).isEmpty)
    }

    @Test(
        "A continuing paragraph makes claims of the speaker sentence by sentence; one in the quote's paragraph is read with it"
    )
    func claims() throws {
        let text =
            Self.lead + #" "The spillway has been open since Friday.""# + "\n\n"
            + #""We checked every gate on it twice. Not one failed. The inspectors agree with us.""#
        let article = Corroborator().analyze(try Fixture.document(text))
        let attribution = try #require(article.attributions.first)
        #expect(attribution.continuation.count == 2)
        #expect(attribution.content.spans.count == 3)
        #expect(article.claims.map(\.source.name) == ["Ilse Varga", "Ilse Varga", "Ilse Varga"])
        #expect(article.claims.map(\.attribution) == [0, 0, 0])
        #expect(article.claims.map(\.sentence) == [0, 2, 4])
        // The short sentence is read with the quote it continues, so no word is left out of every claim.
        #expect(article.claims[0].text.hasSuffix("Not one failed."))
        #expect(article.claims[1].text.contains("We checked every gate on it twice."))
        #expect(article.claims[2].text.contains("The inspectors agree with us."))
    }
}
