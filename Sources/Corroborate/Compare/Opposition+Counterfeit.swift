import Foundation

/// A fake thing is no such thing (issue 28): `a fake bomb was found on the pier` does not say that there was a bomb,
/// so against `there was no bomb` it is no contradiction (and no agreement: the comparison abstains).
extension Opposition {
    /// Whether a rejection word describes the noun at `k` (`a fake bomb`, `a bogus permit`, `a hoax device`), right
    /// before it or before one word that describes it too: a fake thing is no such thing, so the claim does not assert
    /// what a denial of the thing (`there was no bomb`) denies.
    func counterfeit(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 2)..<k).contains { j in
            rejectionWords.contains(content.words[j].key) && (j == k - 1 || content.terms[k - 1] != nil)
        }
    }
}
