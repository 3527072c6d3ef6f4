extension AttributionExtractor {
    /// With `--broad`, a cue the tagger found but left without a source takes the source of the nearest
    /// attribution before it in the same sentence: a subject that several verbs share (`The mayor welcomed the
    /// plan, calling it overdue`, `the union rejected the offer and vowed to strike`), which PolNeAR credits to
    /// each of them. Only the tagger's own attributions are filled in (rule `tagger`, `tagger+model`): a passive
    /// or a raising verb names nobody on purpose. A later attribution's source is not taken, and nothing crosses a
    /// sentence. Measured by two-fold cross-validation on PolNeAR train (source F1 only moves; content and cue
    /// are untouched) and then on dev: see README, "Attribution tagger".
    static func sharingSources(_ attributions: [Attribution]) -> [Attribution] {
        var result = attributions
        // Each sentence's attributions, so that a long article is not scanned once per attribution.
        var bySentence: [Int: [Int]] = [:]
        for i in result.indices { bySentence[result[i].sentence, default: []].append(i) }
        for i in result.indices where result[i].source == nil && result[i].rule.hasPrefix("tagger") {
            guard let cue = result[i].cue?.extent.start else { continue }
            var nearest: Int?
            for j in bySentence[result[i].sentence] ?? [] where j != i {
                guard result[j].source != nil, let other = result[j].cue?.extent.start, other < cue else { continue }
                if let k = nearest, let best = result[k].cue?.extent.start, best >= other { continue }
                nearest = j
            }
            if let j = nearest {
                result[i].source = result[j].source
                result[i].apposition = result[j].apposition
            }
        }
        return result
    }
}
