import Testing

@testable import Corroborate

/// The candidate index keeps a pair's shared terms with the run's vectors, not with each pair: what a pair
/// reports must be what its two claims hold.
@Suite("Candidate index")
struct CandidateIndexTests {
    /// A claim's reading with only its weighted terms, which is all the index looks at.
    static func content(_ weights: [String: Double]) -> ClaimContent {
        ClaimContent(
            words: [], terms: [], weights: weights, skeletons: [], quantities: [], numbers: [:], negations: [],
            creditedDenial: nil, refutation: nil, revision: nil, opposites: [], quoted: [], isQuestion: false,
            years: [])
    }

    @Test(
        "A pair's shared terms are the terms both claims hold, sorted, and its claims are in index order",
        arguments: [
            [
                ["ceasefire": 1, "midnight": 1, "mediators": 2, "sunday": 1],
                ["ceasefire": 1, "midnight": 1, "parties": 1, "zeta": 1],
                ["reward": 1, "painting": 1, "lyon": 2, "stolen": 1],
                ["mediators": 2, "ceasefire": 1, "alpha": 1, "sunday": 1],
            ],
            [
                ["crater": 1, "runway": 1, "#12": 1, "metres": 1],
                ["crater": 1, "runway": 1, "#39": 1, "feet": 1],
                ["crater": 1, "photos": 1, "runway": 1, "#12": 1],
            ],
        ] as [[[String: Double]]])
    func sharedTerms(weights: [[String: Double]]) {
        let contents = weights.map(CandidateIndexTests.content)
        let pairs = CandidateIndex().pairs(
            contents, documents: Array(contents.indices), days: contents.map { _ in nil }, window: 3)
        #expect(!pairs.isEmpty)
        for pair in pairs {
            #expect(pair.a < pair.b)
            let both = Set(weights[pair.a].keys).intersection(weights[pair.b].keys)
            #expect(pair.shared == both.sorted(), "\(pair.a)-\(pair.b)")
        }
        // No claim shares a term with the third claim of the first set, so it meets no one.
        if weights.count == 4 { #expect(!pairs.contains { $0.a == 2 || $0.b == 2 }) }
    }
}
