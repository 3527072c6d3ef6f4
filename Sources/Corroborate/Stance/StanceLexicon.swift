import Foundation

/// Words learned from training pairs that tell one stance from another where an article speaks of the claim: for
/// each contrast (disagree against agree and discuss; agree against discuss; agree against discuss again over the
/// whole body), a weight per word, the z-score of its smoothed log-odds ratio between the two sides (Monroe,
/// Colaresi and Quinn's informative-prior measure). A word is counted in the sentences that hold the claim (its
/// related sentences, leaving out the claim's own words; the whole body for the contrasts of `wholeBody`, where
/// training counts every word of the body and a pair's features leave out the claim's words), and counted by
/// story: each story gives each side one vote, split among its pairs, so that a large story cannot fill
/// the lexicon with its topic; and a word must stand on its side in several stories. Learned by `train-stance` from
/// the training stories only and shipped in the model file, so that the model that reads the words is built by the
/// same deterministic command.
struct StanceLexicon: Sendable, Equatable {
    /// Per contrast, in the order of `contrasts`: each learned word and its weight (positive for the first side).
    var weights: [[String: Float]]

    /// Each contrast's two sides, as class indices (`Stance.allCases` order).
    static let contrasts: [(side: [Int], against: [Int])] = [
        ([Stance.disagree.index], [Stance.agree.index, Stance.discuss.index]),
        ([Stance.agree.index], [Stance.discuss.index]),
        ([Stance.agree.index], [Stance.discuss.index]),
    ]

    /// The contrasts whose words are counted in the whole body rather than in the sentences that hold the claim: an
    /// article that only reports a claim tends to be written as a report throughout (`sources`, `unverified`), one
    /// that agrees as an account of what happened.
    static let wholeBody: Set<Int> = [2]

    static let names = [
        "learned disagree words in related sentences", "learned agree-or-discuss words in related sentences",
        "learned disagree words in best sentence", "learned agree words in related sentences",
        "learned discuss words in related sentences", "learned agree words in best sentence",
        "learned agree words in the body", "learned discuss words in the body",
        "learned body agree words in best sentence",
    ]

    /// The settings of `learn`: how many words per contrast, in how many stories a word must stand on its side, and
    /// the strength of the prior (in stories) that draws a rare word's rates toward the overall rate.
    struct Settings: Sendable {
        var size = 150
        var minimumStories = 3
        var prior = 5.0
    }

    static let empty = StanceLexicon(weights: contrasts.map { _ in [:] })

    /// The distinct terms of some sentences of a body that are not the claim's, sorted.
    static func context(claim: StanceText, body: StanceText, sentences: some Sequence<Int>) -> [String] {
        var out = Set<String>()
        for s in sentences {
            for w in body.sentences[s].words {
                let term = body.words[w].term
                if !term.isEmpty && claim.positions[term] == nil { out.insert(term) }
            }
        }
        return out.sorted()
    }

    /// Learns the weights from pairs: each pair's context (`context`), class and story.
    /// `bodyContexts`, when given, are each pair's whole-body terms, for the contrasts of `wholeBody`.
    static func learn(
        contexts: [[String]], bodyContexts: [[String]]? = nil, labels: [Int], stories: [Int],
        settings: Settings = Settings(),
        contrasts: [(side: [Int], against: [Int])] = StanceLexicon.contrasts
    ) -> StanceLexicon {
        let storyCount = (stories.max() ?? -1) + 1
        var members = [[Int]](repeating: [], count: storyCount)
        for k in contexts.indices { members[stories[k]].append(k) }
        var weights: [[String: Float]] = []
        for (c, contrast) in contrasts.enumerated() {
            let contexts = bodyContexts != nil && wholeBody.contains(c) ? bodyContexts! : contexts
            // Per side: the summed story votes of each word, the stories it stands in, and the stories voting.
            var votes: [[String: Double]] = [[:], [:]]
            var support: [[String: Int]] = [[:], [:]]
            var voters = [0, 0]
            for story in members {
                for (side, classes) in [contrast.side, contrast.against].enumerated() {
                    let pairs = story.filter { classes.contains(labels[$0]) }
                    guard !pairs.isEmpty else { continue }
                    voters[side] += 1
                    var counts: [String: Int] = [:]
                    for k in pairs { for term in contexts[k] { counts[term, default: 0] += 1 } }
                    for (term, n) in counts {
                        votes[side][term, default: 0] += Double(n) / Double(pairs.count)
                        support[side][term, default: 0] += 1
                    }
                }
            }
            guard voters[0] > 0, voters[1] > 0 else {
                weights.append([:])
                continue
            }
            let a = settings.prior
            var scored: [(term: String, weight: Double)] = []
            for term in Set(votes[0].keys).union(votes[1].keys) {
                let v0 = votes[0][term] ?? 0
                let v1 = votes[1][term] ?? 0
                let p = (v0 + v1) / Double(voters[0] + voters[1])
                let r0 = (v0 + a * p) / (Double(voters[0]) + a)
                let r1 = (v1 + a * p) / (Double(voters[1]) + a)
                guard r0 > 0, r0 < 1, r1 > 0, r1 < 1 else { continue }
                // The log-odds ratio over its standard error (in story votes): a word seen on one side in many
                // stories outweighs one seen in a few, however exclusive.
                let delta = log(r0 / (1 - r0)) - log(r1 / (1 - r1))
                let weight = delta / sqrt(1 / (v0 + a * p) + 1 / (v1 + a * p))
                // A word counts for the side it leans to only if it stands there in enough stories.
                let side = weight > 0 ? 0 : 1
                guard (support[side][term] ?? 0) >= settings.minimumStories else { continue }
                scored.append((term, weight))
            }
            scored.sort { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : $0.term < $1.term }
            var learned: [String: Float] = [:]
            for (term, weight) in scored.prefix(settings.size) { learned[term] = Float(weight) }
            weights.append(learned)
        }
        return StanceLexicon(weights: weights)
    }

    /// The features of one pair: per contrast, the weights of its words for each side in the related sentences (per
    /// root of the number of distinct words there), and their sum in the best sentence.
    func values(claim: StanceText, body: StanceText, related: [Int], best: Int?) -> [Float] {
        let context = StanceLexicon.context(claim: claim, body: body, sentences: related)
        let bestContext = best.map { StanceLexicon.context(claim: claim, body: body, sentences: [$0]) } ?? []
        let norm = sqrt(Double(max(1, context.count)))
        // The body's distinct terms in order of first use (no set to build and sort: a body has hundreds).
        let whole = body.terms.filter { claim.positions[$0] == nil }
        let wholeNorm = sqrt(Double(max(1, whole.count)))
        var out: [Float] = []
        for (c, lexicon) in weights.enumerated() {
            let (context, norm) = StanceLexicon.wholeBody.contains(c) ? (whole, wholeNorm) : (context, norm)
            var positive = 0.0
            var negative = 0.0
            for term in context {
                guard let w = lexicon[term] else { continue }
                if w > 0 { positive += Double(w) } else { negative -= Double(w) }
            }
            let inBest = bestContext.reduce(0.0) { $0 + Double(lexicon[$1] ?? 0) }
            out += [Float(positive / norm), Float(negative / norm), Float(inBest)]
        }
        return out
    }
}
