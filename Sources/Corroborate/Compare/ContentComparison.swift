import Foundation

/// Relations from what claims say rather than from event words: every claim is read once (`ContentReader`),
/// candidates across articles come from the term index (`CandidateIndex`), and each candidate pair goes through
/// the rules in turn: one quotation with two speakers (`QuoteVariants`), figures (`QuantityComparison`), denials
/// and opposites (`Opposition`), manners that cannot both hold, and agreement of aligned clauses (`Similarity`)
/// when nothing sets the pair apart. The rules propose; the relation model (`RelationJudge`) decides what is
/// flagged.
struct ContentComparison: Sendable {
    let reader: ContentReader
    var index = CandidateIndex()
    var quantities: QuantityComparison
    var opposition: Opposition
    var similarity: Similarity
    var quotes: QuoteVariants
    /// Ages written next to a name, compared across articles whatever else their claims say.
    let ages: PersonAges
    var judge: RelationJudge
    /// The word classes that find claims an article retells only to reject them (`RetoldRumours`).
    let retellings: RetoldRumours.Words
    /// Reads which claims are about another case than the story's (`OtherInstance`).
    let otherCase: OtherInstance

    init(knowledge: Knowledge, model: RelationModel = .builtIn) {
        reader = ContentReader(knowledge: knowledge)
        opposition = Opposition(
            words: knowledge.comparison, titles: knowledge.sources.titles,
            reportVerbs: knowledge.cues.verbs.filter {
                $0.frame != .object && !Opposition.factiveLemmas.contains($0.lemma)
            }.flatMap(\.forms))
        quantities = QuantityComparison(knowledge: knowledge)
        similarity = Similarity(knowledge: knowledge)
        quotes = QuoteVariants(words: knowledge.comparison, qualifiers: Array(knowledge.events.qualifiers.keys))
        ages = PersonAges(knowledge: knowledge)
        judge = RelationJudge(model: model)
        retellings = RetoldRumours.Words(knowledge.comparison)
        otherCase = OtherInstance(knowledge.comparison)
    }

    /// The content of every claim, read in parallel.
    func contents(_ claims: [Claim], documents: [Document]) -> [ClaimContent] {
        let chunks = max(1, min(64, claims.count / 256))
        let box = ResultBox<[ClaimContent]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let from = claims.count * chunk / chunks
            let to = claims.count * (chunk + 1) / chunks
            let part = claims[from..<to].map { $0.read?.value ?? reader.content(of: $0, in: documents[$0.document]) }
            _ = box.set(chunk, part)
        }
        return box.values().flatMap { $0 }
    }

    /// Each claim's speaker key (`QuoteVariants.speakerKey`), read in parallel chunks as the contents are: it
    /// splits and lowercases every claim's source name, and ran on one thread before the pairs.
    static func speakerKeys(_ claims: [Claim]) -> [String?] {
        let chunks = max(1, min(64, claims.count / 256))
        let box = ResultBox<[String?]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let from = claims.count * chunk / chunks
            let to = claims.count * (chunk + 1) / chunks
            _ = box.set(chunk, claims[from..<to].map(QuoteVariants.speakerKey))
        }
        return box.takeValues().flatMap { $0 }
    }

    /// A line's template: its terms hashed in order with its figures masked; nil for a line without figures.
    static func template(_ content: ClaimContent) -> Int? {
        guard !content.quantities.isEmpty else { return nil }
        var masked = Set<Int>()
        for q in content.quantities { masked.formUnion(q.words) }
        var hasher = Hasher()
        for (i, term) in content.terms.enumerated() {
            guard let term else { continue }
            hasher.combine(masked.contains(i) || term.hasPrefix("#") ? "#" : term)
        }
        return hasher.finalize()
    }

    /// Claims that are a form filled in with different figures: the same words, figures aside, in three or more
    /// articles with three or more different sets of figures (a league table, a template line). Their figures
    /// are not reports of one measure and are not compared; nor are those of a line with five figures or more.
    static func forms(_ contents: [ClaimContent], documents: [Int]) -> Set<Int> {
        // Each line's template (its words, figures masked), hashed in parallel chunks kept in order; the lines are
        // then grouped by template in order.
        let templates = contents.inOrderedChunks { part in part.map(ContentComparison.template) }.flatMap { $0 }
        return forms(contents, templates: templates, documents: documents)
    }

    /// The forms among claims whose templates (`template`, one per claim, in order) are known.
    static func forms(_ contents: [ClaimContent], templates: [Int?], documents: [Int]) -> Set<Int> {
        var byTemplate: [Int: (documents: Set<Int>, figures: Set<[Double]>, members: [Int])] = [:]
        for (k, content) in contents.enumerated() {
            guard let key = templates[k] else { continue }
            // Changed in place: an entry taken out, changed and put back copied its sets each time, while the
            // table still held them (a template of thousands of lines was a square of copies).
            byTemplate[key, default: ([], [], [])].documents.insert(documents[k])
            byTemplate[key, default: ([], [], [])].figures.insert(content.quantities.map(\.low))
            byTemplate[key, default: ([], [], [])].members.append(k)
        }
        // A line of five figures or more is a list or a table row, whose figures count different things.
        var result = Set(contents.indices.filter { contents[$0].quantities.count >= 5 })
        for entry in byTemplate.values where entry.documents.count >= 3 && entry.figures.count >= 3 {
            result.formUnion(entry.members)
        }
        return result
    }

    /// Relations between candidate pairs, leaving out pairs in `related` (already related by the event rules):
    /// the proposals, judged.
    func relations(
        _ claims: [Claim], contents: [ClaimContent], documents: [Document], dateWindow: Int,
        related: Set<[String]>
    ) -> [Relation] {
        judge.judge(
            proposals(claims, contents: contents, documents: documents, dateWindow: dateWindow, related: related),
            claims: claims)
    }

    /// Every relation the rules propose between candidate pairs, with what they measured, before any is judged;
    /// only those `keep` accepts are returned (as `keep` left them: a run's judge stores the model's probability in
    /// place of the features), though all of them still keep a quote variant from repeating one.
    /// `stories` are the articles' story vectors when the caller has them already (they are built from `contents`
    /// when not given).
    func proposals(
        _ claims: [Claim], contents: [ClaimContent], documents: [Document], dateWindow: Int,
        related: Set<[String]>, keep: (@Sendable (inout Proposal) -> Bool)? = nil, stories given: StoryVectors? = nil
    ) -> [Proposal] {
        let days = documents.map { $0.metadata.date?.dayNumber }
        let stories = given ?? StoryVectors(contents, documents: claims.map(\.document), count: documents.count)
        let pairs = index.pairs(
            contents, documents: claims.map(\.document), days: claims.map { days[$0.document] }, window: dateWindow,
            stories: stories)
        let forms = ContentComparison.forms(contents, documents: claims.map(\.document))
        var byDocument = [[(claim: Claim, content: ClaimContent)]](repeating: [], count: documents.count)
        for (k, content) in contents.enumerated() where !content.quantities.isEmpty {
            byDocument[claims[k].document].append((claims[k], content))
        }
        // Each article's figures, in parallel chunks of articles kept in order.
        let withFigures = byDocument
        let figures = withFigures.inOrderedChunks(perChunk: 64) { $0.map { quantities.mentions($0) } }.flatMap { $0 }
        let rarity = TermRarity(
            contents, terms: pairs.terms, documents: claims.map(\.document), count: documents.count,
            likeness: stories.cosine)
        let clauseWeights = ClauseWeights(contents, rarity: rarity)
        let speakers = ContentComparison.speakerKeys(claims)
        let speakerNames = SpeakerNames.table(claims)
        let retold = RetoldRumours(
            claims, contents: contents, documents: documents, rarity: rarity, opposition: opposition,
            words: retellings, names: speakerNames)
        let otherCases = otherCase.read(claims, contents: contents, documents: documents)
        let documentNames = documents.map(\.name)
        let relatedPairs = ContentComparison.indexPairs(related, claims: claims)
        // Quote variants found across all quotations (the trigram pass) come after the pairs' proposals and are
        // dropped where a pair already proposed the same relation. They are found first, so that each chunk
        // only notes which of their keys it meets, instead of a key kept for each of the run's proposals.
        let examined = CandidateIndex.PairSet(pairs, count: claims.count)
        let stretches = QuotedStretches.all(claims, contents: contents, documents: documents)
        let variants = quotes.variants(
            claims, contents: contents, documents: documents, examined: examined, stretches: stretches,
            speakers: speakers, names: speakerNames)
        let variantKeys = Set(variants.map(RelationKey.init))
        let variantTypes = Set(variantKeys.map(\.type))
        // Pairs are judged in parallel chunks of at least 64 (an add's few hundred pairs too use every core); the
        // result keeps the candidates' order.
        let chunks = max(1, min(64, pairs.count / 64))
        let box = ResultBox<([Proposal], Set<RelationKey>)>(count: chunks)
        // What every pair shares, held once: a pair's copy or swapped view retains it once.
        let run = ClaimPair.Run(documents: documents, documentNames: documentNames, figures: figures, rarity: rarity)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part: [Proposal] = []
            var met = Set<RelationKey>()
            // Whether two articles are about related stories, remembered by this chunk (whose pairs come from
            // few pairs of articles).
            var storiesRelated: [Int: Bool] = [:]
            func articlesRelated(_ x: Int, _ y: Int) -> Bool {
                let key = min(x, y) &* documents.count &+ max(x, y)
                if let known = storiesRelated[key] { return known }
                let value = stories.related(x, y)
                storiesRelated[key] = value
                return value
            }
            for candidate in pairs[(pairs.count * chunk / chunks)..<(pairs.count * (chunk + 1) / chunks)] {
                let a = claims[candidate.a]
                let b = claims[candidate.b]
                guard !(relatedPairs?.contains(candidate.a, candidate.b) ?? related.contains([a.id, b.id].sorted()))
                else { continue }
                // Claims from articles about different stories are not compared, however alike the sentences.
                guard articlesRelated(a.document, b.document) else { continue }
                // A claim about another case than the story's is compared with the story's claims for the wording
                // of a quotation only.
                let apart = OtherInstance.apart(
                    otherCases[candidate.a], contents[candidate.a], otherCases[candidate.b], contents[candidate.b])
                var pair = ClaimPair(
                    a: a, b: b, contentA: contents[candidate.a], contentB: contents[candidate.b],
                    similarity: candidate.similarity, shared: [], run: run,
                    speakers: (speakers[candidate.a], speakers[candidate.b]),
                    names: (speakerNames[candidate.a], speakerNames[candidate.b]), sharedWords: SharedWords(candidate),
                    retold: (retold.retold[candidate.a], retold.retold[candidate.b]),
                    rejectedRetelling: (retold.rejected[candidate.a], retold.rejected[candidate.b]),
                    stretches: (stretches[candidate.a], stretches[candidate.b]),
                    clauseWeights: (clauseWeights[candidate.a], clauseWeights[candidate.b]))
                pair.twoSided = (retold.twoSided[candidate.a], retold.twoSided[candidate.b])
                for var proposal in propose(pair, form: forms.contains(candidate.a) || forms.contains(candidate.b))
                where !apart || proposal.relation.type == .quoteVariant {
                    if variantTypes.contains(proposal.relation.type) {
                        let key = RelationKey(proposal.relation)
                        if variantKeys.contains(key) { met.insert(key) }
                    }
                    if keep?(&proposal) ?? true { part.append(proposal) }
                }
            }
            _ = box.set(chunk, (part.exactCopy(), met))
        }
        var parts = box.takeValues()
        var result: [Proposal] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.0.count } + variants.count)
        var seen = Set<RelationKey>()
        // Each chunk's proposals are moved out as they are appended, so the run's proposals are held once.
        for k in parts.indices {
            result.append(contentsOf: parts[k].0)
            seen.formUnion(parts[k].1)
            parts[k] = ([], [])
        }
        for relation in variants where seen.insert(RelationKey(relation)).inserted {
            result.append(Proposal(relation: relation, family: .rule, features: ContentComparison.noFeatures))
        }
        // Not between claims the event rules relate, as the pairs above.
        let ageRelations = ages.relations(
            claims, documents: documents, related: stories.related,
            linked: { x, y in
                relatedPairs?.contains(min(x, y), max(x, y)) ?? related.contains([claims[x].id, claims[y].id].sorted())
            })
        ContentComparison.add(ageRelations, to: &result, keep: keep)
        return result
    }

    /// Adds the flags of a rule that decides its pairs alone (`PersonAges`), each once (two people's ages in one
    /// pair of claims are two flags), and only those `keep` accepts (repeated text), as the pairs' proposals are.
    /// The judge drops another rule's contradiction on the same ages (`RelationJudge.judge`).
    static func add(_ relations: [Relation], to result: inout [Proposal], keep: ((inout Proposal) -> Bool)? = nil) {
        var seen = Set<[String]>()
        for relation in relations {
            let key = [relation.type.rawValue] + relation.claims + relation.evidence.map { "\($0.span.start)" }
            guard seen.insert(key).inserted else { continue }
            var proposal = Proposal(relation: relation, family: .rule, features: ContentComparison.noFeatures)
            if keep?(&proposal) ?? true { result.append(proposal) }
        }
    }

    /// The features of a proposal its rule decides alone (all zero): one array shared by every such proposal of
    /// a run rather than one each.
    static let noFeatures = PairFeatures()

    /// A relation's type and claims, the claims in order, as one value without an array of its own (one is
    /// kept for every proposal of a run): two relations with the same key are one relation proposed twice.
    struct RelationKey: Hashable {
        let type: Relation.Kind
        let first: String
        /// The other claims' ids, joined (claim ids hold no NUL).
        let rest: String

        init(_ relation: Relation) {
            let claims = relation.claims.sorted()
            type = relation.type
            first = claims.first ?? ""
            rest = claims.dropFirst().joined(separator: "\u{0}")
        }
    }

    /// Pairs of claim ids as pairs of claim indices, so that each candidate is looked up without building and
    /// sorting an array of ids; nil when the ids are not unique (then the ids are looked up as they are).
    static func indexPairs(_ pairs: Set<[String]>, claims: [Claim]) -> CandidateIndex.PairSet? {
        var index: [String: Int] = [:]
        index.reserveCapacity(claims.count)
        for (k, claim) in claims.enumerated() {
            guard index.updateValue(k, forKey: claim.id) == nil else { return nil }
        }
        var result = CandidateIndex.PairSet(count: claims.count)
        for pair in pairs where pair.count == 2 {
            guard let x = index[pair[0]], let y = index[pair[1]] else { continue }
            result.insert(x, y)
        }
        return result
    }

    /// The proposals for one candidate pair.
    func propose(_ pair: ClaimPair, form: Bool) -> [Proposal] {
        if let proposal = quotes.speakerConflict(pair) { return [proposal] }
        // Quotations of unrelated speakers are aligned here only when the claims are close; the trigram pass
        // finds the others.
        let sameSpeaker = pair.speakerA.map { $0 == pair.speakerB } ?? false
        if sameSpeaker || pair.similarity >= 0.25, let relation = quotes.variant(pair) {
            return [Proposal(relation: relation, family: .rule, features: ContentComparison.noFeatures)]
        }
        // Wire copies are one report: nothing to agree on. A copy edited to say the opposite (`son` for
        // `daughter`, a `not` added) is still a contradiction.
        if let group = pair.a.copyGroup, group == pair.b.copyGroup { return opposition.proposals(pair) }
        // A form's lines share their words by construction: neither their figures nor their wording relate.
        if form { return [] }
        // A claim its own article retells only to reject it asserts nothing for that article: no figure, manner or
        // opposite word of it is a side (the denial rules already pass over it; the rejecting claims still speak).
        if pair.rejectedRetelling.a || pair.rejectedRetelling.b { return opposition.proposals(pair) }
        let figures = quantities.judge(pair)
        let contradictions =
            figures.proposals.filter { $0.relation.type != .agreement } + opposition.proposals(pair)
            + manner(pair)
        // A pair with a proposed contradiction is never also an agreement, whatever the model makes of it.
        if !contradictions.isEmpty { return contradictions }
        // A claim its own article retells only to reject it agrees with no other article's plain statement of it.
        if (pair.rejectedRetelling.a && !pair.retold.b) || (pair.rejectedRetelling.b && !pair.retold.a) { return [] }
        // One speaker's statement, or one quotation whoever it is credited to, printed twice in near the same
        // words is relayed, not corroborated.
        if NearCopy.relayed(pair) || NearCopy.relayedQuotation(pair) { return [] }
        // One text printed by two articles, whoever each credits it to, is one source relayed (read only for a
        // pair that would otherwise be proposed as an agreement): proposed as a copy, never flagged.
        var agreements = similarity.proposals(pair, figures: figures)
        if !agreements.isEmpty && CopiedText.holds(pair) {
            for k in agreements.indices { agreements[k].copied = true }
        }
        return agreements
    }

    /// Manners or states that cannot both hold (`withdrew` against `fierce clashes`) in aligned clauses about one
    /// named place or actor, across articles.
    private func manner(_ pair: ClaimPair) -> [Proposal] {
        for x in pair.a.frame.manner + pair.a.frame.state {
            for y in pair.b.frame.manner + pair.b.frame.state
            where similarity.conflictingManners.contains([x.label, y.label]) {
                guard let wordA = pair.contentA.words.firstIndex(where: { $0.span.start >= x.span.start }),
                    let wordB = pair.contentB.words.firstIndex(where: { $0.span.start >= y.span.start }),
                    !pair.contentA.isUncommitted(wordA), !pair.contentB.isUncommitted(wordB),
                    !pair.contentA.isDenied(wordA), !pair.contentB.isDenied(wordB)
                else { continue }
                // The same happening: a place or actor both claims name.
                let placesA = Set((pair.a.frame.places + pair.a.frame.contextPlaces + pair.a.frame.actors).map(\.name))
                let placesB = Set((pair.b.frame.places + pair.b.frame.contextPlaces + pair.b.frame.actors).map(\.name))
                let alignment = PropositionAlignment.align(
                    pair.contentA, pair.contentB, rarity: pair.rarity, weights: pair.clauseWeights, predicates: false)
                guard !placesA.isDisjoint(with: placesB) || (alignment?.names ?? 0) >= 1,
                    !ClaimContent.timesApart(
                        pair.contentA, pair.contentA.clause(of: wordA), pair.contentB, pair.contentB.clause(of: wordB))
                else { continue }
                let aligned =
                    alignment
                    ?? PropositionAlignment(
                        clauseA: pair.contentA.clause(of: wordA), clauseB: pair.contentB.clause(of: wordB), shared: [],
                        overlap: 0, coverage: 0, names: 0)
                var f = Opposition.sideFeatures(pair, aligned, asserting: aligned.clauseA, denying: aligned.clauseB)
                f[.manner] = 1
                f[.subjectMatched] = PairFeatures.flag(!placesA.isDisjoint(with: placesB))
                f[.subjectUnknown] = PairFeatures.flag(placesA.isDisjoint(with: placesB))
                let place = placesA.intersection(placesB).sorted().first ?? Opposition.alignmentText(pair, aligned)
                let relation = pair.relation(
                    .conflict, rule: "manner: \(x.label) vs \(y.label)", score: 0.5,
                    explanation:
                        "\(pair.a.source.name) says “\(x.words)” (\(x.label)) while \(pair.b.source.name) says “\(y.words)” (\(y.label)) about \(place): the two cannot both describe the same happening.",
                    evidence: [
                        pair.evidence(pair.a, pair.contentA, ContentComparison.words(of: x.span, wordA, pair.contentA)),
                        pair.evidence(pair.b, pair.contentB, ContentComparison.words(of: y.span, wordB, pair.contentB)),
                    ])
                return [Proposal(relation: relation, family: .conflict, features: f)]
            }
        }
        return []
    }

    /// The words of a span, from its first word on.
    static func words(of span: TextSpan, _ first: Int, _ content: ClaimContent) -> Range<Int> {
        var end = first + 1
        while end < content.words.count && content.words[end].span.end <= span.end { end += 1 }
        return first..<end
    }
}
