import Foundation

/// The event rules: pairwise relations inside a block (manner, state, figures, polarity, tension) and one agreement
/// per event among the claims that can tell one happening.
extension Comparer {
    /// The event rules' relations between the pairs of one block, each with the key that says which relation it
    /// is (type, rule, claims), so that the same relation met in several blocks can be kept once.
    func pairRelations(
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

    func evidence(_ claim: Claim, _ words: String, _ span: TextSpan, documents: [Document]) -> RelationEvidence {
        RelationEvidence(
            claim: claim.id, source: claim.source.name, sourceKind: claim.source.kind,
            document: documents[claim.document].name, words: words, span: span)
    }

    func evidence(_ claim: Claim, _ item: Evidence, documents: [Document]) -> RelationEvidence {
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
        // Tension: casualties in clashes against an unopposed withdrawal. A withdrawal its own claim tells with
        // fighting it asserts (`the gunmen fled after the gunfight`; not `little resistance`, the unopposed words
        // themselves, nor a denied or feared fight) was not unopposed.
        func tension(_ quiet: Claim, _ violent: Claim) -> Bool {
            guard let unopposed = quiet.frame.manner.first(where: { $0.label == "unopposed" }),
                commits(quiet, unopposed.span),
                !quiet.frame.kinds.contains(where: {
                    $0.label == "fighting" && !$0.span.overlaps(unopposed.span) && commits(quiet, $0.span)
                }),
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
                } else if x.qualifier == .exact && y.qualifier == .exact,
                    // An age set off by commas after a name (`Ada Brun, 26, was killed`) counts no one.
                    x.measure.hasPrefix("age")
                        || !AppositiveAge.holds(at: x.span.start, in: documents[a.document].scalars)
                            && !AppositiveAge.holds(at: y.span.start, in: documents[b.document].scalars)
                {
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
    func eventAgreement(_ event: Event, members: [Int], claims: [Claim], documents: [Document]) -> Relation? {
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
