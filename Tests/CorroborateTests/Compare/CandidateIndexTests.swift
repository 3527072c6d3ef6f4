import Foundation
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
            #expect(pair.sharedWords == both.filter { !$0.hasPrefix("#") }, "\(pair.a)-\(pair.b)")
        }
        // No claim shares a term with the third claim of the first set, so it meets no one.
        if weights.count == 4 { #expect(!pairs.contains { $0.a == 2 || $0.b == 2 }) }
    }

    @Test(
        "Term vectors read in parallel chunks number terms as one pass over the claims in order would",
        arguments: [1, 300, 1_100])
    func vectorsInChunks(count: Int) {
        // Claims whose terms recur across chunks, some new in each, a few numbers among them.
        let weights: [[String: Double]] = (0..<count).map { k in
            var w: [String: Double] = ["term\(k % 37)": 1, "word\(k % 11)": 1.5, "rare\(k)": 1]
            if k % 5 == 0 { w["#\(k % 7)"] = 1 }
            return w
        }
        let (vectors, names, df) = CandidateIndex.vectors(weights.map(CandidateIndexTests.content))
        // The same in one pass.
        var ids: [String: Int] = [:]
        var expectedNames: [String] = []
        var expectedDf: [Int] = []
        var lists: [[(Int, Double)]] = []
        for w in weights {
            lists.append(
                w.sorted { $0.key < $1.key }.map { term, weight in
                    let id = ids[term] ?? expectedNames.count
                    if id == expectedNames.count {
                        ids[term] = id
                        expectedNames.append(term)
                        expectedDf.append(0)
                    }
                    expectedDf[id] += 1
                    return (id, weight * (term.hasPrefix("#") ? 0.5 : 1))
                })
        }
        #expect(names == expectedNames)
        #expect(df == expectedDf)
        let n = Double(count)
        for (k, list) in lists.enumerated() {
            let raw = list.map { ($0.0, $0.1 * log((n + 1) / Double(expectedDf[$0.0]))) }.sorted { $0.0 < $1.0 }
            let norm = raw.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            #expect(vectors[k].map(\.0) == raw.map(\.0))
            #expect(vectors[k].map(\.1) == raw.map { $0.1 / norm })
        }
    }

    @Test(
        "An article's story vector spread out in a row gives the cosine and relatedness of the two vectors, to the bit",
        arguments: [12, 40])
    func storyRows(articles: Int) {
        // Claims of each article with words shared by some others, in changing numbers, a figure among them.
        var weights: [[String: Double]] = []
        var documents: [Int] = []
        for d in 0..<articles {
            for k in 0..<(1 + d % 3) {
                var w: [String: Double] = ["topic\(d % 5)": 1, "word\((d * 7 + k) % 13)": 1, "own\(d)": 1]
                if (d + k) % 4 == 0 { w["#\(d % 3)"] = 1 }
                if d % 6 == 0 { w["shared"] = 1 }
                weights.append(w)
                documents.append(d)
            }
        }
        let stories = StoryVectors(weights.map(CandidateIndexTests.content), documents: documents, count: articles)
        var row = stories.row()
        var related = 0
        // Rows loaded forwards and back, so that each replaces another article's.
        for a in Array(0..<articles) + Array((0..<articles).reversed()) {
            stories.load(a, into: &row)
            for b in 0..<articles {
                #expect(stories.cosine(row, b).bitPattern == stories.cosine(a, b).bitPattern, "\(a)-\(b)")
                #expect(stories.related(row, b) == stories.related(a, b))
                if a != b && stories.related(a, b) { related += 1 }
            }
        }
        // Some pairs are related and some not, so that both answers are checked.
        #expect(related > 0)
        #expect(related < 2 * articles * (articles - 1))
    }

    @Test(
        "Postings laid out term by term and grouped by period are the tables by period of each term",
        arguments: [1, 30, 3_000])
    func postingsByPeriod(claims: Int) {
        // Claims with a few terms each, some undated, the periods not in claim order.
        var state: UInt64 = 0x5851_F42D_4C95_7F2D &+ UInt64(claims)
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let terms = 50
        let vectors: [SparseVector] = (0..<claims).map { _ in
            Set((0..<(1 + next(6))).map { _ in next(terms) }).sorted().map { ($0, 1.0) }
        }
        var df = [Int](repeating: 0, count: terms)
        for v in vectors { for (term, _) in v { df[term] += 1 } }
        let period: [Int?] = (0..<claims).map { _ in next(5) == 0 ? nil : next(7) - 3 }
        let found = CandidateIndex.postings(vectors, df: df, period: period, terms: terms)
        var tables = [[Int?: [Int]]](repeating: [:], count: terms)
        for (i, v) in vectors.enumerated() {
            for (term, _) in v where df[term] > 1 { tables[term][period[i], default: []].append(i) }
        }
        #expect(found.count == terms)
        for term in 0..<terms {
            let expected = CandidateIndex.Postings(tables[term])
            #expect(found[term].periods == expected.periods, "\(term)")
            #expect(found[term].lists == expected.lists, "\(term)")
        }
        if claims > 100 { #expect(found.contains { $0.periods.count > 2 && $0.undated != nil }) }
    }
}
