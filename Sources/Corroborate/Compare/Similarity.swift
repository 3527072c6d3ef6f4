/// Agreement by content: two claims from different sources in different articles that say the same thing in
/// much the same words (a high cosine over rare words), with no denial, refutation or figure setting them apart.
struct Similarity: Sendable {
    /// The least cosine for an agreement.
    var threshold = 0.45

    func relations(_ pair: ClaimPair) -> [Relation] {
        guard pair.similarity >= threshold, pair.shared.count >= 3 else { return [] }
        // A denial on one side only is a contradiction's business, not an agreement.
        let deniedA = pair.contentA.terms.indices.contains { k in
            pair.contentA.isDenied(k) && pair.contentA.terms[k].map { pair.shared.contains($0) } == true
        }
        let deniedB = pair.contentB.terms.indices.contains { k in
            pair.contentB.isDenied(k) && pair.contentB.terms[k].map { pair.shared.contains($0) } == true
        }
        if deniedA != deniedB { return [] }
        if (pair.contentA.refutation == nil) != (pair.contentB.refutation == nil) { return [] }
        if pair.contentA.revision != nil || pair.contentB.revision != nil { return [] }
        return [
            pair.relation(
                .agreement, rule: "same statement", score: pair.similarity,
                explanation:
                    "\(pair.a.source.name) and \(pair.b.source.name) say the same thing in much the same words (\(pair.sharedText()); cosine \(format(pair.similarity))).",
                evidence: [pair.evidence(pair.a, pair.contentA), pair.evidence(pair.b, pair.contentB)])
        ]
    }
}
