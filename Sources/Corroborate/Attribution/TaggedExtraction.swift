import Foundation

extension AttributionExtractor {
    /// The attributions the tagger finds in a document, in text order: per sentence, the rules read it, the cue
    /// tagger marks its cues, the rules work out each cue's source and content, and the role tagger marks the
    /// source and content with the rules' as features. By default only cues the lexicon holds as statements
    /// count, with a source, and a statement inside another's content is kept; `broad` follows PolNeAR.
    func taggedExtract(_ document: Document, analysis: TextAnalysis, tagger: AttributionTagger) -> [Attribution] {
        let tokens = analysis.tokens
        let inQuote = AttributionExtractor.quoteMask(tokens: tokens, quotations: analysis.quotations)
        let facts = TokenFacts(document: document, analysis: analysis, inQuote: inQuote, index: index)
        var results: [Attribution] = []
        for (sentenceIndex, sentence) in analysis.sentences.enumerated()
        where !sentence.isFurniture && !sentence.tokens.isEmpty {
            let read = SentenceContext.taggerReading(
                document: document, analysis: analysis, tokens: tokens, inQuote: inQuote, sentence: sentence,
                sentenceIndex: sentenceIndex, index: index)
            var context = read.context
            let reading = read.reading
            let range = sentence.tokens
            let (tagged, margins) = tagger.cues(
                sentence: range, facts: facts, reading: reading, titleCase: context.isTitleCase)
            let (cues, movedVerbs) = context.movingReportNounCues(tagged)
            if debugStage == "cues" {
                for cue in cues {
                    results.append(
                        Attribution(
                            source: nil, cue: context.role(cue), content: context.role(cue), via: nil,
                            apposition: nil, rule: "debug", isDirectQuote: false, hedges: [], sentence: sentenceIndex))
                }
                continue
            }
            let candidates = cues.map { context.candidate(forCue: $0, rules: reading.candidates) }
            // Each cue that counts, with the rules' attribution of it and the cues its role frame sees. By default
            // the tagger's other cues are left out, so they do not cut a statement's content short (`condemned
            // the incursion, describing it as ...`), and a statement added inside another's content is framed
            // among the tagger's statements, so it does not cut the outer one short either.
            var work:
                [(
                    cue: Range<Int>, candidate: SentenceContext.Candidate, proposal: Attribution?,
                    frameCues: [Range<Int>]
                )] = []
            var base = Array(zip(cues, candidates))
            var added: [(Range<Int>, SentenceContext.Candidate)] = []
            if !tagger.broad {
                let (kept, keptCandidates) = context.statements(
                    cues: cues, candidates: candidates, reading: reading, margins: margins,
                    veto: tagger.statementMargin, movedVerbs: movedVerbs)
                base = []
                for (cue, candidate) in zip(kept, keptCandidates) {
                    if cues.contains(cue) { base.append((cue, candidate)) } else { added.append((cue, candidate)) }
                }
            }
            // The rules' attributions of the base cues: those of the reading when the cues are the rules' own.
            let same =
                base.count == reading.candidates.count
                && zip(base, reading.candidates).allSatisfy { $0.1.cue == $1.cue && $0.1.kind == $1.kind }
            let proposals = same ? reading.attributions : context.attributions(for: base.map(\.1))
            for (i, (cue, candidate)) in base.enumerated() {
                work.append((cue, candidate, proposals[i], base.map(\.0)))
            }
            for (cue, candidate) in added {
                var set = base
                set.append((cue, candidate))
                set.sort { $0.0.lowerBound < $1.0.lowerBound }
                let own = context.attributions(for: set.map(\.1))
                let k = set.firstIndex { $0.0 == cue }!
                work.append((cue, candidate, own[k], set.map(\.0)))
            }
            work.sort { $0.cue.lowerBound < $1.cue.lowerBound }
            for (cue, candidate, made, frameCues) in work {
                let proposal = context.rulesAttribution(of: cue, made: made, reading: reading)
                let frame = facts.roleFrame(
                    cue: cue, sentence: range, cues: frameCues, kind: RuleReading.kind(of: candidate),
                    rules: proposal)
                let labels = tagger.roles(frame: frame, facts: facts)
                guard
                    var attribution = context.taggedAttribution(
                        cue: cue, labels: labels, frame: frame, proposal: proposal, candidate: candidate,
                        broad: tagger.broad)
                else { continue }
                if let noun = movedVerbs[cue.lowerBound],
                    let subject = context.subjectThroughReportNoun(source: attribution.source, verb: cue, noun: noun)
                {
                    attribution.source = subject
                }
                attribution.hedges = hedges(in: attribution.content, tokens: tokens, analysis: analysis)
                results.append(attribution)
            }
        }
        if debugStage != nil { return results }
        results = addingEpigraphs(to: results, document: document, analysis: analysis)
        results = continuingQuotes(results, analysis: analysis, document: document, inQuote: inQuote)
        let kept = AttributionExtractor.pruned(results, dropsNested: tagger.broad)
        return tagger.broad ? AttributionExtractor.sharingSources(kept) : kept
    }
}
let debugStage = ProcessInfo.processInfo.environment["CORROBORATE_DEBUG_STAGE"]

extension SentenceContext {
    /// The cues that count by default: the tagger's that the lexicon holds as statements (not passives or raising
    /// verbs); the lexicon's that the tagger left out but scored above `veto` (its margin for beginning a cue);
    /// and the lexicon's inside another attribution's content, which PolNeAR never marks and so the tagger does
    /// not either (`Kerry said the Russians claimed ...` is two statements); never one on a report noun heading
    /// the subject of a verb of saying, and always that verb when the tagger's cue moved to it
    /// (`movingReportNounCues`: `movedVerbs`). The tagger's other cues are left
    /// out, so they do not cut a statement's content short (`condemned the incursion, describing it as ...`).
    mutating func statements(
        cues: [Range<Int>], candidates: [Candidate], reading: RuleReading, margins: [Float], veto: Float,
        movedVerbs: [Int: Int] = [:]
    ) -> ([Range<Int>], [Candidate]) {
        var kept: [(Range<Int>, Candidate)] = []
        let uncued = reading.uncued?.cue.map { tokenRanges(of: $0.spans) } ?? []
        for (cue, candidate) in zip(cues, candidates) {
            let known = reading.candidates.contains { $0.cue == candidate.cue && $0.kind == candidate.kind }
            let statement =
                (known || movedVerbs[cue.lowerBound] != nil) && !candidate.passive && !isRaising(candidate)
            if statement || isSpeechParticiple(cue, candidate) || uncued.contains(where: { $0.overlaps(cue) }) {
                kept.append((cue, candidate))
            }
        }
        for candidate in reading.candidates
        where
            (reading.inContent[candidate.cue.lowerBound - start] == 1
            || margins[candidate.cue.lowerBound - start] > veto)
            && !candidate.passive
            && !isRaising(candidate) && !cues.contains(where: { $0.overlaps(candidate.cue) })
            && verbAfterReportNoun(at: candidate.cue.lowerBound) == nil
        {
            kept.append((candidate.cue, candidate))
        }
        kept.sort { $0.0.lowerBound < $1.0.lowerBound }
        return (kept.map(\.0), kept.map(\.1))
    }

    /// `said the pier was closed, adding that ...`, `, explaining, "..."`: a participle of a speech verb after a
    /// comma is a statement of its own, by the clause's source, so the one before it ends there (not `describing
    /// it as ...`, whose verb takes an object and only says more of the statement it follows).
    func isSpeechParticiple(_ cue: Range<Int>, _ candidate: Candidate) -> Bool {
        guard let entry = candidate.entry, entry.isParticiple, entry.frame == .speech, !candidate.passive,
            cue.lowerBound > start, tokens[cue.lowerBound - 1].folded == ","
        else { return false }
        return true
    }

    /// The rules' attribution of a tagger's cue: the one they made of its candidate, or the headline's `Name: ...`
    /// or an opening `In a poll released Monday, ...` when the cue is theirs.
    func rulesAttribution(of cue: Range<Int>, made: Attribution?, reading: RuleReading) -> Attribution? {
        if let uncued = reading.uncued, let spans = uncued.cue?.spans,
            tokenRanges(of: spans).contains(where: { $0.overlaps(cue) })
        {
            return uncued
        }
        return made
    }

    /// The attribution the role tagger's labels make for a cue: the source nearest the cue, every content piece
    /// (the rules' content when the tagger marks none, as for a quotation in the sentence before); nil without
    /// content, or by default without a source where the cue needs one.
    func taggedAttribution(
        cue: Range<Int>, labels: [UInt8], frame: RoleFrame, proposal: Attribution?, candidate: Candidate,
        broad: Bool
    ) -> Attribution? {
        let base = frame.window.lowerBound
        let sources = TaggedSpans.runs(labels, begin: RoleFrame.sourceBegin).map {
            (base + $0.lowerBound)..<(base + $0.upperBound)
        }
        let contents = TaggedSpans.runs(labels, begin: RoleFrame.contentBegin).compactMap {
            fitContent((base + $0.lowerBound)..<(base + $0.upperBound), keepsThat: broad)
        }
        // The tagger's source nearest the cue, else the next or the rules' (a subject shared across a
        // coordination, the main clause's subject); either only when it can name a speaker, or with `--broad` be a
        // subject PolNeAR credits (`Neither the mayor nor the council`, `42 percent`: `isBroadSource`).
        let fitted = chosenSource(
            marked: sources, rules: proposal?.source.flatMap { tokenRanges(of: $0.spans).first }, cue: cue,
            candidate: candidate, broad: broad)
        if isQuestion(source: fitted?.source, cue: cue) { return nil }
        var contentSpans = contents.compactMap(trimmedSpan)
        let fromRules = contentSpans.isEmpty
        if fromRules, let proposal { contentSpans = proposal.content.spans }
        guard !contentSpans.isEmpty else { return nil }
        let contentText = contentSpans.map { document.text(of: $0) }.joined(separator: " … ")
        guard contentText.unicodeScalars.contains(where: \.isLetter) else { return nil }
        // `had promised an early battle`, `declared its own state`: by default a commitment to a thing is an act.
        if !broad, cue.contains(where: { X.commitmentCues.contains(tokens[$0].folded) }),
            case let pieces = contents.isEmpty ? tokenRanges(of: contentSpans) : contents, !pieces.isEmpty,
            pieces.allSatisfy(isBareNounPhrase)
        {
            return nil
        }
        let source = fitted.map { role($0.source) }
        if !broad && source == nil && candidate.kind != .accordingTo && proposal?.rule != "headline-colon"
            && proposal?.rule != "in-document"
        {
            return nil
        }
        let agrees = proposal.map { $0.source?.spans == source?.spans && $0.content.spans == contentSpans } ?? false
        var rule = agrees || (fromRules && proposal?.source?.spans == source?.spans) ? proposal!.rule : "tagger"
        if candidate.learned && !rule.hasSuffix("+model") { rule += "+model" }
        let isQuote =
            agrees || fromRules
            ? proposal!.isDirectQuote
            : contents.allSatisfy { tokens[$0.lowerBound].kind == .openingQuote && tokens[$0.upperBound - 1].isQuote }
        let sharesSource = proposal?.source.map { rules in source?.spans.first?.overlaps(rules.extent) ?? false }
        let apposition = fitted?.apposition.map(role) ?? (sharesSource == true ? proposal?.apposition : nil)
        return Attribution(
            source: source, cue: role(cue), content: Role(text: contentText, spans: contentSpans),
            via: proposal?.via, apposition: apposition, rule: rule,
            isDirectQuote: isQuote, hedges: [], sentence: sentenceIndex)
    }

    /// The text span of tokens `range`, without commas, full stops, colons or dashes at either end.
    func trimmedSpan(_ range: Range<Int>) -> TextSpan? {
        let trimmed: Set<String> = [".", ",", ";", ":", "-", "\u{2014}", "\u{2013}"]
        var a = range.lowerBound
        var b = range.upperBound
        while a < b && tokens[a].kind == .punctuation && trimmed.contains(tokens[a].folded) { a += 1 }
        while b > a && tokens[b - 1].kind == .punctuation && trimmed.contains(tokens[b - 1].folded) { b -= 1 }
        return a < b ? TextSpan(tokens[a].span.start, tokens[b - 1].span.end) : nil
    }
}

extension SentenceContext {
    /// A sentence as the tagger reads it, and so as its trainer must: PolNeAR's broad convention, with the rules'
    /// reading as the features' ground.
    static func taggerReading(
        document: Document, analysis: TextAnalysis, tokens: [Token], inQuote: [Bool], sentence: Sentence,
        sentenceIndex: Int, index: CueIndex
    ) -> (context: SentenceContext, reading: RuleReading) {
        var context = SentenceContext(
            document: document, analysis: analysis, tokens: tokens, inQuote: inQuote, sentence: sentence,
            sentenceIndex: sentenceIndex, index: index)
        context.isBroad = true
        let reading = context.read()
        return (context, reading)
    }
}
