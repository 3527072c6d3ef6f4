import Corroborate
import Testing

/// Small pairs of articles in `Fixtures/pairs/NAME/{a,b}.txt`, each a case a fact-checker meets.
@Suite("Claim comparison across articles")
struct CrossArticleTests {
    private func analysis(_ name: String) -> Analysis {
        Corroborator().run(paths: [Fixture.path("pairs/\(name)")])
    }

    /// Relations linking a claim of `a.txt` with a claim of `b.txt`.
    private func relations(_ analysis: Analysis, _ type: Relation.Kind? = nil) -> [Relation] {
        analysis.relations.filter { relation in
            let files = Set(
                relation.claims.compactMap { analysis.claim($0) }.map { analysis.articles[$0.document].document.name })
            return files == ["a.txt", "b.txt"] && (type == nil || relation.type == type)
        }
    }

    @Test(
        "Relations expected between the two articles of a pair",
        arguments: [
            ("numeric-conflict", Relation.Kind.numericConflict, "numeric: wounded"),
            ("manner-conflict", .conflict, "manner: unopposed vs contested"),
            ("state-conflict", .conflict, "state: full-control vs partial-control"),
            ("polarity-conflict", .conflict, "polarity: airstrike"),
            ("quote-variant", .quoteVariant, "same speaker, aligned quotation"),
            ("update-not-conflict", .update, "numeric update: killed"),
            ("opposing-sides-agree", .agreement, "same happening, opposing sides"),
            ("figures-within-qualifiers", .agreement, "same happening"),
        ])
    func expected(pair: String, type: Relation.Kind, rule: String) {
        let found = relations(analysis(pair), type)
        #expect(found.map(\.rule).contains(rule), "\(pair): \(found.map(\.rule))")
    }

    @Test(
        "An update is not also a contradiction, and figures within their qualifiers do not conflict",
        arguments: [
            "update-not-conflict", "figures-within-qualifiers", "opposing-sides-agree", "wire-copy",
        ])
    func noContradiction(pair: String) {
        #expect(relations(analysis(pair)).filter(\.type.isContradiction).isEmpty)
    }

    @Test(
        "Different measures, and figures for different districts of one city, are related by nothing",
        arguments: [
            "different-measures", "different-places",
        ])
    func unrelated(pair: String) {
        #expect(relations(analysis(pair)).isEmpty)
    }

    @Test("Two events that share a town but not a date are kept apart")
    func sameTownOtherDate() {
        let a = analysis("same-town-other-date")
        #expect(relations(a).isEmpty)
        let events = a.claims.map { Set($0.events) }
        #expect(events.count == 2 && events[0].isDisjoint(with: events[1]))
        #expect(Set(a.events.map(\.date?.description)) == ["2016-03-01", "2016-08-12"])
    }

    @Test("A wire story printed by two outlets is one copy group and counts once")
    func wireCopy() throws {
        let a = analysis("wire-copy")
        #expect(a.claims.count == 4)
        #expect(Set(a.claims.compactMap(\.copyGroup)).count == 2)
        let capture = try #require(a.events.first { $0.label.hasPrefix("territory at Al-Bab") })
        // Both articles' claims are in the event, but the reprint adds no independent source; the outlet's own
        // background sentence mentions the town without asserting the capture.
        #expect(Set(capture.claims.compactMap { a.claim($0)?.document }).count == 2)
        #expect(capture.independentSources == 1)
        #expect(capture.sources == ["Free Syrian Army"])
    }

    @Test("A quote variant shows the words that differ")
    func quoteVariantWords() throws {
        let relation = try #require(relations(analysis("quote-variant"), .quoteVariant).first)
        #expect(relation.explanation.contains("“blatant”"))
        #expect(relation.explanation.contains("“flagrant”"))
        #expect(relation.evidence.map(\.source) == ["Syrian government", "Syrian government"])
    }

    @Test("A numeric conflict keeps both figures with their qualifiers and sources")
    func numericEvidence() throws {
        let relation = try #require(relations(analysis("numeric-conflict"), .numericConflict).first)
        #expect(relation.evidence.map(\.words) == ["At least 28 people were wounded", "24 people were wounded"])
        #expect(relation.evidence.map(\.source) == ["Syrian Observatory for Human Rights", "SANA"])
    }
}
