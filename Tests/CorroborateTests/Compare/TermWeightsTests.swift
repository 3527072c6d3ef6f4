import Testing

@testable import Corroborate

/// A claim's term weights are kept as one sorted array: they must read as the dictionary they replace.
@Suite("Term weights")
struct TermWeightsTests {
    static let dictionary: [String: Double] = ["~brnt": 1.5, "harbour": 1, "#@count": 1, "clos": 1, "~hrwk": 0.5]

    @Test("Terms are walked once each, in sorted order, with their weights")
    func walkedInOrder() {
        let weights = TermWeights(TermWeightsTests.dictionary)
        #expect(Array(weights.keys) == TermWeightsTests.dictionary.keys.sorted())
        #expect(weights.count == TermWeightsTests.dictionary.count)
        for (term, weight) in weights { #expect(TermWeightsTests.dictionary[term] == weight) }
    }

    @Test(
        "A term is looked up as in a dictionary",
        arguments: [
            ("~brnt", 1.5), ("clos", 1), ("#@count", 1), ("~hrwk", 0.5), ("ferry", nil), ("", nil),
        ] as [(String, Double?)])
    func lookup(term: String, weight: Double?) {
        #expect(TermWeights(TermWeightsTests.dictionary)[term] == weight)
    }

    @Test("Setting a term adds it in its place, changes it, or removes it")
    func setting() {
        var weights = TermWeights(TermWeightsTests.dictionary)
        weights["dock"] = 2
        weights["clos"] = 0.25
        weights["harbour"] = nil
        weights["absent"] = nil
        var expected = TermWeightsTests.dictionary
        expected["dock"] = 2
        expected["clos"] = 0.25
        expected["harbour"] = nil
        #expect(weights == TermWeights(expected))
        #expect(Array(weights.keys) == expected.keys.sorted())
    }
}
