/// One cue's neighbourhood, as the role tagger sees it: the tokens it labels source, content or neither, and what
/// is known about the cue (its word, what stands next to it, what the rules made of it, the other cues around).
struct RoleFrame {
    /// Labels: outside, source (begin, inside), content (begin, inside).
    static let outside: UInt8 = 0
    static let sourceBegin: UInt8 = 1
    static let sourceInside: UInt8 = 2
    static let contentBegin: UInt8 = 3
    static let contentInside: UInt8 = 4

    var cue: Range<Int>
    /// The tokens labelled: the cue's sentence, widened to whole quotations that run into it or out of it.
    var window: Range<Int>
    var sentence: Range<Int>
    var cueStem: Int
    /// A code for the token after the cue (`that`, a colon, a quotation mark, a comma, `to`, a word) and before it.
    var cueNext: Int
    var cuePrevious: Int
    var kind: Int
    /// A hash of the rule that made the rules' attribution of this cue, or 0 when they made none.
    var ruleName: Int
    /// The rules' label of each window token.
    var ruleLabels: [UInt8]
    /// Running counts over the window (entry `k` counts tokens before `window.lowerBound + k`): clause breaks
    /// outside quotations, and first tokens of other cues.
    var breaks: [Int32]
    var otherCueStarts: [Int32]
    var inOtherCue: [Bool]
    /// Per window token: the hash of the word right after the last clause break before it (0 when none): what
    /// kind of phrase a comma opened (`, a`, `, while`, `, who`).
    var afterBreak: [Int]

    /// Labels for the window's tokens from spans: a token overlapping a source span is source, else one
    /// overlapping a content span is content; the cue's own tokens are outside.
    static func labels(source: [TextSpan], content: [TextSpan], window: Range<Int>, cue: Range<Int>, tokens: [Token])
        -> [UInt8]
    {
        var labels = [UInt8](repeating: outside, count: window.count)
        func mark(_ spans: [TextSpan], begin: UInt8) {
            for span in spans {
                for t in window where !cue.contains(t) && labels[t - window.lowerBound] == outside {
                    let token = tokens[t].span
                    guard token.start < span.end && span.start < token.end else { continue }
                    let previous = t > window.lowerBound ? labels[t - window.lowerBound - 1] : outside
                    labels[t - window.lowerBound] = previous == begin || previous == begin + 1 ? begin + 1 : begin
                }
            }
        }
        mark(source, begin: sourceBegin)
        mark(content, begin: contentBegin)
        return labels
    }

    /// A code for the token at `k` next to a cue.
    static func neighbourCode(_ k: Int, in sentence: Range<Int>, tokens: [Token]) -> Int {
        guard sentence.contains(k) else { return 0 }
        let token = tokens[k]
        switch token.kind {
        case .openingQuote: return 1
        case .closingQuote: return 2
        case .punctuation: return token.folded == "," ? 3 : token.folded == ":" ? 4 : 5
        case .number: return 6
        case .word:
            switch token.folded {
            case "that": return 7
            case "to": return 8
            case "by": return 9
            case "in", "on", "at", "during", "after", "before": return 10
            case "he", "she", "they", "it", "we", "i": return 11
            default: return token.isCapitalized ? 12 : 13
            }
        }
    }
}

extension TokenFacts {
    /// The tokens the role tagger labels for a cue in `sentence`: the sentence, widened to the start of a
    /// quotation that runs into it or closes right before it in the same paragraph (`"...!" Smith said.`) and to
    /// the end of one that runs out of it or opens the next sentence after a colon (`Cruz continued: "..."`);
    /// at most 150 tokens each way.
    func roleWindow(sentence: Range<Int>) -> Range<Int> {
        var low = sentence.lowerBound
        var high = sentence.upperBound
        let reach = 150
        if low < tokens.count, quotation[low] >= 0 {
            low = max(sentence.lowerBound - reach, min(low, quotationTokens[Int(quotation[low])].lowerBound))
        } else if low > 0, !tokens[low].newlineBefore, tokens[low - 1].kind == .closingQuote, quotation[low - 1] >= 0 {
            low = max(sentence.lowerBound - reach, quotationTokens[Int(quotation[low - 1])].lowerBound)
        }
        if high > low, quotation[high - 1] >= 0 {
            high = min(sentence.upperBound + reach, max(high, quotationTokens[Int(quotation[high - 1])].upperBound))
        } else if high < tokens.count, high > low, tokens[high - 1].folded == ":", quotation[high] >= 0 {
            high = min(sentence.upperBound + reach, quotationTokens[Int(quotation[high])].upperBound)
        }
        return low..<min(high, tokens.count)
    }

    /// The frame of one cue: `cues` are all the tagger's cues in the sentence (this one among them), `rules` the
    /// rules' attribution of this cue.
    func roleFrame(
        cue: Range<Int>, sentence: Range<Int>, cues: [Range<Int>], kind: RuleReading.Kind, rules: Attribution?
    ) -> RoleFrame {
        let window = roleWindow(sentence: sentence)
        var ruleLabels = [UInt8](repeating: 0, count: window.count)
        var ruleName = 0
        if let rules {
            ruleName = TokenFacts.hash(rules.rule.utf8)
            ruleLabels = RoleFrame.labels(
                source: rules.source?.spans ?? [], content: rules.content.spans, window: window, cue: cue,
                tokens: tokens)
        }
        var breaks = [Int32](repeating: 0, count: window.count + 1)
        var otherCueStarts = [Int32](repeating: 0, count: window.count + 1)
        var inOtherCue = [Bool](repeating: false, count: window.count)
        for other in cues where other != cue {
            for t in other where window.contains(t) { inOtherCue[t - window.lowerBound] = true }
        }
        var afterBreak = [Int](repeating: 0, count: window.count)
        var opened = 0
        for (k, t) in window.enumerated() {
            let token = tokens[t]
            let isBreak =
                !inQuote[t] && token.kind == .punctuation
                && [",", ";", ":", "-", "\u{2014}", "\u{2013}", "(", ")"].contains(token.folded)
            breaks[k + 1] = breaks[k] + (isBreak ? 1 : 0)
            afterBreak[k] = opened
            if isBreak, t + 1 < tokens.count { opened = wordHash[t + 1] }
            let starts = inOtherCue[k] && (k == 0 || !inOtherCue[k - 1])
            otherCueStarts[k + 1] = otherCueStarts[k] + (starts ? 1 : 0)
        }
        return RoleFrame(
            cue: cue, window: window, sentence: sentence, cueStem: stemHash[cue.lowerBound],
            cueNext: RoleFrame.neighbourCode(cue.upperBound, in: sentence, tokens: tokens),
            cuePrevious: RoleFrame.neighbourCode(cue.lowerBound - 1, in: sentence, tokens: tokens),
            kind: Int(kind.rawValue), ruleName: ruleName, ruleLabels: ruleLabels, breaks: breaks,
            otherCueStarts: otherCueStarts, inOtherCue: inOtherCue, afterBreak: afterBreak)
    }

    /// The role tagger's features of window token `t`, into `out` (cleared first): where it stands from the cue
    /// (side, distance, clause breaks and other cues between), its word, stem, suffix and shape with its
    /// neighbours', the quotation it is in and whether that quotation touches the cue, and the rules' label.
    func roleFeatures(at t: Int, frame: RoleFrame, into out: inout FeatureBuffer) {
        out.removeAll(keepingCapacity: true)
        let cue = frame.cue
        let k = t - frame.window.lowerBound
        if cue.contains(t) {
            out.append(Self.mix(40, 1))
            return
        }
        let left = t < cue.lowerBound
        let side = left ? 0 : 1
        let distance = left ? cue.lowerBound - t : t - cue.upperBound + 1
        let d = Self.bucket(distance)
        let window = frame.window
        let w0 = wordHash[t]
        let s0 = Int(shape[t])
        let region = t < frame.sentence.lowerBound ? 0 : t >= frame.sentence.upperBound ? 2 : 1
        let c0 = cue.lowerBound - window.lowerBound
        let c1 = cue.upperBound - window.lowerBound
        let breaks = Int(left ? frame.breaks[c0] - frame.breaks[k + 1] : frame.breaks[k] - frame.breaks[c1])
        let others = Int(
            left
                ? frame.otherCueStarts[c0] - frame.otherCueStarts[k + 1]
                : frame.otherCueStarts[k + 1]
                    - frame.otherCueStarts[c1])
        // The quotation holding the token, and how far it stands from the cue.
        var quote = 0
        if quotation[t] >= 0 {
            let q = quotationTokens[Int(quotation[t])]
            let gap = left ? cue.lowerBound - q.upperBound : q.lowerBound - cue.upperBound
            quote = q.lowerBound < cue.lowerBound && q.upperBound > cue.upperBound ? 4 : gap <= 1 ? 1 : gap <= 5 ? 2 : 3
        }
        let rule = Int(frame.ruleLabels[k])
        out.append(Self.mix(41, side))
        out.append(Self.mix(42, side, d))
        out.append(Self.mix(43, side, w0))
        out.append(Self.mix(44, side, stemHash[t], d))
        out.append(Self.mix(45, side, s0, d))
        out.append(Self.mix(46, side, word(t - 1, in: window)))
        out.append(Self.mix(47, side, word(t + 1, in: window)))
        out.append(Self.mix(48, side, shape(t - 1, in: window) * 16 + s0, shape(t + 1, in: window)))
        out.append(Self.mix(49, frame.cueStem, side, d))
        if distance <= 4 { out.append(Self.mix(50, frame.cueStem, side, w0)) }
        out.append(Self.mix(51, side, quote, min(d, 5)))
        out.append(Self.mix(52, side, min(breaks, 3), quote))
        out.append(Self.mix(53, region, side, quote))
        out.append(Self.mix(54, rule, frame.ruleName))
        out.append(Self.mix(55, rule, side, d))
        out.append(Self.mix(56, rule, s0, side))
        out.append(Self.mix(57, min(others, 2), side, d))
        out.append(Self.mix(58, frame.inOtherCue[k] ? 1 : 0, rule))
        out.append(Self.mix(59, side, frame.cueNext, d))
        out.append(Self.mix(60, side, frame.cuePrevious, d))
        out.append(Self.mix(61, side, t == frame.sentence.lowerBound ? 1 : 0, d))
        out.append(Self.mix(62, rule, frame.kind, side))
        out.append(Self.mix(63, side, lexicon[t] != 0 ? 1 : 0, d))
        out.append(Self.mix(64, frame.cueStem, rule))
        if distance <= 2 { out.append(Self.mix(65, side, w0, frame.cueNext)) }
        out.append(Self.mix(66, side, suffixHash[t]))
        out.append(Self.mix(67, side, Self.bucket(frame.sentence.upperBound - t), region))
        out.append(Self.mix(68, side, w0, rule))
        out.append(Self.mix(69, frame.kind, side, min(d, 5)))
        // The word's classes (a message noun names a source: `the statement said`), and where it stands in the
        // sentence: subjects open it.
        out.append(Self.mix(70, side, Int(wordClass[t]), rule))
        out.append(Self.mix(71, side, Self.bucket(max(0, t - frame.sentence.lowerBound)), s0))
        out.append(Self.mix(72, side, Int(category[t].rawValue) * 16 + s0, min(breaks, 3)))
        out.append(Self.mix(73, frame.cueStem, side, rule))
        out.append(Self.mix(74, side, min(breaks, 2), frame.afterBreak[k]))
        out.append(Self.mix(75, side, frame.afterBreak[k], rule))
    }
}
