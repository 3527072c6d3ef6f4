import Corroborate
import Testing

/// A plural report noun heading the subject of a verb of saying (`Online reports in militant forums claim`) is
/// no cue: the verb is, the whole noun phrase is the source, and a place the reports come from is no issuer.
@Suite("Report nouns heading a subject")
struct ReportNounCueTests {
    /// Source, cue, content and canonical name of every attribution of a one-sentence article, in text order.
    private func attributions(_ text: String) throws -> [[String]] {
        let document = try Fixture.document(text)
        return Corroborator().analyze(document).attributions.map { attribution in
            [
                attribution.source?.text ?? "-", attribution.cue?.text ?? "-", attribution.content.text,
                attribution.canonical?.name ?? "-",
            ]
        }
    }

    @Test(
        "The verb after a report noun and its phrase is the cue, the phrase the source",
        arguments: [
            (
                "Online reports in militant forums claim the nurse was captured.",
                [
                    "Online reports in militant forums", "claim", "the nurse was captured",
                    "online reports in militant forums",
                ]
            ),
            (
                "Unconfirmed reports on social media claim that a soldier was hurt.",
                [
                    "Unconfirmed reports on social media", "claim", "a soldier was hurt",
                    "unconfirmed reports on social media",
                ]
            ),
            // The auxiliary before the verb is no part of the subject.
            (
                "Online reports in militant forums have claimed the nurse was captured.",
                [
                    "Online reports in militant forums", "claimed", "the nurse was captured",
                    "online reports in militant forums",
                ]
            ),
            // One attribution, not a second on the noun; a name after `in` with no article may be a place.
            (
                "Media reports in Tarsk say the bridge was closed by the army.",
                ["Media reports in Tarsk", "say", "the bridge was closed by the army", "Media reports in Tarsk"]
            ),
            // A place in lower case is where the reports come from, not who issued them.
            (
                "Initial reports from the town indicate three people died.",
                ["Initial reports from the town", "indicate", "three people died", "initial reports from the town"]
            ),
        ])
    func movedCue(text: String, expected: [String]) throws {
        #expect(try attributions(text) == [expected])
    }

    @Test(
        "A verb of report after a name, a preposition's object or a document with its issuer are read as before",
        arguments: [
            (
                "Harbour Radio reports that the ferry sank.",
                ["Harbour Radio", "reports", "the ferry sank", "Harbour Radio"]
            ),
            (
                "A statement from the ministry said the bridge was closed.",
                ["A statement from the ministry", "said", "the bridge was closed", "ministry"]
            ),
            (
                "An article in the Harbour Gazette said the bridge was closed.",
                ["An article in the Harbour Gazette", "said", "the bridge was closed", "Harbour Gazette"]
            ),
        ])
    func unchanged(text: String, expected: [String]) throws {
        #expect(try attributions(text) == [expected])
    }

    @Test("A verb right after the preposition is its object: `messages by saying` heads no subject")
    func gerundAfterPreposition() throws {
        let found = try attributions("Ida Holm answered one of the messages by saying the ferry sank.")
        #expect(found.contains(["Ida Holm", "saying", "the ferry sank", "Ida Holm"]))
        #expect(!found.contains { $0[0].contains("messages") })
    }
}
