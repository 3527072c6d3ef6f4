import Foundation

/// Groups claims into events and relates them. Claims are blocked by place and kind of happening and split by
/// date before any pair is compared, so the cost grows with the size of blocks, not with the square of the
/// number of claims. Wire copies are found with a shingle index and counted once.
public struct Comparer: Sendable {
    let families: [String: String]
    let conflictingClasses: Set<[String]>
    let registry: SourceRegistry
    let knowledge: Knowledge
    /// Claims more than this many days apart are about different events.
    public var dateWindow = 3
    /// Pairs compared in one block at most, so one huge block cannot make the run quadratic.
    public var blockLimit = 400

    /// Judges the content rules' proposals.
    let model: RelationModel

    public init(knowledge: Knowledge = .builtIn, model: RelationModel = .builtIn) {
        var families: [String: String] = [:]
        for (family, kinds) in knowledge.events.families {
            for kind in kinds { families[kind] = family }
        }
        self.families = families
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
    }

    public func compare(_ input: [Claim], documents: [Document]) -> Output {
        let judge = RelationJudge(model: model)
        // Proposals the model would not flag are dropped as they are made, so they are never all held at once.
        let stages = stages(input, documents: documents, keep: judge.passes)
        return finish(stages, judged: judge.judge(stages.proposals, claims: stages.claims))
    }

    /// The comparison before judging; `keep` drops proposals as they are made (training keeps them all).
    func stages(
        _ input: [Claim], documents: [Document], keep: (@Sendable (Proposal) -> Bool)? = nil
    ) -> Stages {
        var claims = input
        recreditUnfitSpeakers(&claims, documents: documents)
        assignCopyGroups(&claims)
        let blocks = blocks(claims, documents: documents)
        let grouped = makeEvents(blocks, claims: &claims, documents: documents)
        let content = ContentComparison(knowledge: knowledge, model: model)
        let contents = content.contents(claims, documents: documents)
        var events = grouped.map(\.0)
        let countable = grouped.map(\.2)
        let stories = StoryVectors(contents, documents: claims.map(\.document), count: documents.count)
        let asserting = Corroboration(families: families).tally(
            &events, members: grouped.map(\.1), claims: claims, contents: contents, count: independentSources)
        // The event rules' relations, block by block in parallel, then kept in block order: a relation met in
        // several blocks is kept where it is met first, as when the blocks were walked one after another.
        // Each claim's individual sources are read once rather than for every pair it is in.
        let individuals = claims.map { Set($0.source.individuals.map(\.name)) }
        let eventClaims = claims
        let perBlock = ResultBox<[(key: String, relation: Relation)]>(count: blocks.count)
        DispatchQueue.concurrentPerform(iterations: blocks.count) { k in
            _ = perBlock.set(
                k,
                pairRelations(
                    blocks[k], claims: eventClaims, individuals: individuals, contents: contents, documents: documents))
        }
        var relations: [Relation] = []
        var seenPairs = Set<String>()
        for (key, relation) in perBlock.values().joined() where seenPairs.insert(key).inserted {
            relations.append(relation)
        }
        // Claims the event rules already relate keep those relations; the content rules take every other pair.
        let related = Set(relations.filter { $0.claims.count == 2 }.map { $0.claims.sorted() })
        let proposals = content.proposals(
            claims, contents: contents, documents: documents, dateWindow: dateWindow, related: related, keep: keep)
        return Stages(
            claims: claims, events: events, asserting: asserting, ruleRelations: relations, proposals: proposals,
            documents: documents, countable: countable, stories: stories)
    }

    /// The event rules' relations and the judged ones, contradictions first, strongest first, numbered. An event
    /// is corroborated by the sources asserting it that no flag shows contradicting another who asserts it;
    /// those go against it.
    func finish(_ stages: Stages, judged: [Relation]) -> Output {
        var relations = stages.ruleRelations + judged
        var events = stages.events
        let claims = stages.claims
        let documents = stages.documents
        var against: [String: Set<String>] = [:]
        // Pairs of claims with any contradiction between them: never joined by an agreement.
        var opposed = Set<[String]>()
        for r in relations where r.type.isContradiction && r.claims.count == 2 { opposed.insert(r.claims.sorted()) }
        let opposedClaims = Set(opposed.joined())
        for r in relations where Corroboration.contradicts(r) {
            guard let denying = r.evidence.last?.claim, let asserting = r.evidence.first?.claim else { continue }
            against[denying, default: []].insert(asserting)
        }
        let corroboration = Corroboration(families: families)
        var agreedSets = Set<[String]>()
        for e in events.indices {
            let members = stages.asserting[e]
            let ids = Set(members.map { claims[$0].id })
            let denying = members.filter { m in !(against[claims[m].id] ?? []).isDisjoint(with: ids) }
            let kept = members.filter { !denying.contains($0) }
            if !denying.isEmpty {
                let before = events[e].contradictedBy
                corroboration.recount(
                    &events[e], asserting: kept.map { claims[$0] }, denying: denying.map { claims[$0] },
                    count: independentSources)
                events[e].contradictedBy = Array(Set(before + events[e].contradictedBy)).sorted()
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
            guard stages.countable[e] else { continue }
            let coreferent = EventAgreement.coreferent(
                compatible, claims: claims, sameTime: { sameTime(claims[$0], claims[$1], documents: documents) },
                related: stages.stories.related)
            // One agreement per set of claims: a pair that meets in several blocks is reported once.
            if let agreement = eventAgreement(events[e], members: coreferent, claims: claims, documents: documents),
                agreedSets.insert(agreement.claims.sorted()).inserted
            {
                relations.append(agreement)
            }
        }
        relations.sort { a, b in
            if a.type.isContradiction != b.type.isContradiction { return a.type.isContradiction }
            if a.score != b.score { return a.score > b.score }
            return a.claims.lexicographicallyPrecedes(b.claims)
        }
        for i in relations.indices { relations[i].id = "r\(i + 1)" }
        // What was read for the comparison is not kept with the claims.
        var output = claims
        for i in output.indices { output[i].read = nil }
        return Output(claims: output, events: events, relations: relations)
    }

    /// A claim whose source is no speaker (a dateline, a fragment of the sentence, the tail of a longer name, a
    /// document noun) is the outlet's own statement: no flag may be credited to a source that did not speak.
    func recreditUnfitSpeakers(_ claims: inout [Claim], documents: [Document]) {
        let fitness = SpeakerFitness(words: knowledge.comparison)
        let resolver = SourceResolver(registry: registry)
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

    // MARK: Wire copy

    /// Near-identical passages in different articles (five-word shingles, 70% of the shorter) share a copy group.
    func assignCopyGroups(_ claims: inout [Claim]) {
        var postings: [Int: [Int]] = [:]
        var shingles: [[Int]] = []
        for (i, claim) in claims.enumerated() {
            let set = claim.shingles.isEmpty && claim.text.count > 40 ? Claim.shingles(of: claim.text) : claim.shingles
            shingles.append(set)
            for h in set { Comparer.add(i, to: &postings[h, default: []], limit: 50) }
        }
        var parent = Array(claims.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        // The copies of each claim, found in parallel chunks; the groups are then joined in claim order.
        let index = postings
        let sets = shingles
        let input = claims
        let chunks = max(1, min(32, claims.count / 512))
        let box = ResultBox<[(Int, Int)]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var copies: [(Int, Int)] = []
            for i in (sets.count * chunk / chunks)..<(sets.count * (chunk + 1) / chunks) where !sets[i].isEmpty {
                var shared: [Int: Int] = [:]
                for h in sets[i] {
                    for j in index[h] ?? [] where j > i && input[j].document != input[i].document {
                        shared[j, default: 0] += 1
                    }
                }
                // A copy is near-identical and gives the same figures: a sentence repeated with another number is
                // a different report, to be compared, not collapsed.
                for (j, count) in shared.sorted(by: { $0.key < $1.key })
                where Double(count) >= 0.85 * Double(max(sets[i].count, sets[j].count))
                    && input[i].frame.quantities.map(\.value) == input[j].frame.quantities.map(\.value)
                {
                    copies.append((i, j))
                }
            }
            _ = box.set(chunk, copies)
        }
        for (i, j) in box.values().joined() { parent[find(j)] = find(i) }
        // Named after the group's first claim, so the name does not depend on the order of the merges.
        let roots = claims.indices.map { find($0) }
        var size = [Int](repeating: 0, count: claims.count)
        var first = [Int](repeating: Int.max, count: claims.count)
        for (i, root) in roots.enumerated() {
            size[root] += 1
            first[root] = min(first[root], i)
        }
        for (i, root) in roots.enumerated() where size[root] > 1 { claims[i].copyGroup = "w\(first[root] + 1)" }
    }

    /// Appends to a posting list that holds at most `limit` entries.
    static func add(_ i: Int, to list: inout [Int], limit: Int) {
        if list.count < limit { list.append(i) }
    }

    // MARK: Blocks and events

    /// A block: claims that name one place (or one country together with one actor or day), within a few days.
    struct Block {
        var place: String
        /// For a country-wide block, the actor or day that narrows it.
        var qualifier: String?
        var members: [Int]
        /// A country-wide block.
        var general = false
        /// Narrowed by an actor (not a day).
        var byActor = false
    }

    /// The places that block a claim: its own specific places, or those of the claims just before it when it
    /// names none. Countries block only together with an actor or a day, so that a shared country never makes
    /// one event by itself.
    func blockKeys(_ claim: Claim) -> [(place: String, qualifier: String?, byActor: Bool)] {
        var keys: [(String, String?, Bool)] = []
        // The most specific places only: `eastern Aleppo` and `Aleppo` together block at `eastern Aleppo`.
        let parents = Set(claim.frame.places.compactMap(\.parent))
        let own = claim.frame.places.filter { !$0.general && !parents.contains($0.name) }
        for place in own.isEmpty ? claim.frame.contextPlaces : own { keys.append((place.name, nil, false)) }
        for place in claim.frame.places where place.general {
            for actor in claim.frame.actors { keys.append((place.name, "with \(actor.name)", true)) }
            if let day = claim.frame.time?.monthDay { keys.append((place.name, "on \(day)", false)) }
        }
        return keys
    }

    func claimDate(_ claim: Claim, documents: [Document]) -> CalendarDate? {
        claim.frame.time?.date ?? documents[claim.document].metadata.date
    }

    /// Whether two claims are known to be of one time: both dated (a block holds them within `dateWindow` days),
    /// or both naming the same day.
    func sameTime(_ a: Claim, _ b: Claim, documents: [Document]) -> Bool {
        if claimDate(a, documents: documents) != nil && claimDate(b, documents: documents) != nil { return true }
        guard let day = a.frame.time?.monthDay else { return false }
        return day == b.frame.time?.monthDay
    }

    private func blocks(_ claims: [Claim], documents: [Document]) -> [Block] {
        var byKey: [String: (String, String?, Bool, [Int])] = [:]
        for (i, claim) in claims.enumerated() {
            for (place, qualifier, byActor) in blockKeys(claim) {
                let key = place + "|" + (qualifier ?? "")
                if byKey[key] == nil { byKey[key] = (place, qualifier, byActor, []) }
                byKey[key]!.3.append(i)
            }
        }
        var result: [Block] = []
        for key in byKey.keys.sorted() {
            let (place, qualifier, byActor, members) = byKey[key]!
            for cluster in dateClusters(members, claims: claims, documents: documents) where cluster.count >= 1 {
                result.append(
                    Block(
                        place: place, qualifier: qualifier, members: cluster, general: qualifier != nil,
                        byActor: byActor))
            }
        }
        return result
    }

    /// Splits a block by date: claims more than `dateWindow` days apart are about different events. Claims with
    /// no date at all (an undated article) stay apart from dated ones unless they name the same day.
    private func dateClusters(_ members: [Int], claims: [Claim], documents: [Document]) -> [[Int]] {
        let dated = members.compactMap { m in claimDate(claims[m], documents: documents).map { (m, $0.dayNumber) } }
            .sorted { $0.1 < $1.1 }
        var clusters: [[Int]] = []
        var days: [Set<String>] = []
        var lastDay = Int.min
        for (m, day) in dated {
            if clusters.isEmpty || day - lastDay > dateWindow {
                clusters.append([])
                days.append([])
            }
            clusters[clusters.count - 1].append(m)
            days[days.count - 1].insert(FrameExtractor.monthDay(CalendarDate(dayNumber: day)))
            lastDay = day
        }
        var undated: [Int] = []
        for m in members where claimDate(claims[m], documents: documents) == nil {
            if let day = claims[m].frame.time?.monthDay, let k = days.firstIndex(where: { $0.contains(day) }) {
                clusters[k].append(m)
            } else {
                undated.append(m)
            }
        }
        if !undated.isEmpty { clusters.append(undated) }
        return clusters.map { $0.sorted() }.filter { !$0.isEmpty }
    }

    /// The events of each block, with their members and whether the block can hold one happening.
    private func makeEvents(_ blocks: [Block], claims: inout [Claim], documents: [Document]) -> [(Event, [Int], Bool)] {
        var events: [(Event, [Int], Bool)] = []
        for block in blocks {
            let countable = EventAgreement.corroborates(general: block.general, byActor: block.byActor)
            var byFamily: [String: [Int]] = [:]
            for m in block.members {
                for family in Set(claims[m].frame.kinds.compactMap({ self.families[$0.label] })) {
                    byFamily[family, default: []].append(m)
                }
            }
            for family in byFamily.keys.sorted() {
                let members = byFamily[family]!
                let id = "e\(events.count + 1)"
                let dates = members.compactMap { claimDate(claims[$0], documents: documents) }
                let (names, crossSide) = independentSources(members.map { claims[$0] })
                var label = "\(family) at \(block.place)"
                if let qualifier = block.qualifier { label += " \(qualifier)" }
                if let first = dates.min() { label += " (\(first))" }
                let event = Event(
                    id: id, kind: family, place: block.place, date: dates.min(), label: label,
                    claims: members.map { claims[$0].id }, sources: names, independentSources: names.count,
                    crossSide: crossSide)
                events.append((event, members, countable))
                for m in members { claims[m].events.append(id) }
            }
        }
        return events
    }

    /// Distinct sources of a set of claims, wire copies counted once, and whether opposing sides are among them.
    func independentSources(_ claims: [Claim]) -> (names: [String], crossSide: Bool) {
        var seenGroups = Set<String>()
        var sources: [Source] = []
        for claim in claims {
            if let group = claim.copyGroup {
                if seenGroups.contains(group) { continue }
                seenGroups.insert(group)
            }
            for individual in claim.source.individuals where !sources.contains(where: { $0.name == individual.name }) {
                sources.append(individual)
            }
        }
        var crossSide = false
        for a in sources {
            for b in sources where registry.areOpposed(a.side, b.side) { crossSide = true }
        }
        return (sources.map(\.name).sorted(), crossSide)
    }

    // MARK: Pairwise rules

    /// The event rules' relations between the pairs of one block, each with the key that says which relation it
    /// is (type, rule, claims), so that the same relation met in several blocks can be kept once.
    private func pairRelations(
        _ block: Block, claims: [Claim], individuals: [Set<String>], contents: [ClaimContent], documents: [Document]
    ) -> [(key: String, relation: Relation)] {
        var result: [(key: String, relation: Relation)] = []
        var compared = 0
        let members = block.members
        let label = block.place + (block.qualifier.map { " " + $0 } ?? "")
        for (x, i) in members.enumerated() {
            for j in members[(x + 1)...] {
                compared += 1
                if compared > blockLimit { return result }
                let a = claims[i]
                let b = claims[j]
                guard a.copyGroup == nil || a.copyGroup != b.copyGroup else { continue }
                // The same source in another article can only update its own figures.
                let sameSource = a.source.name == b.source.name
                if sameSource && a.document == b.document { continue }
                let namesA = individuals[i]
                let namesB = individuals[j]
                if !sameSource && (namesA.isSubset(of: namesB) || namesB.isSubset(of: namesA)) { continue }
                let event = a.events.first(where: { b.events.contains($0) }) ?? a.events.first
                for relation in rules(
                    a, b, event: event, label: label, documents: documents, contents: (contents[i], contents[j]))
                where !sameSource || relation.type == .update {
                    let key = "\(relation.type.rawValue)|\(relation.rule)|\(min(a.id, b.id))|\(max(a.id, b.id))"
                    result.append((key, relation))
                }
            }
        }
        return result
    }

    private func evidence(_ claim: Claim, _ words: String, _ span: TextSpan, documents: [Document]) -> RelationEvidence
    {
        RelationEvidence(
            claim: claim.id, source: claim.source.name, sourceKind: claim.source.kind,
            document: documents[claim.document].name, words: words, span: span)
    }

    private func evidence(_ claim: Claim, _ item: Evidence, documents: [Document]) -> RelationEvidence {
        evidence(claim, item.words, item.span, documents: documents)
    }

    /// Whether a claim commits to the words of a span: not denied, hedged, under a condition or where a
    /// judgement is withheld (always, when the claim was not read).
    static func commits(_ content: ClaimContent?, to span: TextSpan) -> Bool {
        guard let content, let k = content.words.firstIndex(where: { $0.span.start >= span.start }) else {
            return true
        }
        return !content.isUncommitted(k) && !content.isDenied(k) && !Opposition.hedged(k, in: content)
            && !content.isQuestion
    }

    func rules(
        _ a: Claim, _ b: Claim, event: String?, label place: String, documents: [Document],
        contents: (ClaimContent, ClaimContent)? = nil
    ) -> [Relation] {
        var result: [Relation] = []
        // Each side's reading, bound once: a reading holds some twenty arrays and sets, and every copy of it
        // retains and releases them all.
        let contentA = contents?.0
        let contentB = contents?.1
        // Claims that name different times tell different happenings.
        if let x = contentA, let y = contentB, ClaimContent.timesApart(x, 0..<x.words.count, y, 0..<y.words.count) {
            return []
        }
        func commits(_ claim: Claim, _ span: TextSpan) -> Bool {
            Comparer.commits(claim.id == a.id ? contentA : contentB, to: span)
        }
        func relation(
            _ type: Relation.Kind, _ rule: String, _ score: Double, _ explanation: String,
            _ evidence: [RelationEvidence]
        ) {
            result.append(
                Relation(
                    id: "", type: type, claims: [a.id, b.id], rule: rule, score: (score * 100).rounded() / 100,
                    explanation: explanation, evidence: evidence, event: event))
        }
        // Manner and state: `withdrew` versus `fierce clashes`, `full control` versus `still fighting`. (Nested
        // functions below take both sides as arguments rather than looping over arrays of them, so that no pair
        // of claims is copied.)
        func classes(_ classesA: [Evidence], _ classesB: [Evidence], _ what: String) {
            for x in classesA where commits(a, x.span) {
                for y in classesB where conflictingClasses.contains([x.label, y.label]) && commits(b, y.span) {
                    let named = a.attribution != nil && b.attribution != nil
                    relation(
                        .conflict, "\(what): \(x.label) vs \(y.label)", what == "manner" ? (named ? 0.95 : 0.9) : 0.85,
                        "\(a.source.name) says “\(x.words)” (\(x.label)) while \(b.source.name) says “\(y.words)” (\(y.label)) about \(place): the two cannot both describe the same happening.",
                        [evidence(a, x, documents: documents), evidence(b, y, documents: documents)])
                }
                for y in classesB where x.label == y.label && what == "manner" {
                    relation(
                        .agreement, "\(what): both \(x.label)", 0.7,
                        "\(a.source.name) (“\(x.words)”) and \(b.source.name) (“\(y.words)”) describe the same manner (\(x.label)) for \(place).",
                        [evidence(a, x, documents: documents), evidence(b, y, documents: documents)])
                }
            }
        }
        classes(a.frame.manner, b.frame.manner, "manner")
        classes(a.frame.state, b.frame.state, "state")
        // Tension: casualties in clashes against an unopposed withdrawal.
        func tension(_ quiet: Claim, _ violent: Claim) -> Bool {
            guard let unopposed = quiet.frame.manner.first(where: { $0.label == "unopposed" }),
                commits(quiet, unopposed.span),
                !violent.frame.manner.contains(where: { $0.label == "contested" }),
                let fighting = violent.frame.kinds.first(where: { $0.label == "casualties" }),
                violent.frame.kinds.contains(where: { $0.label == "fighting" }),
                violent.frame.quantities.contains(where: { $0.measure == "killed" || $0.measure == "wounded" })
            else { return false }
            let words = violent.frame.quantities.first(where: { $0.measure == "killed" || $0.measure == "wounded" })
            let fightWords = violent.frame.kinds.first(where: { $0.label == "fighting" })!
            relation(
                .tension, "casualties in fighting vs unopposed withdrawal", 0.6,
                "\(violent.source.name) reports \(words.map { "“\($0.words)” in " } ?? "")“\(fightWords.words)” while \(quiet.source.name) says “\(unopposed.words)” about \(place): fighting with casualties sits uneasily with an unopposed withdrawal, though the fighting may have come first.",
                [
                    evidence(
                        violent, words.map { Evidence(label: $0.measure, words: $0.words, span: $0.span) } ?? fighting,
                        documents: documents),
                    evidence(quiet, unopposed, documents: documents),
                ])
            return true
        }
        if !tension(a, b) { _ = tension(b, a) }
        // Figures: the same measure of the same event.
        for x in a.frame.quantities where commits(a, x.span) {
            for y in b.frame.quantities where x.measure == y.measure && x.unit == y.unit && commits(b, y.span) {
                let overlap = x.interval.overlaps(y.interval)
                let dateA = claimDate(a, documents: documents)
                let dateB = claimDate(b, documents: documents)
                // A figure from the sentences before (`It said nine rebels were killed`) needs its own place named on
                // at least one side.
                if a.frame.places.isEmpty && b.frame.places.isEmpty { continue }
                let docDateA = documents[a.document].metadata.date
                let docDateB = documents[b.document].metadata.date
                if !overlap, let docDateA, let docDateB, docDateA != docDateB {
                    let (earlier, later) = docDateA < docDateB ? ((a, x), (b, y)) : ((b, y), (a, x))
                    relation(
                        .update, "numeric update: \(x.measure)", 0.5,
                        "\(later.0.source.name)'s later report (\(max(docDateA, docDateB))) gives “\(later.1.words)” where \(earlier.0.source.name) (\(min(docDateA, docDateB))) gave “\(earlier.1.words)”: a revised figure, not a contradiction.",
                        [
                            evidence(earlier.0, earlier.1.words, earlier.1.span, documents: documents),
                            evidence(later.0, later.1.words, later.1.span, documents: documents),
                        ])
                } else if !overlap {
                    if let dateA, let dateB, abs(dateA.dayNumber - dateB.dayNumber) > 0 { continue }
                    let difference = abs(x.value - y.value) / max(x.value, y.value, 1)
                    relation(
                        .numericConflict, "numeric: \(x.measure)", 0.6 + 0.3 * min(1, difference),
                        "\(a.source.name) gives “\(x.words)” and \(b.source.name) gives “\(y.words)” for the same measure (\(x.measure)) of \(place); the figures cannot both hold, even allowing for “at least”, “nearly” and the like.",
                        [
                            evidence(a, x.words, x.span, documents: documents),
                            evidence(b, y.words, y.span, documents: documents),
                        ])
                } else if x.qualifier == .exact && y.qualifier == .exact {
                    relation(
                        .agreement, "numeric: same \(x.measure)", 0.75,
                        "\(a.source.name) (“\(x.words)”) and \(b.source.name) (“\(y.words)”) give the same figure for \(x.measure) in \(place).",
                        [
                            evidence(a, x.words, x.span, documents: documents),
                            evidence(b, y.words, y.span, documents: documents),
                        ])
                }
            }
        }
        // Polarity: one says it happened, the other that it did not (`did not capture`, `denied taking`).
        func polarity(_ pos: Claim, _ neg: Claim) -> Bool {
            guard let negation = neg.frame.negation, Comparer.verbalNegations.contains(negation.label),
                !pos.frame.negated
            else { return false }
            // The negation must deny (not `not clear whether`, not under a condition or in a question).
            if let content = neg.id == a.id ? contentA : contentB {
                let denies = content.negations.contains { n in
                    !n.cue.isEmpty && content.words[n.cue.lowerBound].span.start == negation.span.start
                }
                if !denies { return false }
            }
            let negatedKinds = neg.frame.kinds.filter {
                $0.span.start >= negation.span.end && $0.span.start - negation.span.end <= 12
            }
            guard let kind = negatedKinds.first(where: { k in pos.frame.kinds.contains { $0.label == k.label } }),
                let positive = pos.frame.kinds.first(where: { $0.label == kind.label }),
                commits(pos, positive.span)
            else { return false }
            relation(
                .conflict, "polarity: \(kind.label)", 0.7,
                "\(pos.source.name) says “\(positive.words)” while \(neg.source.name) says “\(negation.words) … \(kind.words)” about \(place).",
                [
                    evidence(pos, positive, documents: documents),
                    evidence(
                        neg,
                        Evidence(
                            label: kind.label, words: negation.words + " … " + kind.words,
                            span: TextSpan(negation.span.start, kind.span.end)), documents: documents),
                ])
            return true
        }
        if !polarity(a, b) { _ = polarity(b, a) }
        return result
    }

    /// One agreement per event reported by two or more independent sources.
    private func eventAgreement(_ event: Event, members: [Int], claims: [Claim], documents: [Document]) -> Relation? {
        let (names, crossSide) = independentSources(members.map { claims[$0] })
        guard names.count >= 2 else { return nil }
        var evidence: [RelationEvidence] = []
        var ids: [String] = []
        var seenSources = Set<String>()
        var seenCopies = Set<String>()
        for m in members {
            let claim = claims[m]
            if seenSources.contains(claim.source.name) { continue }
            if let group = claim.copyGroup, !seenCopies.insert(group).inserted { continue }
            seenSources.insert(claim.source.name)
            ids.append(claim.id)
            let kind = claim.frame.kinds.first { families[$0.label] == event.kind } ?? claim.frame.kinds[0]
            evidence.append(self.evidence(claim, kind, documents: documents))
        }
        guard Set(evidence.map(\.source)).count >= 2 else { return nil }
        let score = min(1, 0.5 + 0.1 * Double(names.count) + (crossSide ? 0.2 : 0))
        var explanation =
            "\(names.count) independent sources assert \(event.label) in their own words, and no flag sets them apart: \(names.joined(separator: ", "))."
        if crossSide { explanation += " Sources on opposing sides agree: the strongest corroboration." }
        if !event.contradictedBy.isEmpty {
            explanation += " Against it: \(event.contradictedBy.joined(separator: ", "))."
        }
        return Relation(
            id: "", type: .agreement, claims: ids,
            rule: crossSide ? "same happening, opposing sides" : "same happening",
            score: (score * 100).rounded() / 100, explanation: explanation, evidence: evidence, event: event.id)
    }

    /// Negations of a verb, which can deny a happening; `no` and `without` describe one instead.
    static let verbalNegations: Set<String> = [
        "not", "never", "denied", "deny", "denies", "did not", "didn't", "has not", "hasn't", "failed to",
    ]

    static func words(_ text: String) -> [String] {
        text.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
    }
}
