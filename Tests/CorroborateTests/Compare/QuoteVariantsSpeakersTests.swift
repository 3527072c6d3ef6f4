import Foundation
import Testing

@testable import Corroborate

/// An unnamed source whose description holds capitalised words (`a Velmora Port Authority official`) may be the named
/// person another article quotes (`QuoteVariants.unnamedMayBeNamed`): their quotations are matched as those of an
/// unresolved speaker. An organisation's name shaped like a person's is not a person. Cases written for these tests.
@Suite("Quote variants: an unnamed source and a named person")
struct QuoteVariantsSpeakersTests {
    @Test(
        "One utterance credited to a named person in one article and to an unnamed official in the other, with a word changed or a phrase put in, is a variant",
        arguments: [
            (
                "\"The ferry to Velmora will not run again until the harbour wall is repaired next spring, and the fares will stay as they are,\" said Ivo Marek, the port director.",
                "\"The ferry to Velmora will not run again until the harbour wall is rebuilt next spring, and the fares will stay as they are,\" a Velmora Port Authority official said."
            ),
            (
                "\"No official word has reached us from the regional government that the fever in Tarsk is the new strain,\" Lena Kovac said.",
                "A Tarsk Health Agency official, who asked not to be named, said: \"No official word has reached us that the fever in Tarsk is the new strain.\""
            ),
        ])
    func variant(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test(
        "A named person and an unnamed official make no variant with punctuation only, one quotation cut shorter, two statements sharing a stock phrase, or an organisation for the person",
        arguments: [
            (
                "\"The ferry to Velmora will not run again until the harbour wall is repaired next spring, and the fares will stay as they are,\" said Ivo Marek, the port director.",
                "\"The ferry to Velmora will not run again until the harbour wall is repaired next spring - and the fares will stay as they are,\" a Velmora Port Authority official said."
            ),
            (
                "\"The ferry to Velmora will not run again until the harbour wall is repaired next spring, and the fares will stay as they are,\" said Ivo Marek, the port director.",
                "\"The ferry to Velmora will not run again until the harbour wall is repaired next spring,\" a Velmora Port Authority official said."
            ),
            (
                "\"We are doing everything we can to help the families of Tarsk through this winter,\" said Ivo Marek, the port director.",
                "\"We are doing everything we can to keep the ferry to Velmora running through the storms,\" a Velmora Port Authority official said."
            ),
            // An organisation named in capitalised words (`Velmora Port Authority`) and another body's unnamed official.
            (
                "\"The ferry to Velmora will not run again until the harbour wall is repaired next spring, and the fares will stay as they are,\" the Velmora Port Authority said.",
                "\"The ferry to Velmora will not run again until the harbour wall is rebuilt next spring, and the fares will stay as they are,\" a Tarsk council official said."
            ),
        ])
    func noVariant(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }
}
