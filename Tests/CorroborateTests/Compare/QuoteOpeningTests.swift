import Corroborate
import Foundation
import Testing

/// A quotation whose first words were changed is quoted with other words (issue 28: one speaker quoted with
/// different words), as one whose last words were: before, the aligned stretch began after the first word that
/// differs, which was read as where an excerpt starts. Cases written for these tests (invented people and places).
@Suite("A changed opening of a quotation is a variant")
struct QuoteOpeningTests {
    private static let lead = "The harbour board of Port Avel met on Tuesday.\n\n"

    @Test(
        "Other first words (a figure, a noun, a verb) are a variant; an opening set off by a comma, a connective, or a word of grammar are not",
        arguments: [
            // A figure, and a subject, changed at the opening.
            (
                "\"Twelve cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                "\"Twenty cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                true
            ),
            (
                "\"Cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                "\"Ferries will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                true
            ),
            // A verb changed after the same first word.
            (
                "\"We expect cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                "\"We fear cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                true
            ),
            // A quantifier for another.
            (
                "\"Most fishermen support the new quotas for the northern grounds of the bay,\" said Harbour Master Tove Lindqvist.",
                "\"Few fishermen support the new quotas for the northern grounds of the bay,\" said Harbour Master Tove Lindqvist.",
                true
            ),
            // An opening that says nothing of its own, without a comma.
            (
                "\"Of course the north quay will reopen to cargo ships before the summer festival,\" said Harbour Master Tove Lindqvist.",
                "\"Naturally the north quay will reopen to cargo ships before the summer festival,\" said Harbour Master Tove Lindqvist.",
                false
            ),
            // An aside set off by a comma; a connective for another; two openings that say nothing of their own.
            (
                "\"Frankly, cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                "\"Well, cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                false
            ),
            (
                "\"Though cargo ships will be barred from the north quay until the dredging is finished, the ferries will run,\" said Harbour Master Tove Lindqvist.",
                "\"Although cargo ships will be barred from the north quay until the dredging is finished, the ferries will run,\" said Harbour Master Tove Lindqvist.",
                false
            ),
            (
                "\"Then cargo ships were barred from the north quay until the dredging was finished,\" said Harbour Master Tove Lindqvist.",
                "\"Now cargo ships were barred from the north quay until the dredging was finished,\" said Harbour Master Tove Lindqvist.",
                false
            ),
            // A word that says nothing against a negation is a variant.
            (
                "\"Now cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                "\"No cargo ships will be barred from the north quay until the dredging is finished,\" said Harbour Master Tove Lindqvist.",
                true
            ),
        ])
    func opening(a: String, b: String, variant: Bool) throws {
        let found = try ArticleSet(a: QuoteOpeningTests.lead + a, b: QuoteOpeningTests.lead + b).relations()
        #expect(found.contains { $0.type == .quoteVariant } == variant, "\(found.map(\.explanation))")
    }
}
