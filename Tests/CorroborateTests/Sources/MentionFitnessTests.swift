import Corroborate
import Testing

@Suite("Mentions fit to be sources")
struct MentionFitnessTests {
    /// The canonical source of the attribution whose cue is `cue` in a one-document article, and whether the
    /// extraction found that attribution at all.
    private func canonical(_ text: String, cue: String) throws -> (found: Bool, source: Source?) {
        let document = try Fixture.document(text)
        let attribution = Corroborator().analyze(document).attributions.first { $0.cue?.text == cue }
        return (attribution != nil, attribution?.canonical)
    }

    @Test(
        "A headline's word run, a fragment or a name cut short credits no one",
        arguments: [
            // A cue written with a capital inside its line: a headline.
            (
                "Villagers Fear Flood After Dam Cracks\n\nThe dam on the Orla river cracked on Monday, the regional "
                    + "water board said.", "Fear"
            ),
            (
                "Harbour Workers Believe Ferry Was Overloaded\n\nThe ferry sank on Monday near Tarsk, the "
                    + "coastguard said.", "Believe"
            ),
            ("Velmora Ferries Says Sorry\nThe company said the delay was regrettable.", "Says"),
            // A modifier whose noun the mention lost.
            ("Masked divers claiming to be from the coastguard said the wreck was empty.", "said"),
            // A clause, not a subject: a verb between two names.
            ("Lena Vale confronts Dorn in a video that shows the pier was unsafe.", "shows"),
        ])
    func unfit(text: String, cue: String) throws {
        let result = try canonical(text, cue: cue)
        #expect(result.found)
        #expect(result.source == nil)
    }

    @Test(
        "A report noun before a verb of saying is no cue: the verb's attribution credits whom the noun's modifier names",
        arguments: [
            // A nation's adjective the registry knows, opening the sentence: the noun heads the subject of the
            // verb, and reports no one is named as issuing are the outlet's.
            ("Russian reports said the kiln at Orvik cracked.", [String]()),
            // A sentence's capital on a word the article never writes as a name, an aside after the noun.
            ("Initial reports, including figures from the council, said the kiln at Orvik cracked.", []),
            // A plural quantifier before the noun: `Several` is no source.
            ("Several reports in local media claim the Tarsk ferry captain was arrested.", []),
            ("Many reports in local media claim the Tarsk ferry captain was arrested.", []),
            // The modifier may be a source: a registry entry, a body word in any case, two capitalised words, or a
            // name the article writes inside a sentence too.
            ("AP reports said the Tarsk ferry sank near the quay.", ["Associated Press"]),
            ("Police reports say the Tarsk ferry sank near the quay.", ["Police"]),
            ("Tarsk Radio reports have said the ferry sank.", ["Tarsk Radio"]),
            (
                "Brellworks reports say the kiln cracked. A week ago the council fined Brellworks for the fumes.",
                ["Brellworks"]
            ),
            ("On Monday, Commission reports said the kiln at Orvik cracked.", ["Commission"]),
            ("The Orla Federation met in May. Federation reports said the kiln cracked.", ["Federation"]),
            (
                "The council fined Brellbach in May. By noon, Brellbach reports said the kiln cracked.",
                ["Brellbach"]
            ),
            // The quotation first: a body's word is a source, a nation's adjective is not.
            ("\"The kiln cracked at dawn,\" Union reports said.", ["Union"]),
            ("\"The kiln cracked at dawn,\" Russian reports said.", []),
        ])
    func reportNoun(text: String, names: [String]) throws {
        let attributions = Corroborator().analyze(try Fixture.document(text)).attributions
        #expect(attributions.compactMap { $0.canonical?.name } == names)
        #expect(!attributions.contains { $0.cue?.text == "reports" })
    }

    @Test(
        "An adverb opening the sentence is not part of its subject",
        arguments: [
            ("Actually many anglers point out that the river is low this spring.", "point out", "anglers"),
            ("Now harbour watchers believe the ferry company is close to collapse.", "believe", "harbour watchers"),
            // A capitalised `-ly` word before another capital opens a name.
            ("Molly Tarrant said the ferry company is close to collapse.", "said", "Molly Tarrant"),
            ("Beverly Hills police said two men were detained near the quay.", "said", "Beverly Hills police"),
        ])
    func adverb(text: String, cue: String, name: String) throws {
        let result = try canonical(text, cue: cue)
        #expect(result.source?.name == name)
    }

    @Test("A closing bracket without its opening one ends no source's name")
    func bracket() throws {
        let text = "The harbour board (Tarsk) said the pier was unsafe. Harbour Radar) said the wreck was empty."
        let attributions = Corroborator().analyze(try Fixture.document(text)).attributions
        #expect(attributions.count == 2)
        #expect(attributions.first?.canonical?.name == "harbour board")
        #expect(attributions.last?.source != nil)
        #expect(attributions.last?.canonical == nil)
    }

    @Test(
        "The speaker is the person or body the mention names, not a registry entry in its description",
        arguments: [
            ("Ivo Kovac, a former envoy of the United Nations to Velmora, said the talks had failed.", "Ivo Kovac"),
            ("The Velmoran embassy in Washington said the talks had failed.", "Velmoran embassy"),
        ])
    func speakerBeforeDescription(text: String, name: String) throws {
        let result = try canonical(text, cue: "said")
        #expect(result.source?.name == name)
    }

    @Test(
        "A report or a study gives way to whoever the mention names as its author",
        arguments: [
            ("A Harbourline report said the pier was unsafe.", "said", "Harbourline"),
            (
                "A 2019 study by the Velmora Institute for Coastal Research found that the pier was unsafe.", "found",
                "Velmora Institute for Coastal Research"
            ),
        ])
    func documentIssuer(text: String, cue: String, name: String) throws {
        let result = try canonical(text, cue: cue)
        #expect(result.source?.name == name)
    }

    @Test(
        "A nationality or a day before a report is not its author",
        arguments: [
            ("A French report said the pier was unsafe.", "said", "French"),
            ("A Greek study found that the pier was unsafe.", "found", "Greek"),
            ("A Monday statement said the pier would close.", "said", "Monday"),
        ])
    func notAnIssuer(text: String, cue: String, wrong: String) throws {
        let result = try canonical(text, cue: cue)
        #expect(result.source?.name != wrong)
    }
}
