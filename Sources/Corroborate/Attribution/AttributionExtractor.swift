/// Finds attributions by rules over tokens, sentences and quotations: direct quotes with the cue before, after or
/// inside; `SOURCE CUE (that) CONTENT`; `CONTENT, SOURCE CUE`; `CONTENT, CUE SOURCE`; `according to SOURCE`;
/// object and infinitive cues (`urged Moscow to ...`); nested sources (`quoted X as saying`, `Quoting X, ...`);
/// and quotations that continue in the following sentences. Cue words come from the lexicon, not from code.
public struct AttributionExtractor: Sendable {
    let index: CueIndex
    let model: CueModel?

    public init(lexicon: CueLexicon = Knowledge.builtIn.cues, model: CueModel? = Knowledge.builtIn.cueModel) {
        self.index = CueIndex(lexicon)
        self.model = model
    }

    // MARK: Word classes used by the grammar (closed classes, not cue knowledge)

    static let clauseWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "but", "if", "as", "than",
        "so", "although", "though", "until", "since", "after", "before", "whether", "unless", "once", "yet",
        "whereas", "why", "how", "what", "nor",
    ]
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "do", "does", "did", "not", "to", "'s", "n't", "never", "also",
    ]
    static let pronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "who", "which"]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no",
        "any", "every", "each",
    ]
    /// Words that open a noun phrase naming a speaker after an inverted cue (`said another Twitter user`,
    /// `said former Gov. Jim Hodges`), besides the numbers of `quantities` (`said one New Hampshire Democrat`).
    static let quantifiers: Set<String> = [
        "another", "former", "several", "many", "some", "most", "both", "all", "other",
    ]
    /// Words of number and proportion that can be the subject of a statement (`about half of voters say`,
    /// `three-quarters support`), as polls report them.
    static let quantities: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
        "thousands", "millions", "half", "third", "thirds", "quarter", "quarters", "two-thirds", "three-quarters",
        "majority", "minority", "plurality", "percent",
    ]
    /// Function words, which never head a cue the model finds (one set, as it is asked of every word).
    static let closedClass: Set<String> = auxiliaries.union(prepositions).union(determiners).union(pronouns)
        .union(clauseWords).union(["and", "or", "of", "as", "not", "am"])
    static let prepositions: Set<String> = [
        "in", "at", "on", "during", "after", "before", "from", "via", "through", "with", "by", "to", "earlier",
        "late", "last", "this", "when", "while", "over", "outside", "inside", "near", "for", "about", "upon",
    ]
    static let tellVerbs: Set<String> = ["tell", "assure", "warn", "remind", "inform", "notify", "brief", "advise"]
    /// Cue words that are as often nouns (`attacks`, `support`, `remarks`): their base and `-s` forms count only
    /// after a plausible subject.
    static let nounLike: Set<String> = [
        "attack", "support", "report", "remark", "comment", "call", "challenge", "claim", "charge", "estimate",
        "note", "promise", "pledge", "vow", "warning", "fear", "hope", "demand", "question", "answer", "reply",
        "criticism", "praise", "blame", "doubt", "concern", "order", "request", "view", "show", "back", "favor",
        "favour", "dispute", "post", "tweet", "statement", "quote", "credit", "label", "brand", "signal", "hint",
        "forecast", "plan", "guess", "wonder",
    ]
    /// Lowercase words that head a speaking subject (`the campaign says`, `a poll shows`).
    static let speakingNouns: Set<String> = [
        "group", "groups", "campaign", "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
        "analysis", "data", "figures", "ministry", "government", "party", "committee", "agency", "statement", "memo",
        "letter", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
        "advisers", "source", "sources", "candidate", "president", "senator", "governor", "company", "network",
        "newspaper", "paper", "magazine", "website", "organization", "administration", "court", "judge", "lawyer",
        "lawyers", "lawsuit", "complaint", "filing", "people", "voters", "critics", "supporters", "opponents",
        "republicans", "democrats", "analysts", "experts", "leaders", "members", "activists", "army", "military",
        "police", "prosecutors", "investigators", "researchers", "economists", "residents", "witnesses", "family",
        "rebels", "observatory", "monitor", "team", "spokesmen", "staff", "union", "board", "council", "department",
    ]
    /// Nouns for a message, after which a participle cue reports its sender's words (`a statement saying`).
    static let messageNouns: Set<String> = [
        "statement", "tweet", "tweets", "email", "e-mail", "emails", "letter", "message", "messages", "post", "note",
        "video", "ad", "release", "memo", "op-ed", "column", "speech", "filing", "lawsuit", "motion", "petition",
        "resolution", "editorial", "essay", "interview", "remarks", "comments", "text",
    ]
    /// Words after a comma that open the writer's own clause: `said X, while Y ...`.
    static let contrastWords: Set<String> = ["while", "whereas", "although", "though", "but"]
    /// Nouns ending in `-ly`, which can head a source.
    static let lyNouns: Set<String> = [
        "family", "assembly", "monopoly", "anomaly", "supply", "rally", "ally", "butterfly", "homily", "melancholy",
    ]
    /// Adverbs that open a sentence without being its subject (`Instead`, `Now`, `Once`).
    static let sentenceAdverbs: Set<String> = [
        "instead", "now", "once", "however", "indeed", "meanwhile", "still", "also", "then", "here", "there",
        "perhaps", "maybe", "let", "let's", "well", "so", "thus", "even", "just", "only", "already", "finally",
        "again", "today", "yesterday", "tonight", "recently", "similarly", "likewise", "ultimately", "nonetheless",
    ]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "get", "got"]
    static let modals: Set<String> = ["will", "would", "could", "can", "may", "might", "should", "must", "shall"]
    static let progressiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "been", "be", "am", "'s", "'re"]
    /// Past forms that end a noun phrase walking left: `X said Y told`.
    static let pastCueForms: Set<String> = [
        "said", "told", "wrote", "thought", "knew", "felt", "found", "saw", "heard",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight",
    ]

    // MARK: Extraction

    /// All attributions in a document, in text order.
    public func extract(_ document: Document, analysis: TextAnalysis) -> [Attribution] {
        let tokens = analysis.tokens
        let inQuote = AttributionExtractor.quoteMask(tokens: tokens, quotations: analysis.quotations)
        var results: [Attribution] = []
        var claimedQuotes = Set<Int>()
        let features = model.map { _ in CueFeatureContext(tokens: tokens, inQuote: inQuote, index: index) }
        for (sentenceIndex, sentence) in analysis.sentences.enumerated() where !sentence.isFurniture {
            var context = SentenceContext(
                document: document, analysis: analysis, tokens: tokens, inQuote: inQuote, sentence: sentence,
                sentenceIndex: sentenceIndex, index: index)
            if let model, let features {
                context.model = model
                context.features = features
                context.probabilities = [Float](repeating: -1, count: sentence.tokens.count)
            }
            var found = context.extract()
            for i in found.indices {
                attachContinuation(&found[i], analysis: analysis, claimed: &claimedQuotes, document: document)
                found[i].hedges = hedges(in: found[i].content, tokens: tokens, analysis: analysis)
            }
            results.append(contentsOf: found)
        }
        return AttributionExtractor.pruned(results, dropsNested: model?.addsCues ?? false)
    }

    /// Two cues that found the same content (`said ... adding`, a quote claimed by `wrote` and by `email`) make one
    /// attribution: the one whose cue is in the lexicon, else the first. A cue found by the model inside another
    /// attribution's content (`She said her father has been an advocate for women`) is the reported speech's own
    /// wording, not a statement: measured on PolNeAR, six in seven such are not annotated. In the broad mode
    /// (`dropsNested`), PolNeAR's convention, every attribution inside another's content is dropped: PolNeAR
    /// annotates the outer one only (`Kerry said the U.S. wanted ...` is one attribution, not two).
    static func pruned(_ attributions: [Attribution], dropsNested: Bool) -> [Attribution] {
        var attributions = attributions
        if dropsNested {
            // `Lewandowski, in a statement released ..., said he ...`: a cue the model found does not swallow a
            // lexicon cue of the same source in its content; the model's is dropped instead.
            let lexicon = attributions.filter { !$0.rule.hasSuffix("+model") && $0.source != nil }
            attributions.removeAll { outer in
                outer.rule.hasSuffix("+model") && outer.source != nil
                    && lexicon.contains { $0.source == outer.source && isNested($0, in: outer.content.spans) }
            }
        }
        var kept: [Attribution] = []
        var byContent: [[TextSpan]: Int] = [:]
        let contents = attributions.flatMap(\.content.spans)
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
        let pieces = attribution.content.spans + (attribution.cue?.spans ?? [])
        guard let low = pieces.map(\.start).min(), let high = pieces.map(\.end).max() else { return false }
        return contents.contains { $0.start <= low && high <= $0.end && !attribution.content.spans.contains($0) }
    }

    /// Marks tokens inside quotation marks, so cue words within a quotation are not taken as cues.
    static func quoteMask(tokens: [Token], quotations: [Quotation]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var q = 0
        let sorted = quotations.flatMap(\.pieces).sorted()
        for (i, token) in tokens.enumerated() {
            while q < sorted.count && sorted[q].end <= token.span.start { q += 1 }
            if q < sorted.count && sorted[q].contains(token.span.start) { mask[i] = true }
        }
        return mask
    }

    /// A direct quotation continues in the sentences right after it when they open with a quotation mark and
    /// hold no cue of their own: `"X," he said. "Y."` has content X and Y.
    private func attachContinuation(
        _ attribution: inout Attribution, analysis: TextAnalysis, claimed: inout Set<Int>, document: Document
    ) {
        guard attribution.isDirectQuote, let last = attribution.content.spans.last else { return }
        let sentence = analysis.sentences[attribution.sentence]
        var next = attribution.sentence + 1
        var end = max(last.end, sentence.span.end)
        while next < analysis.sentences.count {
            let candidate = analysis.sentences[next]
            guard
                candidate.paragraph == sentence.paragraph
                    || candidate.paragraph == analysis.sentences[next - 1].paragraph + 1,
                candidate.span.start >= end,
                let quotationIndex = analysis.quotationIndex(startingAt: candidate.span.start),
                !claimed.contains(quotationIndex)
            else { break }
            let quotation = analysis.quotations[quotationIndex]
            // The quotation must be the whole sentence (or run past it), with no cue of its own around it.
            let tailStart = analysis.tokenIndex(atOrAfter: quotation.span.end)
            let tail = analysis.tokens[min(tailStart, candidate.tokens.upperBound)..<candidate.tokens.upperBound]
            if tail.contains(where: { $0.isWord }) { break }
            if candidate.paragraph != sentence.paragraph && quotation.pieces.count == 1 { break }
            claimed.insert(quotationIndex)
            attribution.content.spans.append(contentsOf: quotation.markedPieces)
            end = max(quotation.span.end, candidate.span.end)
            next += 1
            while next < analysis.sentences.count && analysis.sentences[next].span.end <= quotation.span.end {
                next += 1
            }
        }
        attribution.content.text = attribution.content.spans.map { document.text(of: $0) }.joined(separator: " … ")
    }

    private func hedges(in content: Role, tokens: [Token], analysis: TextAnalysis) -> [String] {
        var found: [String] = []
        for span in content.spans {
            var i = analysis.tokenIndex(atOrAfter: span.start)
            while i < tokens.count && tokens[i].span.end <= span.end {
                for hedge in index.hedges where CueIndex.matches(hedge, tokens, at: i, limit: tokens.count) {
                    let phrase = hedge.joined(separator: " ")
                    if !found.contains(phrase) { found.append(phrase) }
                }
                i += 1
            }
        }
        return found
    }
}

/// The work on one sentence: cue candidates, their sources, then their contents.
private struct SentenceContext {
    let document: Document
    let analysis: TextAnalysis
    let tokens: [Token]
    let inQuote: [Bool]
    let sentence: Sentence
    let sentenceIndex: Int
    let index: CueIndex
    /// The cue model, the document's features for it, and the probabilities worked out so far for the
    /// sentence's tokens (-1 until asked: only words that could be cues are scored).
    var model: CueModel?
    var features: CueFeatureContext?
    var probabilities: [Float] = []
    var buffer: [Int] = []

    typealias X = AttributionExtractor

    /// The model's probability that token `i` is (part of) a cue; nil without a model.
    mutating func probability(_ i: Int) -> Float? {
        guard let model, let features else { return nil }
        if probabilities[i - start] < 0 {
            probabilities[i - start] = model.probability(of: i, in: start..<end, context: features, buffer: &buffer)
        }
        return probabilities[i - start]
    }

    /// PolNeAR's broad definition (`--broad`): besides cues the model adds, passives with no source named
    /// (`Clinton was asked about ...`) count.
    var isBroad: Bool { model?.addsCues ?? false }
    var start: Int { sentence.tokens.lowerBound }
    var end: Int { sentence.tokens.upperBound }

    /// A headline in Title Case (`Bellwether County Says Trump Should Win`): capitals say nothing there.
    /// Computed once per sentence.
    lazy var isTitleCase: Bool = {
        var words = 0
        var capitalized = 0
        for token in tokens[start..<end] where token.kind == .word && token.folded.count > 3 {
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return words >= 3 && capitalized * 10 >= words * 8
    }()

    /// A cue found in the sentence, with what was worked out about it so far.
    struct Candidate {
        var cue: Range<Int>
        var entry: CueIndex.Entry?
        var kind: Kind
        var source: Range<Int>?
        var sourceAfterCue = false
        /// The source is shared with an earlier verb (`he played down ... and insisted`), not next to the cue.
        var sourceShared = false
        var via: Range<Int>?
        var apposition: Range<Int>?
        var contentStart: Int?
        /// Found by the cue model, not the lexicon.
        var learned = false
        /// A passive cue (`Clinton was asked about`, `When asked whether`): the source, if any, follows `by`.
        var passive = false

        enum Kind { case verb, accordingTo, nestedQuote }
    }

    mutating func extract() -> [Attribution] {
        var candidates = findCues()
        if candidates.isEmpty {
            if let headline = headlineColon() { return [headline] }
            if let opening = openingSourcePhrase() { return [opening] }
            return []
        }
        let quotingVia = sentenceInitialQuoting()
        for i in candidates.indices { findSource(&candidates[i], previous: i > 0 ? candidates[i - 1] : nil) }
        for i in candidates.indices where candidates[i].kind == .verb && !candidates[i].passive {
            if let source = candidates[i].source, plausibleSource(source) { continue }
            if let subject = fallbackSource(for: candidates[i]) {
                candidates[i].source = subject
                candidates[i].sourceShared = true
            }
        }
        var results: [Attribution] = []
        for i in candidates.indices {
            var nextStart = end
            // `According to GMA News, Salceda said ...`: an opening `according to` covers the whole sentence.
            let opening =
                candidates[i].kind == .accordingTo
                && tokens[start..<candidates[i].cue.lowerBound].allSatisfy { !$0.isWord }
            for later in candidates[(i + 1)...] where !opening && later.cue.lowerBound > candidates[i].cue.upperBound {
                if let b = boundaryStart(of: later), b > candidates[i].cue.upperBound {
                    nextStart = b
                    break
                }
            }
            guard var attribution = makeAttribution(candidates[i], limit: nextStart) else { continue }
            if attribution.via == nil, let quotingVia { attribution.via = role(quotingVia) }
            results.append(attribution)
        }
        return results
    }

    // MARK: Cues

    private mutating func findCues() -> [Candidate] {
        var result: [Candidate] = []
        var i = start
        while i < end {
            if inQuote[i] || !tokens[i].isWord {
                i += 1
                continue
            }
            if let phrase = index.prepositional.first(where: { CueIndex.matches($0, tokens, at: i, limit: end) }) {
                result.append(Candidate(cue: i..<(i + phrase.count), entry: nil, kind: .accordingTo))
                i += phrase.count
                continue
            }
            if index.nestedQuote.contains(tokens[i].folded), i > start, let saying = nestedSaying(after: i) {
                var candidate = Candidate(cue: i..<(i + 1), entry: nil, kind: .nestedQuote)
                candidate.via = (i + 1)..<saying.lowerBound
                candidate.contentStart = saying.upperBound
                result.append(candidate)
                i = saying.upperBound
                continue
            }
            if let (entry, after) = index.match(tokens, at: i, limit: end) {
                // `Asked whether he would ...` opens a sentence: a passive, whoever did the asking.
                let openingPassive = isBroad && entry.words[0] == "asked" && isPassive(entry, at: i)
                if !openingPassive, acceptable(entry, at: i) {
                    // The model vetoes lexicon words used otherwise (`know` in `as you know`).
                    if let model, let p = probability(i), p < model.vetoThreshold {
                        i = after
                        continue
                    }
                    result.append(Candidate(cue: i..<after, entry: entry, kind: .verb))
                    i = after
                    continue
                }
                if isBroad, isPassive(entry, at: i) {
                    var candidate = Candidate(cue: i..<after, entry: entry, kind: .verb)
                    candidate.passive = true
                    result.append(candidate)
                    i = after
                    continue
                }
            } else if let model, model.addsCues, canHeadLearnedCue(i), let p = probability(i), p >= model.addThreshold {
                // A cue the lexicon lacks (`pleaded guilty`, `made no mention of`), from the model.
                var after = i + 1
                while after < end && after < i + 4 && tokens[after].isWord && !inQuote[after]
                    && (probability(after) ?? 0) >= model.addThreshold / 2
                {
                    after += 1
                }
                // `also said`, `publicly urged`: the lexicon cue inside the run is the cue.
                if ((i + 1)..<after).contains(where: { index.match(tokens, at: $0, limit: end) != nil }) {
                    i += 1
                    continue
                }
                let words = tokens[i..<after].map(\.folded)
                let entry = CueIndex.Entry(
                    words: words, lemma: words.joined(separator: " "), frame: .speech,
                    isParticiple: words[0].hasSuffix("ing"), isBase: false)
                var candidate = Candidate(cue: i..<after, entry: entry, kind: .verb)
                candidate.learned = true
                result.append(candidate)
                i = after
                continue
            }
            i += 1
        }
        return result
    }

    /// A cue found by the model starts with a content word: not an auxiliary, adverb of the skip list,
    /// preposition, determiner, pronoun or clause word (those only join a cue as in `has pleaded`), and not a
    /// capitalised word inside a sentence (a name).
    private mutating func canHeadLearnedCue(_ i: Int) -> Bool {
        let word = tokens[i].folded
        if tokens[i].kind != .word || word.hasSuffix("ly") || X.closedClass.contains(word) || index.skip.contains(word)
        {
            return false
        }
        return !(tokens[i].isCapitalized && i > start && !isTitleCase)
    }

    /// `as saying` within ten tokens after `quoted`.
    private func nestedSaying(after i: Int) -> Range<Int>? {
        var j = i + 1
        while j < min(end, i + 14) {
            for phrase in index.nestedSaying where CueIndex.matches(phrase, tokens, at: j, limit: end) {
                var after = j + phrase.count
                if after < end && tokens[after].folded == "that" { after += 1 }
                return j..<after
            }
            j += 1
        }
        return nil
    }

    /// A cue in the passive: `was asked`, `had been urged`, or `asked` opening a clause (`When asked if`).
    private func isPassive(_ entry: CueIndex.Entry, at i: Int) -> Bool {
        let word = entry.words[0]
        guard word.hasSuffix("ed") || ["told", "said", "shown"].contains(word) else { return false }
        let j = startOfAdverbs(before: i)
        let previous = j > start ? tokens[j - 1].folded : ""
        if X.passiveAuxiliaries.contains(previous) { return true }
        return word == "asked" && (j == start || ["when", "if", "after", "before", "as", "while"].contains(previous))
    }

    /// Where the adverbs of the skip list before token `i` start (`was once asked`); a passive auxiliary stops
    /// the walk.
    private func startOfAdverbs(before i: Int) -> Int {
        var j = i
        while j > start && index.skip.contains(tokens[j - 1].folded)
            && !X.passiveAuxiliaries.contains(tokens[j - 1].folded)
        {
            j -= 1
        }
        return j
    }

    /// Rejects cue words used otherwise: nouns after determiners, infinitives, passives, names.
    private mutating func acceptable(_ entry: CueIndex.Entry, at i: Int) -> Bool {
        // `IS downplayed`: a word in capitals is a name, not the auxiliary `is`.
        let previous = i > start && !isAllCapitals(tokens[i - 1]) ? tokens[i - 1].folded : ""
        if X.determiners.contains(previous) && previous != "that" { return false }
        if entry.isBase && (previous == "to" || previous == "not" || previous == "n't") && entry.words[0] != "say" {
            return false
        }
        // `was once asked`; `IS downplayed` has a name, not an auxiliary.
        let p = startOfAdverbs(before: i)
        if p > start, !isAllCapitals(tokens[p - 1]), X.passiveAuxiliaries.contains(tokens[p - 1].folded) {
            let word = entry.words[0]
            if word.hasSuffix("ed") || ["told", "said", "known", "thought", "shown", "found", "seen"].contains(word) {
                return false
            }
        }
        if tokens[i].isCapitalized && i > start && !tokens[i - 1].isQuote && tokens[i - 1].folded != "," && !isTitleCase
        {
            return false
        }
        let word = entry.words[0]
        let isPastOrParticiple = word.hasSuffix("ed") || word.hasSuffix("ing") || X.pastCueForms.contains(word)
        if !isPastOrParticiple {
            // Nouns: `in hopes of`, `America's support`, `in favour of`.
            if X.prepositions.contains(previous) || previous.hasSuffix("'s") { return false }
            // `says of` is the verb (`the actor says of the race`).
            if entry.words.count == 1, i + 1 < end, ["of", "for"].contains(tokens[i + 1].folded), word != "says" {
                return false
            }
            var m = i - 1
            while m > start && index.skip.contains(tokens[m].folded) && !X.modals.contains(tokens[m].folded) { m -= 1 }
            if entry.isBase && m >= start && X.modals.contains(tokens[m].folded) && !["say", "tell"].contains(word) {
                return false
            }
        }
        if entry.isParticiple && entry.words.count == 1 {
            // `is demanding` and `, adding that` are cues; `with Turkey backing rebels` is not.
            var j = i - 1
            while j > start && index.skip.contains(tokens[j].folded)
                && !X.progressiveAuxiliaries.contains(tokens[j].folded)
            { j -= 1 }
            let before = j >= start ? tokens[j].folded : ""
            // `released a statement saying`, `by saying`, `In describing`: the participle reports the subject.
            let reporting =
                X.messageNouns.contains(before) || ["by", "in", "while", "after", "before"].contains(before)
            if !(X.progressiveAuxiliaries.contains(before) || before == "," || i == start || reporting) { return false }
            if before == "," && entry.frame != .speech { return false }
        }
        // `whom he accused of ...`: an object verb with its object moved away has no content here.
        if entry.frame == .object, entry.words.count == 1, i + 1 < end, ["of", "for"].contains(tokens[i + 1].folded) {
            return false
        }
        if !isPastOrParticiple, X.nounLike.contains(entry.lemma), entry.words.count == 1 {
            var j = i - 1
            while j > start && index.skip.contains(tokens[j].folded) && !X.auxiliaries.contains(tokens[j].folded) {
                j -= 1
            }
            let subject = j >= start ? tokens[j] : nil
            let plausible =
                subject.map { t in
                    X.pronouns.contains(t.folded) || t.folded == "that" || t.isCapitalized
                        || X.speakingNouns.contains(t.folded) || X.quantities.contains(t.folded)
                        || t.kind == .closingQuote || t.folded == ","
                } ?? true
            if !plausible { return false }
        }
        // `direct mail attacks by conservative groups`, `withheld support from McCain`, `that 2012 remark.`:
        // an object or belief cue followed by the sentence end or by these prepositions is a noun or a passive.
        if entry.frame != .speech, entry.words.count == 1 {
            let after = i + 1 < end ? tokens[i + 1].folded : "."
            if [".", "?", "!", ";", ")", "by", "in", "of", "from", "for", "on", "at", "with", "among", "against"]
                .contains(after)
            {
                return false
            }
        }
        // `said nothing about ...` reports silence, not a statement.
        if i + 1 < end, ["nothing", "little"].contains(tokens[i + 1].folded), entry.frame == .speech { return false }
        if entry.words[0] == "call" || entry.words[0] == "called" || entry.words[0] == "calls"
            || entry.words[0] == "calling"
        {
            // `called X Y` counts; `called for` and `called on` are their own entries; `so-called` is not a cue.
            if i + 1 >= end || !tokens[i + 1].isWord { return false }
        }
        return true
    }

    // MARK: Sources

    /// `About 9 percent`, `at least half of voters`: a number or a word of quantity within the first three words.
    private func startsWithQuantity(_ range: Range<Int>) -> Bool {
        range.prefix(3).contains { tokens[$0].kind == .number || X.quantities.contains(tokens[$0].folded) }
    }

    /// `IS`, `US`: two or more capitals.
    private func isAllCapitals(_ token: Token) -> Bool {
        token.isCapitalized && token.span.length >= 2
            && document.scalars[token.span.start..<token.span.end].allSatisfy { !$0.isLowercaseLetter }
    }

    private func isBoundary(_ token: Token) -> Bool {
        // `IS`, `US`: capitals are names, not the verb `is` or the pronoun `us`.
        if isAllCapitals(token) { return false }
        if token.kind == .punctuation {
            return token.folded != "'" && token.folded != "&" && token.folded != "(" && token.folded != ")"
        }
        if token.isQuote { return true }
        return X.clauseWords.contains(token.folded) || X.auxiliaries.contains(token.folded)
    }

    /// `forcefully rejected`, `publicly urged`: a lowercase `-ly` word before a cue is an adverb, not the source
    /// (`a Clinton ally said`, `the family said` are nouns).
    private func isMannerAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.folded.count > 5 && token.folded.hasSuffix("ly")
            && !X.lyNouns.contains(token.folded)
    }

    /// Skips auxiliaries, adverbs and short time phrases leftwards from `k` (exclusive); returns the new end.
    private func skipLeft(from k: Int) -> Int {
        var j = k
        while j > start {
            let word = tokens[j - 1].folded
            if isAllCapitals(tokens[j - 1]) { break }
            if index.skip.contains(word) || X.weekdays.contains(word) || isMannerAdverb(tokens[j - 1]) {
                j -= 1
                continue
            }
            // `, meanwhile,` between the source and its cue.
            if word == ",", j - 2 > start, index.skip.contains(tokens[j - 2].folded), tokens[j - 3].folded == "," {
                j -= 3
                continue
            }
            break
        }
        return j
    }

    /// The noun phrase ending at `k` (exclusive), walking left to a clause boundary; lists joined by `and` or
    /// commas are kept whole (`The Observatory, Turkish state media and a rebel faction`).
    private func leftNounPhrase(endingAt k: Int, floor: Int) -> Range<Int>? {
        guard k > floor else { return nil }
        // `Sen. Mitch McConnell (R-Ky.)`: a parenthesis after a name belongs to it.
        if tokens[k - 1].folded == ")" {
            var m = k - 2
            while m > floor && m > k - 10 && tokens[m].folded != "(" { m -= 1 }
            if m > floor, tokens[m].folded == "(", tokens[m - 1].isCapitalized,
                let name = leftNounPhrase(endingAt: m, floor: floor)
            {
                return name.lowerBound..<k
            }
        }
        if X.pronouns.contains(tokens[k - 1].folded) || tokens[k - 1].folded == "that" {
            // `another that attacked Clinton`: a relative `that` right after a noun is the source, as PolNeAR
            // marks it; `said that` is a complementizer.
            if tokens[k - 1].folded == "that" {
                let noun =
                    k - 2 >= floor && tokens[k - 2].isWord && !X.clauseWords.contains(tokens[k - 2].folded)
                    && index.match(tokens, at: k - 2, limit: end) == nil
                    && !X.auxiliaries.contains(tokens[k - 2].folded)
                return noun ? (k - 1)..<k : nil
            }
            return (k - 1)..<k
        }
        var a = k
        while a > floor && a > k - 12 {
            let token = tokens[a - 1]
            // `Sen. Mitch McConnell`: a full stop inside the sentence, right after a short capitalised word, ends
            // an abbreviated title (the segmenter did not end the sentence there).
            if token.folded == ".", a - 2 >= floor, tokens[a - 2].isCapitalized, tokens[a - 2].span.length <= 4,
                tokens[a - 2].span.end == token.span.start, a < k
            {
                a -= 1
                continue
            }
            if isBoundary(token)
                || !(token.isWord || token.folded == "'" || token.folded == "&" || token.folded == "("
                    || token.folded == ")")
            {
                break
            }
            if !token.isCapitalized && (token.folded.hasSuffix("ed") || X.pastCueForms.contains(token.folded)),
                index.match(tokens, at: a - 1, limit: end) != nil
            {
                break
            }
            if token.folded == "and" || token.folded == "or" { break }
            a -= 1
        }
        guard a < k else { return nil }
        // Lists: `X, Y and Z` or `X and Y`, when the earlier members are short noun phrases too.
        var listStart = a
        var sawAnd = false
        while listStart > floor {
            let joiner = tokens[listStart - 1].folded
            guard joiner == "and" || joiner == "or" || (joiner == "," && sawAnd) else { break }
            var b = listStart - 1
            while b > floor && b > listStart - 8 {
                let token = tokens[b - 1]
                if isBoundary(token) || !token.isWord || token.folded == "and" { break }
                b -= 1
            }
            let member = b..<(listStart - 1)
            guard !member.isEmpty, member.count <= 8 else { break }
            let atBoundary = b == floor || isBoundary(tokens[b - 1]) || tokens[b - 1].folded == "and"
            guard atBoundary, looksLikeNounPhrase(member) else { break }
            if joiner != "," { sawAnd = true }
            listStart = b
        }
        return listStart..<k
    }

    private func looksLikeNounPhrase(_ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound]
        if range.allSatisfy({ index.skip.contains(tokens[$0].folded) }) { return false }
        if range.contains(where: { !tokens[$0].isCapitalized && tokens[$0].folded.hasSuffix("ing") }) { return false }
        if first.isCapitalized || X.determiners.contains(first.folded) || first.kind == .number { return true }
        return range.count <= 3 && !range.contains(where: { tokens[$0].folded.hasSuffix("ed") })
    }

    /// The noun phrase starting at `k`, walking right: an inverted source (`said Turkish Prime Minister Binali
    /// Yildirim`), with a proper-name apposition kept (`the Observatory's chief, Rami Abdurrahman`).
    private func rightNounPhrase(startingAt k: Int, limit: Int) -> Range<Int>? {
        var b = k
        while b < limit && b < k + 12 {
            let token = tokens[b]
            if token.folded == "," {
                // Keep `, Rami Abdurrahman,` when a capitalised name follows.
                var c = b + 1
                while c < limit && tokens[c].isCapitalized && tokens[c].isWord { c += 1 }
                if c > b + 1 && c - b <= 5 && (c == limit || tokens[c].kind == .punctuation) {
                    b = c
                    continue
                }
                break
            }
            if token.folded == "of" || token.folded == "for" || token.folded == "and" || token.folded == "by" {
                if b + 1 < limit && (tokens[b + 1].isCapitalized || X.determiners.contains(tokens[b + 1].folded)) {
                    b += 1
                    continue
                }
                break
            }
            // `said Mr. Gunnels`, `said former Gov. Jim Hodges`: the full stop of an abbreviated title.
            if token.folded == ".", b > k, b + 1 < limit, tokens[b - 1].isCapitalized, tokens[b - 1].span.length <= 4,
                tokens[b - 1].span.end == token.span.start, tokens[b + 1].isCapitalized
            {
                b += 1
                continue
            }
            if isBoundary(token) || !token.isWord { break }
            // `said one owner of a shop that sells ...`: a relative clause ends the name.
            if b > k && ["that", "who", "which", "whose"].contains(token.folded) { break }
            if b > k && (X.prepositions.contains(token.folded) || X.weekdays.contains(token.folded)) { break }
            if b > k && token.kind == .word && !token.isCapitalized && token.folded.hasSuffix("ing") { break }
            b += 1
        }
        return b > k ? k..<b : nil
    }

    private mutating func findSource(_ candidate: inout Candidate, previous: Candidate?) {
        let cueStart = candidate.cue.lowerBound
        let cueEnd = candidate.cue.upperBound
        switch candidate.kind {
        case .accordingTo:
            candidate.source = rightNounPhrase(startingAt: cueEnd, limit: end)
            candidate.sourceAfterCue = true
            return
        case .nestedQuote, .verb:
            break
        }
        if candidate.passive {
            // `was asked by Matt Lauer whether`, `had been asked to preserve them by the committee`.
            var j = cueEnd
            while j < end && j < cueEnd + 10 && !isBoundary(tokens[j]) && tokens[j].folded != "by" { j += 1 }
            if j < end, tokens[j].folded == "by", let agent = rightNounPhrase(startingAt: j + 1, limit: end) {
                candidate.source = agent
                candidate.sourceAfterCue = true
            }
            return
        }
        let entry = candidate.entry
        let left = skipLeft(from: cueStart)
        let before = left > start ? tokens[left - 1] : nil
        // A participle after a comma takes the clause's source: `..., adding that ...`.
        if let entry, entry.isParticiple, before?.folded == "," {
            if let previous, previous.source != nil, entry.frame == .speech {
                candidate.source = previous.source
                candidate.apposition = previous.apposition
                candidate.sourceShared = true
                return
            }
            // `Hillary Clinton posted a comment of her own, saying, "..."`: the clause's subject speaks.
            if previous == nil, entry.frame == .speech, let subject = sentenceSubject(before: cueStart) {
                candidate.source = subject
                candidate.sourceShared = true
            }
            return
        }
        // `released a statement confirming`, `by accusing him`: the clause's subject (see `fallbackSource`).
        if let entry, entry.isParticiple, let before, X.messageNouns.contains(before.folded) || before.folded == "by" {
            return
        }
        // Coordinated verbs: `he played down ... and insisted that`: the subject opens the clause.
        if let before, before.folded == "and" || before.folded == "but", left - 1 > start {
            var c = left - 1
            while c > start && !isBoundary(tokens[c - 1]) && tokens[c - 1].folded != "but" { c -= 1 }
            if c > start, tokens[c - 1].folded == "but" || tokens[c - 1].folded == "," || c == start {
                if X.pronouns.contains(tokens[c].folded) {
                    candidate.source = c..<(c + 1)
                    candidate.sourceShared = true
                    return
                }
                var d = c
                while d < left - 1 && tokens[d].isCapitalized && tokens[d].isWord { d += 1 }
                if d > c {
                    candidate.source = c..<d
                    candidate.sourceShared = true
                    return
                }
            }
        }
        // Apposition: `The Observatory, a Britain-based monitoring group, said`.
        if let before, before.folded == ",", let found = appositionSource(left: left) {
            candidate.source = found.source
            candidate.apposition = found.apposition
            return
        }
        // Inverted: `"...," said Kerry` or `..., said Turkish Prime Minister Binali Yildirim.`
        // Only speech verbs invert (`..., said Kerry`); `Howard, ..., endorsed Ted Cruz` is in order.
        if let before, before.kind == .closingQuote || before.folded == "," || before.folded == ":",
            left == cueStart || before.kind == .closingQuote,
            before.kind == .closingQuote || (entry?.frame == .speech && !candidate.learned)
        {
            if let source = rightNounPhrase(startingAt: cueEnd, limit: end), source.count <= 10,
                tokens[source.lowerBound].isCapitalized || X.determiners.contains(tokens[source.lowerBound].folded)
                    || X.pronouns.contains(tokens[source.lowerBound].folded)
                    || X.quantifiers.contains(tokens[source.lowerBound].folded)
                    || X.quantities.contains(tokens[source.lowerBound].folded)
                    || (source.count >= 3 && tokens[source.upperBound - 1].isCapitalized),
                endsInvertedSource(source.upperBound)
            {
                candidate.source = source
                candidate.sourceAfterCue = true
                return
            }
        }
        if cueStart == start, let source = rightNounPhrase(startingAt: cueEnd, limit: end),
            tokens[source.lowerBound].isCapitalized, endsInvertedSource(source.upperBound)
        {
            candidate.source = source
            candidate.sourceAfterCue = true
            return
        }
        if before?.folded == "," { return }
        // `in a later interview said`, `at any time Thursday mention`: an adjunct, not the source.
        // `About 9 percent said`, `At least half of voters say`: a preposition before a number is an approximation.
        if let source = leftNounPhrase(endingAt: left, floor: start),
            !(X.prepositions.contains(tokens[source.lowerBound].folded)
                && !X.determiners.contains(tokens[source.lowerBound].folded)
                && !startsWithQuantity(source))
        {
            candidate.source = source
        }
    }

    /// `HEAD, APPOSITIVE, CUE`: the head is the source; a proper-name appositive joins it
    /// (`Lavrov's deputy, Sergei Ryabkov`), a descriptive one is kept aside to help resolve it.
    private func appositionSource(left: Int) -> (source: Range<Int>, apposition: Range<Int>?)? {
        var c = left - 1
        while c > start && tokens[c - 1].folded != "," && !tokens[c - 1].isQuote && c > left - 12 { c -= 1 }
        guard c > start, tokens[c - 1].folded == ",", c < left - 1,
            let head = leftNounPhrase(endingAt: c - 1, floor: start),
            head.lowerBound == start
                || (isBoundary(tokens[head.lowerBound - 1]) && tokens[head.lowerBound - 1].folded != ",")
        else { return nil }
        let appositive = c..<(left - 1)
        if appositive.contains(where: { index.match(tokens, at: $0, limit: end) != nil && !tokens[$0].isCapitalized }) {
            return nil
        }
        let isName = appositive.allSatisfy { tokens[$0].isCapitalized || tokens[$0].folded == "al" }
        return isName ? (head.lowerBound..<(left - 1), nil) : (head, appositive)
    }

    /// An inverted source ends the sentence or is followed by punctuation, a preposition or a participle;
    /// `said Dabiq had fallen` is a clause, not a source.
    private func endsInvertedSource(_ k: Int) -> Bool {
        guard k < end else { return true }
        let token = tokens[k]
        if token.kind == .punctuation || token.isQuote { return true }
        return X.prepositions.contains(token.folded) || X.weekdays.contains(token.folded)
            || (token.folded.hasSuffix("ing") && !token.isCapitalized) || token.folded == "reporters"
            || ["who", "which", "whose"].contains(token.folded)
    }

    /// Where a later candidate's own material starts, which ends the content of the candidate before it: only
    /// when the two are coordinated (`X branded ... and Y urged ...`, `..., adding that`). An embedded
    /// attribution (`Kerry said the U.S. wanted ...`) stays inside the outer content.
    private func boundaryStart(of candidate: Candidate) -> Int? {
        var b = candidate.cue.lowerBound
        if let source = candidate.source, !candidate.sourceAfterCue, !candidate.sourceShared {
            b = min(b, source.lowerBound)
        }
        if candidate.kind == .accordingTo { return b }
        guard b > start else { return nil }
        var cut = b
        while cut > start && ["and", ",", "but", ";", "-", "\u{2014}"].contains(tokens[cut - 1].folded) { cut -= 1 }
        if cut == b && !candidate.sourceAfterCue { return nil }
        return cut
    }

    /// A source holds a word that can name someone: not only punctuation, time words or adjuncts (`this past`,
    /// `)`, `very vocal in`, `Let's`).
    private func plausibleSource(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        guard let first = words.first, let last = words.last else { return false }
        if ["let", "let's"].contains(tokens[first].folded) { return false }
        // `making an impassioned case`, `asking them a series of questions`: no noun ends the phrase.
        if ["a", "an", "the", "of", "very"].contains(tokens[last].folded) { return false }
        if X.prepositions.contains(tokens[last].folded) && !X.determiners.contains(tokens[last].folded)
            && !X.weekdays.contains(tokens[last].folded)
        {
            return false
        }
        return words.contains {
            if isAllCapitals(tokens[$0]) { return true }
            let w = tokens[$0].folded
            return
                !(X.prepositions.contains(w) || X.determiners.contains(w) || X.weekdays.contains(w)
                || index.skip.contains(w) || ["past", "week", "month", "year", "next"].contains(w))
        }
    }

    /// When the cue's neighbours name no source, the main clause's subject: past a parenthesis
    /// (`Salceda, citing data from the State Department, said`), a coordination (`he called her "weak" and said`)
    /// or, for a participle opening the sentence, after its clause (`Noting that ..., Allen said`).
    private func fallbackSource(for candidate: Candidate) -> Range<Int>? {
        let cueStart = candidate.cue.lowerBound
        let opensSentence =
            cueStart == start
            || (cueStart == start + 1
                && (X.prepositions.contains(tokens[start].folded)
                    || X.clauseWords.contains(tokens[start].folded)))
        if opensSentence {
            guard candidate.entry?.isParticiple == true else { return nil }
            var j = candidate.cue.upperBound
            while j < end && (tokens[j].folded != "," || inQuote[j]) { j += 1 }
            guard j + 1 < end, let subject = sentenceSubject(from: j + 1, before: end) else { return nil }
            return subject
        }
        guard let subject = sentenceSubject(before: cueStart), subject.upperBound < cueStart,
            !(subject.upperBound..<cueStart).contains(where: { tokens[$0].folded == ";" && !inQuote[$0] })
        else { return nil }
        // `IS, which seized ... and declared ...`: a cue inside a relative clause is not the subject's.
        let left = skipLeft(from: cueStart)
        if left > start, tokens[left - 1].folded != ",",
            (subject.upperBound..<left).contains(where: { tokens[$0].folded == "which" })
        {
            return nil
        }
        return subject
    }

    /// The subject of the main clause: after an opening phrase that ends in a comma, a pronoun, a run of
    /// capitalised words, or a determiner with the few words after it.
    private func sentenceSubject(from first: Int? = nil, before limit: Int) -> Range<Int>? {
        var k = first ?? start
        // An opening phrase starts with a preposition, clause word, adverb, `and` or `speaking`.
        let opener = k < limit ? tokens[k].folded : ""
        let opens =
            ["and", "speaking"].contains(opener) || X.prepositions.contains(opener) || X.clauseWords.contains(opener)
            || index.skip.contains(opener) || X.sentenceAdverbs.contains(opener)
        if k < limit, opens, !X.determiners.contains(opener) {
            var c = k
            while c < limit && tokens[c].folded != "," && c < k + 14 { c += 1 }
            if c < limit && tokens[c].folded == "," {
                k = c + 1
            } else if ["but", "and", "so", "yet"].contains(opener) {
                k += 1
            } else {
                return nil
            }
        }
        guard k < limit, tokens[k].isWord, !X.sentenceAdverbs.contains(tokens[k].folded) else { return nil }
        if X.pronouns.contains(tokens[k].folded) && tokens[k].folded != "which" { return k..<(k + 1) }
        var e = k
        if tokens[k].isCapitalized && !X.determiners.contains(tokens[k].folded) {
            while e < limit && (tokens[e].isCapitalized || ["of", "'s"].contains(tokens[e].folded)) && tokens[e].isWord
            { e += 1 }
        } else if X.determiners.contains(tokens[k].folded) {
            e = k + 1
            while e < limit && e < k + 5 && tokens[e].isWord && !X.auxiliaries.contains(tokens[e].folded)
                && !tokens[e].folded.hasSuffix("ed") && index.match(tokens, at: e, limit: end) == nil
            {
                e += 1
            }
            if e == k + 1 { return nil }
        }
        return e > k ? k..<e : nil
    }

    /// Labels before a colon that do not name a source.
    private static let colonLabels: Set<String> = [
        "update", "updated", "note", "editor's", "photo", "photos", "video", "watch", "related", "read", "correction",
        "opinion", "analysis", "exclusive", "breaking", "live", "transcript", "q", "a", "listen", "see", "more",
        "also", "question", "answer", "warning", "caption", "source", "sources", "credit", "update", "full",
    ]

    /// A headline `Pat Caddell: Democrat Voters Worried ...`: a short name, a colon, the statement.
    private func headlineColon() -> Attribution? {
        var colon = start
        while colon < min(end, start + 6) && tokens[colon].folded != ":" { colon += 1 }
        guard colon > start, colon < end, tokens[colon].folded == ":", end - colon >= 4 else { return nil }
        let name = start..<colon
        guard name.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord || tokens[$0].folded == "of" }),
            !name.contains(where: {
                SentenceContext.colonLabels.contains(tokens[$0].folded) || tokens[$0].kind == .number
            }),
            !isAllCapitals(tokens[start]) || colon - start > 1
        else { return nil }
        let content = span(colon + 1, end)
        guard !content.isEmpty else { return nil }
        return Attribution(
            source: role(name), cue: role(colon..<(colon + 1)),
            content: Role(text: content.map { document.text(of: $0) }.joined(), spans: content), via: nil,
            apposition: nil, rule: "headline-colon", isDirectQuote: false, hedges: [], sentence: sentenceIndex)
    }

    /// Documents that speak: `In an NBC News poll released Monday, 50 percent chose Clinton.`
    private static let speakingDocuments: Set<String> = [
        "poll", "survey", "statement", "interview", "letter", "op-ed", "tweet", "post", "memo", "report", "speech",
        "email", "study", "editorial", "column", "filing", "complaint", "lawsuit", "ruling", "release", "video",
        "ad", "advertisement", "essay", "book", "message", "note", "remarks", "testimony", "analysis",
    ]

    private func openingSourcePhrase() -> Attribution? {
        guard end - start > 6, ["in", "according"].contains(tokens[start].folded), tokens[start].folded == "in" else {
            return nil
        }
        var comma = start + 1
        while comma < min(end, start + 16) && tokens[comma].folded != "," { comma += 1 }
        guard comma < end, tokens[comma].folded == ",", comma > start + 1,
            tokens[(start + 1)..<comma].contains(where: { SentenceContext.speakingDocuments.contains($0.folded) }),
            X.determiners.contains(tokens[start + 1].folded) || tokens[start + 1].isCapitalized
        else { return nil }
        let content = span(comma + 1, end)
        guard !content.isEmpty else { return nil }
        return Attribution(
            source: role((start + 1)..<comma), cue: role(start..<(start + 1)),
            content: Role(text: content.map { document.text(of: $0) }.joined(), spans: content), via: nil,
            apposition: nil, rule: "in-document", isDirectQuote: false, hedges: [], sentence: sentenceIndex)
    }

    // MARK: Contents

    private func makeAttribution(_ candidate: Candidate, limit: Int) -> Attribution? {
        let cueRange = candidate.cue
        var rule = ""
        var isQuote = false
        var spans: [TextSpan] = []
        var sourceRange = candidate.source
        let leftEdge = min(cueRange.lowerBound, sourceRange?.lowerBound ?? cueRange.lowerBound)
        // `Do you support Donald Trump?`, `do we know how tempting`: a question asks, it reports nothing.
        if let source = sourceRange, source.lowerBound > start,
            ["do", "does", "did"].contains(tokens[source.lowerBound - 1].folded)
        {
            return nil
        }

        if candidate.passive {
            // The content follows the cue (`was asked about securing the border`), else it is the subject
            // (`A motion for a roll-call vote has since been denied`).
            var s = cueRange.upperBound
            var stop = limit
            if let agent = sourceRange {
                if agent.lowerBound == s + 1 { s = agent.upperBound } else { stop = min(stop, agent.lowerBound - 1) }
            }
            // `Although Assange was not charged, he has accused ...`: what follows the comma is another clause.
            if s < stop && tokens[s].folded == "," { stop = s }
            let question = s < stop && ["about", "whether", "if", "to", "for"].contains(tokens[s].folded)
            if s < stop, question || hasContent(from: s, limit: stop) {
                var e = clauseEnd(from: s, limit: stop)
                // `Asked if he would run, Ryan said ...`: the question ends at the comma before the main clause.
                let adverbs = startOfAdverbs(before: cueRange.lowerBound)
                if adverbs == start || !X.passiveAuxiliaries.contains(tokens[adverbs - 1].folded),
                    let comma = (s..<e).first(where: { tokens[$0].folded == "," && !inQuote[$0] })
                {
                    e = comma
                }
                spans = span(s, e)
            } else {
                var a = cueRange.lowerBound
                while a > start
                    && (X.auxiliaries.contains(tokens[a - 1].folded) || index.skip.contains(tokens[a - 1].folded))
                {
                    a -= 1
                }
                if let subject = leftNounPhrase(endingAt: a, floor: start) {
                    spans = span(subject.lowerBound, subject.upperBound)
                }
            }
            rule = "passive"
        }
        // 1. A quotation that ends right before the source or cue, unless it is a word or two quoted inside a
        // clause (`comparing immigrants to "rapists," Ferrera wrote`), which is the content.
        else if let quotation = quotationEnding(before: candidate.sourceShared ? cueRange.lowerBound : leftEdge),
            !isPartialQuote(quotation)
        {
            spans = quotation.markedPieces
            isQuote = true
            rule = candidate.sourceAfterCue ? "quote-cue-source" : "quote-source-cue"
            // `"X," he said, "Y."`: the quotation resumes after the cue.
            var k = max(cueRange.upperBound, sourceRange?.upperBound ?? 0)
            while k < limit && k < cueRange.upperBound + 6 && tokens[k].isWord && !inQuote[k] { k += 1 }
            if k + 1 < limit, [",", ".", ":"].contains(tokens[k].folded),
                let resumed = quotationStarting(at: k + 1, limit: limit)
            {
                spans += resumed.markedPieces
            }
        }
        // 2. `according to`: the clause before it, or after it when it opens the sentence.
        else if candidate.kind == .accordingTo {
            let sourceEnd = sourceRange?.upperBound ?? cueRange.upperBound
            if leftEdge == start || (leftEdge > start && tokens[start..<leftEdge].allSatisfy({ !$0.isWord })) {
                var s = sourceEnd
                if s < limit && tokens[s].folded == "," { s += 1 }
                spans = span(s, limit)
            } else {
                let s = leftClauseStart(before: cueRange.lowerBound)
                spans = span(s, trimComma(cueRange.lowerBound))
                if sourceEnd < limit - 1 {
                    var s2 = sourceEnd
                    if tokens[s2].folded == "," { s2 += 1 }
                    let after = span(s2, limit)
                    if !after.isEmpty && (tokens[s2].isCapitalized == false || tokens[s2].isQuote) { spans += after }
                }
            }
            rule = "according-to"
        } else {
            // 3. A quotation right after the cue (or after a short adjunct and a colon).
            let after = max(cueRange.upperBound, candidate.sourceAfterCue ? (sourceRange?.upperBound ?? 0) : 0)
            let contentStart =
                candidate.contentStart ?? contentStartAfter(lemma: candidate.entry?.lemma, from: after, limit: limit)
            if let quotation = quotationStarting(at: contentStart, limit: limit),
                let q = analysis.tokenIndex(atOrAfter: quotation.span.end) as Int?, q >= limit - 2
            {
                spans = quotation.markedPieces
                isQuote = true
                rule = "source-cue-quote"
            } else if contentStart < limit, !candidate.sourceAfterCue || candidate.contentStart != nil,
                hasContent(from: contentStart, limit: limit, object: candidate.entry?.frame == .object)
            {
                spans = span(contentStart, clauseEnd(from: contentStart, limit: limit))
                rule = candidate.kind == .nestedQuote ? "nested-quote" : "source-cue-content"
            } else if leftEdge > start, !tokens[leftEdge - 1].isWord,
                !isAdjunct(from: leftClauseStart(before: leftEdge), to: trimComma(leftEdge))
            {
                // 4. `CONTENT, SOURCE CUE.` or `CONTENT, CUE SOURCE.`: punctuation parts them (`what he said` and
                // `until Reuters asked` are subordinate clauses, not statements).
                let s = leftClauseStart(before: leftEdge)
                spans = span(s, trimComma(leftEdge))
                rule = candidate.sourceAfterCue ? "content-cue-source" : "content-source-cue"
                if let quotation = analysis.quotation(startingAt: tokens[s].span.start),
                    quotation.span.end >= (spans.last?.end ?? 0)
                {
                    spans = quotation.markedPieces
                    isQuote = true
                }
            }
        }
        spans = spans.filter { !$0.isEmpty }
        // 5. The quotation is in the sentence before (`"... there!" Smith said last week.`) or after
        // (`Cruz continued:` then a quoted paragraph): the sentence holds only the source and the cue.
        if spans.isEmpty, candidate.kind == .verb, let quotation = neighbouringQuotation(leftEdge: leftEdge, candidate)
        {
            spans = quotation.markedPieces
            isQuote = true
            rule = quotation.span.end <= tokens[start].span.start ? "quote-source-cue" : "source-cue-quote"
        }
        guard !spans.isEmpty else { return nil }
        let raising = isRaising(candidate)
        if raising {
            // `the deal appears to be dead`: the subject is part of what is reported, and nobody is cited.
            if let subject = sourceRange, subject.upperBound <= cueRange.lowerBound, !isExpletive(subject) {
                spans = span(subject.lowerBound, subject.upperBound) + spans
            }
            sourceRange = nil
            rule = "raising"
        }
        if sourceRange == nil && candidate.kind != .accordingTo && !candidate.passive && !raising { return nil }
        let contentText = spans.map { document.text(of: $0) }.joined(separator: " … ")
        guard contentText.unicodeScalars.contains(where: \.isLetter) else { return nil }
        if candidate.learned { rule += "+model" }
        return Attribution(
            source: sourceRange.map(role), cue: role(cueRange), content: Role(text: contentText, spans: spans),
            via: candidate.via.flatMap { $0.isEmpty ? nil : role($0) },
            apposition: candidate.apposition.map(role), rule: rule, isDirectQuote: isQuote, hedges: [],
            sentence: sentenceIndex)
    }

    /// A cue made only of a raising verb (`seems`, `appeared to`): see `CueLexicon.raising`.
    private func isRaising(_ candidate: Candidate) -> Bool {
        guard candidate.kind == .verb, var words = candidate.entry?.words else { return false }
        if words.count > 1 && words.last == "to" { words.removeLast() }
        return !words.isEmpty && words.allSatisfy(index.raising.contains)
    }

    /// `it`, `there` or `this` standing where a subject must (`it appears that ...`): not part of the content.
    private func isExpletive(_ range: Range<Int>) -> Bool {
        range.count == 1 && ["it", "there", "this"].contains(tokens[range.lowerBound].folded)
    }

    /// Where the content starts after a cue: past `that`, a colon, the object of `told`, or a short adjunct
    /// (`said in a statement that`).
    private func contentStartAfter(lemma: String?, from after: Int, limit: Int) -> Int {
        var s = after
        guard s < limit else { return s }
        if let lemma, X.tellVerbs.contains(lemma) {
            // `told reporters (on Sunday) that ...`, `told Breitbart News host Alex Marlow how ...`
            var j = s
            while j < min(limit, s + 14) {
                let w = tokens[j].folded
                if w == "that" || w == ":" || tokens[j].kind == .openingQuote
                    || ["how", "why", "what", "whether", "to"].contains(w)
                {
                    return w == "that" || w == ":" ? j + 1 : j
                }
                // `told the Washington Post, "..."`
                if w == ",", j + 1 < limit, tokens[j + 1].kind == .openingQuote { return j + 1 }
                if w == "," || w == "." { break }
                j += 1
            }
        }
        if lemma == "ask" {
            // `asked Clinton whether ...`, `asked the real estate mogul, "Did you know ..."`
            var j = s
            while j < min(limit, s + 8) {
                let w = tokens[j].folded
                if ["whether", "if"].contains(w) || tokens[j].kind == .openingQuote { return j }
                if w == ",", j + 1 < limit, tokens[j + 1].kind == .openingQuote { return j + 1 }
                if w == "," || w == "." || w == "to" { break }
                j += 1
            }
        }
        if X.prepositions.contains(tokens[s].folded) && tokens[s].folded != "to" {
            var j = s
            while j < min(limit, s + 25) {
                let w = tokens[j].folded
                if w == "that" || w == ":" { return j + 1 }
                if tokens[j].kind == .openingQuote { return j }
                if w == "," { return j + 1 }
                j += 1
            }
        }
        while s < limit && (tokens[s].folded == "that" || tokens[s].folded == ":" || tokens[s].folded == ",") { s += 1 }
        return s
    }

    /// Where a reported clause ends: before `, while ...`, `, but ...` and the like, which start a clause of the
    /// writer's.
    private func clauseEnd(from s: Int, limit: Int) -> Int {
        var i = s + 1
        while i < limit - 1 {
            if tokens[i].folded == ",", !inQuote[i], X.contrastWords.contains(tokens[i + 1].folded) { return i }
            // `were worried about the economy; most said ...`: a semicolon joins another clause.
            if tokens[i].folded == ";", !inQuote[i] { return i }
            i += 1
        }
        return limit
    }

    /// Whether what follows the cue is content rather than an adjunct (`in Diyarbakir`, `reporters Sunday`).
    private func hasContent(from s: Int, limit: Int, object: Bool = false) -> Bool {
        let words = tokens[s..<limit].filter(\.isWord)
        guard !words.isEmpty else { return false }
        // An object verb's object is content even when it is a name (`endorsed Clinton`).
        if object, !X.weekdays.contains(words[0].folded), !X.prepositions.contains(tokens[s].folded) { return true }
        if words.count <= 3
            && words.allSatisfy({
                X.weekdays.contains($0.folded) || X.prepositions.contains($0.folded) || $0.isCapitalized
                    || $0.folded == "reporters"
            })
        {
            return false
        }
        return !(X.prepositions.contains(tokens[s].folded) && tokens[s].folded != "to") || words.count > 6
    }

    /// Trims a comma (and a closing quote's comma) before `k`.
    private func trimComma(_ k: Int) -> Int {
        var j = k
        while j > start
            && (tokens[j - 1].folded == "," || tokens[j - 1].folded == "-" || tokens[j - 1].folded == "\u{2014}")
        { j -= 1 }
        return j
    }

    /// The start of the clause that ends at `k`: the sentence start, skipping an opening conjunction.
    private func leftClauseStart(before k: Int) -> Int {
        var s = start
        if s + 1 < k, ["but", "and", "meanwhile", "also"].contains(tokens[s].folded) {
            s += tokens[s + 1].folded == "," ? 2 : 1
        } else if s + 2 < k, tokens[s].folded == "also", tokens[s + 1].folded == "on", tokens[s + 3].folded == "," {
            s += 4
        }
        return min(s, k)
    }

    /// A short prepositional phrase with no comma in it (`In a speech last July`, `On Sunday`), which sets the
    /// scene for a statement rather than being one.
    private func isAdjunct(from a: Int, to b: Int) -> Bool {
        guard a < b, b - a <= 10 else { return false }
        let opener = X.prepositions.contains(tokens[a].folded) || ["as", "according"].contains(tokens[a].folded)
        return opener && !tokens[a..<b].contains { $0.folded == "," }
    }

    /// Text spans from token `a` to token `b` (exclusive), without trailing sentence punctuation.
    private func span(_ a: Int, _ b: Int) -> [TextSpan] {
        var b = min(b, end)
        while b > a && tokens[b - 1].kind == .punctuation
            && [".", ",", ";", ":", "-", "\u{2014}", "\u{2013}"].contains(tokens[b - 1].folded)
        {
            b -= 1
        }
        guard b > a else { return [] }
        return [TextSpan(tokens[a].span.start, tokens[b - 1].span.end)]
    }

    /// The quotation whose closing mark sits right before token `k` (allowing a comma between).
    private func quotationEnding(before k: Int) -> Quotation? {
        var j = k
        while j > start
            && (tokens[j - 1].folded == "," || tokens[j - 1].folded == "-" || tokens[j - 1].folded == "\u{2014}")
        { j -= 1 }
        guard j > start, tokens[j - 1].kind == .closingQuote || (tokens[j - 1].isQuote && inQuote[max(0, j - 2)]) else {
            return nil
        }
        let offset = tokens[j - 1].span.end
        return analysis.quotation(endingAt: offset)
    }

    /// A quotation of at most three words with words of the sentence before it: a phrase quoted inside a clause.
    private func isPartialQuote(_ quotation: Quotation) -> Bool {
        let q = analysis.tokenIndex(atOrAfter: quotation.span.start)
        guard q > start, q < end else { return false }
        var words = 0
        var k = q + 1
        while k < end && tokens[k].span.end <= quotation.span.end {
            if tokens[k].isWord { words += 1 }
            k += 1
        }
        return words <= 3 && tokens[leftClauseStart(before: q)..<q].contains { $0.isWord }
    }

    /// A quotation closing right before the sentence, in its paragraph, when the source and cue open the
    /// sentence; or one opening the next sentence when the cue ends this one with a colon.
    private func neighbouringQuotation(leftEdge: Int, _ candidate: Candidate) -> Quotation? {
        if leftEdge == start, start > 0, tokens[start - 1].kind == .closingQuote, sentenceIndex > 0,
            analysis.sentences[sentenceIndex - 1].paragraph == sentence.paragraph
        {
            let offset = tokens[start - 1].span.end
            return analysis.quotation(endingAt: offset)
        }
        let last = max(candidate.cue.upperBound, candidate.source?.upperBound ?? 0)
        guard last < end, tokens[last].folded == ":" else { return nil }
        return quotationStarting(at: last + 1, limit: tokens.count)
    }

    /// The quotation whose opening mark is token `k`.
    private func quotationStarting(at k: Int, limit: Int) -> Quotation? {
        guard k < limit, tokens[k].kind == .openingQuote else { return nil }
        let offset = tokens[k].span.start
        return analysis.quotation(startingAt: offset)
    }

    /// `Quoting a source close to Johnson, the report said ...`: the inner source of every attribution after it.
    private func sentenceInitialQuoting() -> Range<Int>? {
        guard end - start > 3, index.nestedQuote.contains(tokens[start].folded) else { return nil }
        var j = start + 1
        while j < end && tokens[j].folded != "," { j += 1 }
        return j < end && j > start + 1 ? (start + 1)..<j : nil
    }

    private func role(_ range: Range<Int>) -> Role {
        let span = TextSpan(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
        return Role(text: document.text(of: span), spans: [span])
    }
}
