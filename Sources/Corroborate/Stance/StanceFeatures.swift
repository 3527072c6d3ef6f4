import Foundation

/// The numbers the stance model decides on, for one claim against one article body: how much of the claim the
/// body and its best sentences contain (weighted by how rare each word is); which refuting, denying, doubting,
/// hedging, confirming, debunking, uncertain and attributing words and report nouns stand in those sentences, near
/// the claim's words, and which denials govern the claim's words; sentences that turn (`But ...`) after the claim;
/// and whether the article states the claim in its own voice or reports that someone says it (the claim's words
/// inside an attribution's content or a quotation), with questions and the share of the body about the claim. Each
/// feature has a name, so that a model file can be checked against the code that reads it and a decision explained.
struct StanceFeatures: Sendable {
    static let names = [
        "body cosine", "best sentence coverage", "top-3 coverage", "body coverage", "lead coverage",
        "bigram coverage", "name coverage", "claim terms", "body words (log)", "best sentence position",
        "share of related sentences", "body refutation rate", "refutations in top-3", "body hedge rate",
        "hedges in top-3", "negations in top-3", "negations near claim words", "body negation rate",
        "body confirmation rate", "confirmations in top-3", "body question rate", "claim refutations",
        "claim hedges", "claim negations", "claim is a question", "claim figures", "claim figures in body",
        "negation mismatch", "refutations in lead", "refutations near claim words", "first sentence coverage",
        "hedges near claim words", "confirmations near claim words", "questions in top-3",
        "refutations in related sentences", "negations in related sentences", "top-3 coverage norm",
        "claim names missing from body", "body figures unlike the claim's",
        // Own voice or reported speech; hedges, attributions and questions where the claim is; the body's share.
        "best sentence reported share", "related reported share", "own-voice coverage", "reported coverage",
        "related sentences in own voice", "attributions in best sentence", "attributions in related sentences",
        "body attribution rate", "body reported share", "hedges in best sentence", "hedges in related sentences",
        "questions in related sentences", "claim attributions", "claim quoted share", "body share about the claim",
        "sentences holding half the claim", "refutations in best sentence", "negations in best sentence",
        "confirmations in related sentences", "first related sentence position", "reported negations near claim words",
        "own-voice refutations near claim words", "lead own-voice coverage", "lead reported coverage",
        "hedges and attributions before the claim in its best sentence", "own-voice negations near claim words",
        "body quoted share", "claim share under a negation", "claim share beside a refutation",
        // Debunks: words that say a report, picture or story is not what it claims.
        "body debunk rate", "debunks in related sentences", "debunks near claim words",
        "own-voice debunks near claim words", "debunks in lead", "claim debunks",
        "sentences refuting or debunking", "claim share beside a debunk",
        // Judgement withheld (`unclear`, `unconfirmed`) and reports named (`reports`, `claims`) where the claim is.
        "body uncertainty rate", "uncertainties in related sentences", "uncertainties near claim words",
        "body report noun rate", "report nouns in best sentence", "report nouns near claim words",
        "body own-voice refutation and debunk rate",
        // The claim's own confirming, uncertain and reporting words; denials that govern the claim's words where the
        // article speaks of it (a negation, refutation or debunk before them, or a verdict after them).
        "claim confirmations", "claim uncertainties", "claim report nouns",
        "own-voice denial of the claim in its best sentence", "reported denial of the claim in its best sentence",
        "related sentences with a verdict after the claim", "claim share beside a confirmation in its best sentence",
        "polarity differs in the best sentence", "own-voice denials in top-3", "related sentences denying the claim",
        // Doubts (`cast doubt`, `skeptical`) where the claim is, and turns (`But ...`) after it.
        "body doubt rate", "doubts in related sentences", "doubts near claim words",
        "own-voice doubts near claim words",
        "turns in the three sentences after the best", "turning sentences that doubt or deny",
        "contrast after the claim in its best sentence",
        // A claim that is itself a denial, against an article that states what it denies (-1 for other claims).
        "denying claim: best sentence coverage without a denial", "denying claim: related sentences without a denial",
        "denying claim: its denial words absent from the body", "denying claim: body denial rate",
        // The claim asserted in the article's own voice, in a sentence that neither frames nor withholds it.
        "plain assertion coverage", "lead plain assertion coverage", "plain related sentences",
    ]

    var values: [Float]
    /// The body's sentences that hold most of the claim, best first, with the share of the claim each holds.
    var best: [(sentence: Int, coverage: Double)]
    /// The sentences that hold at least 0.3 of the claim (its related sentences), in order, for `StanceLexicon`.
    var related: [Int]

    /// How far from a claim word a class word still counts as near it.
    static let window = 6

    /// `bodyNorm` is `vocabulary.norm(of: body)`, when the caller has it (a body is paired with many claims).
    init(claim: StanceText, body: StanceText, vocabulary: StanceVocabulary, bodyNorm: Double? = nil) {
        let terms = claim.terms
        var weight: [String: Double] = [:]
        for term in terms { weight[term] = vocabulary.idf(term) }
        let total = max(1e-9, terms.reduce(0.0) { $0 + weight[$1]! })
        let sentenceCount = body.sentences.count
        // Coverage per sentence: the weight of the claim's terms the sentence holds, over the claim's total.
        var coverage = [Double](repeating: 0, count: sentenceCount)
        var seenIn = [Set<String>](repeating: [], count: sentenceCount)
        var bodyCount: [String: Int] = [:]
        var nearClaim = [Bool](repeating: false, count: body.words.count)
        // The same, counting the claim's words where the article says them itself, and where it reports them.
        var ownCoverage = [Double](repeating: 0, count: sentenceCount)
        var reportedCoverage = ownCoverage
        var ownIn = seenIn
        var reportedIn = seenIn
        var occurrences = [Int](repeating: 0, count: sentenceCount)
        var reportedOccurrences = occurrences
        let elsewhere = StanceWords.reported | StanceWords.quoted
        for term in terms {
            guard let positions = body.positions[term] else { continue }
            bodyCount[term] = positions.count
            for p in positions {
                let s = body.sentenceOf[p]
                occurrences[s] += 1
                if body.words[p].classes & elsewhere != 0 {
                    reportedOccurrences[s] += 1
                    if reportedIn[s].insert(term).inserted { reportedCoverage[s] += weight[term]! / total }
                } else if ownIn[s].insert(term).inserted {
                    ownCoverage[s] += weight[term]! / total
                }
                if seenIn[s].insert(term).inserted { coverage[s] += weight[term]! / total }
                let range = body.sentences[s].words
                for q in max(
                    range.lowerBound, p - StanceFeatures.window)..<min(range.upperBound, p + StanceFeatures.window + 1)
                {
                    nearClaim[q] = true
                }
            }
        }
        let order = coverage.indices.sorted { coverage[$0] != coverage[$1] ? coverage[$0] > coverage[$1] : $0 < $1 }
        best = order.prefix(5).map { ($0, coverage[$0]) }
        let top = Array(order.prefix(3))

        func count(_ flag: UInt16, in sentences: some Sequence<Int>, near: Bool = false) -> Double {
            var n = 0
            for s in sentences {
                for w in body.sentences[s].words where body.words[w].classes & flag != 0 && (!near || nearClaim[w]) {
                    n += 1
                }
            }
            return Double(n)
        }
        func rate(_ flag: UInt16) -> Double {
            100 * Double(body.count(flag)) / Double(max(1, body.words.count))
        }
        // The body's term vector (log term frequency times rarity) against the claim's.
        var dot = 0.0
        var claimNorm = 0.0
        for term in terms {
            let w = weight[term]!
            claimNorm += w * w
            if let n = bodyCount[term] { dot += w * (1 + log(Double(n))) * w }
        }
        let bodyNorm = bodyNorm ?? vocabulary.norm(of: body)
        let cosine = claimNorm > 0 && bodyNorm > 0 ? dot / (sqrt(claimNorm) * bodyNorm) : 0
        let bodyCoverage = terms.reduce(0.0) { $0 + (bodyCount[$1] != nil ? weight[$1]! : 0) } / total
        var lead = Set<String>()
        for s in 0..<min(3, sentenceCount) { lead.formUnion(seenIn[s]) }
        let leadCoverage = terms.reduce(0.0) { $0 + (lead.contains($1) ? weight[$1]! : 0) } / total
        // Bigrams of the claim's consecutive terms found next to each other (two words apart at most).
        let claimTerms = claim.words.map(\.term).filter { !$0.isEmpty }
        var bigrams = 0
        var found = 0
        for k in 1..<max(1, claimTerms.count) {
            bigrams += 1
            guard let first = body.positions[claimTerms[k - 1]], let second = body.positions[claimTerms[k]] else {
                continue
            }
            let seconds = Set(second)
            if first.contains(where: { seconds.contains($0 + 1) || seconds.contains($0 + 2) }) { found += 1 }
        }
        let names = Set(claim.words.filter { $0.isName && !$0.term.isEmpty }.map(\.term))
        let namesFound = names.filter { bodyCount[$0] != nil }.count
        let claimFigures = Set(claim.words.compactMap(\.value))
        let bodyFigures = Set(body.words.compactMap(\.value))
        let related = coverage.indices.filter { coverage[$0] >= 0.3 }
        self.related = related
        let claimNegated = claim.words.contains { $0.classes & StanceWords.negation != 0 }
        let bestNegated = top.first.map { count(StanceWords.negation, in: [$0]) > 0 } ?? false
        // Figures in the best sentences that the claim does not give, when the claim gives some.
        var unlike = 0
        if !claimFigures.isEmpty {
            for s in top {
                for w in body.sentences[s].words {
                    if let v = body.words[w].value, !claimFigures.contains(v) { unlike += 1 }
                }
            }
        }
        let topCoverage = top.isEmpty ? 0 : top.reduce(0.0) { $0 + coverage[$1] } / Double(top.count)
        let claimWordCount = Double(max(1, claim.words.count))
        var topCosine = 0.0
        for s in top { topCosine += coverage[s] * coverage[s] }

        let v: [Double] = [
            cosine, order.first.map { coverage[$0] } ?? 0, topCoverage, bodyCoverage, leadCoverage,
            bigrams > 0 ? Double(found) / Double(bigrams) : 0,
            names.isEmpty ? 1 : Double(namesFound) / Double(names.count),
            Double(terms.count), log(1 + Double(body.words.count)),
            order.first.map { Double($0) / Double(max(1, sentenceCount)) } ?? 1,
            Double(related.count) / Double(max(1, sentenceCount)),
            rate(StanceWords.refutation), count(StanceWords.refutation, in: top), rate(StanceWords.hedge),
            count(StanceWords.hedge, in: top), count(StanceWords.negation, in: top),
            count(StanceWords.negation, in: top, near: true), rate(StanceWords.negation),
            rate(StanceWords.confirmation), count(StanceWords.confirmation, in: top),
            Double(body.sentences.filter(\.isQuestion).count) / Double(max(1, sentenceCount)),
            Double(claim.words.filter { $0.classes & StanceWords.refutation != 0 }.count) / claimWordCount,
            Double(claim.words.filter { $0.classes & StanceWords.hedge != 0 }.count) / claimWordCount,
            Double(claim.words.filter { $0.classes & StanceWords.negation != 0 }.count) / claimWordCount,
            claim.sentences.contains(where: \.isQuestion) ? 1 : 0, Double(claimFigures.count),
            claimFigures.isEmpty
                ? 1 : Double(claimFigures.intersection(bodyFigures).count) / Double(claimFigures.count),
            claimNegated != bestNegated ? 1 : 0, count(StanceWords.refutation, in: 0..<min(5, sentenceCount)),
            count(StanceWords.refutation, in: 0..<sentenceCount, near: true), sentenceCount > 0 ? coverage[0] : 0,
            count(StanceWords.hedge, in: 0..<sentenceCount, near: true),
            count(StanceWords.confirmation, in: 0..<sentenceCount, near: true),
            Double(top.filter { body.sentences[$0].isQuestion }.count),
            count(StanceWords.refutation, in: related), count(StanceWords.negation, in: related),
            sqrt(topCosine), Double(names.count - namesFound), Double(unlike),
        ]
        // Own voice or reported speech, where the claim is.
        let bestSentence = order.first
        let relatedCount = Double(max(1, related.count))
        let relatedOccurrences = related.reduce(0) { $0 + occurrences[$1] }
        let relatedWords = related.reduce(0) { $0 + body.sentences[$1].words.count }
        let claimWords = claim.words.filter { !$0.term.isEmpty }
        var w: [Double] = [
            bestSentence.map { occurrences[$0] > 0 ? Double(reportedOccurrences[$0]) / Double(occurrences[$0]) : 0 }
                ?? 0,
            relatedOccurrences > 0
                ? Double(related.reduce(0) { $0 + reportedOccurrences[$1] }) / Double(relatedOccurrences) : 0,
            ownCoverage.max() ?? 0, reportedCoverage.max() ?? 0,
            Double(related.filter { ownCoverage[$0] >= 0.3 }.count) / relatedCount,
        ]
        w += [
            count(StanceWords.attribution, in: bestSentence.map { [$0] } ?? []),
            count(StanceWords.attribution, in: related) / relatedCount, rate(StanceWords.attribution),
            rate(StanceWords.reported), count(StanceWords.hedge, in: bestSentence.map { [$0] } ?? []),
            count(StanceWords.hedge, in: related) / relatedCount,
            Double(related.filter { body.sentences[$0].isQuestion }.count) / relatedCount,
            Double(claim.count(StanceWords.attribution)),
            claimWords.isEmpty
                ? 0
                : Double(claimWords.filter { $0.classes & StanceWords.quoted != 0 }.count) / Double(claimWords.count),
            Double(relatedWords) / Double(max(1, body.words.count)),
            Double(coverage.filter { $0 >= 0.5 }.count),
            count(StanceWords.refutation, in: bestSentence.map { [$0] } ?? []),
            count(StanceWords.negation, in: bestSentence.map { [$0] } ?? []),
            count(StanceWords.confirmation, in: related) / relatedCount,
            related.first.map { Double($0) / Double(max(1, sentenceCount)) } ?? 1,
        ]
        var reportedNegations = 0
        var ownRefutations = 0
        var ownNegations = 0
        for (k, word) in body.words.enumerated() where nearClaim[k] {
            let own = word.classes & elsewhere == 0
            if word.classes & StanceWords.negation != 0 {
                if own { ownNegations += 1 } else { reportedNegations += 1 }
            }
            if word.classes & StanceWords.refutation != 0 && own { ownRefutations += 1 }
        }
        // In the best sentence, hedges and attribution cues before its first word of the claim (`reportedly`,
        // `claims that`), which frame what follows as someone else's.
        var framing = 0
        if let s = bestSentence {
            let range = body.sentences[s].words
            if let first = range.first(where: {
                !body.words[$0].term.isEmpty && claim.positions[body.words[$0].term] != nil
            }) {
                framing =
                    (range.lowerBound..<first).filter {
                        body.words[$0].classes & (StanceWords.hedge | StanceWords.attribution) != 0
                    }.count
            }
        }
        // The claim's words a negation governs (the four words after it), and those beside a refutation (four words
        // either side), as a weighted share of the claim: the most in any related sentence.
        var negatedShare = 0.0
        var refutedShare = 0.0
        var debunkedShare = 0.0
        let marks = StanceWords.negation | StanceWords.refutation | StanceWords.debunk
        for s in related {
            let range = body.sentences[s].words
            var negated = Set<String>()
            var refuted = Set<String>()
            var debunked = Set<String>()
            for p in range where body.words[p].classes & marks != 0 {
                let flags = body.words[p].classes
                for q in max(range.lowerBound, p - 4)..<min(range.upperBound, p + 5) where q != p {
                    let term = body.words[q].term
                    guard !term.isEmpty, weight[term] != nil else { continue }
                    if flags & StanceWords.negation != 0 && q > p { negated.insert(term) }
                    if flags & StanceWords.refutation != 0 { refuted.insert(term) }
                    if flags & StanceWords.debunk != 0 { debunked.insert(term) }
                }
            }
            // Summed in the claim's order, so that the figure is the same on every run.
            func share(_ set: Set<String>) -> Double {
                terms.reduce(0.0) { $0 + (set.contains($1) ? weight[$1]! : 0) } / total
            }
            negatedShare = max(negatedShare, share(negated))
            refutedShare = max(refutedShare, share(refuted))
            debunkedShare = max(debunkedShare, share(debunked))
        }
        let opening = 0..<min(2, sentenceCount)
        w += [
            Double(reportedNegations), Double(ownRefutations), opening.map { ownCoverage[$0] }.max() ?? 0,
            opening.map { reportedCoverage[$0] }.max() ?? 0, Double(framing), Double(ownNegations),
            rate(StanceWords.quoted) / 100, negatedShare, refutedShare,
        ]
        var ownDebunks = 0
        for (k, word) in body.words.enumerated() where nearClaim[k] && word.classes & StanceWords.debunk != 0 {
            if word.classes & elsewhere == 0 { ownDebunks += 1 }
        }
        let refuting = body.sentences.indices.filter { s in
            body.sentences[s].words.contains {
                body.words[$0].classes & (StanceWords.refutation | StanceWords.debunk) != 0
            }
        }
        w += [
            rate(StanceWords.debunk), count(StanceWords.debunk, in: related) / relatedCount,
            count(StanceWords.debunk, in: 0..<sentenceCount, near: true), Double(ownDebunks),
            count(StanceWords.debunk, in: 0..<min(5, sentenceCount)),
            Double(claim.count(StanceWords.debunk)) / claimWordCount,
            Double(refuting.count) / Double(max(1, sentenceCount)), debunkedShare,
        ]
        var ownRejections = 0
        for word in body.words
        where word.classes & (StanceWords.refutation | StanceWords.debunk) != 0 && word.classes & elsewhere == 0 {
            ownRejections += 1
        }
        w += [
            rate(StanceWords.uncertainty), count(StanceWords.uncertainty, in: related) / relatedCount,
            count(StanceWords.uncertainty, in: 0..<sentenceCount, near: true), rate(StanceWords.reportNoun),
            count(StanceWords.reportNoun, in: bestSentence.map { [$0] } ?? []),
            count(StanceWords.reportNoun, in: 0..<sentenceCount, near: true),
            100 * Double(ownRejections) / Double(max(1, body.words.count)),
        ]
        w += StanceFeatures.denials(
            claim: claim, body: body, weight: weight, total: total, best: bestSentence, top: top, related: related)
        // Doubts near the claim, in the article's voice or another's; sentences that open with a contrast after the
        // claim's best sentence, and any that open with one and doubt or deny.
        var ownDoubts = 0
        for (k, word) in body.words.enumerated() where nearClaim[k] && word.classes & StanceWords.doubt != 0 {
            if word.classes & elsewhere == 0 { ownDoubts += 1 }
        }
        func opensWithContrast(_ s: Int) -> Bool {
            let range = body.sentences[s].words
            return !range.isEmpty && body.words[range.lowerBound].classes & StanceWords.contrast != 0
        }
        let doubting = StanceWords.doubt | StanceWords.refutation | StanceWords.debunk | StanceWords.negation
        let turning = body.sentences.indices.filter { s in
            opensWithContrast(s) && body.sentences[s].words.contains { body.words[$0].classes & doubting != 0 }
        }
        var turnsAfter = 0
        var contrastAfter = false
        if let s = bestSentence {
            turnsAfter = (s + 1..<min(sentenceCount, s + 4)).filter(opensWithContrast).count
            let range = body.sentences[s].words
            if let first = range.first(where: {
                !body.words[$0].term.isEmpty && weight[body.words[$0].term] != nil
            }) {
                contrastAfter = (first + 1..<range.upperBound).contains {
                    body.words[$0].classes & StanceWords.contrast != 0
                }
            }
        }
        w += [
            rate(StanceWords.doubt), count(StanceWords.doubt, in: related) / relatedCount,
            count(StanceWords.doubt, in: 0..<sentenceCount, near: true), Double(ownDoubts), Double(turnsAfter),
            Double(turning.count) / Double(max(1, sentenceCount)), contrastAfter ? 1 : 0,
        ]
        w += StanceFeatures.denyingClaim(
            claim: claim, body: body, best: bestSentence, bestCoverage: bestSentence.map { coverage[$0] } ?? 0,
            related: related)
        w += StanceFeatures.assertion(body: body, ownCoverage: ownCoverage, related: related)
        values = (v + w).map { Float($0) }
        assert(values.count == StanceFeatures.names.count)
    }
}
