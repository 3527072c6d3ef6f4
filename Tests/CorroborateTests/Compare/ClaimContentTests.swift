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
        #expect(original.weights == ["ceasefir": 1])
        #expect(original.terms == ["ceasefir", nil])
        #expect(original.years == [2010])
        #expect(original.clauseTerms.isEmpty)
        #expect(copy.weights == ["ceasefir": 1, "truce": 1.5])
        #expect(copy.terms == ["ceasefir", "truce"])
        #expect(copy.years == [2010, 2011])
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
