import Testing

@testable import Corroborate

/// An article's memo of mention readings (`AliasMemo`) answers as the resolver does, the first time and every
/// time after, and keeps apart mentions whose bytes differ even where `String` calls them equal.
@Suite("Alias memo")
struct AliasMemoTests {
    @Test("The memo's words and registry alias are the resolver's, asked first or again")
    func sameAnswers() {
        let resolver = SourceResolver()
        let memo = AliasMemo(
            resolver, attributions: 2,
            document: Document(path: "memo.txt", format: .text, metadata: DocumentMetadata(), text: ""))
        let mentions = [
            "Kerry", "Secretary of State John Kerry", "he", "the ministry", "Russian President Vladimir Putin",
            "Ivo Kovac", "Kerry", "he", "Secretary of State John Kerry",
        ]
        for mention in mentions + mentions.reversed() {
            let reading = memo.reading(of: mention)
            let words = SourceResolver.words(mention)
            #expect(reading.words == words)
            #expect(reading.folded == words.map(\.folded))
            #expect(reading.alias?.entry.name == resolver.lookupAlias(mention)?.entry.name)
            #expect(memo.alias(of: mention)?.entry.name == resolver.lookupAlias(mention)?.entry.name)
        }
        #expect(memo.alias(of: "Kerry")?.entry.name == "John Kerry")
        #expect(memo.alias(of: "Ivo Kovac") == nil)
    }

    @Test("Two spellings of one accented name, equal as strings, are read each from its own bytes")
    func bytesApart() {
        let memo = AliasMemo(
            SourceResolver(), attributions: 1,
            document: Document(path: "memo.txt", format: .text, metadata: DocumentMetadata(), text: ""))
        let composed = "Jos\u{00E9} Marti"
        let decomposed = "Jose\u{0301} Marti"
        #expect(composed == decomposed)
        for mention in [composed, decomposed, composed] {
            #expect(
                memo.reading(of: mention).words.map { Array($0.utf8) }
                    == SourceResolver.words(mention).map { Array($0.utf8) })
        }
    }
}
