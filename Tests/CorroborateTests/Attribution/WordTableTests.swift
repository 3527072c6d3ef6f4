import Testing

@testable import Corroborate

/// The cue flags of the word table: the rules look for a cue only at a flagged word, so every word that starts a
/// cue of the lexicon must be flagged, and common words should not be.
@Suite("Cue flags of the word table")
struct WordTableTests {
    private let lexicon = Knowledge.builtIn.cues
    private var index: CueIndex { CueIndex(lexicon) }

    @Test("Every word that starts a lexicon cue is flagged as starting one")
    func verbCues() {
        let index = index
        let firstWords = lexicon.verbs.flatMap(\.forms).compactMap { $0.folded.split(separator: " ").first }
        #expect(!firstWords.isEmpty)
        let missed = firstWords.filter { !index.facts(of: String($0)).startsCue }
        #expect(missed.isEmpty)
    }

    @Test("The first words of prepositional cues and the nested-quote words are flagged as starting a rule cue")
    func ruleCues() {
        let index = index
        let words =
            lexicon.prepositional.compactMap { $0.folded.split(separator: " ").first.map(String.init) }
            + lexicon.nested.quote.map(\.folded)
        #expect(!words.isEmpty)
        let missed = words.filter { !index.facts(of: $0).startsRuleCue }
        #expect(missed.isEmpty)
    }

    @Test(
        "Words that start no cue carry neither flag",
        arguments: ["turbine", "harbour", "the", "velmora", ",", "factory"])
    func plainWords(word: String) {
        let facts = index.facts(of: word)
        #expect(!facts.startsCue)
        #expect(!facts.startsRuleCue)
    }

    @Test("A sentence still finds its prepositional and nested-quote cues at the flagged words")
    func findsCues() throws {
        var context = try SentenceFixture.context(
            "According to the ministry of ports, a notice quoting the harbour mayor as saying the crane fell was posted."
        )
        let kinds = context.findCues().map(\.kind)
        #expect(kinds.contains(.accordingTo))
        #expect(kinds.contains(.nestedQuote))
    }
}
