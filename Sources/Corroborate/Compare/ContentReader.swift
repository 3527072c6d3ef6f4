import Foundation

/// Reads a claim's `ClaimContent` with the comparison word classes: one reader per run, shared by all claims.
struct ContentReader: Sendable {
    let words: ComparisonWords
    let negations: PhraseTable<String>
    let notDenials: PhraseTable<String>
    let nominalNegations: PhraseTable<String>
    let refutations: PhraseTable<String>
    /// Words that call a report or picture fake (`debunks`: `doctored`, `made up`).
    let debunks: PhraseTable<String>
    let revisions: PhraseTable<String>
    let opposites: [String: [Int]]
    let quantities: QuantityReader
    let modality: ModalityReader
    /// Nouns that name a statement or a report (`claim`, `allegations`, `report`): what a denying verb takes as a
    /// statement to deny.
    let statementWords: Set<String>
    /// Nouns in `-ing` (`ingNouns`: `building`, `meeting`), which no `without` before them makes a verb.
    let ingNounKeys: Set<String>
    /// Comparative words before `than` (`comparatives`), which make a negation deny a comparison only.
    let comparatives: Set<String>
    /// Irregular forms of verbs past their base (`sank`, `went`, `said`), which end no noun phrase.
    let verbForms: Set<String>
    /// Words that bound a negation in time (`did not reopen until Friday`; `timeLimits`).
    let timeLimits: Set<String>
    /// Verbs after which `don't` opens a command (`saying don't shoot`; `commandVerbs`).
    let commandVerbs: Set<String>
    /// Verbs of asking and telling before a negated infinitive (`urged residents not to drink`; `requestVerbs`).
    let requestVerbs: Set<String>
    /// The words of `opposites` and the stopwords, by interned id: asked of every word of every claim.
    let oppositeWords: WordIDSet
    let stopwordIDs: WordIDSet

    init(knowledge: Knowledge) {
        modality = ModalityReader(knowledge: knowledge)
        words = knowledge.comparison
        statementWords = Set((words.statementNouns + words.reportNouns).map(\.folded))
        ingNounKeys = Set(words.ingNouns.map(\.folded))
        comparatives = Set(words.comparatives.map(\.folded))
        verbForms = words.verbForms
        negations = PhraseTable(words.negations.map { ($0, $0) })
        timeLimits = Set(words.timeLimits.map(\.folded))
        commandVerbs = Set(words.commandVerbs.map(\.folded))
        requestVerbs = Set(words.requestVerbs.map(\.folded))
        notDenials = PhraseTable((words.notDenials + words.ignorancePhrases).map { ($0, $0) })
        nominalNegations = PhraseTable(words.nominalNegations.map { ($0, $0) })
        refutations = PhraseTable(words.refutations.map { ($0, $0) })
        debunks = PhraseTable(words.debunks.map { ($0, $0) })
        revisions = PhraseTable(words.revisions.map { ($0, $0) })
        var opposites: [String: [Int]] = [:]
        // Outcome pairs take the classes after the opposites: they keep a pair from agreeing, and `Opposition`
        // raises a contradiction only for classes below `words.opposites.count`.
        for (k, pair) in (words.opposites + words.opposedOutcomes).enumerated() where pair.count == 2 {
            opposites[pair[0].folded, default: []].append(k)
            opposites[pair[1].folded, default: []].append(k)
        }
        self.opposites = opposites
        oppositeWords = WordIDSet(opposites.keys)
        stopwordIDs = WordIDSet(words.stopwords)
        quantities = QuantityReader(knowledge: knowledge)
    }

    /// Modals that make a negation say what ought to be (`should not have ended`).
    static let normativeModals = WordIDSet(["should", "must", "ought", "shouldn't", "mustn't"])

    /// Words that end a denial's scope: a new clause starts.
    static let clauseWords = WordIDSet([
        "but", "although", "though", "while", "whereas", "because", "however", "yet", "and", "which", "who",
    ])

    func content(of claim: Claim, in document: Document) -> ClaimContent {
        content(of: claim, words: FrameWord.words(in: claim.spans, of: document), in: document)
    }

    /// The content of a claim whose words are already read.
    func content(of claim: Claim, words: [FrameWord], in document: Document) -> ClaimContent {
        let scalars = document.scalars
        var terms: [String?] = []
        var weights: [String: Double] = [:]
        var skeletons = Set<String>()
        var years = Set<Int>()
        for (i, word) in words.enumerated() {
            guard var term = term(word) else {
                terms.append(nil)
                continue
            }
            // A name is its consonant skeleton, so that one name spelled two ways is one term.
            let isName = i > 0 && word.text.unicodeScalars.first!.isUppercaseLetter && !word.isNumber
            if isName && word.key.count >= 4 {
                term = ContentReader.skeleton(word.key)
                skeletons.insert(term)
            }
            terms.append(term)
            weights[term] = max(weights[term] ?? 0, isName ? 1.5 : 1)
            // A capitalised first word may be a name too (`Dabiq had fallen`): its skeleton is a second term, so
            // that it meets the name written inside another sentence.
            if i == 0 && word.text.unicodeScalars.first!.isUppercaseLetter && !word.isNumber && word.key.count >= 4 {
                let skeleton = ContentReader.skeleton(word.key)
                if weights[skeleton] == nil { weights[skeleton] = 0.5 }
            }
            if word.isNumber, let v = Int(word.text), (1900...2100).contains(v) { years.insert(v) }
        }
        // Clause boundaries: punctuation between two words.
        func boundary(before k: Int) -> Bool {
            guard k > 0, k < words.count else { return true }
            let from = words[k - 1].span.end
            let to = words[k].span.start
            guard from < to, to <= scalars.count else { return from > to }
            return scalars.contains(in: from..<to) { $0.isClauseMark }
        }
        // Clause boundaries inside a sentence: a semicolon, colon or dash.
        func separated(_ k: Int) -> Bool {
            guard k > 0, k < words.count else { return false }
            let from = words[k - 1].span.end
            let to = words[k].span.start
            guard from < to, to <= scalars.count else { return false }
            return scalars.contains(in: from..<to) { $0.isClauseSeparator }
        }
        let sentenceRanges = sentences(words, scalars: scalars)
        let clauses = ModalityReader.clauses(sentenceRanges, words: words, separated: separated)
        let reading = modality.read(words, clauses: clauses) { k in
            var e = k
            while e < words.count && !boundary(before: e) { e += 1 }
            return e
        }
        var uncertain = reading.uncertain
        var denials: [(Range<Int>, Range<Int>)] = []
        var nominal = Set<Int>()
        var refutation: Range<Int>?
        var revision: Range<Int>?
        var opposites: [(Int, [Int])] = []
        // A claim credited with a denying verb (`The rebels denied any ceasefire`) is denied as a whole: the verb
        // is the attribution's cue, outside the claim's words.
        let before = words.isEmpty ? [] : self.words(before: claim, in: document)
        var creditedDenial = denyingCue(before: before, scalars: scalars)
        // `the engineer doubted [the dam would hold]`, `has refused to confirm [that the plant is closed]`: the claim is
        // put in question by the words that introduce it, so it asserts nothing.
        if creditedDenial == nil,
            modality.withheld(
                before: before, opening: words.first?.key,
                negations: { [negations = self.negations] k in
                    negations.match(before, at: k) != nil || ContentReader.contraction(before[k]) != nil
                },
                denying: ContentReader.denyingVerbs)
        {
            uncertain.append(0..<words.count)
        }
        if let cue = creditedDenial,
            cue.anaphoric || cue.withheld || (cue.partitive && ["which", "whom", "them"].contains(words[0].key))
        {
            // `none of which reported any cases`: denied of things named elsewhere, so the claim neither asserts
            // nor denies anything the comparison can align; nor does `declined to confirm or deny that`, a
            // judgement withheld.
            uncertain.append(0..<words.count)
            creditedDenial = nil
        }
        // `the tribunal rejected 30 appeals`, `rejected several applications`: a denying verb over counted things
        // acts on them (it throws out cases, turns down requests); it denies no statement.
        // After `that` the claim is a proposition (`denied that several boats sank`), whatever its verb looks like.
        if creditedDenial != nil, before.last?.key != "that",
            ContentReader.countedThings(words, statements: statementWords, verbs: verbForms)
        {
            creditedDenial = nil
        }
        // `dismissed [a scan of his lungs as normal]`: the verb judges the thing; it denies no statement, and the
        // claim states nothing either.
        if let cue = creditedDenial, before.last?.key != "that",
            cue.text.split(separator: " ").last.map({ ContentReader.dismissals.contains($0.lowercased()) }) == true,
            judgedAs(words, scope: 0..<(clauses.first?.upperBound ?? words.count), scalars: scalars)
        {
            uncertain.append(0..<words.count)
            creditedDenial = nil
        }
        if creditedDenial != nil { denials.append((0..<0, 0..<min(words.count, 8))) }
        var i = 0
        while i < words.count {
            if oppositeWords.contains(words[i]), let classes = self.opposites[words[i].key] {
                opposites.append((i, classes))
            }
            if revision == nil, let (_, n) = revisions.match(words, at: i) { revision = i..<(i + n) }
            // A one-word refutation counts when it ends its clause (`the claim is false`, `was a hoax.`), not
            // when it describes a noun (`a fake passport`, `false identity papers`).
            if refutation == nil, let (_, n) = refutations.match(words, at: i),
                n > 1 || i + n == words.count || boundary(before: i + n),
                // `there was something wrong`: said of an indefinite pronoun, not of a statement.
                i == 0 || !ContentReader.indefinitePronouns.contains(words[i - 1])
            {
                refutation = i..<(i + n)
            }
            if let (_, n) = notDenials.match(words, at: i) {
                // `not clear`, `not yet confirmed`: no denial, and no assertion either.
                if words[i..<(i + n)].contains(where: { modality.verifications.contains($0.key) }) {
                    uncertain.append(i..<max(i + n, clauses.first { $0.contains(i) }?.upperBound ?? words.count))
                }
                i += n
                continue
            }
            if let (_, n) = negations.match(words, at: i) ?? ContentReader.contraction(words[i]) {
                var end = i + n
                while end < words.count && end - (i + n) < 8 && !boundary(before: end)
                    && !ContentReader.clauseWords.contains(words[end])
                {
                    end += 1
                }
                // `without` further on in the negated verb's clause (`could not walk from the quay to the office
                // without stopping`), or a comparison's `than`, before any subordinate clause (`not launch before it
                // can ... without`).
                var reach = i + n
                while reach < words.count && reach - (i + n) < 16 && !boundary(before: reach)
                    && !ContentReader.clauseWords.contains(words[reach])
                    && !Opposition.modalStops.contains(words[reach].key) && words[reach].key != "that"
                {
                    reach += 1
                }
                // A negated verb of checking (`could not confirm`) withholds a judgement; a negation under a
                // condition (`if the demands were not met`) states none.
                // `should not`, `must not`: what ought to be, not what is.
                let normative = i > 0 && ContentReader.normativeModals.contains(words[i - 1])
                let conditional = normative || reading.conditional.contains { $0.contains(i) }
                if modality.withholds(words, after: i..<(i + n)) {
                    let clauseEnd = clauses.first { $0.contains(i) }?.upperBound ?? words.count
                    uncertain.append(i..<max(end, clauseEnd))
                } else if bounded(
                    words, negation: i..<(i + n),
                    // The scope stops before `until`, which opens a clause: the word is taken in.
                    scope: (i + n)..<(end < words.count && end - (i + n) < 8 && !boundary(before: end) ? end + 1 : end))
                    || ContentReader.negatedNegation(words, at: i, under: denials.last)
                    || ContentReader.exceptive(words, scope: (i + n)..<reach, nouns: ingNounKeys)
                    || comparing(words, negation: i..<(i + n), scope: (i + n)..<reach)
                    || commands(words, at: i, scalars: scalars)
                    || requested(words, at: i, before: before, scalars: scalars)
                    || (n == 1 && ContentReader.dismissals.contains(words[i].key)
                        && judgedAs(words, scope: (i + n)..<min(i + n + 12, words.count), scalars: scalars))
                {
                    // `did not reopen until Friday` says when the bridge reopened; `did not deny that`, `never
                    // failed to` negate a negation; `"Don't shoot"` tells someone what not to do: none denies what
                    // follows, nor states it plainly.
                    uncertain.append(i..<end)
                } else if !conditional,
                    // A denial inside a question (`Don't you know ...?`) asks rather than denies.
                    !ContentReader.inQuestion(after: words[i].span.end, scalars: scalars, limit: words.last!.span.end)
                {
                    if nominalNegations.match(words, at: i) != nil { nominal.insert(i) }
                    denials.append((i..<(i + n), (i + n)..<end))
                }
                i += n
                continue
            }
            i += 1
        }
        // Each figure's measure is a term too (`#@length/depth`), so that two claims giving the same measure
        // meet as candidates though they share few words; a radius is measured as a width.
        // A duration that dates something (`two weeks ago`) is a time, not a measure.
        let readings = quantities.readings(of: words, document: document)
        let stated = quantities.quantities(in: words, terms: terms, document: document, readings: readings)
        let figures = stated.filter { q in
            !(q.dimension == "duration" && q.words.upperBound < words.count && words[q.words.upperBound].key == "ago")
        }
        for q in figures where q.dimension != "count" || q.counted != nil {
            weights["#@" + q.measure.replacingOccurrences(of: "/radius", with: "/width")] = 1
        }
        var content = ClaimContent(
            words: words, terms: terms, weights: weights, skeletons: skeletons,
            quantities: figures,
            numbers: quantities.numbers(readings),
            negations: denials, creditedDenial: creditedDenial?.text, refutation: refutation, revision: revision,
            opposites: opposites,
            quoted: quoted(words, claim: claim, document: document),
            isQuestion: ContentReader.endsWithQuestion(claim, scalars: scalars), years: years,
            sentences: sentenceRanges, nominalNegations: nominal, clauses: clauses, conditional: reading.conditional,
            hedges: reading.hedges, uncertain: uncertain, reportWords: reading.reportWords,
            editorial: ContentReader.editorial(words, scalars: scalars), timeSlots: TimeSlot.read(words),
            appositive: ContentReader.appositions(words, scalars: scalars))
        content.clauseTerms = clauses.map { content.contentTerms(in: $0) }
        if !content.quoted.isEmpty { content.alignmentWords = QuoteAlignment.Words(words) }
        return content
    }

    /// The claim's sentences as word ranges: a full stop, question or exclamation mark between two words ends one.
    private func sentences(_ words: [FrameWord], scalars: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for k in words.indices.dropFirst() {
            let from = words[k - 1].span.end
            let to = words[k].span.start
            guard from < to, to <= scalars.count, scalars.contains(in: from..<to, where: { $0.isSentenceMark })
            else { continue }
            result.append(start..<k)
            start = k
        }
        if start < words.count { result.append(start..<words.count) }
        return result
    }

    /// Pronouns a rejecting adjective can describe without rejecting any statement (`something wrong`).
    static let indefinitePronouns = WordIDSet([
        "something", "anything", "nothing", "everything", "someone", "anyone", "nobody", "somebody",
    ])

    /// Words that open an apposition after a comma: an indefinite article or a relative pronoun (`Harwich, a
    /// port on the coast`, `the driver, who was 25,`); a figure opens one too (`Ms Brandt, 46,`). `the` does not
    /// (`In Tartus, the rebels took the port`).
    static let appositionOpeners = WordIDSet(["a", "an", "who", "which", "whose"])

    /// Words that open a phrase setting the scene before a sentence's statement (`In Tartus, ...`).
    static let leadingPrepositions = WordIDSet([
        "in", "on", "at", "from", "after", "near", "since", "during", "outside", "inside", "across", "by", "before",
        "last", "earlier", "later",
    ])

    /// Words that say something about a name in passing, set off by commas: `Rosa, 31, a resident of Haifa,
    /// joined ...` holds two appositions (`31`, `a resident of Haifa`) and the predicate `joined`. Two claims that
    /// share only such words say the same of a person or place, not the same thing happened.
    static func appositions(_ words: [FrameWord], scalars: ScalarText) -> Set<Int> {
        // The text between word `k - 1` and word `k`, as offsets (empty when the spans overlap or run past the
        // text): searched in place, since a slice of the text copies its storage references.
        func gap(before k: Int) -> Range<Int> {
            let from = words[k - 1].span.end
            let to = words[k].span.start
            return from < to && to <= scalars.count ? from..<to : 0..<0
        }
        var result = Set<Int>()
        var sentenceStart = 0
        var k = 1
        while k < words.count {
            let between = gap(before: k)
            if scalars.contains(in: between, where: { $0.isSentenceMark }) { sentenceStart = k }
            // Only a comma before an opener starts an apposition: the other tests wait for both.
            guard scalars.contains(in: between, where: { $0 == "," }),
                words[k].isNumber || appositionOpeners.contains(words[k])
            else {
                k += 1
                continue
            }
            let after = words[k - 1]
            let capitalised = after.text.unicodeScalars.first?.isUppercaseLetter == true && !after.isNumber
            // `In Tartus, a car bomb killed ...`: a phrase opening the sentence sets the scene for the statement.
            let opening = k - sentenceStart <= 5 && leadingPrepositions.contains(words[sentenceStart])
            guard capitalised || result.contains(k - 1), !opening else {
                k += 1
                continue
            }
            // To the next punctuation: a figure alone between two commas (`Brandt, 46,`), a relative clause closed
            // by a comma, or a phrase opened by an article, closed or at the sentence's end (`Harwich, a port on the
            // coast.`). `On Monday, 300 people were killed` states what happened.
            var end = k + 1
            while end < words.count
                && !scalars.contains(in: gap(before: end), where: { $0.isClauseMark })
            {
                end += 1
            }
            let closed = end < words.count && scalars.contains(in: gap(before: end), where: { $0 == "," })
            let article = ["a", "an"].contains(words[k].key)
            if words[k].isNumber ? closed && end == k + 1 : closed || article {
                for i in k..<end { result.insert(i) }
            }
            k = end
        }
        return result
    }

    /// The word `sic`, by its interned id.
    static let sic = WordIDSet(["sic"])

    /// Words an editor added to a quotation: inside square brackets, or `sic` in brackets of any kind.
    static func editorial(_ words: [FrameWord], scalars: ScalarText) -> Set<Int> {
        var result = Set<Int>()
        // The last `[`, `]` or line break before the scan position: one pass forward over the words' stretch
        // instead of up to 59 characters back from every word.
        var scanned = 0
        var mark = -1
        for (k, word) in words.enumerated() {
            if ContentReader.sic.contains(word) {
                result.insert(k)
                continue
            }
            // Glued to a closing bracket (`[A]t`), or inside `[...]`: an opening bracket before the word (on its
            // line) not yet closed.
            if word.span.start > 0 && scalars[word.span.start - 1] == "]" {
                result.insert(k)
                continue
            }
            let start = word.span.start
            if start >= scanned {
                // Marks more than 59 characters back do not count: skip to the window.
                scanned = max(scanned, start - 60)
                while scanned < start {
                    let c = scalars[scanned]
                    if c == "[" || c == "]" || c == "\n" { mark = scanned }
                    scanned += 1
                }
                if mark >= 0 && mark > start - 60 && scalars[mark] == "[" { result.insert(k) }
                continue
            }
            // A word before one already passed (spans out of order): look back from it.
            var p = start - 1
            while p >= 0 && p > start - 60 && scalars[p] != "\n" && scalars[p] != "]" {
                if scalars[p] == "[" {
                    result.insert(k)
                    break
                }
                p -= 1
            }
        }
        return result
    }

    /// Verbs that deny what their complement says (`denied that`, `is disputing the claim that`).
    static let denyingVerbs: Set<String> = [
        "denied", "denies", "deny", "denying", "rejected", "rejects", "rejecting", "dismissed", "dismisses",
        "dismissing", "refuted", "refutes", "refuting", "disputed", "disputes", "disputing",
    ]

    /// Whether a word of the `negations` knowledge is grammatical (`not`, `no one`, `never`, `didn't`): no verb of
    /// denial (`rejected 30 appeals`) and no `lack`, which take what follows as their object.
    static func isGrammaticalNegation(_ key: String) -> Bool {
        !denyingVerbs.contains(key) && !key.hasPrefix("lack")
    }

    /// Words that start another clause or report between a denying verb and the claim (`denied the attack but
    /// said that ...`): the claim is then not the verb's complement.
    static let complementBreaks: Set<String> = [
        "but", "said", "says", "say", "told", "added", "while", "although", "though", "because", "however", "and",
        "whereas", "after", "before", "claimed", "claims", "stated", "insisted", "insists", "reported", "announced",
        "confirmed", "confirms", "explained", "wrote",
    ]

    /// Determiners between a partitive and the claim (`none of the`, `none of which`).
    static let partitiveDeterminers: Set<String> = [
        "the", "these", "those", "which", "whom", "them", "its", "their", "his", "her", "our", "this", "that",
    ]

    /// The claim is the complement of a denial that the sentence puts before it, outside the claim's words: a
    /// denying verb (`The ministry denied that ...`, `is rejecting a mayor's claim that ...`) or a
    /// partitive (`According to X none of the [miners were among ...]`, `none of which [reported any ...]`).
    /// Returns the denying word, and whether it denies something named outside the claim (`none of which`).
    private func denyingCue(before: [FrameWord], scalars: ScalarText) -> (
        text: String, anaphoric: Bool, partitive: Bool, withheld: Bool
    )? {
        guard let k = ContentReader.denyingCue(before.map(\.key)) else { return nil }
        let anaphoric =
            ["none", "neither"].contains(before[k].key)
            && ["which", "whom", "them"].contains(before.last?.key ?? "")
        // `would not confirm or deny`, `neither confirmed nor denied`: no denial, a judgement withheld.
        let withheld = k >= 2 && ["or", "nor"].contains(before[k - 1].key) && before[k - 2].key.hasPrefix("confirm")
        // `did not deny that`, `no one disputes that`: a denial negated in its verb group is no denial of the claim.
        let negated = ContentReader.negatedCue(before, at: k, scalars: scalars)
        return (before[k].text, anaphoric, ["none", "neither"].contains(before[k].key), withheld || negated)
    }

    /// The position of the denial that takes the words after `before` as its complement (see
    /// `denyingCue(before:)`), in the keys of the sentence's words before the claim.
    static func denyingCue(_ before: [String]) -> Int? {
        var end = before.count
        while end > 0 && partitiveDeterminers.contains(before[end - 1]) { end -= 1 }
        // `none of`, `neither of` just before: a denial of the whole claim.
        if end >= 2, before[end - 1] == "of", ["none", "neither"].contains(before[end - 2]) { return end - 2 }
        // A denying verb up to sixteen words back, with only its object between (`a congressman's assertion
        // that fighters with the group, also known`).
        var k = before.count - 1
        while k >= 0 && before.count - k <= 16 {
            if complementBreaks.contains(before[k]) {
                // `dismissed claims by X that`, `denied the reports that`: the word is the verb's object noun.
                guard let verb = objectOfDenial(k, before) else { return nil }
                return verb
            }
            if denyingVerbs.contains(before[k]) { return k }
            k -= 1
        }
        return nil
    }

    /// Break words that are also nouns a denying verb takes as its object (`dismissed claims that`).
    static let deniedNouns: Set<String> = ["claims"]

    /// The denying verb whose object noun is the word at `k` (`dismissed claims`, `rejected the claims`), if any;
    /// `denied and said` keeps its break.
    static func objectOfDenial(_ k: Int, _ before: [String]) -> Int? {
        guard deniedNouns.contains(before[k]) else { return nil }
        var j = k - 1
        if j >= 0 && partitiveDeterminers.contains(before[j]) { j -= 1 }
        return j >= 0 && denyingVerbs.contains(before[j]) ? j : nil
    }

    /// `n't` forms not in the list (`mustn't`) deny as well.
    private static func contraction(_ word: FrameWord) -> (String, Int)? {
        let key = word.key
        // A key whose characters end in `n't` ends in those three bytes (no other scalar is canonically `n`, `'`
        // or `t`): its last byte turns nearly every word away first.
        guard key.utf8.last == UInt8(ascii: "t"), key.utf8.count >= 3 else { return nil }
        return key.hasSuffix("n't") ? (key, 1) : nil
    }

    /// Word ranges inside quotation marks (`"` and curly double quotes; `«»`), or the whole claim when it is a
    /// direct quote whose marks lie outside its span.
    private func quoted(_ words: [FrameWord], claim: Claim, document: Document) -> [Range<Int>] {
        guard !words.isEmpty else { return [] }
        let scalars = document.scalars
        var ranges: [Range<Int>] = []
        var open: Int?
        var w = 0
        for span in claim.spans {
            var k = max(0, span.start)
            while k < min(span.end, scalars.count) {
                let c = scalars[k]
                let isOpen = c == "\u{201C}" || c == "\u{00AB}" || (c == "\"" && open == nil)
                let isClose = c == "\u{201D}" || c == "\u{00BB}" || (c == "\"" && open != nil)
                if isOpen || isClose {
                    while w < words.count && words[w].span.start < k { w += 1 }
                    if isClose, let start = open {
                        if w > start { ranges.append(start..<w) }
                        open = nil
                    } else if isOpen && open == nil {
                        open = w
                    }
                }
                k += 1
            }
        }
        if let start = open, start < words.count { ranges.append(start..<words.count) }
        if ranges.isEmpty && claim.isDirectQuote { ranges = [0..<words.count] }
        return ranges
    }
}
