import Foundation

/// Groups claims into events and relates them. Claims are blocked by place and kind of happening and split by
/// date before any pair is compared, so the cost grows with the size of blocks, not with the square of the
/// number of claims. Wire copies are found with a shingle index and counted once.
public struct Comparer: Sendable {
    let families: [String: String]
    /// Who stands behind each event, with the event lexicon's place rules: made once.
    let corroboration: Corroboration
    let conflictingClasses: Set<[String]>
    let registry: SourceRegistry
    let knowledge: Knowledge
    /// Claims more than this many days apart are about different events.
    public var dateWindow = 3
    /// Pairs compared in one block at most, so one huge block cannot make the run quadratic.
    public var blockLimit = 400
    /// Articles (by index) given with only some of their claims, as a store's are in an `add`, with the
    /// positions among them of their article's first and last claims (`RepeatedText`).
    var partialDocuments: [Int: Set<Int>] = [:]

    /// Judges the content rules' proposals.
    let model: RelationModel

    public init(knowledge: Knowledge = .builtIn, model: RelationModel = .builtIn) {
        var families: [String: String] = [:]
        for (family, kinds) in knowledge.events.families {
            for kind in kinds { families[kind] = family }
        }
        self.families = families
        self.corroboration = Corroboration(families: families, events: knowledge.events)
        var conflicts = Set<[String]>()
        for pair in knowledge.events.conflicts where pair.count == 2 {
            conflicts.insert(pair)
            conflicts.insert([pair[1], pair[0]])
        }
        self.conflictingClasses = conflicts
        self.registry = knowledge.sources
        self.knowledge = knowledge
        self.model = model
    }

    public struct Output: Sendable {
        public var claims: [Claim]
        public var events: [Event]
        public var relations: [Relation]
    }

    /// What the comparison finds before the relation model judges: claims with their events and copy groups,
    /// the event rules' relations, and the content rules' proposals.
    struct Stages: Sendable {
        var claims: [Claim]
        var events: [Event]
        /// Per event, the claims (by index) whose own words assert it.
        var asserting: [[Int]]
        var ruleRelations: [Relation]
        var proposals: [Proposal]
        var documents: [Document]
        /// Per event, whether its block can hold one happening (see `EventAgreement`).
        var countable: [Bool]
        /// What each article is about, to tell whether two undated claims can tell one happening.
        var stories: StoryVectors

        /// Drops what only the comparison reads from each claim (its `ClaimContent` and shingles), which the
        /// output does not keep. A claim that holds neither is left alone: changing it would copy a claim that
        /// another array shares.
        /// Chunks of claims in parallel: freeing what 400,000 claims read took a second on one core.
        mutating func releaseReadContent() {
            let count = claims.count
            let chunks = max(1, min(64, count / 4096))
            claims.withUnsafeMutableBufferPointer { buffer in
                // Each chunk changes its own claims only; no two claims share their storage (each was built with
                // its own id), so no two threads test one storage for a copy at once.
                nonisolated(unsafe) let buffer = buffer
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    for i in (count * c / chunks)..<(count * (c + 1) / chunks)
                    where buffer[i].read != nil || !buffer[i].shingles.isEmpty {
                        buffer[i].read = nil
                        buffer[i].shingles = []
                    }
                }
            }
        }
    }

    /// The claims are taken, not borrowed: a caller that hands them over keeps no second reference to each, so
    /// giving them events and copy groups changes them in place instead of copying every one.
    public func compare(_ input: consuming [Claim], documents: [Document]) -> Output {
        let judge = RelationJudge(model: model)
        // Proposals the model would not flag are dropped as they are made, so they are never all held at once.
        var stages = stages(consume input, documents: documents, keep: judge.settle)
        // What was read for the comparison (most of what a claim holds) and the shingles are let go before the
        // proposals are judged, each in place.
        stages.releaseReadContent()
        let proposals = stages.proposals
        stages.proposals = []
        let judged = judge.judge(proposals, claims: stages.claims)
        return finish(stages, judged: judged)
    }

    /// The comparison before judging; `keep` drops proposals as they are made, or settles those it keeps
    /// (`RelationJudge.settle`); training keeps them all, features and all.
    func stages(
        _ input: consuming [Claim], documents: [Document], keep: (@Sendable (inout Proposal) -> Bool)? = nil
    ) -> Stages {
        var claims = consume input
        recreditUnfitSpeakers(&claims, documents: documents)
        creditRelayedSpeakers(&claims, documents: documents)
        assignCopyGroups(&claims)
        let blocks = blocks(claims, documents: documents)
        let grouped = makeEvents(blocks, claims: &claims, documents: documents)
        let content = ContentComparison(knowledge: knowledge, model: model)
        let contents = content.contents(claims, documents: documents)
        var events = grouped.map(\.0)
        let countable = grouped.map(\.2)
        let stories = StoryVectors(contents, documents: claims.map(\.document), count: documents.count)
        let asserting = corroboration.tally(
            &events, members: grouped.map(\.1), claims: claims, contents: contents, count: independentSources)
        // The event rules' relations, block by block in parallel, then kept in block order: a relation met in
        // several blocks is kept where it is met first, as when the blocks were walked one after another.
        // Each claim's individual sources are read once rather than for every pair it is in.
        var relations: [Relation] = []
        // In a scope of its own, so that the copy of the claims the blocks read is gone before the shingles are
        // let go below (dropping them while a copy is held would copy every claim).
        do {
            let individuals = claims.map { Set($0.source.individuals.map(\.name)) }
            let eventClaims = claims
            let perBlock = ResultBox<[(key: String, relation: Relation)]>(count: blocks.count)
            DispatchQueue.concurrentPerform(iterations: blocks.count) { k in
                _ = perBlock.set(
                    k,
                    pairRelations(
                        blocks[k], claims: eventClaims, individuals: individuals, contents: contents,
                        documents: documents))
            }
            var seenPairs = Set<String>()
            for (key, relation) in perBlock.values().joined() where seenPairs.insert(key).inserted {
                relations.append(relation)
            }
        }
        // Claims the event rules already relate keep those relations; the content rules take every other pair.
        let related = Set(relations.filter { $0.claims.count == 2 }.map { $0.claims.sorted() })
        // Two copies of one article, or a boilerplate passage, are no second report: nothing to agree on.
        let repeated = RepeatedText(
            claims, count: documents.count, partial: partialDocuments, likeness: stories.cosine)
        // The shingles have served (copy groups, repeated text): they are let go before the proposals, where the
        // comparison holds the most.
        for i in claims.indices where !claims[i].shingles.isEmpty { claims[i].shingles = [] }
        let proposals = content.proposals(
            claims, contents: contents, documents: documents, dateWindow: dateWindow, related: related,
            keep: { !repeated.repeats($0) && (keep?(&$0) ?? true) }, stories: stories)
        return Stages(
            claims: claims, events: events, asserting: asserting, ruleRelations: relations, proposals: proposals,
            documents: documents, countable: countable, stories: stories)
    }

    /// The event rules' relations and the judged ones, contradictions first, strongest first, numbered. An event
    /// is corroborated by the sources asserting it that no flag shows contradicting another who asserts it;
    /// those go against it.
    func finish(_ stages: consuming Stages, judged: [Relation]) -> Output {
        var relations = stages.ruleRelations + judged
        stages.ruleRelations = []
        var events = stages.events
        stages.releaseReadContent()
        let claims = stages.claims
        let documents = stages.documents
        let opposed: Set<[String]>
        let opposedClaims: Set<String>
        let agreed: Set<[String]>
        let against: [String: Set<String>]
        // The contradicted pairs on one thread, the agreed pairs and who each denying claim contradicts on the
        // other (each set built in the relations' order, as one pass built it). In a scope of its own, so that the
        // threads' reference to the relations is gone before more are appended.
        do {
            let read = relations
            let contradicted = ResultBox<(pairs: Set<[String]>, claims: Set<String>)>(count: 1)
            let agreeing = ResultBox<(pairs: Set<[String]>, against: [String: Set<String>])>(count: 1)
            DispatchQueue.concurrentPerform(iterations: 2) { task in
                if task == 0 {
                    // Pairs of claims with any contradiction between them: never joined by an agreement.
                    var pairs = Set<[String]>()
                    for r in read where r.type.isContradiction && r.claims.count == 2 {
                        pairs.insert(r.claims.sorted())
                    }
                    _ = contradicted.set(0, (pairs, Set(pairs.joined())))
                    return
                }
                // Pairs of claims found to state the same thing: they may tell one happening though neither is
                // dated. (Not the event rules' own `manner: both ...`, which stand on the place and a label alone,
                // nor one person's age given alike, which says nothing of what happened.)
                var pairs = Set<[String]>()
                for r in read
                where r.type == .agreement && r.claims.count == 2 && !r.rule.hasPrefix("manner")
                    && r.rule != PersonAges.rule
                {
                    pairs.insert(r.claims.sorted())
                }
                var against: [String: Set<String>] = [:]
                for r in read where Corroboration.contradicts(r) {
                    guard let denying = r.evidence.last?.claim, let asserting = r.evidence.first?.claim else {
                        continue
                    }
                    against[denying, default: []].insert(asserting)
                }
                _ = agreeing.set(0, (pairs, against))
            }
            let first = contradicted.takeValues()[0]
            let second = agreeing.takeValues()[0]
            opposed = first.pairs
            opposedClaims = first.claims
            agreed = second.pairs
            against = second.against
        }
        // Each event is recounted and its agreement found on its own, in parallel chunks of events; the events and
        // agreements are then taken in event order, so an agreement met twice is kept where it is met first.
        let given = events
        let denials = against
        let opposing = opposed
        let stating = agreed
        let asserting = stages.asserting
        let countable = stages.countable
        let outcomes = given.indices.inOrderedChunks(perChunk: 64) { range in
            range.map { e in
                eventOutcome(
                    given[e], members: asserting[e], countable: countable[e], claims: claims, documents: documents,
                    against: denials, opposed: opposing, opposedClaims: opposedClaims, agreed: stating)
            }
        }
        var agreedSets = Set<[String]>()
        for (e, found) in outcomes.joined().enumerated() {
            if let event = found.event { events[e] = event }
            // One agreement per set of claims: a pair that meets in several blocks is reported once.
            if let agreement = found.agreement, agreedSets.insert(agreement.claims.sorted()).inserted {
                relations.append(agreement)
            }
        }
        relations.parallelSortByPosition { a, b in
            if a.type.isContradiction != b.type.isContradiction { return a.type.isContradiction }
            if a.score != b.score { return a.score > b.score }
            return a.claims.lexicographicallyPrecedes(b.claims)
        }
        for i in relations.indices { relations[i].id = "r\(i + 1)" }
        return Output(claims: claims, events: events, relations: relations)
    }

    /// One event's part of `finish`: the event recounted when claims asserting it are contradicted by others
    /// that assert it (nil when unchanged), and the agreement of the claims that can tell one happening.
    private func eventOutcome(
        _ given: Event, members: [Int], countable: Bool, claims: [Claim], documents: [Document],
        against: [String: Set<String>], opposed: Set<[String]>, opposedClaims: Set<String>, agreed: Set<[String]>
    ) -> (event: Event?, agreement: Relation?) {
        var event = given
        var changed: Event? = nil
        let ids = Set(members.map { claims[$0].id })
        let denying = members.filter { m in !(against[claims[m].id] ?? []).isDisjoint(with: ids) }
        let kept = members.filter { !denying.contains($0) }
        if !denying.isEmpty {
            let before = event.contradictedBy
            corroboration.recount(
                &event, asserting: kept.map { claims[$0] }, denying: denying.map { claims[$0] },
                count: independentSources)
            event.contradictedBy = Array(Set(before + event.contradictedBy)).sorted()
            changed = event
        }
        // The agreement joins only claims no flag sets apart (`nine killed and 28 wounded` against `24
        // wounded` both report the shelling, but do not agree on it).
        // A claim no contradiction touches is compatible with every other: only the others are looked up, so
        // an event of thousands of claims is not a square of lookups.
        var compatible: [Int] = []
        for m in kept
        where !opposedClaims.contains(claims[m].id)
            || compatible.allSatisfy({ !opposed.contains([claims[m].id, claims[$0].id].sorted()) })
        {
            compatible.append(m)
        }
        // Only claims that can tell one happening agree on it: the rest of the event is navigation.
        guard countable else { return (changed, nil) }
        let coreferent = EventAgreement.coreferent(
            compatible, claims: claims, sameTime: { sameTime(claims[$0], claims[$1], documents: documents) },
            agreed: agreed)
        return (changed, eventAgreement(event, members: coreferent, claims: claims, documents: documents))
    }

    /// A claim whose source is no speaker (a dateline, a fragment of the sentence, the tail of a longer name, a
    /// document noun) is the outlet's own statement: no flag may be credited to a source that did not speak.
    func recreditUnfitSpeakers(_ claims: inout [Claim], documents: [Document]) {
        let fitness = SpeakerFitness(words: knowledge.comparison)
        let resolver = SourceResolver(registry: registry, cues: knowledge.cues, comparison: knowledge.comparison)
        var grouped = [[Int]](repeating: [], count: documents.count)
        for (i, claim) in claims.enumerated() where claim.attribution != nil { grouped[claim.document].append(i) }
        let byDocument = grouped
        let input = claims
        // Articles in parallel.
        let box = ResultBox<[(Int, Claim)]>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { d in
            var changed: [(Int, Claim)] = []
            for i in byDocument[d] {
                var claim = input[i]
                guard let problem = fitness.problem(claim, in: documents[d]) else { continue }
                // A fragment taken for the source holds words of the statement (`none of the` in `... said none
                // of the students were among the bodies`): the statement is the whole stretch.
                if problem == SpeakerFitness.fragment, let mention = claim.sourceSpans.first,
                    let first = claim.spans.first, let last = claim.spans.last,
                    mention.end <= first.start, first.start - mention.end <= 40
                {
                    let span = TextSpan(mention.start, last.end)
                    claim.spans = [span]
                    claim.text = documents[d].text(of: span)
                    claim.read = nil
                }
                claim.source = resolver.outletSource(for: documents[d])
                claim.via = nil
                claim.attribution = nil
                claim.sourceSpans = []
                changed.append((i, claim))
            }
            _ = box.set(d, changed)
        }
        for (i, claim) in box.values().joined() { claims[i] = claim }
    }

    /// A claim that only passes on another speaker's statement (`The military says it has reached a truce, the BBC
    /// reports`: `Relays`) is that speaker's: a flag on it credits the military, not the BBC.
    func creditRelayedSpeakers(_ claims: inout [Claim], documents: [Document]) {
        let relayed = Relays(cues: knowledge.cues).relayed(claims, documents: documents)
        // Last first, so that a relay of a relay takes the innermost speaker.
        for k in relayed.indices.reversed() {
            guard let j = relayed[k] else { continue }
            claims[k].source = claims[j].source
            claims[k].sourceSpans = claims[j].sourceSpans
            claims[k].via = claims[j].via
        }
    }
}
