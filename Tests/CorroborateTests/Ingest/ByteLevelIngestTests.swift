import Testing

@testable import Corroborate

/// Ingest's shortcuts on UTF-8 bytes give what the definitions on characters and scalars give.
@Suite("Byte-level ingest")
struct ByteLevelIngestTests {
    static let texts = [
        "", "one line", "a\nb", "a\n\nb\n", "\n", "\n\n", "crlf\r\nkept\nsplit", "é\nß\n🇹🇷 flag\n", "trailing\n",
        "\r\n\r\n", "lone\rcr\n",
    ]

    @Test("Lines split on bytes are the lines split on characters", arguments: texts)
    func lines(text: String) {
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(PlainTextIngest.lines(of: text) == expected)
    }

    @Test("A document's scalars, counted on bytes, are its text's scalars", arguments: texts + ["Manbij – Menbij"])
    func scalars(text: String) {
        #expect(Array(Document.scalars(of: text)) == Array(text.unicodeScalars))
    }

    @Test("Scalars counted on bytes are the scalars of the text", arguments: texts + ["Manbij – Menbij", "e\u{301}"])
    func scalarCount(text: String) {
        #expect(text.scalarCount == text.unicodeScalars.count)
    }

    @Test(
        "The byte search finds a word exactly where the string search does",
        arguments: [
            ("Reporting by Jane Doe", ["by "], true), ("Standby", ["by "], false), ("", ["by "], false),
            ("Additional reporting contributed", ["by ", "contributed"], true), ("é by ", ["by "], true),
            ("by", ["by "], false), ("anything", [""], false),
        ])
    func containsAny(line: String, needles: [String], expected: Bool) {
        #expect(CompiledTextRules.containsAny(line, needles) == expected)
    }

    @Test("Control characters are counted per scalar over the first 64 K scalars")
    func binary() {
        #expect(TextDecoder.looksBinary(String(repeating: "\u{1}x", count: 10)))
        #expect(!TextDecoder.looksBinary("tabs\tand\nlines\u{0C}only"))
        // 65,536 multi-byte scalars, then controls: past the window, so not counted.
        let wide = String(repeating: "é", count: 65536) + String(repeating: "\u{2}", count: 60000)
        #expect(!TextDecoder.looksBinary(wide))
        let early = String(repeating: "\u{2}", count: 7000) + String(repeating: "é", count: 60000)
        #expect(TextDecoder.looksBinary(early))
        #expect(!TextDecoder.looksBinary(""))
    }

    @Test("An agency naming its own staff is found past multi-byte text, 40 characters back at most")
    func staff() throws {
        let near = try Fixture.document("Ça va: the city fell, an AFP correspondent in Aleppo said on Monday.")
        #expect(near.metadata.outlet == "AFP")
        let far = try Fixture.document(
            "AFP's team was there. Then, forty or more characters later, the correspondent wrote again.")
        #expect(far.metadata.outlet == nil)
    }
}
