import Foundation

/// Builds the relation model from annotated stories (`corroborate train-relations`) and measures it on stories
/// it was not trained on. Every proposal of the rules is labelled against the gold: for contradictions, only in
/// the stories whose contradictions are all annotated (there, a proposal that links no two opposed sides is a
/// false flag) and pairs that must not be linked; for agreements, a proposal linking two sides that say the same
/// thing is right, and one linking two opposed sides (an inverted verdict) or a must-not pair is wrong.
///
/// Out of fold, story by story: the weights are fitted on the other stories, and the threshold is chosen on them
/// too, by an inner leave-one-story-out round (the least score at which the inner out-of-fold flags reach the
/// target precision). The proposals of the story left out are judged with that model only, so every figure of
/// the out-of-fold report comes from a model that never saw the story. The shipped model is fitted on every
/// story, its threshold chosen on the leave-one-story-out scores.
public struct RelationTrainer: Sendable {
    public let knowledge: Knowledge
    /// Precision the threshold aims for, on the proposals of the stories it is chosen on. For contradictions no
    /// threshold of the model's beat the rules' own precision on stories left out (the annotated stories give too
    /// few examples to learn from), so by default every contradiction the rules propose is kept; agreements are
    /// flagged only when the model is sure, which removes most agreements that join two opposed sides.
    public var conflictPrecision = 0.0
    public var agreementPrecision = 0.9
    var regression = LogisticRegression()

    public init(knowledge: Knowledge = .builtIn) { self.knowledge = knowledge }

    struct Example {
        var features: [Double]
        var truth: Bool
        var story: String
        /// The second claim's story, for a pair across two stories: a fold that leaves either out leaves it out.
        var other: String? = nil

        /// Whether the example tells anything about one of `stories`.
        func touches(_ stories: Set<String>) -> Bool {
            stories.contains(story) || other.map(stories.contains) == true
        }
    }

    /// What training made: the model, the corpus analysed with out-of-fold judgements, and a summary.
    public struct Result: Sendable {
        public var model: RelationModel
        public var outOfFold: Analysis
        public var summary: String
        /// Every proposal with its label and features, one JSON object a line, for inspection.
        public var proposals: [String]
    }

    /// Trains on an analysed corpus and its gold.
    public func train(_ analysis: Analysis, gold: RelationGold) -> Result {
        let documents = analysis.articles.map(\.document)
        var claims = analysis.claims
        for i in claims.indices {
            claims[i].events = []
            claims[i].copyGroup = nil
        }
        let comparer = Comparer(knowledge: knowledge, model: .rulesOnly)
        let stages = comparer.stages(claims, documents: documents)
        let labeller = RelationGold.Labeller(gold: gold, claims: stages.claims, documents: documents)
        var conflicts: [Example] = []
        var agreements: [Example] = []
        var lines: [String] = []
        let claimIndex = Dictionary(uniqueKeysWithValues: stages.claims.enumerated().map { ($1.id, $0) })
        // A copy (`Proposal.copied`) is never flagged, so no example; it is judged out of fold all the same, as
        // the place it holds among its claims' agreements.
        for proposal in stages.proposals where !proposal.copied {
            let ids = proposal.relation.claims
            guard ids.count == 2 else { continue }
            let label = labeller.label(ids[0], ids[1])
            let story = labeller.story(of: ids[0])
            lines.append(
                RelationTrainer.line(
                    proposal, label: label, story: story,
                    claims: ids.compactMap { claimIndex[$0].map { stages.claims[$0] } }))
            switch proposal.family {
            case .conflict:
                guard label.exhaustive || label.mustNot || label.contradiction else { continue }
                // Positives of stories not annotated in full have no negatives beside them: left out, so that
                // precision is learnt and measured where it can be.
                guard label.exhaustive || !label.contradiction else { continue }
                conflicts.append(Example(features: proposal.features.values, truth: label.contradiction, story: story))
            case .agreement:
                if label.contradiction || label.mustNot {
                    agreements.append(Example(features: proposal.features.values, truth: false, story: story))
                } else if label.agreement {
                    agreements.append(Example(features: proposal.features.values, truth: true, story: story))
                } else if labeller.story(of: ids[1]) != story {
                    // Two claims of two different stories tell different things, however alike their words: the
                    // agreements a run of many stories would wrongly flag. (Unlabelled pairs of one story are
                    // mostly agreements the gold does not list, so they are not negatives.)
                    agreements.append(
                        Example(
                            features: proposal.features.values, truth: false, story: story,
                            other: labeller.story(of: ids[1])))
                }
            case .rule:
                continue
            }
        }
        // The same stories give the same model byte for byte: the measurements are rounded (term weights are
        // summed in an order that changes from run to run, which moves the last digits) and the examples sorted
        // (proposals are made in parallel, so their order changes too).
        conflicts = RelationTrainer.canonical(conflicts)
        agreements = RelationTrainer.canonical(agreements)
        let stories = Array(Set(documents.map { RelationGold.cluster(of: $0.path) })).sorted()
        var summary = ""
        var folds: [String: RelationModel] = [:]
        var oofConflict: [(score: Double, truth: Bool)] = []
        var oofAgreement: [(score: Double, truth: Bool)] = []
        for story in stories {
            let c = fitFold(conflicts, leaving: [story], target: conflictPrecision)
            let a = fitFold(agreements, leaving: [story], target: agreementPrecision)
            folds[story] = model(conflict: c, agreement: a, training: [:])
            for e in conflicts where e.story == story { oofConflict.append((c.probability(e.features), e.truth)) }
            for e in agreements where e.story == story { oofAgreement.append((a.probability(e.features), e.truth)) }
            summary +=
                "fold \(story): conflict threshold \(format(c.threshold)), agreement threshold \(format(a.threshold))\n"
        }
        // Out of fold: each story's proposals judged by the model that left it out.
        var judged: [Relation] = []
        let storyOf = Dictionary(uniqueKeysWithValues: stages.claims.map { ($0.id, labeller.story(of: $0.id)) })
        var byStory: [String: [Proposal]] = [:]
        for proposal in stages.proposals {
            byStory[storyOf[proposal.relation.claims[0]] ?? "", default: []].append(proposal)
        }
        for (story, proposals) in byStory.sorted(by: { $0.key < $1.key }) {
            let model = folds[story] ?? .rulesOnly
            judged += RelationJudge(model: model).judge(proposals, claims: stages.claims)
        }
        let output = comparer.finish(stages, judged: judged)
        var outOfFold = analysis
        outOfFold.claims = output.claims
        outOfFold.events = output.events
        outOfFold.relations = output.relations
        outOfFold.claimIndex = Dictionary(uniqueKeysWithValues: output.claims.enumerated().map { ($1.id, $0) })
        // The shipped model: every story, thresholds from the leave-one-story-out scores.
        var conflict = fit(conflicts)
        conflict.threshold = LogisticRegression.threshold(oofConflict, precision: conflictPrecision)
        var agreement = fit(agreements)
        agreement.threshold = LogisticRegression.threshold(oofAgreement, precision: agreementPrecision)
        let positives = conflicts.filter(\.truth).count
        let agreeing = agreements.filter(\.truth).count
        let training = [
            "stories": "\(stories.count)",
            "conflict examples": "\(conflicts.count) (\(positives) right)",
            "agreement examples": "\(agreements.count) (\(agreeing) right)",
            "conflict target precision": format(conflictPrecision),
            "agreement target precision": format(agreementPrecision),
            "regularisation": format(regression.l2),
        ]
        summary +=
            "conflict proposals labelled: \(conflicts.count), right \(positives); out of fold at the folds' thresholds: "
        summary += RelationTrainer.rates(conflicts, folds: folds, family: \.conflict) + "\n"
        summary +=
            "agreement proposals labelled: \(agreements.count), right \(agreeing); out of fold at the folds' thresholds: "
        summary += RelationTrainer.rates(agreements, folds: folds, family: \.agreement) + "\n"
        summary +=
            "shipped thresholds: conflict \(format(conflict.threshold)), agreement \(format(agreement.threshold))\n"
        return Result(
            model: model(conflict: conflict, agreement: agreement, training: training), outOfFold: outOfFold,
            summary: summary, proposals: lines)
    }

    /// One proposal as a JSON line.
    private static func line(_ p: Proposal, label: RelationGold.PairLabel, story: String, claims: [Claim]) -> String {
        var object: [String: Any] = [
            "family": p.family.rawValue, "type": p.relation.type.rawValue, "rule": p.relation.rule, "story": story,
            "contradiction": label.contradiction, "agreement": label.agreement, "mustNot": label.mustNot,
            "exhaustive": label.exhaustive, "explanation": p.explained.explanation,
            "claims": claims.map { ["id": $0.id, "source": $0.source.name, "text": $0.text] },
            "words": p.relation.evidence.map(\.words),
        ]
        var features: [String: Double] = [:]
        for (name, value) in zip(PairFeatures.names, p.features.values) where value != 0 { features[name] = value }
        object["features"] = features
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func model(conflict: RelationModel.Family, agreement: RelationModel.Family, training: [String: String])
        -> RelationModel
    {
        RelationModel(
            description:
                "Logistic regression over the comparison rules' measurements of a pair of claims (features, in order), one for contradictions and one for agreements; a proposal is flagged when its probability reaches the threshold. Built by `corroborate train-relations`.",
            features: PairFeatures.names, conflict: conflict, agreement: agreement, training: training)
    }

    /// Flags and right flags out of fold, with precision and recall of the labelled proposals.
    private static func rates(
        _ examples: [Example], folds: [String: RelationModel], family: KeyPath<RelationModel, RelationModel.Family>
    ) -> String {
        var tp = 0
        var fp = 0
        let total = examples.filter(\.truth).count
        for e in examples {
            guard let model = folds[e.story] else { continue }
            let f = model[keyPath: family]
            guard f.probability(e.features) >= f.threshold else { continue }
            if e.truth { tp += 1 } else { fp += 1 }
        }
        let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
        return
            "\(tp + fp) flagged, \(tp) right (precision \(format(precision)), recall \(format(Double(tp) / Double(max(total, 1)))))"
    }

    /// Examples with their measurements rounded to nine decimals, in an order that depends on nothing but them.
    private static func canonical(_ examples: [Example]) -> [Example] {
        examples.map { e in
            Example(
                features: e.features.map { ($0 * 1e9).rounded() / 1e9 }, truth: e.truth, story: e.story, other: e.other)
        }
        .sorted { x, y in
            if x.story != y.story { return x.story < y.story }
            if x.other != y.other { return (x.other ?? "") < (y.other ?? "") }
            if x.truth != y.truth { return !x.truth }
            return x.features.lexicographicallyPrecedes(y.features)
        }
    }

    /// Weights fitted to examples, threshold one half.
    private func fit(_ examples: [Example]) -> RelationModel.Family {
        let (bias, weights) = regression.fit(examples.map(\.features), examples.map(\.truth))
        return RelationModel.Family(bias: bias, weights: weights, threshold: 0.5)
    }

    /// The model of one fold: fitted without the stories `leaving`, its threshold chosen by an inner round that
    /// leaves out each remaining story in turn.
    private func fitFold(_ examples: [Example], leaving: Set<String>, target: Double) -> RelationModel.Family {
        let training = examples.filter { !$0.touches(leaving) }
        var family = fit(training)
        var inner: [(score: Double, truth: Bool)] = []
        for story in Set(training.map(\.story)).sorted() {
            let model = fit(training.filter { !$0.touches([story]) })
            for e in training where e.story == story { inner.append((model.probability(e.features), e.truth)) }
        }
        family.threshold = LogisticRegression.threshold(inner, precision: target)
        return family
    }
}
