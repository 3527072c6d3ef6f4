import Testing

@testable import Corroborate

/// A claim's per-word terms are kept as places in its weights table: each word must read back its own term.
@Suite("Term list")
struct TermListTests {
    @Test(
        "Each word reads back the term it was given, nil for a function word",
        arguments: [
            (["~brnt", nil, "clos", "harbour", nil, "clos"], ["~brnt": 1.5, "clos": 1, "harbour": 1]),
            (["ferry", nil, "clos"], ["clos": 1]),
            ([nil, nil], [:]),
            ([], ["clos": 1]),
        ] as [([String?], [String: Double])])
    func readsBack(terms: [String?], weights: [String: Double]) {
        let list = TermList(terms, weights: TermWeights(weights))
        #expect(Array(list) == terms)
        #expect(list.count == terms.count)
    }

    @Test("Setting one word's term changes that word only")
    func setting() {
        var list = TermList(["clos", nil, "harbour"], weights: ["clos": 1, "harbour": 1])
        let before = list
        list[1] = "dock"
        #expect(Array(list) == ["clos", "dock", "harbour"])
        #expect(Array(before) == ["clos", nil, "harbour"])
    }
}
