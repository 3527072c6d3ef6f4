import Corroborate
import Testing

/// Extraction measured against the hand-made gold of the seeds (`Fixtures/seeds.json`).
@Suite("Attribution extraction on the seeds' gold")
struct SeedGoldTests {
    @Test(
        "At least 95% of the gold attributions are found, 90% of extractions are in the gold, 95% of canonical sources are right"
    )
    func thresholds() {
        let score = Fixture.gold.scoreExtraction(Fixture.seedAnalysis.articles)
        #expect(score.gold == 62)
        #expect(score.recall >= 0.95, "\(score)")
        #expect(score.precision >= 0.90, "\(score)")
        #expect(score.canonicalAccuracy >= 0.95, "\(score)")
    }

    private func attribution(_ seed: String, content: String) -> Attribution? {
        Fixture.seed(seed).attributions.first { $0.content.text.contains(content) }
    }

    @Test(
        "Pronoun and shorthand sources resolve to the entity they stand for",
        arguments: [
            ("000", "nine rebels were killed and 28 wounded", "It", "Anadolu Agency"),
            ("000", "These things will eventually come to bite", "he", "Boris Johnson"),
            ("000", "it was his and Johnson's duty", "He", "John Kerry"),
            ("000", "I don't see the parliaments", "he", "John Kerry"),
            ("000", "These hit-and-run battles", "the group", "Islamic State"),
            ("000", "he would seek backing from Washington", "the report", "The Sunday Times"),
            ("002", "the last two border villages", "It", "Syrian Observatory for Human Rights"),
            ("002", "all roads linking rebel-held eastern Aleppo", "It", "Syrian state TV"),
            ("002", "the mortar rounds appeared to be errant fire", "The army", "Israel Defense Forces"),
        ])
    func pronouns(seed: String, content: String, mention: String, canonical: String) throws {
        let a = try #require(attribution(seed, content: content))
        // The gold credits `insisted` to the sentence's `He`; the clause's own `he` names the same man.
        #expect(a.source?.text.lowercased() == mention.lowercased())
        #expect(a.canonical?.name == canonical)
    }

    @Test("Nested attribution records the outer and the inner source")
    func nested() throws {
        let stateTV = try #require(
            attribution("002", content: "troops are now in full control of the military academies"))
        #expect(stateTV.source?.text == "State TV")
        #expect(stateTV.canonical?.name == "Syrian state TV")
        #expect(stateTV.via?.text == "an unnamed military official")
        #expect(stateTV.viaCanonical?.kind == .anonymous)
        let report = try #require(attribution("000", content: "he would seek backing from Washington"))
        #expect(report.via?.text == "a source close to Johnson")
        #expect(report.viaCanonical?.kind == .anonymous)
    }

    @Test("Several sources for one statement are kept together, each with its canonical name")
    func multipleSources() throws {
        let a = try #require(attribution("000", content: "opposition fighters backed by Turkish warplanes"))
        #expect(a.source?.text == "The Syrian Observatory for Human Rights, Turkish state media and a rebel faction")
        #expect(a.canonical?.kind == .multiple)
        #expect(
            a.canonical?.members?.map(\.name) == [
                "Syrian Observatory for Human Rights", "Turkish state media", "rebel faction",
            ])
    }

    @Test("The sentence after `area”.The` is credited to Fastaqim, not to the Observatory")
    func noSpaceBoundary() throws {
        let observatory = try #require(attribution("000", content: "captured Dabiq after IS members withdrew"))
        #expect(observatory.canonical?.name == "Syrian Observatory for Human Rights")
        #expect(!observatory.content.text.contains("Fastaqim"))
        let fastaqim = try #require(attribution("000", content: "Dabiq had fallen"))
        #expect(fastaqim.canonical?.name == "Fastaqim Union")
    }

    @Test("`according to state news agency SANA` is found, with the clause before it as content")
    func accordingTo() throws {
        let a = try #require(attribution("000", content: "Rebel fire on government-controlled districts"))
        #expect(a.cue?.text == "according to")
        #expect(a.canonical?.name == "SANA")
        #expect(a.canonical?.kind == .stateMedia)
    }

    @Test("A quotation and the quotation sentence right after it are one attribution in two pieces")
    func continuedQuote() throws {
        let a = try #require(attribution("002", content: "We're not there yet"))
        #expect(a.content.spans.count == 2)
        #expect(a.content.text.contains("It's premature for us to say"))
        #expect(a.isDirectQuote)
    }

    @Test("Hedges in the content are recorded")
    func hedges() throws {
        let a = try #require(attribution("001", content: "almost no resistance"))
        #expect(a.hedges.contains("appeared to"))
    }
}
