import Corroborate
import Testing

@Suite("Claim comparison on the seeds")
struct SeedRelationsTests {
    private func result(_ id: String) -> SeedGold.RelationResult? {
        Fixture.gold.relationResults(Fixture.seedAnalysis).first { $0.id == id }
    }

    @Test(
        "Relations S1 to S8 are found with the right type", arguments: ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"])
    func found(id: String) throws {
        let r = try #require(result(id))
        #expect(r.passed, "\(id) expected \(r.expected)")
    }

    @Test("S9's two claims (Jarabulus in August, Dabiq in October) are not put into one event")
    func separateEvents() throws {
        let r = try #require(result("S9"))
        #expect(r.passed, "shared event \(r.relation ?? "-")")
    }

    @Test("The pairs N1 and N2 are related by nothing", arguments: ["N1", "N2"])
    func unrelated(id: String) throws {
        let r = try #require(result(id))
        #expect(r.passed, "related by \(r.relation ?? "-")")
    }

    @Test("The Dabiq conflict (S1) is listed first, with both sources' exact words")
    func s1First() throws {
        let first = try #require(Fixture.seedAnalysis.contradictions.first)
        #expect(first.type == .conflict)
        #expect(first.evidence.map(\.source) == ["Syrian Observatory for Human Rights", "Fastaqim Union"])
        #expect(first.evidence.map(\.words) == ["withdrew", "fierce clashes"])
        #expect(first.rule == "manner: unopposed vs contested")
    }

    @Test("Agreement between Syrian state TV and the Observatory is marked as across opposing sides")
    func crossSide() {
        let relation = Fixture.seedAnalysis.relations.first { relation in
            relation.type == .agreement
                && Set(relation.evidence.map(\.source)).isSuperset(of: [
                    "Syrian state TV", "Syrian Observatory for Human Rights",
                ])
        }
        #expect(relation?.rule == "same happening, opposing sides")
    }
}
