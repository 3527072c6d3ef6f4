/// Whether an article's statement is about what a claim says, before it may support or contradict the claim: the
/// claim's names (places, actors) are the statement's, and the claim's other content words (what happened, to
/// what, how) are mostly there too, or stand for the same kind of happening or the same measure: `withdrew` and
/// `fallen` are both kinds of happening the frames know, `without a fight` and `after fierce clashes` both say
/// how it went, `people ... killed` and `employees were killed` both count people killed. A statement that shares
/// only a place, a name or a figure with the claim is about something else, and is no evidence either way.
///
/// It reads both sides with what the comparison offers today: `ContentReader`'s index terms and name skeletons,
/// the claims' frames (kinds of happening, manner and state classes of `events.json`), and `TypedQuantity`
/// measures with `QuantityReader`'s nouns for people and outcome words. It is the one place
/// `check` asks whether a proposition lines up with the claim's, so that a proposition alignment built for the
/// comparison can be put behind it.
struct EvidenceAlignment: Sendable {
    /// The least share of the claim's content words (weighted by rarity) the statement must hold.
    var share = 0.5
    let quantities: QuantityReader

    init(quantities: QuantityReader) {
        self.quantities = quantities
    }

    /// The answer, with the reason in words for the explanation.
    struct Result: Sendable, Equatable {
        var aligned: Bool
        var reason: String
        /// The share of the claim's content words the statement holds, measure words included.
        var share: Double
        /// The statement gives every name the claim gives, and the claim gives one at least: it is anchored to
        /// the claim's places and actors, not only to a kind of happening or a measure.
        var anchored = false
        /// The statement holds a word of the claim besides those of a measure they share (the figure, the thing
        /// counted, what happened to it): `the depot fire killed 4` for `the depot fire killed 12`, not `three
        /// people died` for `12 people were killed`.
        var beyondMeasure = false
    }

    /// `rarity` weighs a term (the stance model's inverse document frequency).
    func align(
        _ claimed: (claim: Claim, content: ClaimContent), _ stated: (claim: Claim, content: ClaimContent),
        rarity: (String) -> Double
    ) -> Result {
        let (claim, statement) = (claimed.content, stated.content)
        // Names: every name the claim gives, unless the statement names none of the claim's and nothing else.
        let missing = claim.skeletons.filter { statement.weights[$0] == nil }.sorted()
        let extra = statement.skeletons.filter { claim.weights[$0] == nil }
        if !missing.isEmpty && (!extra.isEmpty || missing.count == claim.skeletons.count) {
            let names = missing.compactMap { name in claim.words.indices.first { claim.terms[$0] == name } }
                .map { "“\(claim.words[$0].text)”" }
            return Result(
                aligned: false,
                reason: "it does not name \(names.joined(separator: ", "))\(extra.isEmpty ? "" : " and names others")",
                share: 0)
        }
        // The claim's words that the same measure accounts for: the figure, the thing counted, what happened to it.
        var accounted = Set<Int>()
        for x in claim.quantities {
            guard x.dimension != "count" || x.counted != nil,
                statement.quantities.contains(where: { $0.measure == x.measure })
            else { continue }
            accounted.formUnion(x.words)
            let window = max(0, x.words.lowerBound - 3)..<min(claim.words.count, x.words.upperBound + 6)
            for k in window {
                let key = claim.words[k].key
                if x.counted != nil && claim.terms[k] == x.counted
                    || x.outcome != nil && quantities.outcomes[key] == x.outcome
                    || x.counted == "person" && quantities.people.contains(ContentReader.stem(key))
                {
                    accounted.insert(k)
                }
            }
        }
        let measureWords = accounted
        // The claim's words that show a kind of happening the statement's frame has too, or how it went (a manner
        // or a state: the same class agrees, the opposite one conflicts, both are about it).
        let frame = stated.claim.frame
        let kinds = Set(frame.kinds.map(\.label))
        var framed: [TextSpan] = claimed.claim.frame.kinds.filter { kinds.contains($0.label) }.map(\.span)
        if !frame.manner.isEmpty { framed += claimed.claim.frame.manner.map(\.span) }
        if !frame.state.isEmpty { framed += claimed.claim.frame.state.map(\.span) }
        for (k, word) in claim.words.enumerated()
        where framed.contains(where: { $0.start <= word.span.start && word.span.end <= $0.end }) {
            accounted.insert(k)
        }
        var total = 0.0
        var found = 0.0
        var shared = 0
        var beyond = false
        var counted = Set<String>()
        for (k, term) in claim.terms.enumerated() {
            guard let term, !term.hasPrefix("#"), !term.hasPrefix("~"), counted.insert(term).inserted else { continue }
            let w = rarity(term)
            total += w
            if statement.weights[term] != nil {
                found += w
                shared += 1
                if !measureWords.contains(k) { beyond = true }
            } else if accounted.contains(k) {
                found += w
            }
        }
        let accountedFor = !accounted.isEmpty
        guard total > 0 else {
            // A claim of names and figures only: the names matched; the figure must be the same measure.
            let aligned = claim.quantities.isEmpty || accountedFor
            return Result(
                aligned: aligned, reason: aligned ? "" : "its figures measure something else", share: 0,
                anchored: aligned && !claim.skeletons.isEmpty && missing.isEmpty)
        }
        let fraction = found / total
        guard fraction >= share, shared > 0 || accountedFor else {
            return Result(
                aligned: false,
                reason: "it holds \(Int((fraction * 100).rounded()))% of the claim's words (weighted by rarity)",
                share: fraction)
        }
        return Result(
            aligned: true, reason: "", share: fraction, anchored: !claim.skeletons.isEmpty && missing.isEmpty,
            beyondMeasure: beyond)
    }
}
