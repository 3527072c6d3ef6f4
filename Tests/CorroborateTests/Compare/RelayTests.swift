import Testing

@testable import Corroborate

/// A claim that only passes on another speaker's statement is that speaker's, so a flag credits the speaker, not
/// the outlet or person that relays them (`Relays`, `Comparer.creditRelayedSpeakers`).
@Suite("Relayed statements")
struct RelayTests {
    @Test(
        "An attribution whose content holds another speaker's whole attribution relays it; one holding its own speaker's or none does not",
        arguments: [
            ("The Kesso army says it has reached a ceasefire with the rebels, the Harbour Post reports.", true),
            ("Ivo Marek said the Kesso police had told him that the road to Tarsk was closed.", true),
            ("Ivo Marek said the road to Tarsk was closed on Sunday after the flood.", false),
            // A noun read as a cue (`blast`) relays nothing; the outer statement says more in its own words.
            ("The Karvik blast killed 12 people on Tuesday, the fire service said.", false),
            (
                "Residents reported hearing a loud bang, and the crater measured 40 feet wide, the Harbour Post said.",
                false
            ),
            ("Ivo Marek said that he had told the Kesso police the road to Tarsk was closed.", false),
            // A factive verb relays too; the outer speaker named in the inner content says something of its own.
            ("The Kesso police confirmed the bridge had collapsed, the Harbour Post reported.", true),
            (
                "The army says it has reached a truce with the rebels but the Harbour Post found them still fighting, the Harbour Post reports.",
                false
            ),
        ])
    func relaying(text: String, relays: Bool) throws {
        let article = Corroborator().analyze(try Fixture.document(text))
        let outer = try #require(article.claims.first)
        try #require(outer.attribution != nil)
        let relayed = Relays(cues: Knowledge.builtIn.cues).relayed(article.claims, documents: [article.document])
        #expect((relayed[0] != nil) == relays, "\(article.claims.map { ($0.source.name, $0.text) })")
    }

    @Test("A contradiction with a relayed statement credits its speaker, not the outlet that relays it")
    func creditsTheSpeaker() throws {
        let analysis = try ArticleSet(
            a: "The Kesso army says it has reached a ceasefire with the Tarsk rebels, the Harbour Post reports.",
            b: "The Tarsk rebels denied reaching any ceasefire with the Kesso army, their leader Ivo Marek said."
        ).analysis()
        let contradictions = analysis.relations.filter { $0.type.isContradiction }
        try #require(!contradictions.isEmpty)
        let sides = Set(contradictions.flatMap(\.evidence).map(\.source))
        #expect(sides == ["Kesso army", "Tarsk rebels"], "\(sides)")
    }
}
