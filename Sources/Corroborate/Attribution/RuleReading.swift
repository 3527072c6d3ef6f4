/// What the rules make of one sentence, as the tagger reads it: the lexicon's cue candidates with the rules'
/// attribution of each, and marks on every token of the sentence that become the tagger's rule features.
struct RuleReading {
    var candidates: [SentenceContext.Candidate] = []
    /// The rules' attribution of each candidate (nil where they make none).
    var attributions: [Attribution?] = []
    /// A headline's `Name: ...` or an opening `In a poll released Monday, ...` when the lexicon finds no cue.
    var uncued: Attribution?
    /// Per token of the sentence: 0 outside the rules' cues, 1 the first token of one, 2 a later token.
    var cueMark: [UInt8]
    /// Per token of a rule cue: its kind (see `Kind`).
    var cueKind: [UInt8]
    /// Per token of a rule cue: a hash of its lexicon lemma and frame.
    var cueLemma: [Int]
    /// Per token: 1 when the token lies in the content of a rule attribution whose cue is elsewhere (a cue there
    /// would be nested in another's words), else 0.
    var inContent: [UInt8]

    /// Kinds of rule cue, as feature values.
    enum Kind: UInt8 {
        case none = 0
        case verb, accordingTo, nestedQuote, passive, uncued, learned
    }

    init(count: Int) {
        cueMark = [UInt8](repeating: 0, count: count)
        cueKind = [UInt8](repeating: 0, count: count)
        cueLemma = [Int](repeating: 0, count: count)
        inContent = [UInt8](repeating: 0, count: count)
    }

    /// The kind of a candidate.
    static func kind(of candidate: SentenceContext.Candidate) -> Kind {
        switch candidate.kind {
        case .accordingTo: return .accordingTo
        case .nestedQuote: return .nestedQuote
        case .verb: return candidate.passive ? .passive : candidate.learned ? .learned : .verb
        }
    }
}

extension SentenceContext {
    /// Reads the sentence with the rules (always with PolNeAR's broad conventions, so the tagger's features do
    /// not depend on the mode it is run in).
    mutating func read() -> RuleReading {
        var reading = RuleReading(count: end - start)
        reading.candidates = findCues()
        if reading.candidates.isEmpty {
            reading.uncued = headlineColon() ?? openingSourcePhrase()
        } else {
            reading.attributions = attributions(for: reading.candidates)
        }
        for (c, candidate) in reading.candidates.enumerated() {
            let kind = RuleReading.kind(of: candidate).rawValue
            let lemma = candidate.entry.map { TokenFacts.hash($0.lemma.utf8) } ?? Int(kind)
            for i in candidate.cue where i < end {
                reading.cueMark[i - start] = i == candidate.cue.lowerBound ? 1 : 2
                reading.cueKind[i - start] = kind
                reading.cueLemma[i - start] = lemma
            }
            guard let attribution = reading.attributions[c] else { continue }
            for range in tokenRanges(of: attribution.content.spans) {
                for i in range where !candidate.cue.contains(i) { reading.inContent[i - start] = 1 }
            }
        }
        if let uncued = reading.uncued, let cue = uncued.cue {
            for range in tokenRanges(of: cue.spans) {
                for i in range {
                    reading.cueMark[i - start] = i == range.lowerBound ? 1 : 2
                    reading.cueKind[i - start] = RuleReading.Kind.uncued.rawValue
                }
            }
        }
        return reading
    }

    /// The sentence's tokens inside each span (spans may reach outside the sentence; those parts are left out).
    func tokenRanges(of spans: [TextSpan]) -> [Range<Int>] {
        spans.compactMap { span in
            var a = max(start, analysis.tokenIndex(atOrAfter: span.start))
            while a > start && tokens[a - 1].span.end > span.start { a -= 1 }
            var b = a
            while b < end && tokens[b].span.start < span.end { b += 1 }
            return a < b ? a..<b : nil
        }
    }

    /// The candidate the rules would work a tagger's cue with: theirs when it overlaps, else one made from the
    /// cue's first lexicon word (`has said`, `also noted`) or, failing that, from its words (`pleaded guilty`).
    mutating func candidate(forCue cue: Range<Int>, rules: [Candidate]) -> Candidate {
        if let known = rules.first(where: { $0.cue.overlaps(cue) }) { return known }
        for i in cue {
            guard let (entry, after) = index.match(tokens, at: i, limit: end) else { continue }
            var candidate = Candidate(cue: i..<min(after, end), entry: entry, kind: .verb)
            candidate.passive = isBroad && isPassive(entry, at: i)
            return candidate
        }
        let words = tokens[cue].map(\.folded)
        let entry = CueIndex.Entry(
            words: words, lemma: words.joined(separator: " "), frame: .speech,
            isParticiple: words[0].hasSuffix("ing"), isBase: false)
        var candidate = Candidate(cue: cue, entry: entry, kind: .verb)
        candidate.learned = true
        candidate.passive = isBroad && isPassive(entry, at: cue.lowerBound)
        return candidate
    }
}
