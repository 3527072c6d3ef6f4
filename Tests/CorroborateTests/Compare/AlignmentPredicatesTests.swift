import Foundation
import Testing

@testable import Corroborate

/// Rules that never read an alignment's predicate terms align without them (`predicates: false`), and the
/// agreement rule finds them only for an alignment that passed its earlier tests (`withPredicates`): what it then
/// reads must be what the alignment made with them gives, for every candidate pair and pinned clause of the
/// invented articles of `RunReadingsTests`.
@Suite("Predicate terms found when read")
struct AlignmentPredicatesTests {
    @Test("An alignment made without its predicate terms finds the same ones afterwards, and is otherwise the same")
    func predicatesLater() throws {
        let (_, _, contents, pairs, rarity) = try RunReadingsTests.read()
        let weights = ClauseWeights(contents, rarity: rarity)
        var withTerms = 0
        for candidate in pairs {
            let a = contents[candidate.a]
            let b = contents[candidate.b]
            let kept = (weights[candidate.a], weights[candidate.b])
            for (x, y) in RunReadingsTests.pinnings(a, b) {
                let full = PropositionAlignment.align(a, b, rarity: rarity, fixedA: x, fixedB: y, weights: kept)
                let bare = PropositionAlignment.align(
                    a, b, rarity: rarity, fixedA: x, fixedB: y, weights: kept, predicates: false)
                #expect((bare == nil) == (full == nil))
                guard let full, let bare else { continue }
                let later = bare.withPredicates(a, b)
                #expect(later.clauseA == full.clauseA)
                #expect(later.clauseB == full.clauseB)
                #expect(later.shared == full.shared)
                #expect(later.overlap == full.overlap)
                #expect(later.coverage == full.coverage)
                #expect(later.names == full.names)
                #expect(later.predicateTerms == full.predicateTerms)
                // What lets the agreement rule tell `sharesSpecific` from the shared terms before it finds these.
                #expect(full.predicateTerms.isSubset(of: full.shared))
                if !full.predicateTerms.isEmpty { withTerms += 1 }
            }
        }
        // Some alignment of these articles has predicate terms, so the comparison above compares something.
        #expect(withTerms > 0)
    }
}
