import Testing

@testable import Corroborate

/// A claim's content is shared by every pair it is in: a change made through one copy must not show in another.
@Suite("Claim content")
struct ClaimContentTests {
    static func content() -> ClaimContent {
        ClaimContent(
            words: [], terms: ["ceasefir", nil], weights: ["ceasefir": 1], skeletons: [], quantities: [], numbers: [:],
            negations: [], opposites: [], quoted: [], isQuestion: false, years: [2010])
    }

    @Test("Copies of a claim's content are independent once one of them changes")
    func copiesAreIndependent() {
        let original = ClaimContentTests.content()
        var copy = original
        copy.weights["truce"] = 1.5
        copy.terms[1] = "truce"
        copy.years.insert(2011)
        copy.clauseTerms = [["truce"]]
        copy.negations.append((cue: 0..<1, scope: 1..<2))
        copy.editorial.insert(1)
        #expect(original.weights == ["ceasefir": 1])
        #expect(original.terms == ["ceasefir", nil])
        #expect(original.years == [2010])
        #expect(original.clauseTerms.isEmpty)
        #expect(original.negations.isEmpty)
        #expect(original.editorial.isEmpty)
        #expect(copy.negations.map(\.scope) == [1..<2])
        #expect(copy.editorial == [1])
        #expect(copy.weights == ["ceasefir": 1, "truce": 1.5])
        #expect(copy.terms == ["ceasefir", "truce"])
        #expect(copy.years == [2010, 2011])
    }

    @Test("Fields most claims leave empty take no room in a claim that has none of them")
    func rareFieldsOutOfLine() {
        // Twenty-six fields inline took 272 bytes.
        #expect(ClaimContent.fieldsWidth <= 160)
        var content = ClaimContentTests.content()
        content.refutation = 0..<1
        content.uncertain = [1..<2]
        #expect(content.refutation == 0..<1)
        #expect(content.uncertain == [1..<2])
        #expect(content.negations.isEmpty)
    }

    @Test("Fields left out of the reading take their empty defaults")
    func defaults() {
        let content = ClaimContentTests.content()
        #expect(content.creditedDenial == nil)
        #expect(content.refutation == nil)
        #expect(content.sentences.isEmpty)
        #expect(content.timeSlots.isEmpty)
        #expect(content.alignmentWords == nil)
        #expect(content.clause(of: 0) == 0..<0)
    }
}
