import Foundation

/// Decides which proposals become flags: each contradiction or agreement the rules propose is scored by the
/// relation model and kept at or above its family's threshold (chosen for precision on stories left out of
/// training); the score and threshold go into the explanation. Then the same flag is not shown twice, a denial
/// is set against the closest assertion of each other article only, and a claim keeps its strongest agreements.
struct RelationJudge: Sendable {
    var model: RelationModel
    /// A claim keeps its strongest agreement with each other article, and this many in all.
    var agreementsPerClaim = 5

    /// Whether the model would flag a proposal (the first test of `judge`); proposals of the rules alone pass. One
    /// that passes keeps its probability in place of its features (33 numbers), which `judge` does not read again:
    /// a run holds every kept proposal until the last pair is compared.
    @Sendable func settle(_ proposal: inout Proposal) -> Bool {
        guard let family = model.family(proposal.family) else { return true }
        let p = proposal.probability ?? family.probability(proposal.features.values)
        guard p >= family.threshold else { return false }
        proposal.probability = p
        proposal.features = ContentComparison.noFeatures
        return true
    }

    /// The flags among the proposals, post-filtered.
    func judge(_ proposals: [Proposal], claims: [Claim]) -> [Relation] {
        // Each proposal is judged and explained on its own, in parallel chunks kept in the proposals' order.
        var kept: [Relation] = []
        var copies = Set<[String]>()
        for part in proposals.inOrderedChunks({ flags($0) }) {
            kept.append(contentsOf: part.kept)
            copies.formUnion(part.copies)
        }
        // Proposals arrive in the order parallel work finished them; the filters below keep the first of equal
        // scores, so a fixed order keeps the report the same from run to run.
        kept.parallelSortByPosition { a, b in
            if a.claims != b.claims { return a.claims.lexicographicallyPrecedes(b.claims) }
            if a.type != b.type { return a.type.rawValue < b.type.rawValue }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.explanation < b.explanation
        }
        // A person's age (`PersonAges`) decides its pair alone: another rule's contradiction between the same
        // claims on an age, or on the same words, would show one difference twice. (A flag on another figure of the
        // two claims, `burns to 30 per cent` against `60 per cent`, stays; so do agreements.)
        var decided: [[String]: [RelationEvidence]] = [:]
        for r in kept where r.rule == PersonAges.rule && r.type == .numericConflict {
            decided[r.claims.sorted(), default: []].append(contentsOf: r.evidence)
        }
        if !decided.isEmpty {
            kept.removeAll { r in
                guard r.rule != PersonAges.rule, r.type == .numericConflict, let ages = decided[r.claims.sorted()]
                else { return false }
                return RelationJudge.onAge(r.rule)
                    || r.evidence.contains { e in
                        ages.contains { $0.document == e.document && $0.span.overlaps(e.span) }
                    }
            }
        }
        return postFilter(kept, claims: claims, copies: copies)
    }

    /// The proposals the model flags (and those of the rules alone), scored and explained, in order; `copies` are
    /// the claims of those between copied text (`Proposal.copied`).
    private func flags(_ proposals: ArraySlice<Proposal>) -> (kept: [Relation], copies: Set<[String]>) {
        var kept: [Relation] = []
        var copies = Set<[String]>()
        for proposal in proposals {
            guard let family = model.family(proposal.family) else {
                if proposal.copied { copies.insert(proposal.relation.claims) }
                kept.append(proposal.explained)
                continue
            }
            let p = proposal.probability ?? family.probability(proposal.features.values)
            guard p >= family.threshold else { continue }
            var relation = proposal.explained
            relation.score = (p * 100).rounded() / 100
            relation.explanation += " Model score \(format(p)) (flagged from \(format(family.threshold)))."
            if proposal.copied { copies.insert(relation.claims) }
            kept.append(relation)
        }
        return (kept, copies)
    }

    /// Whether a figure rule's name is about an age (`numeric: age`, `numeric: same age/...`).
    static func onAge(_ rule: String) -> Bool {
        var measure = Substring(rule)
        for prefix in ["numeric: ", "same ", "different lower bounds, "] where measure.hasPrefix(prefix) {
            measure = measure.dropFirst(prefix.count)
        }
        return rule.hasPrefix("numeric") && (measure == "age" || measure.hasPrefix("age/"))
    }

    /// `copies` are the claims (as in `Relation.claims`) of agreements between copied text (`Proposal.copied`).
    /// Each relation's keys are written in parallel chunks first; the filters then read them in order.
    func postFilter(_ relations: [Relation], claims: [Claim], copies: Set<[String]> = []) -> [Relation] {
        let document = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0.document) })
        let keys = RelationJudge.keys(relations, document: document)
        var result = strongestDenials(relations, denials: keys.map(\.denial))
        // Two claims of one article that overlap give the same flag twice: the same rule over the same words of
        // the same articles is one flag.
        var flagged = Set<HashedKey>()
        result = result.filter { flagged.insert(keys[$0].words).inserted }
        // The same words of the same two articles, credited to claims that overlap, are one flag too.
        var said = Set<HashedKey>()
        result = result.filter { said.insert(keys[$0].said).inserted }
        return fewestAgreements(
            result.map { relations[$0] }, articles: result.map { keys[$0].articles }, copies: copies)
    }

    /// What the filters of `postFilter` read of one relation: the key of a denial per other article
    /// (`strongestDenials`), of its rule over the same words, of its rule over the same text, and for an agreement
    /// each of its claims with each other claim's article (`fewestAgreements`).
    private struct Keys: Sendable {
        var denial: String?
        var words: HashedKey
        var said: HashedKey
        var articles: [String]
    }

    /// A key whose hash is taken where the keys are made, in parallel: the filters then insert hundreds of
    /// thousands of long keys one after another, and hashing each there was most of their time.
    struct HashedKey: Hashable, Sendable {
        let text: String
        private let hash: Int

        init(_ text: String) {
            self.text = text
            hash = text.hashValue
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: HashedKey, b: HashedKey) -> Bool { a.hash == b.hash && a.text == b.text }
    }

    /// The keys of every relation, in parallel chunks kept in order.
    private static func keys(_ relations: [Relation], document: [String: Int]) -> [Keys] {
        relations.inOrderedChunks { part in
            part.map { r in
                let words = r.evidence.map { "\($0.document)@\($0.span.start)-\($0.span.end)" }.sorted()
                let said = r.evidence.map { "\($0.document)|\($0.words)" }.sorted()
                let ids = r.claims
                return Keys(
                    denial: denialKey(r, document: document),
                    words: HashedKey(([r.type.rawValue, r.rule] + words).joined(separator: "|")),
                    said: HashedKey(([r.type.rawValue, r.rule] + said).joined(separator: "|")),
                    articles: r.type != .agreement
                        ? []
                        : ids.flatMap { id in ids.filter { $0 != id }.map { "\(id)|\(document[$0] ?? -1)" } })
            }
        }.flatMap { $0 }
    }

    /// A statement repeated by many articles agrees with each of them; listing every pair would bury the rest.
    /// Each claim keeps its strongest agreement with each other article, and `agreementsPerClaim` in all. An
    /// agreement between copies takes its place in that order and is then dropped: its claims agree with nothing
    /// else of the article that copied them.
    /// `articles` are each relation's keys of its claims with each other claim's article (`Keys.articles`).
    private func fewestAgreements(_ relations: [Relation], articles keys: [[String]], copies: Set<[String]>)
        -> [Relation]
    {
        var count: [String: Int] = [:]
        var withArticle = Set<String>()
        var keep = Set<Int>()
        let agreements = relations.indices.filter { relations[$0].type == .agreement }
            .sorted { relations[$0].score != relations[$1].score ? relations[$0].score > relations[$1].score : $0 < $1 }
        for k in agreements {
            let ids = relations[k].claims
            guard ids.allSatisfy({ count[$0, default: 0] < agreementsPerClaim }) else { continue }
            let articles = keys[k]
            guard articles.allSatisfy({ !withArticle.contains($0) }) else { continue }
            withArticle.formUnion(articles)
            for id in ids { count[id, default: 0] += 1 }
            if !copies.contains(ids) { keep.insert(k) }
        }
        return relations.indices.filter { relations[$0].type != .agreement || keep.contains($0) }.map { relations[$0] }
    }

    /// A denial or refutation contradicts the closest assertion in each other article, not every claim there
    /// that shares a word: per denying claim and other article, the strongest flag is kept. `denials` are the
    /// relations' keys (`denialKey`); the result is the indices of the relations kept, in order.
    private func strongestDenials(_ relations: [Relation], denials: [String?]) -> [Int] {
        var best: [String: Int] = [:]
        for (k, r) in relations.enumerated() {
            guard let key = denials[k] else { continue }
            if let b = best[key], relations[b].score >= r.score { continue }
            best[key] = k
        }
        let kept = Set(best.values)
        return relations.indices.filter { denials[$0] == nil || kept.contains($0) }
    }

    /// The denying claim and the asserting claim's article of a denial or refutation between two claims; nil
    /// for any other relation.
    private static func denialKey(_ r: Relation, document: [String: Int]) -> String? {
        guard r.type == .conflict, r.rule.hasPrefix("denial") || r.rule.hasPrefix("refutation"),
            r.claims.count == 2, let denying = r.evidence.last?.claim,
            let asserting = r.evidence.first?.claim, let other = document[asserting]
        else { return nil }
        return denying + "|" + String(other)
    }
}
