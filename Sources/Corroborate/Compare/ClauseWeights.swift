import Foundation

/// The rarity weight of every claim's clauses (`TermRarity.weight(of:)` over `ClaimContent.contentTerms(in:)`),
/// summed once per claim for the run, in parallel chunks, before any pair is compared. Aligning clauses
/// (`PropositionAlignment.align`) weighs both claims' clauses for each pair, and a claim is in many pairs: each
/// weight sorted its terms as strings again, a third of the alignment's work.
///
/// With each clause's weight, its terms' ranks (`TermRarity.weightAndRanks(of:)`), ascending: the terms two clauses
/// share, and their summed weight, are then a merge of two integer lists rather than a set intersection and a
/// lookup of every shared term, both hashing strings, for every pair of clauses of every pair. Ranks are read only
/// through the rarity that made them (`Claim.ranks(_:for:)`).
///
/// Kept flat, in one table: an array of weights and one of where each claim's start, an array of ranks, one of
/// where each clause's start and a flag a clause, so that a run holds 13 bytes a clause, 4 a claim and 4 a term of a
/// clause, and a claim's view (`Claim`) costs a pair one reference.
struct ClauseWeights: Sendable {
    /// The run's tables.
    final class Table: Sendable {
        let values: [Double]
        /// Per claim, its first clause in `values`; one more at the end.
        let starts: [Int32]
        /// Per clause (as `values`), its terms' ranks, ascending.
        let ranks: [Int32]
        /// Per clause, its first rank in `ranks`, one more at the end. Empty when no ranks are kept.
        let rankStarts: [Int32]
        /// Per clause, whether its terms have ranks: false for one with a term the rarity does not know.
        let ranked: [Bool]
        /// The rarity whose ranks `ranks` holds; nil when no ranks are kept.
        let rarity: TermRarity?

        init(
            values: [Double], starts: [Int32], ranks: [Int32] = [], rankStarts: [Int32] = [], ranked: [Bool] = [],
            rarity: TermRarity? = nil
        ) {
            self.values = values
            self.starts = starts
            self.ranks = ranks
            self.rankStarts = rankStarts
            self.ranked = ranked
            self.rarity = rarity
        }
    }

    /// One claim's clause weights (a collection of them, in the order of `clauses(of:)`) and their terms' ranks.
    struct Claim: RandomAccessCollection, Sendable {
        let table: Table
        let claim: Int

        /// Weights alone, without ranks (`ranks(_:)` is nil).
        init(_ weights: [Double]) {
            table = Table(values: weights, starts: [0, Int32(weights.count)])
            claim = 0
        }

        init(table: Table, claim: Int) {
            self.table = table
            self.claim = claim
        }

        var startIndex: Int { 0 }
        var endIndex: Int { Int(table.starts[claim + 1] - table.starts[claim]) }
        subscript(i: Int) -> Double { table.values[Int(table.starts[claim]) + i] }

        /// The ranks of clause `i`'s terms in `rarity`, ascending; nil when one of its terms has no rank, none are
        /// kept, or they were made by another rarity (whose ranks would index other terms).
        func ranks(_ i: Int, for rarity: TermRarity) -> ArraySlice<Int32>? {
            guard !table.rankStarts.isEmpty, table.rarity === rarity else { return nil }
            let clause = Int(table.starts[claim]) + i
            guard table.ranked[clause] else { return nil }
            return table.ranks[Int(table.rankStarts[clause])..<Int(table.rankStarts[clause + 1])]
        }
    }

    private let table: Table

    init(_ contents: [ClaimContent], rarity: TermRarity) {
        let chunks = max(1, min(64, contents.count / 256))
        let box = ResultBox<(values: [Double], ranks: [Int32], sizes: [Int32], ranked: [Bool])>(count: chunks)
        let counts = ResultBox<[Int32]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var values: [Double] = []
            var sizes: [Int32] = []
            var ranks: [Int32] = []
            // Per clause, its count of ranks, and whether it has them.
            var rankSizes: [Int32] = []
            var ranked: [Bool] = []
            for k in (contents.count * chunk / chunks)..<(contents.count * (chunk + 1) / chunks) {
                let content = contents[k]
                let clauses = ClauseWeights.clauses(of: content)
                for clause in clauses {
                    let (weight, found) = rarity.weightAndRanks(of: content.contentTerms(in: clause))
                    values.append(weight)
                    ranks += found ?? []
                    rankSizes.append(Int32(found?.count ?? 0))
                    ranked.append(found != nil)
                }
                sizes.append(Int32(clauses.count))
            }
            _ = box.set(chunk, (values, ranks, rankSizes, ranked))
            _ = counts.set(chunk, sizes)
        }
        let parts = box.takeValues()
        var starts: [Int32] = [0]
        starts.reserveCapacity(contents.count + 1)
        for size in counts.takeValues().joined() { starts.append(starts[starts.count - 1] + size) }
        var rankStarts: [Int32] = [0]
        rankStarts.reserveCapacity(Int(starts[starts.count - 1]) + 1)
        for size in parts.lazy.map(\.sizes).joined() { rankStarts.append(rankStarts[rankStarts.count - 1] + size) }
        table = Table(
            values: parts.flatMap(\.values), starts: starts, ranks: parts.flatMap(\.ranks), rankStarts: rankStarts,
            ranked: parts.flatMap(\.ranked), rarity: rarity)
    }

    /// Claim `k`'s clause weights and ranks, in the order of `clauses(of:)`.
    subscript(k: Int) -> Claim { Claim(table: table, claim: k) }

    /// The clauses whose weights are kept for a claim: its clauses, or the whole claim when it has none (as
    /// `PropositionAlignment.align` takes them).
    static func clauses(of content: ClaimContent) -> [Range<Int>] {
        content.clauses.isEmpty ? [0..<content.words.count] : content.clauses
    }

    /// Which of the kept clauses of `content` the clause `range` is (an index into `weights`), or nil when there
    /// are no weights or the range is none of the claim's clauses (`contentTerms(in:)` reads such a range word by
    /// word).
    static func index(of range: Range<Int>, _ content: ClaimContent, _ weights: Claim?) -> Int? {
        guard let weights else { return nil }
        let clauses = content.clauses
        let k = clauses.isEmpty ? (range == 0..<content.words.count ? 0 : nil) : clauses.firstIndex(of: range)
        guard let k, k < weights.count else { return nil }
        return k
    }

    /// The kept weight of the clause `range` of `content`, from `weights` (the claim's), or nil when there are
    /// none or the range is none of the claim's clauses.
    static func weight(of range: Range<Int>, _ content: ClaimContent, _ weights: Claim?) -> Double? {
        index(of: range, content, weights).flatMap { weights?[$0] }
    }
}
