/// How attributions relate to each other: one content found by two cues, and an attribution inside another's
/// content.
extension AttributionExtractor {
    /// Two cues that found the same content (`said ... adding`, a quote claimed by `wrote` and by `email`) make one
    /// attribution: the one whose cue is in the lexicon, else the first. A cue found by the model inside another
    /// attribution's content (`She said her uncle has been a friend to farmers`) is the reported speech's own
    /// wording, not a statement: measured on PolNeAR, six in seven such are not annotated. In the broad mode
    /// (`dropsNested`), PolNeAR's convention, every attribution inside another's content is dropped: PolNeAR
    /// annotates the outer one only (`Kerry said the U.S. wanted ...` is one attribution, not two).
    static func pruned(_ attributions: [Attribution], dropsNested: Bool) -> [Attribution] {
        var attributions = attributions
        if dropsNested {
            // `Lewandowski, in a statement released ..., said he ...`: a cue the model found does not swallow a
            // lexicon cue of the same source in its content; the model's is dropped instead.
            var lexicon: [Role: [Attribution]] = [:]
            for attribution in attributions where !attribution.rule.hasSuffix("+model") {
                if let source = attribution.source { lexicon[source, default: []].append(attribution) }
            }
            attributions.removeAll { outer in
                guard outer.rule.hasSuffix("+model"), let source = outer.source else { return false }
                return lexicon[source]?.contains { isNested($0, in: outer.content.spans) } ?? false
            }
        }
        var kept: [Attribution] = []
        var byContent: [[TextSpan]: Int] = [:]
        let contents = SpanCover(attributions.flatMap(\.content.spans))
        for attribution in attributions {
            if attribution.rule.hasSuffix("+model") || dropsNested, isNested(attribution, in: contents) { continue }
            if let k = byContent[attribution.content.spans] {
                if kept[k].rule.hasSuffix("+model") && !attribution.rule.hasSuffix("+model") { kept[k] = attribution }
                continue
            }
            byContent[attribution.content.spans] = kept.count
            kept.append(attribution)
        }
        return kept
    }

    /// Whether the attribution's cue and content lie inside some other attribution's content.
    static func isNested(_ attribution: Attribution, in contents: [TextSpan]) -> Bool {
        guard let (low, high) = extent(of: attribution) else { return false }
        return contents.contains { $0.start <= low && high <= $0.end && !attribution.content.spans.contains($0) }
    }

    /// `isNested` against the contents of a whole document, held in a `SpanCover`. A piece of the attribution's
    /// own content can cover its extent only by being that extent, so such a span must then be strictly larger.
    static func isNested(_ attribution: Attribution, in contents: SpanCover) -> Bool {
        guard let (low, high) = extent(of: attribution) else { return false }
        let own = attribution.content.spans.contains(TextSpan(low, high))
        return contents.covers(low, high, strictly: own)
    }

    /// The first offset and the end of the attribution's content and cue.
    private static func extent(of attribution: Attribution) -> (Int, Int)? {
        let pieces = attribution.content.spans + (attribution.cue?.spans ?? [])
        guard let low = pieces.map(\.start).min(), let high = pieces.map(\.end).max() else { return nil }
        return (low, high)
    }
}
