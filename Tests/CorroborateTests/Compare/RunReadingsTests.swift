import Foundation
import Testing

@testable import Corroborate

/// What the pair loop now reads once per claim for the run, or counts over term ids, must be what the plain
/// computation gives for every pair: each claim's quoted stretches, its clauses' weights, the shared terms of
/// two claims counted over their sorted tables, and a term found by id inside a clause. Articles, people and
/// places invented for these tests (a blast at a paint works in an invented town).
@Suite("Readings kept for the run")
struct RunReadingsTests {
    static let texts = [
        """
        Fire chief Lorna Quayle said the blast at the Dunmere paint works tore the roof off the mixing shed on \
        Friday. “We found two drums of solvent near the kiln,” Quayle said. “The shed was locked at night, and \
        nobody was inside.

        “The Dunmere works will stay shut until the inspectors finish,” she added.
        """,
        """
        The blast at the Dunmere paint works did not start in the mixing shed, owner Piet Harrow said on Friday. \
        'Two drums of solvent were stored by the kiln,' Harrow told reporters. Harrow, 61, said the works would \
        stay shut until the inspectors finish, and that nobody was inside the shed.
        """,
        """
        Fire chief Quayle said two drums of solvent were found near the kiln of the Dunmere paint works after the \
        blast. "The shed was locked at night, and nobody was inside," Quayle said. The Dunmere council said the \
        works employ 85 people and would stay shut.
        """,
    ]

    /// The clauses an alignment test pins for a pair: none, the last of `a`, the first of `b`, and both.
    static func pinnings(_ a: ClaimContent, _ b: ClaimContent) -> [(Range<Int>?, Range<Int>?)] {
        var fixed: [(Range<Int>?, Range<Int>?)] = [(nil, nil)]
        if let x = a.clauses.last, let y = b.clauses.first { fixed += [(x, nil), (nil, y), (x, y)] }
        return fixed
    }

    /// The invented articles read as the comparison reads them, with their candidate pairs and the run's rarity.
    static func read() throws -> (
        claims: [Claim], documents: [Document], contents: [ClaimContent], pairs: CandidateIndex.Candidates,
        rarity: TermRarity
    ) {
        let (claims, documents, contents) = try PairReadingsTests.read(texts, date: "2022-03-11")
        let pairs = CandidateIndex().pairs(
            contents, documents: claims.map(\.document), days: claims.map { _ in nil }, window: 3)
        let rarity = TermRarity(contents, documents: claims.map(\.document), count: documents.count)
        return (claims, documents, contents, pairs, rarity)
    }

    @Test("Quoted stretches read once for the run are each claim's; the rules that read them answer alike")
    func stretches() throws {
        let (claims, documents, contents, pairs, _) = try RunReadingsTests.read()
        let all = QuotedStretches.all(claims, contents: contents, documents: documents)
        #expect(all.count == claims.count)
        for k in claims.indices {
            #expect(all[k] == QuotedStretches.ranges(contents[k], of: claims[k], in: documents[claims[k].document]))
        }
        // Stretches read from the paragraph, not the claim's own marks, are among them (the quotation that runs
        // on into its next paragraph, the single marks).
        #expect(claims.indices.contains { !all[$0].isEmpty && all[$0] != contents[$0].quoted })
        #expect(!pairs.isEmpty)
        let quotes = QuoteVariants(words: Knowledge.builtIn.comparison)
        for candidate in pairs {
            let plain = ClaimPair(
                a: claims[candidate.a], b: claims[candidate.b], contentA: contents[candidate.a],
                contentB: contents[candidate.b], similarity: candidate.similarity, shared: [], documents: documents)
            var kept = plain
            kept.stretches = (all[candidate.a], all[candidate.b])
            #expect(kept.quotedStretchesA == plain.quotedStretchesA)
            #expect(kept.swapped.quotedStretchesA == plain.quotedStretchesB)
            #expect(NearCopy.relayedQuotation(kept) == NearCopy.relayedQuotation(plain))
            #expect(NearCopy.relayedQuotation(kept.swapped) == NearCopy.relayedQuotation(plain.swapped))
            #expect(quotes.variant(kept)?.explanation == quotes.variant(plain)?.explanation)
        }
    }

    @Test(
        "Shared terms counted over two sorted tables are the size of the sets' intersection",
        arguments: [
            (["kiln", nil, "drum", "kiln", "~dnmr"], ["drum", "kiln", nil, "shed"]),
            (["kiln", "drum"], [nil, nil]),
            ([], ["drum"]),
            (["#85", "works", "peint", "solvnt"], ["solvnt", "#85", "werks", "peint", "peint"]),
            (["café", "blåst", "kiln"], ["blåst", "cafe\u{0301}", "kiln"]),
            ((0..<90).map { "w\($0)" }, (40..<70).map { "w\($0)" } + [nil, "kiln"]),
            ((0..<30).map { "w\($0)" } + ["kiln"], (20..<80).map { "w\($0)" } + ["kiln", "w3"]),
        ] as [([String?], [String?])])
    func sharedTermCount(a: [String?], b: [String?]) {
        // Each list once with its own table, once with a claim's weights table that holds more terms.
        let extra = ["aaa", "drum", "zzz", "kiln"].map { ($0, 1.0) }
        for (x, y) in [
            (TermList(a, weights: TermWeights()), TermList(b, weights: TermWeights())),
            (
                TermList(a, weights: TermWeights(RunReadingsTests.weights(a, extra))),
                TermList(b, weights: TermWeights(RunReadingsTests.weights(b, extra)))
            ),
        ] {
            let expected = Set(a.compactMap { $0 }).intersection(b.compactMap { $0 }).count
            #expect(x.sharedTermCount(with: y) == expected)
            #expect(y.sharedTermCount(with: x) == expected)
            #expect(x.termCount == a.compactMap { $0 }.count)
        }
    }

    /// Weights for every term of `terms` and the `extra` ones.
    static func weights(_ terms: [String?], _ extra: [(String, Double)]) -> [String: Double] {
        var result = Dictionary(extra, uniquingKeysWith: { x, _ in x })
        for term in terms.compactMap({ $0 }) { result[term] = 1 }
        return result
    }

    @Test("A term found by its id inside a clause is found as the plain scan of its words finds it")
    func termIDs() throws {
        let (_, _, contents, _, _) = try RunReadingsTests.read()
        var named = 0
        for content in contents {
            let ranges = content.clauses + [0..<content.words.count, 1..<max(1, content.words.count)]
            let terms = Set(content.terms.compactMap { $0 }).union(["kiln", "nothing"])
            for range in ranges {
                for term in terms {
                    let isName = range.contains { k in
                        k > range.lowerBound && content.terms[k] == term
                            && content.words[k].text.unicodeScalars.first?.isUppercaseLetter == true
                    }
                    var says: Bool?
                    for k in range
                    where content.terms[k] == term
                        && !content.words[k].text.unicodeScalars.contains(where: \.isUppercaseLetter)
                    {
                        says = content.appositive.contains(k) ? (says ?? false) : true
                        if says == true { break }
                    }
                    #expect(content.isName(term, in: range) == isName)
                    #expect(content.says(term, in: range) == says)
                    if isName { named += 1 }
                }
            }
        }
        #expect(named > 0)
    }

    @Test("Clause weights summed once for the run are the weights the alignment sums, and align pairs alike")
    func clauseWeights() throws {
        let (_, _, contents, pairs, rarity) = try RunReadingsTests.read()
        let weights = ClauseWeights(contents, rarity: rarity)
        for (k, content) in contents.enumerated() {
            let clauses = ClauseWeights.clauses(of: content)
            #expect(weights[k].count == clauses.count)
            for (i, clause) in clauses.enumerated() {
                let plain = rarity.weight(of: content.contentTerms(in: clause))
                #expect(weights[k][weights[k].startIndex + i] == plain)
                #expect(ClauseWeights.weight(of: clause, content, weights[k]) == plain)
            }
            // A range that is none of the claim's clauses is not looked up.
            #expect(ClauseWeights.weight(of: 0..<(content.words.count + 1), content, weights[k]) == nil)
        }
        var aligned = 0
        for candidate in pairs {
            let a = contents[candidate.a]
            let b = contents[candidate.b]
            let kept = (weights[candidate.a], weights[candidate.b])
            for (x, y) in RunReadingsTests.pinnings(a, b) {
                let plain = PropositionAlignment.align(a, b, rarity: rarity, fixedA: x, fixedB: y)
                let fast = PropositionAlignment.align(a, b, rarity: rarity, fixedA: x, fixedB: y, weights: kept)
                #expect(fast?.clauseA == plain?.clauseA)
                #expect(fast?.clauseB == plain?.clauseB)
                #expect(fast?.shared == plain?.shared)
                #expect(fast?.overlap == plain?.overlap)
                #expect(fast?.coverage == plain?.coverage)
                #expect(fast?.names == plain?.names)
                #expect(fast?.predicateTerms == plain?.predicateTerms)
                if plain != nil { aligned += 1 }
            }
        }
        #expect(aligned > 0)
    }

    @Test("Rarity read from the candidate index's term counts weighs every term as the plain count does")
    func rarityFromIndex() throws {
        let (claims, documents, contents, pairs, rarity) = try RunReadingsTests.read()
        let fromIndex = TermRarity(
            contents, terms: pairs.terms, documents: claims.map(\.document), count: documents.count)
        let terms = Set(contents.flatMap { $0.weights.keys }).union(["kiln-less", "nothing"])
        #expect(terms.count > 10)
        for term in terms {
            #expect(fromIndex.weight(term) == rarity.weight(term), "\(term)")
            #expect(fromIndex.isSpecific(term) == rarity.isSpecific(term), "\(term)")
        }
        #expect(fromIndex.specificArticles == rarity.specificArticles)
        // Without articles, no term is common, as with the plain count.
        let bare = TermRarity(contents, terms: pairs.terms, documents: [], count: 0)
        #expect(bare.specificArticles == nil)
        #expect(bare.weight("kiln") == TermRarity(contents).weight("kiln"))
    }
}
