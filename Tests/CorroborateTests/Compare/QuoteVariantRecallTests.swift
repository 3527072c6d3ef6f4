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
                "\"The new ferry timetable starts in May and the first boat leaves the north pier at six,\" said harbour master Pavel Orlov.",
                "\"The new ferry timetable begins in May and the first boat leaves the north pier at six,\" the harbour master said."
            ),
            (
                "\"The old mill needs a new roof before the snow comes or the whole floor will rot,\" said Lena Dahl.",
                "\"The old mill needs a new roof before the frost comes or the whole floor will rot,\" one neighbour said."
            ),
            // The second sentence of a quotation that opened before it.
            (
                "Mayor Ines Varga opened the new library on Monday. “The building took three years. Its reading rooms will stay open every evening until ten for students and night workers.”",
                "\"Its reading rooms will stay open each evening until ten for students and night workers,\" Mayor Ines Varga said."
            ),
            // A quotation over several paragraphs, each opened with a straight mark and only the last closed.
            (
                "Chief engineer Hana Lind told the hearing: \"We checked the pumps twice a day.\n\n\"The pressure in the northern pipe rose slowly for three hours before anyone looked at the gauge.\n\n\"Then we closed the valves.\"",
                "“The pressure in the northern pipe rose slowly for nearly three hours before anybody looked at the gauge,” said Hana Lind."
            ),
            // Single quotation marks.
            (
                "'The last train to the coast left twenty minutes late because of the storm,' Mr Halvorsen said.",
                "“The last train to the coast left about twenty minutes late because of the storm,” Bjorn Halvorsen said."
            ),
            // An abbreviation of the organisation's name.
            (
                "\"The new school buses will carry every child in the district from the first week of term,\" the Regional Transport Authority said.",
                "\"The new school buses will carry each child in the district from the first week of the term,\" an RTA spokeswoman said."
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
                "\"The club hopes to open the new stand for the derby against the harbour side in the autumn,\" said Omar Tazi.",
                "\"The club hopes to open the new stand for a derby against the harbour side in the autumn,\" said Omar Tazi."
            ),
            (
                "\"The flood on the old market street of Lindvik was the worst in forty years. Our crews worked through the night,\" said Mayor Tom Reyes.",
                "\"The town will rebuild the old market street of Lindvik before the summer fair,\" said Mayor Tom Reyes."
            ),
            (
                "\"We are going to build the school,\" said Mayor Tom Reyes.",
                "\"We are going to build the clinic,\" said Mayor Tom Reyes."
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
        let scalars = ScalarText(text)
        let range = try #require(text.range(of: claim))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + claim.unicodeScalars.count
        let found = QuotedStretches.stretches(scalars, around: start..<end)
        #expect(found.contains { $0.contains(start) && $0.upperBound >= end - 1 } == quoted, "\(found)")
    }

    @Test(
        "One surname spelled two ways is one speaker, unless the first names differ",
        arguments: [
            ("Hamid Haddad", "Hamid Hadad", true), ("Haddad", "Hamid Hadad", true), ("Sami Kouri", "Sami Khoury", true),
            ("Nadia Mashour", "Nadia Machour", true), ("Nadim Mashnuk", "Nadim Machnouk", true),
            ("Johnson", "Jackson", true), ("Andrew Johnson", "Michael Jackson", false),
            ("Andrew Johnson", "Michael Johnson", false), ("Pavel Kranic", "Dora Kranec", false),
            ("Lena Moreau", "Hamid Haddad", false), ("Ilse Brandt", "Ilse Bradley", false),
        ])
    func spelledAlike(x: String, y: String, alike: Bool) {
        #expect(QuoteVariants.spelledAlike(x, y) == alike)
        #expect(QuoteVariants.spelledAlike(y, x) == alike)
    }
}
