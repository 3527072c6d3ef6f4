import Foundation
import Testing

@testable import Corroborate

/// Quote variants found where the quotation or its speaker was read short (issue 28, item 5): a speaker known only
/// by a description, a sentence in the middle of a longer quotation, quotations in single marks, an abbreviated
/// organisation. Cases written for these tests.
@Suite("Quote variants read beyond the claim's own marks and names")
struct QuoteVariantRecallTests {
    @Test(
        "One utterance quoted with other words is a variant when one side's speaker is only described, the sentence lies inside a longer quotation, the marks are single, or the organisation is abbreviated",
        arguments: [
            // A description (`the coach`) for the named speaker.
            (
                "\"We needed the strongest swimmer in the club for a race of that length and that's Christina Vale,\" said coach Pavel Orlov.",
                "\"We needed the strongest swimmer in the club for a race of that length and that's Chris Vale,\" the coach said."
            ),
            (
                "\"Arno was deeply hurt by the way the council had treated him and his workers,\" said Lena Dahl.",
                "\"Arno was deeply hurt by the way the council treated him and his men,\" one neighbour said."
            ),
            // The second sentence of a quotation that opened before it.
            (
                "Mayor Ines Varga issued a statement condemning the attack. “This is a cruel act against peaceful people. My thoughts go out to the families of the farmers who have shown great courage and patience throughout this week.”",
                "\"My thoughts go out to their families who have shown great courage and patience,\" Mayor Ines Varga said."
            ),
            // A quotation over several paragraphs, each opened with a straight mark and only the last closed.
            (
                "Hana Lind said in the video: \"My name is Hana Lind. I ask the company to pay what it owes us.\n\n\"The workers of the mill have waited too long for the wages that were promised by our managers.\n\n\"We will not wait any longer for the money.\"",
                "“The workers of the mill have waited far too long for the wages our managers promised,” said Hana Lind."
            ),
            // Single quotation marks.
            (
                "'The water was a bit higher than the top of the old harbour wall,' Mr Halvorsen said.",
                "“The water was higher than the top of the old harbour wall,” Bjorn Halvorsen said."
            ),
            // An abbreviation of the organisation's name.
            (
                "\"The report on the dam is categorically false and not backed by any credible study of the river,\" the Department of Water Safety said.",
                "\"The report on the dam is categorically false, and not backed by any credible study or the facts on the river,\" a DWS spokesman said."
            ),
        ])
    func variant(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test(
        "Apostrophes are no quotation marks; the same words quoted shorter in single marks, one article for another, or a short phrase (a speaker's stock phrase included) make no variant",
        arguments: [
            (
                "The farmers' union said the council's plan won't help the valley's dairy farms this winter, not at all.",
                "\"The plan will not help the valley's small dairy farms this winter, not at all,\" said Lena Dahl."
            ),
            (
                "'The bridge will stay closed until the engineers have checked it,' Mr Halvorsen said.",
                "\"The bridge will stay closed until the engineers have checked it, and that may take weeks,\" Bjorn Halvorsen said."
            ),
            (
                "\"The militia is plotting to use the boats in raids on the northern port before the festival,\" said Omar Tazi.",
                "\"The militia is plotting to use the boats in raids on a northern port before the festival,\" said Omar Tazi."
            ),
            (
                "\"The attack on the harbour of Lindvik is an act of pure cowardice. Our thoughts are with the crews and their families tonight,\" said Mayor Tom Reyes.",
                "\"The city strongly condemns the brutal attack on the old harbour of Lindvik by the gang,\" said Mayor Tom Reyes."
            ),
            (
                "\"We are going to win the state,\" said Mayor Tom Reyes.",
                "\"We are going to win the county,\" said Mayor Tom Reyes."
            ),
            (
                "One resident said it was \"what is happening in the whole valley\".",
                "\"We all see what is happening in the valley,\" said Lena Dahl."
            ),
        ])
    func noVariant(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test(
        "The quoted stretches around a claim: a quotation open before it, single marks closed after it, apostrophes none",
        arguments: [
            ("He said: “We left at dawn. The road was empty.” Then he left.", "The road was empty.", true),
            ("“We left at dawn.\n“The road was empty, and nobody came.", "The road was empty", true),
            ("'We left at dawn,' he said. 'The road was empty.'", "The road was empty.", true),
            ("'We left at dawn,' he said. The road was empty.", "The road was empty.", false),
            ("The farmers' road wasn't empty, the drivers' union said.", "wasn't empty", false),
            ("“We left at dawn,” he said. The road was empty.", "The road was empty.", false),
            ("\"We left at dawn.\n\n\"The road was empty.\n\n\"Nobody came.\"", "The road was empty.", true),
        ])
    func stretches(text: String, claim: String, quoted: Bool) throws {
        let scalars = Array(text.unicodeScalars)
        let range = try #require(text.range(of: claim))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + claim.unicodeScalars.count
        let found = QuotedStretches.stretches(scalars, around: start..<end)
        #expect(found.contains { $0.contains(start) && $0.upperBound >= end - 1 } == quoted, "\(found)")
    }
}
