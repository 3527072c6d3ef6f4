import Foundation

/// The rarity weight of every claim's clauses (`TermRarity.weight(of:)` over `ClaimContent.contentTerms(in:)`),
/// summed once per claim for the run, in parallel chunks, before any pair is compared. Aligning clauses
/// (`PropositionAlignment.align`) weighs both claims' clauses for each pair, and a claim is in many pairs: each
/// weight sorted its terms as strings again, a third of the alignment's work.
///
/// Kept flat, one array of weights and one of where each claim's start, so that a run holds 8 bytes a clause and
/// 4 a claim.
struct ClauseWeights: Sendable {
    private let values: [Double]
    private let starts: [Int32]

    init(_ contents: [ClaimContent], rarity: TermRarity) {
        let chunks = max(1, min(64, contents.count / 256))
        let box = ResultBox<[Double]>(count: chunks)
        let counts = ResultBox<[Int32]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var values: [Double] = []
            var sizes: [Int32] = []
            for k in (contents.count * chunk / chunks)..<(contents.count * (chunk + 1) / chunks) {
                let content = contents[k]
                let clauses = ClauseWeights.clauses(of: content)
                for clause in clauses { values.append(rarity.weight(of: content.contentTerms(in: clause))) }
                sizes.append(Int32(clauses.count))
            }
            _ = box.set(chunk, values)
            _ = counts.set(chunk, sizes)
        }
        values = box.takeValues().flatMap { $0 }
        var starts: [Int32] = [0]
        starts.reserveCapacity(contents.count + 1)
        for size in counts.takeValues().joined() { starts.append(starts[starts.count - 1] + size) }
        self.starts = starts
    }

    /// The weights of claim `k`'s clauses, in the order of `clauses(of:)`.
    subscript(k: Int) -> ArraySlice<Double> { values[Int(starts[k])..<Int(starts[k + 1])] }

    /// The clauses whose weights are kept for a claim: its clauses, or the whole claim when it has none (as
    /// `PropositionAlignment.align` takes them).
    static func clauses(of content: ClaimContent) -> [Range<Int>] {
        content.clauses.isEmpty ? [0..<content.words.count] : content.clauses
    }

    /// The kept weight of the clause `range` of `content`, from `weights` (the claim's), or nil when there are
    /// none or the range is none of the claim's clauses (`contentTerms(in:)` reads such a range word by word).
    static func weight(of range: Range<Int>, _ content: ClaimContent, _ weights: ArraySlice<Double>?) -> Double? {
        guard let weights else { return nil }
        let clauses = content.clauses
        let k = clauses.isEmpty ? (range == 0..<content.words.count ? 0 : nil) : clauses.firstIndex(of: range)
        guard let k, k < weights.count else { return nil }
        return weights[weights.startIndex + k]
    }
}
