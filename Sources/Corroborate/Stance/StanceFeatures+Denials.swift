import Foundation

/// Denials and verdicts that govern the claim's words where the body speaks of it.
extension StanceFeatures {
    /// How far before a claim word a denial still governs it, and how far after a sentence's last claim word a
    /// verdict (`is false`, `proved to be invented`) still judges it.
    static let governs = 5
    static let verdictReach = 8

    /// The claim's own stance words, and denials that govern the claim's words where the body speaks of it: in the
    /// best sentence, the weighted share of the claim's words that a negation, refutation or debunk stands before
    /// (in the article's voice, or in someone else's); the related sentences where a refutation or debunk follows
    /// the claim's last word; whether the claim and its best sentence differ in polarity.
    static func denials(
        claim: StanceText, body: StanceText, weight: [String: Double], total: Double, best: Int?, top: [Int],
        related: [Int]
    ) -> [Double] {
        let claimWordCount = Double(max(1, claim.words.count))
        let denial = StanceWords.negation | StanceWords.refutation | StanceWords.debunk
        let verdict = StanceWords.refutation | StanceWords.debunk
        let elsewhere = StanceWords.reported | StanceWords.quoted
        func isClaimWord(_ p: Int) -> Bool {
            let term = body.words[p].term
            return !term.isEmpty && weight[term] != nil
        }
        // Summed in the claim's order, so that the figure is the same on every run.
        func share(_ set: Set<String>) -> Double {
            claim.terms.reduce(0.0) { $0 + (set.contains($1) ? weight[$1]! : 0) } / total
        }
        var ownDenied = Set<String>()
        var reportedDenied = Set<String>()
        var confirmed = Set<String>()
        if let s = best {
            let range = body.sentences[s].words
            for p in range where isClaimWord(p) {
                for q in max(range.lowerBound, p - governs)..<p where body.words[q].classes & denial != 0 {
                    if body.words[q].classes & elsewhere == 0 {
                        ownDenied.insert(body.words[p].term)
                    } else {
                        reportedDenied.insert(body.words[p].term)
                    }
                }
                for q in max(range.lowerBound, p - 4)..<min(range.upperBound, p + 5)
                where body.words[q].classes & StanceWords.confirmation != 0 {
                    confirmed.insert(body.words[p].term)
                }
            }
        }
        var verdicts = 0
        var denying = 0
        for s in related {
            let range = body.sentences[s].words
            guard let last = range.last(where: isClaimWord) else { continue }
            if (last + 1..<min(range.upperBound, last + 1 + verdictReach)).contains(where: {
                body.words[$0].classes & verdict != 0
            }) {
                verdicts += 1
            }
            if range.contains(where: { p in
                isClaimWord(p)
                    && (max(range.lowerBound, p - governs)..<p).contains { body.words[$0].classes & denial != 0 }
            }) {
                denying += 1
            }
        }
        var ownTop = 0
        for s in top {
            for p in body.sentences[s].words
            where body.words[p].classes & denial != 0 && body.words[p].classes & elsewhere == 0 {
                ownTop += 1
            }
        }
        let claimNegated = claim.count(StanceWords.negation) > 0
        let bestDenies = !ownDenied.isEmpty || !reportedDenied.isEmpty
        let relatedCount = Double(max(1, related.count))
        return [
            Double(claim.count(StanceWords.confirmation)) / claimWordCount,
            Double(claim.count(StanceWords.uncertainty)) / claimWordCount,
            Double(claim.count(StanceWords.reportNoun)) / claimWordCount,
            share(ownDenied), share(reportedDenied), Double(verdicts) / relatedCount, share(confirmed),
            best != nil && claimNegated != bestDenies ? 1 : 0, Double(ownTop), Double(denying) / relatedCount,
        ]
    }
}
