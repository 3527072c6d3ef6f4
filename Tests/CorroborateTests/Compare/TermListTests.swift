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

    @Test(
        "Two lists' terms as shared numbers: equal numbers exactly where the terms are equal, words with no term left out",
        arguments: [
            (["~brnt", nil, "clos", "harbour", "clos"], ["clos", "dock", nil, "~brnt", "ferry", "clos"]),
            (["a", "b"], ["c", "d"]),
            ([nil, "zeta"], ["zeta", "alpha", "zeta"]),
            ([], ["clos"]),
        ] as [([String?], [String?])])
    func sharedIDs(a: [String?], b: [String?]) {
        let x = TermList(a, weights: TermWeights())
        let y = TermList(b, weights: TermWeights(Dictionary(b.compactMap { $0 }.map { ($0, 1.0) }) { v, _ in v }))
        let (mine, theirs) = x.sharedIDs(with: y)
        let termsA = a.compactMap { $0 }
        let termsB = b.compactMap { $0 }
        #expect(mine.count == termsA.count && theirs.count == termsB.count)
        for i in termsA.indices {
            for j in termsB.indices { #expect((mine[i] == theirs[j]) == (termsA[i] == termsB[j])) }
            for k in termsA.indices { #expect((mine[i] == mine[k]) == (termsA[i] == termsA[k])) }
        }
    }
}
