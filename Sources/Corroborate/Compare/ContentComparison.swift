import Foundation

/// Relations from what claims say rather than from event words: every claim is read once (`ContentReader`),
/// candidates across articles come from the term index (`CandidateIndex`), and each candidate pair goes through
/// the rules in turn: figures (`QuantityComparison`), denials and opposites (`Opposition`), one quotation with two
/// speakers (`QuoteVariants`), and agreement by content (`Similarity`) when nothing sets the pair apart.
struct ContentComparison: Sendable {
    let reader: ContentReader
    var index = CandidateIndex()
    var quantities: QuantityComparison
    var opposition: Opposition
    var similarity = Similarity()
    var quotes = QuoteVariants()

    init(knowledge: Knowledge) {
        reader = ContentReader(knowledge: knowledge)
        opposition = Opposition(words: knowledge.comparison)
        quantities = QuantityComparison(knowledge: knowledge)
    }

    /// The content of every claim, read in parallel.
    func contents(_ claims: [Claim], documents: [Document]) -> [ClaimContent] {
        let chunks = max(1, min(64, claims.count / 256))
        let box = ResultBox<[ClaimContent]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let from = claims.count * chunk / chunks
            let to = claims.count * (chunk + 1) / chunks
            let part = claims[from..<to].map { reader.content(of: $0, in: documents[$0.document]) }
            _ = box.set(chunk, part)
        }
        return box.values().flatMap { $0 }
    }

    /// A statement repeated by many articles agrees with each of them; listing every pair would bury the rest.
    /// Each claim keeps its strongest agreement by content with each other article, and `agreementsPerClaim` in
    /// all.
    var agreementsPerClaim = 5

    private func fewestAgreements(_ relations: [Relation], claims: [Claim]) -> [Relation] {
        let document = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0.document) })
        var count: [String: Int] = [:]
        var withArticle = Set<String>()
        var keep = Set<Int>()
        let agreements = relations.indices.filter { relations[$0].type == .agreement }
            .sorted { relations[$0].score != relations[$1].score ? relations[$0].score > relations[$1].score : $0 < $1 }
        for k in agreements {
            let ids = relations[k].claims
            guard ids.allSatisfy({ count[$0, default: 0] < agreementsPerClaim }) else { continue }
            let articles = ids.map { id in ids.filter { $0 != id }.map { "\(id)|\(document[$0] ?? -1)" } }.flatMap {
                $0
            }
            guard articles.allSatisfy({ !withArticle.contains($0) }) else { continue }
            withArticle.formUnion(articles)
            for id in ids { count[id, default: 0] += 1 }
            keep.insert(k)
        }
        return relations.indices.filter { relations[$0].type != .agreement || keep.contains($0) }.map { relations[$0] }
    }

    /// A denial or refutation contradicts the closest assertion in each other article, not every claim there
    /// that shares a word: per denying claim and other article, the strongest flag is kept.
    private func strongestDenials(_ relations: [Relation], claims: [Claim]) -> [Relation] {
        let byID = Dictionary(uniqueKeysWithValues: claims.map { ($0.id, $0.document) })
        var best: [String: Int] = [:]
        func key(_ r: Relation) -> String? {
            guard r.type == .conflict, r.rule.hasPrefix("denial") || r.rule.hasPrefix("refutation"),
                r.claims.count == 2, let other = byID[r.claims[0]]
            else { return nil }
            return r.claims[1] + "|" + String(other)
        }
        for (k, r) in relations.enumerated() {
            guard let key = key(r) else { continue }
            if let b = best[key], relations[b].score >= r.score { continue }
            best[key] = k
        }
        let kept = Set(best.values)
        return relations.enumerated().filter { key($0.element) == nil || kept.contains($0.offset) }.map(\.element)
    }

    /// Claims that are a form filled in with different figures: the same words, figures aside, in three or more
    /// articles with three or more different sets of figures (a league table, a template line). Their figures
    /// are not reports of one measure and are not compared; nor are those of a line with five figures or more.
    static func forms(_ contents: [ClaimContent], documents: [Int]) -> Set<Int> {
        var byTemplate: [Int: (documents: Set<Int>, figures: Set<[Double]>, members: [Int])] = [:]
        for (k, content) in contents.enumerated() where !content.quantities.isEmpty {
            var masked = Set<Int>()
            for q in content.quantities { masked.formUnion(q.words) }
            var hasher = Hasher()
            for (i, term) in content.terms.enumerated() {
                guard let term else { continue }
                hasher.combine(masked.contains(i) || term.hasPrefix("#") ? "#" : term)
            }
            let key = hasher.finalize()
            var entry = byTemplate[key] ?? ([], [], [])
            entry.documents.insert(documents[k])
            entry.figures.insert(content.quantities.map(\.low))
            entry.members.append(k)
            byTemplate[key] = entry
        }
        // A line of five figures or more is a list or a table row, whose figures count different things.
        var result = Set(contents.indices.filter { contents[$0].quantities.count >= 5 })
        for entry in byTemplate.values where entry.documents.count >= 3 && entry.figures.count >= 3 {
            result.formUnion(entry.members)
        }
        return result
    }

    /// Relations between candidate pairs, leaving out pairs in `related` (already related by the event rules).
    func relations(
        _ claims: [Claim], contents: [ClaimContent], documents: [Document], dateWindow: Int,
        related: Set<[String]>
    ) -> [Relation] {
        let days = documents.map { $0.metadata.date?.dayNumber }
        let stories = StoryVectors(contents, documents: claims.map(\.document), count: documents.count)
        let pairs = index.pairs(
            contents, documents: claims.map(\.document), days: claims.map { days[$0.document] }, window: dateWindow,
            related: stories.related)
        let forms = ContentComparison.forms(contents, documents: claims.map(\.document))
        var byDocument = [[(claim: Claim, content: ClaimContent)]](repeating: [], count: documents.count)
        for (k, content) in contents.enumerated() where !content.quantities.isEmpty {
            byDocument[claims[k].document].append((claims[k], content))
        }
        let figures = byDocument.map { quantities.mentions($0) }
        var result: [Relation] = []
        for candidate in pairs {
            let a = claims[candidate.a]
            let b = claims[candidate.b]
            guard !related.contains([a.id, b.id].sorted()) else { continue }
            // Claims from articles about different stories are not compared, however alike the sentences.
            guard stories.related(a.document, b.document) else { continue }
            let pair = ClaimPair(
                a: a, b: b, contentA: contents[candidate.a], contentB: contents[candidate.b],
                similarity: candidate.similarity, shared: Set(candidate.shared.filter { !$0.hasPrefix("#") }),
                documents: documents, figures: figures)
            if let relation = quotes.speakerConflict(pair) {
                result.append(relation)
                continue
            }
            // Quotations of unrelated speakers are aligned here only when the claims are close; the trigram pass
            // below finds the others.
            let sameSpeaker = QuoteVariants.speakerKey(a).map { $0 == QuoteVariants.speakerKey(b) } ?? false
            if sameSpeaker || pair.similarity >= 0.25, let relation = quotes.variant(pair) {
                result.append(relation)
                continue
            }
            // Wire copies are one report: nothing to agree on. A copy edited to say the opposite (`son` for
            // `daughter`, a `not` added) is still a contradiction.
            if let group = a.copyGroup, group == b.copyGroup {
                result += opposition.relations(pair)
                continue
            }
            // A form's lines share their words by construction: neither their figures nor their wording relate.
            if forms.contains(candidate.a) || forms.contains(candidate.b) { continue }
            let figures = quantities.relations(pair)
            let contradictions = figures.filter { $0.type != .agreement } + opposition.relations(pair)
            if !contradictions.isEmpty {
                result += contradictions
                continue
            }
            // One agreement per pair: the figure's when there is one, else the wording's.
            result += figures.isEmpty ? similarity.relations(pair) : [figures[0]]
        }
        result = strongestDenials(result, claims: claims)
        // Two claims of one article that overlap give the same flag twice: the same rule over the same words of
        // the same articles is one flag.
        var flagged = Set<String>()
        result = result.filter { r in
            let words = r.evidence.map { "\($0.document)@\($0.span.start)-\($0.span.end)" }.sorted()
            return flagged.insert(([r.type.rawValue, r.rule] + words).joined(separator: "|")).inserted
        }
        result = fewestAgreements(result, claims: claims)
        var seen = Set(result.map { [$0.type.rawValue] + $0.claims.sorted() })
        let examined = Set(pairs.map { [$0.a, $0.b] })
        for relation in quotes.variants(claims, contents: contents, documents: documents, examined: examined)
        where seen.insert([relation.type.rawValue] + relation.claims.sorted()).inserted {
            result.append(relation)
        }
        return result
    }
}
