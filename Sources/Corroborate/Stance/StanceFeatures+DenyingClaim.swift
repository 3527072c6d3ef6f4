import Foundation

/// A claim that is itself a denial (`the minister denies the port will close`, `no, the port is not closing`), or a
/// doubt (`engineers are skeptical the port will close`), is contradicted by an article that states what it denies, and
/// such an article need not hold a single denial word: it simply says the port will close. The features ask, for a
/// denying claim only, whether the body speaks of the claim's proposition without denying it: its best sentence and its
/// related sentences free of denial words, the claim's own denial words absent from the body, and the body's rate of
/// denial words. For a claim that denies nothing they are -1, so the trees see the two kinds of claim apart. Their
/// names close `StanceFeatures.names`.
extension StanceFeatures {
    /// The word classes that deny or reject (a doubt counts in the body, where it withholds assent).
    static let denyingClasses = StanceWords.negation | StanceWords.refutation | StanceWords.debunk
    /// The word classes that make a claim a denying one: a claim that doubts its proposition stands against an
    /// article that asserts it as a denying one does (story cross-validation: macro F1 0.6581 -> 0.6607).
    static let claimClasses = denyingClasses | StanceWords.doubt

    /// `bestCoverage` is the share of the claim its best sentence holds; `best` and `related` as in `denials`.
    static func denyingClaim(
        claim: StanceText, body: StanceText, best: Int?, bestCoverage: Double, related: [Int]
    ) -> [Double] {
        let claimDenials = claim.words.filter { $0.classes & claimClasses != 0 }
        guard !claimDenials.isEmpty else { return [-1, -1, -1, -1] }
        let bodyDenial = denyingClasses | StanceWords.doubt
        func denies(_ s: Int) -> Bool {
            body.sentences[s].words.contains { body.words[$0].classes & bodyDenial != 0 }
        }
        let bestPlain = best.map { denies($0) ? 0 : bestCoverage } ?? 0
        let plainRelated =
            related.isEmpty ? 0 : Double(related.filter { !denies($0) }.count) / Double(related.count)
        // The claim's denial words that are terms (`denies`, `hoax`); `not` and `no` are function words, not terms.
        let terms = Set(claimDenials.map(\.term).filter { !$0.isEmpty })
        let absent = terms.isEmpty ? 0 : Double(terms.filter { body.positions[$0] == nil }.count) / Double(terms.count)
        var denialWords = 0
        for word in body.words where word.classes & bodyDenial != 0 { denialWords += 1 }
        let rate = 100 * Double(denialWords) / Double(max(1, body.words.count))
        return [bestPlain, plainRelated, absent, rate]
    }
}
