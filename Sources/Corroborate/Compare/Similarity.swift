/// Agreement by content: two claims from different sources in different articles that say the same thing in
/// much the same words (a high cosine over rare words), with no denial, refutation or figure setting them apart.
struct Similarity: Sendable {
    /// The least cosine for an agreement.
    var threshold = 0.45
    /// Long claims (several sentences, a lead with its background) rarely reach the cosine as wholes. A sentence
    /// of each that share `sentenceShared` content terms and `sentenceCoverage` of the shorter sentence's agree
    /// too, and so does a short sentence whose terms the other nearly all uses (`shortShared`, `shortCoverage`).
    var sentenceShared = 5
    var sentenceCoverage = 0.4
    var shortShared = 3
    var shortCoverage = 0.75
    /// The least cosine of the whole claims for the sentence path.
    var sentenceFloor = 0.15

    func relations(_ pair: ClaimPair) -> [Relation] {
        if pair.similarity < threshold || pair.shared.count < 3 {
            return sentenceAgreement(pair).map { [$0] } ?? []
        }
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

    /// Agreement between one sentence of each claim, when the claims as wholes are too long to be close; a denial
    /// or refutation in one of the two sentences only sets them apart.
    private func sentenceAgreement(_ pair: ClaimPair) -> Relation? {
        guard pair.similarity >= sentenceFloor else { return nil }
        var best: (shared: Set<String>, coverage: Double, a: Range<Int>, b: Range<Int>)?
        for x in pair.contentA.sentences {
            let tx = pair.contentA.contentTerms(in: x)
            guard tx.count >= shortShared else { continue }
            for y in pair.contentB.sentences {
                let ty = pair.contentB.contentTerms(in: y)
                let shared = tx.intersection(ty)
                guard shared.count >= shortShared else { continue }
                let coverage = Double(shared.count) / Double(min(tx.count, ty.count))
                let enough =
                    shared.count >= sentenceShared ? coverage >= sentenceCoverage : coverage >= shortCoverage
                if enough, best == nil || coverage > best!.coverage { best = (shared, coverage, x, y) }
            }
        }
        guard let best else { return nil }
        func denies(_ range: Range<Int>, _ c: ClaimContent) -> Bool {
            range.contains { k in c.isDenied(k) && c.terms[k].map { best.shared.contains($0) } == true }
        }
        func refutes(_ range: Range<Int>, _ c: ClaimContent) -> Bool {
            c.refutation.map { range.overlaps($0) } ?? false
        }
        guard denies(best.a, pair.contentA) == denies(best.b, pair.contentB),
            refutes(best.a, pair.contentA) == refutes(best.b, pair.contentB),
            pair.contentA.revision == nil, pair.contentB.revision == nil
        else { return nil }
        let words = pair.contentA.words.indices.filter { k in
            best.a.contains(k) && pair.contentA.terms[k].map { best.shared.contains($0) } == true
        }
        var seen = Set<String>()
        let shown = words.map { pair.contentA.words[$0].text }.filter { seen.insert($0.lowercased()).inserted }.prefix(
            8)
        return pair.relation(
            .agreement, rule: "same statement (one sentence each)", score: 0.4 + 0.4 * best.coverage,
            explanation:
                "\(pair.a.source.name) and \(pair.b.source.name) say the same thing in one sentence each: \(best.shared.count) content words in common (\(shown.map { "“\($0)”" }.joined(separator: ", "))), \(Int((best.coverage * 100).rounded()))% of the shorter sentence's (cosine of the whole claims \(format(pair.similarity))).",
            evidence: [pair.evidence(pair.a, pair.contentA, best.a), pair.evidence(pair.b, pair.contentB, best.b)])
    }
}
