import Foundation
import Testing

@testable import Corroborate

/// A word is read as moved only where the other quotation leaves it free (`QuoteWording.differs`, `movableA`): a word
/// the other side also has, lined up word for word in its own place earlier on, is not where the changed word went.
/// Cases written for these tests.
@Suite("Quote variants: a changed word the other quotation has elsewhere, lined up there")
struct QuoteVariantsDifferenceTests {
    @Test(
        "A word replaced by another is a variant though the other quotation uses the first word elsewhere, lined up in its own place",
        arguments: [
            // `against` for `amongst`, with `against` lined up earlier in both.
            (
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit against our own coaches who cannot find the nerve to say no to the sponsors,\" said Lena Kovac.",
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit amongst our own coaches who cannot find the nerve to say no to the sponsors,\" said Lena Kovac."
            ),
            // `June` for `July`, with `June` lined up earlier in both.
            (
                "\"The council will shut the north road in June for the work on the pipes, and the old bridge will open again in June once the repairs are done,\" said Mayor Ivo Marek.",
                "\"The council will shut the north road in June for the work on the pipes, and the old bridge will open again in July once the repairs are done,\" said Mayor Ivo Marek."
            ),
        ])
    func variant(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test(
        "Words that only trade places, one quotation cut shorter, punctuation only, two speakers, or two statements sharing a stock phrase make no variant",
        arguments: [
            // The same words in another order, each free on the other side.
            (
                "\"The miners and the companies will sit down together in Tarsk next week to settle the pay dispute,\" said Lena Kovac.",
                "\"The companies and the miners will sit down together in Tarsk next week to settle the pay dispute,\" said Lena Kovac."
            ),
            // One quotation is a part of the other.
            (
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit against our own coaches,\" said Lena Kovac.",
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit against our own coaches who cannot find the nerve to say no to the sponsors,\" said Lena Kovac."
            ),
            // Punctuation only.
            (
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit against our own coaches,\" said Lena Kovac.",
                "\"We joined the league with the northern towns, against the river clubs, just as the old board did - following a habit against our own coaches,\" said Lena Kovac."
            ),
            // Two named speakers.
            (
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit against our own coaches who cannot find the nerve to say no to the sponsors,\" said Lena Kovac.",
                "\"We joined the league with the northern towns against the river clubs, just as the old board did, following a habit amongst our own coaches who cannot find the nerve to say no to the sponsors,\" said Ivo Marek."
            ),
            // Two statements that share a stock phrase.
            (
                "\"We will keep fighting for the people of Tarsk against the river clubs and against the sponsors who want the old ground sold,\" said Lena Kovac.",
                "\"We will keep fighting for the people of Tarsk against the new tax and amongst ourselves we will find the money for the school,\" said Lena Kovac."
            ),
        ])
    func noVariant(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }
}
