/// The side of its story that a headline and an article take, learned from words. A story has a claim that some
/// of its headlines and articles make (`the bridge collapsed`) and others reject (`no, the bridge did not
/// collapse`; `the photo of the collapse is a fake`); a headline and an article disagree when they stand on opposite
/// sides, whichever side each is on. So disagreement is not denial words in the article alone, but a denying
/// article under an asserting headline or an asserting article under a denying one.
///
/// `train-stance` finds the sides in the training stories from the gold itself: `agree` puts a headline and an
/// article on one side, `disagree` on opposite sides, so each story's related graph splits in two (`sides`); the side
/// whose headlines use denial words (negations, refutations, debunks, doubts) more is the denying side. It then learns
/// words that mark the denying side, separately for headlines and for articles (the whole body: an article's side
/// is its own, whatever the headline), with `StanceLexicon.learn`'s story votes, so that a story's topic cannot
/// enter. The features are each text's learned score and their product, which is negative when the two stand on
/// opposite sides, and the article's score where it takes its side: its lead and its most denying sentence.
struct StancePolarity: Sendable, Equatable {
    /// Learned words of headlines, and of article bodies: positive for the denying side.
    var claimWeights: [String: Float]
    var bodyWeights: [String: Float]

    static let names = [
        "claim on the denying side (learned words)", "body on the denying side (learned words)",
        "claim and body sides (product of the two)", "claim and body sides apart (difference)",
        // Where the article takes its side: its lead, and its most denying sentence (a verdict such as `the story
        // is a hoax` can be one sentence in a long report), each alone and with the claim's side.
        "body lead on the denying side", "body's most denying sentence", "claim and body lead sides (product)",
        "claim and most denying sentence sides (product)",
    ]

    static let empty = StancePolarity(claimWeights: [:], bodyWeights: [:])

    /// The word classes a text's context names as tokens (`#negation`), beside its terms, so that closed-class words
    /// that are not terms (`not`, `no`) can be learned too; in a body, a class word in someone else's words is a
    /// token of its own (`#negation~`).
    static let classTokens: [(flag: UInt16, name: String)] = [
        (StanceWords.negation, "#negation"), (StanceWords.refutation, "#refutation"), (StanceWords.debunk, "#debunk"),
        (StanceWords.doubt, "#doubt"), (StanceWords.hedge, "#hedge"), (StanceWords.uncertainty, "#uncertainty"),
        (StanceWords.confirmation, "#confirmation"), (StanceWords.reportNoun, "#report"),
        (StanceWords.attribution, "#attribution"), (StanceWords.contrast, "#contrast"),
    ]

    /// The denial classes that orient a story's two sides.
    static let denial = StanceWords.negation | StanceWords.refutation | StanceWords.debunk | StanceWords.doubt

    /// The distinct terms and class tokens of a text, or of its sentences `sentences`, sorted; `marksReported`
    /// adds the `~` tokens.
    static func context(_ text: StanceText, sentences: Range<Int>? = nil, marksReported: Bool) -> [String] {
        var out = Set<String>()
        let elsewhere = StanceWords.reported | StanceWords.quoted
        let chosen = sentences ?? 0..<text.sentences.count
        var words = 0..<text.words.count
        if sentences != nil {
            words =
                chosen.isEmpty
                ? 0..<0
                : text.sentences[chosen.lowerBound].words.lowerBound..<text.sentences[chosen.last!].words.upperBound
        }
        for word in text.words[words] {
            if !word.term.isEmpty && !word.isNumber { out.insert(word.term) }
            guard word.classes != 0 else { continue }
            let reported = marksReported && word.classes & elsewhere != 0
            for (flag, name) in classTokens where word.classes & flag != 0 {
                out.insert(reported ? name + "~" : name)
            }
        }
        if chosen.contains(where: { text.sentences[$0].isQuestion }) { out.insert("#question") }
        return out.sorted()
    }

    /// The two sides of a story's related graph: for headlines and bodies (node indices `0..<nodes`), `edges` of
    /// (node, node, apart) where `apart` is a `disagree`. Returns each node's side, 0 or 1, or `nil` for a node no
    /// edge reaches; the first node of each component is on side 0. A graph that cannot be split (an odd cycle of
    /// `disagree`) keeps the first side found for each node. Deterministic in the order of `edges`.
    static func sides(nodes: Int, edges: [(Int, Int, Bool)]) -> (side: [Int?], component: [Int]) {
        var adjacent = [[(Int, Bool)]](repeating: [], count: nodes)
        for (a, b, apart) in edges {
            adjacent[a].append((b, apart))
            adjacent[b].append((a, apart))
        }
        var side = [Int?](repeating: nil, count: nodes)
        var component = [Int](repeating: -1, count: nodes)
        var components = 0
        for start in 0..<nodes where side[start] == nil && !adjacent[start].isEmpty {
            side[start] = 0
            component[start] = components
            var stack = [start]
            while let n = stack.popLast() {
                for (m, apart) in adjacent[n] where side[m] == nil {
                    side[m] = apart ? 1 - side[n]! : side[n]!
                    component[m] = components
                    stack.append(m)
                }
            }
            components += 1
        }
        return (side, component)
    }

    /// Which side of each component denies: the one whose headlines more often hold a denial word (a component with
    /// one side only denies when most of its headlines do); none for a component whose two sides are level.
    static func denyingSide(
        side: [Int?], component: [Int], isHeadline: [Bool], hasDenial: [Bool]
    ) -> [Int: Int] {
        var counts: [Int: [(headlines: Int, denying: Int)]] = [:]
        for n in side.indices where isHeadline[n] {
            guard let s = side[n] else { continue }
            var c = counts[component[n]] ?? [(0, 0), (0, 0)]
            c[s].headlines += 1
            if hasDenial[n] { c[s].denying += 1 }
            counts[component[n]] = c
        }
        var out: [Int: Int] = [:]
        for (k, c) in counts {
            // A side with no headline counts as half denying, so that a lone side must be mostly denying to deny.
            let share = c.map { $0.headlines > 0 ? Double($0.denying) / Double($0.headlines) : 0.5 }
            if share[0] != share[1] { out[k] = share[1] > share[0] ? 1 : 0 }
        }
        return out
    }

    /// A text's learned score: the weights of its context per root of its size.
    static func score(_ context: [String], _ weights: [String: Float]) -> Double {
        guard !weights.isEmpty else { return 0 }
        let sum = context.reduce(0.0) { $0 + Double(weights[$1] ?? 0) }
        return sum / Double(max(1, context.count)).squareRoot()
    }

    func claimScore(_ claim: StanceText) -> Double {
        StancePolarity.score(StancePolarity.context(claim, marksReported: false), claimWeights)
    }

    func bodyScore(_ body: StanceText) -> Double {
        StancePolarity.score(StancePolarity.context(body, marksReported: true), bodyWeights)
    }

    /// A body's side, with the body's learned words: the whole body, its lead (first three sentences) and its most
    /// denying sentence. They are the body's alone, whatever the claim, so an article about something else cannot
    /// look about the claim through them.
    struct BodySide: Sendable, Equatable {
        var whole = 0.0
        var lead = 0.0
        var strongest = 0.0
    }

    func bodySide(_ body: StanceText) -> BodySide {
        guard !bodyWeights.isEmpty else { return BodySide() }
        func score(_ sentences: Range<Int>) -> Double {
            StancePolarity.score(
                StancePolarity.context(body, sentences: sentences, marksReported: true), bodyWeights)
        }
        let count = body.sentences.count
        let strongest = (0..<count).map { score($0..<$0 + 1) }.max() ?? 0
        return BodySide(whole: bodyScore(body), lead: score(0..<min(3, count)), strongest: strongest)
    }

    /// The features of a claim and a body from their scores.
    static func values(claim c: Double, body: BodySide) -> [Float] {
        let b = body.whole
        return [
            Float(c), Float(b), Float(c * b), Float(abs(c - b)), Float(body.lead), Float(body.strongest),
            Float(c * body.lead), Float(c * body.strongest),
        ]
    }

    /// Learns the words of each side from training pairs (indices into `claims` and `bodies`), their gold classes
    /// (`Stance` indices) and stories: the sides come from the `agree` and `disagree` pairs (`sides`), oriented by
    /// the headlines' denial words (`denyingSide`); a headline or body on a side is one example of it in its story.
    static func learn(
        claims: [StanceText], bodies: [StanceText], pairs: [(claim: Int, body: Int)], labels: [Int], stories: [Int],
        settings: StanceLexicon.Settings = StanceLexicon.Settings()
    ) -> StancePolarity {
        // Nodes: the claims, then the bodies, of agree and disagree pairs, in order of first use.
        var claimNode: [Int: Int] = [:]
        var bodyNode: [Int: Int] = [:]
        var text: [(isClaim: Bool, index: Int, story: Int)] = []
        var edges: [(Int, Int, Bool)] = []
        let agree = Stance.agree.index
        let disagree = Stance.disagree.index
        for k in pairs.indices where labels[k] == agree || labels[k] == disagree {
            let (c, b) = pairs[k]
            if claimNode[c] == nil {
                claimNode[c] = text.count
                text.append((true, c, stories[k]))
            }
            if bodyNode[b] == nil {
                bodyNode[b] = text.count
                text.append((false, b, stories[k]))
            }
            edges.append((claimNode[c]!, bodyNode[b]!, labels[k] == disagree))
        }
        let (side, component) = sides(nodes: text.count, edges: edges)
        let hasDenial = text.map { $0.isClaim && claims[$0.index].words.contains { $0.classes & denial != 0 } }
        let denying = denyingSide(
            side: side, component: component, isHeadline: text.map(\.isClaim), hasDenial: hasDenial)
        var learned: [[String: Float]] = []
        for isClaim in [true, false] {
            var contexts: [[String]] = []
            var sideLabels: [Int] = []
            var sideStories: [Int] = []
            for n in text.indices where text[n].isClaim == isClaim {
                guard let s = side[n], let deniedSide = denying[component[n]] else { continue }
                contexts.append(
                    isClaim
                        ? context(claims[text[n].index], marksReported: false)
                        : context(bodies[text[n].index], marksReported: true))
                sideLabels.append(s == deniedSide ? disagree : agree)
                sideStories.append(text[n].story)
            }
            // Stories renumbered densely for `learn`.
            var dense: [Int: Int] = [:]
            let storyIndex = sideStories.map { story in
                if let k = dense[story] { return k }
                dense[story] = dense.count
                return dense.count - 1
            }
            let lexicon = StanceLexicon.learn(
                contexts: contexts, labels: sideLabels, stories: storyIndex, settings: settings,
                contrasts: [([disagree], [agree])])
            learned.append(lexicon.weights[0])
        }
        return StancePolarity(claimWeights: learned[0], bodyWeights: learned[1])
    }
}
