import Foundation
import Testing

@testable import Corroborate

/// Whether an article names a speaker near a quotation is searched byte by byte in ASCII text: the search must
/// find the name only as a whole word, and give the answer Foundation's search gives on the same text. Names
/// and text invented for these tests.
@Suite("A name near a quotation")
struct NamedNearbyTests {
    @Test(
        "A surname is found only as a whole word, searching on after each occurrence",
        arguments: [
            ("Varga", "the pier, Varga said.", true),
            ("Varga", "Varga", true),
            ("Varga", "Vargas said the pier was shut.", false),
            ("Varga", "said Ledvarga and Vargason", false),
            ("Varga", "Varga2 and Ledvarga", true),
            ("Varga", "VargaVarga, then (Varga)", true),
            ("Varga", "Varg", false),
            ("Varga", "Ines Varga's ferry", true),
        ])
    func wholeWord(name: String, text: String, found: Bool) {
        #expect(QuoteVariants.asciiWordOccurs(Array(name.utf8), in: Array(text.utf8)) == found)
    }

    @Test(
        "An ASCII article and the same article with curly quotation marks give one answer",
        arguments: [("Ines Varga", true), ("Tomas Vargas", false), ("Ines Ledvar", false)])
    func bothSearches(source: String, named: Bool) throws {
        for (open, close) in [("\"", "\""), ("\u{201C}", "\u{201D}")] {
            let text = "Ines Varga and Tomas Vargass met at the pier. \(open)The ferry will run,\(close) she said."
            let document = try Fixture.document(text)
            let start = text.unicodeScalars.count - " she said.".unicodeScalars.count - 20
            let claim = SpeakerNamesTests.claim("Ines Varga", kind: .official, id: "a", document: 0)
            var near = claim
            near.spans = [TextSpan(start, start + 18)]
            #expect(QuoteVariants.names(Source(name: source, kind: .official), near: near, in: document) == named)
        }
    }

    @Test(
        "One quotation credited to two people is no misattribution when an article names the other anywhere",
        arguments: [
            (
                "Hamid Haddad, the port director, spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Haddad said. Later that day, Moreau wrote to the council about the quay.",
                false
            ),
            // Control: each article names only its own speaker.
            (
                "Hamid Haddad, the port director, spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Haddad said.",
                true
            ),
        ])
    func otherSpeakerNamed(a: String, conflict: Bool) throws {
        let b =
            "The harbour pilot spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Lena Moreau said."
        let found = try ArticleSet([a, b]).relations().filter { $0.rule == "same quotation, different speakers" }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
