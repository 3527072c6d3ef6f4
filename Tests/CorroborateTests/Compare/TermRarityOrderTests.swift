import Foundation
import Testing

@testable import Corroborate

/// `TermRarity.weight(of:)` adds a set's weights in the terms' string order, found through each term's place (its
/// rank among the run's terms) instead of a string sort: the places must order terms as strings do, unseen terms
/// included, and the sum must be the string-ordered sum to the last bit (the bits decide ties between alignments).
@Suite("Term weights added in string order by rank")
struct TermRarityOrderTests {
    /// Terms none of the invented articles use: before, between and after theirs, with letters outside ASCII and
    /// one written with a combining accent.
    static let unseen = [
        "", "0", "aaaa", "kilnz", "kiln-less", "mixing-", "zzzz", "~zz", "café", "cafe\u{301}s", "Ärger", "émeute",
        "ßtraße", "日本",
    ]

    @Test("Places order the run's terms and unseen ones as strings do; unseen terms tie only with unseen ones")
    func placesFollowStringOrder() throws {
        let (_, _, contents, _, rarity) = try RunReadingsTests.read()
        let known = Set(contents.flatMap { $0.weights.keys })
        #expect(known.count > 10)
        let all = known.union(TermRarityOrderTests.unseen).sorted()
        for term in all {
            // Known terms sit at odd places, unseen ones at even places.
            #expect(rarity.place(of: term) % 2 == (known.contains(term) ? 1 : 0), "\(term)")
        }
        for (x, y) in zip(all, all.dropFirst()) {
            let (px, py) = (rarity.place(of: x), rarity.place(of: y))
            if known.contains(x) || known.contains(y) {
                #expect(px < py, "\(x) before \(y)")
            } else {
                #expect(px <= py, "\(x) before \(y)")
            }
        }
        // The places of unseen terms before the first known term, and after the last.
        #expect(rarity.place(of: "") == 0)
        #expect(rarity.place(of: "\u{10FFFF}") == 2 * known.count)
    }

    @Test("A set's summed weight has the bits of the sum in string order, with and without unseen terms")
    func sumInStringOrder() throws {
        let (_, _, contents, pairs, rarity) = try RunReadingsTests.read()
        let known = Set(contents.flatMap { $0.weights.keys }).sorted()
        let pool = known + TermRarityOrderTests.unseen
        let rarities = [
            rarity,
            TermRarity(contents, terms: pairs.terms, documents: [], count: 0),
            TermRarity([]),
        ]
        // Subsets picked by a fixed generator, so that a failure repeats.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var orderMatters = 0
        for round in 0..<400 {
            let size = round == 0 ? 0 : 1 + next(min(24, pool.count))
            var terms = Set<String>()
            while terms.count < size { terms.insert(pool[next(pool.count)]) }
            if round % 2 == 0 { terms.formIntersection(known) }
            for weighed in rarities {
                let inOrder = terms.sorted().reduce(0) { $0 + weighed.weight($1) }
                #expect(weighed.weight(of: terms).bitPattern == inOrder.bitPattern, "\(terms.sorted())")
                let reversed = terms.sorted().reversed().reduce(0) { $0 + weighed.weight($1) }
                if reversed.bitPattern != inOrder.bitPattern { orderMatters += 1 }
            }
        }
        // The sets are ones whose sums the order changes: a sum in another order would be caught.
        #expect(orderMatters > 10)
    }

    @Test(
        "Ranks read with a set's weight are its terms' in string order, none when one is unseen, and the merge of two lists of ranks counts and weighs the sets' intersection"
    )
    func sharedByRanks() throws {
        let (_, _, contents, _, rarity) = try RunReadingsTests.read()
        let clauses = contents.flatMap { content in
            ClauseWeights.clauses(of: content).map { content.contentTerms(in: $0) }
        }
        // Nine clauses since a quotation taken by a later cue is no longer also continued by the one before.
        #expect(clauses.count > 8)
        for terms in clauses {
            let (weight, ranks) = rarity.weightAndRanks(of: terms)
            #expect(weight.bitPattern == rarity.weight(of: terms).bitPattern)
            #expect(ranks == terms.sorted().map { Int32((rarity.place(of: $0) - 1) / 2) })
            #expect(rarity.weightAndRanks(of: terms.union(["kilnz"])).ranks == nil)
        }
        var shared = 0
        for x in clauses {
            for y in clauses {
                let found = rarity.shared(
                    rarity.weightAndRanks(of: x).ranks![...], rarity.weightAndRanks(of: y).ranks![...])
                let both = x.intersection(y)
                #expect(found.count == both.count)
                #expect(found.weight.bitPattern == rarity.weight(of: both).bitPattern, "\(both.sorted())")
                if both.count > 1 { shared += 1 }
            }
        }
        #expect(shared > 10)
    }

    @Test("A claim's clause ranks are read only through the rarity that made them")
    func ranksOfTheirRarity() throws {
        let (_, _, contents, _, rarity) = try RunReadingsTests.read()
        let weights = ClauseWeights(contents, rarity: rarity)
        let other = TermRarity(contents)
        let ranked = contents.indices.filter { weights[$0].ranks(0, for: rarity) != nil }
        #expect(!ranked.isEmpty)
        for k in ranked { #expect(weights[k].ranks(0, for: other) == nil) }
    }
}
