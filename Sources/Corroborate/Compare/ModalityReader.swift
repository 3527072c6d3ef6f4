/// What a claim commits to, clause by clause: which words a condition governs (`if ... were not met`, `whether
/// ...`), which clauses are hedged (`reportedly`, `may`), where a judgement is withheld (`could not confirm`,
/// `it is unclear`), and which words name a report rather than make it (`reports of her capture`). A rule asks
/// these before it takes a clause for an assertion or a denial.
struct ModalityReader: Sendable {
    let conditionals: PhraseTable<String>
    let verifications: Set<String>
    let uncertainties: PhraseTable<String>
    let hedges: PhraseTable<String>
    let reportNouns: Set<String>
    /// One-word doubts (`doubted`, `sceptical`): said just before a claim by its speaker, they put the claim in
    /// question rather than state it.
    let doubtingWords: Set<String>
    /// One-word hindrances and refusals (`refused`, `unable`, `blocked`): before `to` and a verb they keep what
    /// follows from happening (`refused to back the plan`).
    let refusalWords: Set<String>
    /// `reportNouns` by interned id, asked of every word.
    let reportNounIDs: WordIDSet

    init(knowledge: Knowledge) {
        let words = knowledge.comparison
        conditionals = PhraseTable(words.conditionals.map { ($0, $0) })
        verifications = Set(words.verifications.map(\.folded))
        uncertainties = PhraseTable(words.uncertainties.map { ($0, $0) })
        hedges = PhraseTable(knowledge.cues.hedges.map { ($0, $0) })
        reportNouns = Set(words.reportNouns.map(\.folded))
        reportNounIDs = WordIDSet(reportNouns)
        refusalWords = Set((words.hindrances + words.hardshipWords).map(\.folded).filter { !$0.contains(" ") })
        doubtingWords = Set(words.doubts.map(\.folded).filter { !$0.contains(" ") }).union(
            refusalWords.filter { $0.hasPrefix("doubt") })
    }

    /// Words that open a new clause inside a sentence.
    static let clauseOpeners = WordIDSet([
        "but", "although", "though", "whereas", "while", "however", "yet", "because",
    ])

    /// Words skipped between a negation and the verb it governs (`not yet`, `could not independently`).
    static let auxiliaries: Set<String> = [
        "yet", "immediately", "independently", "be", "been", "being", "able", "to", "have", "has", "had", "so", "far",
        "publicly", "officially", "fully", "directly", "formally", "still", "now",
    ]

    /// Words that say a judgement is hard to make when a verb of knowing follows (`hard to be sure`, `too early
    /// to say`, `impossible to verify`).
    static let difficulties = WordIDSet(["hard", "difficult", "impossible", "early"])

    /// Adjectives that judge what follows improbable (`unlikely that`, `doubtful whether`, `unlikely to hold`).
    static let improbabilities = WordIDSet([
        "unlikely", "improbable", "doubtful", "implausible", "dubious", "questionable", "skeptical", "sceptical",
        "unconvinced",
    ])

    /// Adjectives of difficulty that, before `to`, keep what follows from being asserted (`hard to relate`).
    static let hardships = WordIDSet(["hard", "difficult", "impossible"])

    /// Verbs that, after `hard to`, grant what follows rather than doubt it (`hard to deny that the dam broke`,
    /// `hard to believe`, `hard to ignore`).
    static let grantingAfterHardship: Set<String> = [
        "believe", "imagine", "deny", "ignore", "miss", "overstate", "overlook", "dispute", "exaggerate", "argue",
        "overestimate", "understate",
    ]

    /// Words that, just before an improbability or a difficulty, turn it round (`not unlikely that`, `never hard to`).
    static let turningNegations: Set<String> = [
        "not", "never", "hardly", "no", "isn't", "wasn't", "aren't", "weren't", "n't",
    ]

    /// Whether word `i` puts what follows it in its phrase in doubt: an improbability before `that`, `whether`,
    /// `if` or `to`, or a difficulty before `to` and a verb that does not grant it; not after a negation.
    static func putsInDoubt(_ words: [FrameWord], at i: Int) -> Bool {
        guard i + 1 < words.count else { return false }
        if i > 0 && turningNegations.contains(words[i - 1].key) { return false }
        let next = words[i + 1].key
        if hardships.contains(words[i]) {
            return next == "to" && (i + 2 == words.count || !grantingAfterHardship.contains(words[i + 2].key))
        }
        return improbabilities.contains(words[i]) && ["that", "whether", "if", "to"].contains(next)
    }

    /// Nouns and verbs of fearing: what follows `that` is feared, not stated (`raises fears that the hostages will
    /// not be freed`).
    static let fears = WordIDSet([
        "fear", "fears", "feared", "fearing", "worries", "worried", "concern", "concerns",
    ])

    struct Reading: Sendable {
        var conditional: [Range<Int>] = []
        var hedges: Set<Int> = []
        var uncertain: [Range<Int>] = []
        var reportWords: Set<Int> = []
    }

    /// Splits sentences into clauses: a semicolon, colon or dash between two words, or a word that opens a
    /// clause (`but`, `although`), starts a new one.
    static func clauses(_ sentences: [Range<Int>], words: [FrameWord], separated: (Int) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for sentence in sentences {
            var start = sentence.lowerBound
            for k in sentence where k > start {
                if separated(k) || clauseOpeners.contains(words[k]) {
                    result.append(start..<k)
                    start = k
                }
            }
            if start < sentence.upperBound { result.append(start..<sentence.upperBound) }
        }
        return result
    }

    /// Whether a negation at `cue` withholds a judgement (`could not confirm`, `did not identify`) rather than
    /// denies: the first word it governs, auxiliaries aside, is a verb of knowing or checking.
    func withholds(_ words: [FrameWord], after cue: Range<Int>) -> Bool {
        var k = cue.upperBound
        while k < words.count && k < cue.upperBound + 4 {
            let key = words[k].key
            if verifications.contains(key) { return true }
            if !ModalityReader.auxiliaries.contains(key) { return false }
            k += 1
        }
        return false
    }

    /// Words that may stand between a cue and its claim (`doubted that`, `refused to confirm whether`).
    static let complementizers: Set<String> = ["that", "whether", "if"]

    /// Whether the words just before a claim, in its sentence, put it in question or withhold a judgement on it
    /// rather than report it as said: a doubt (`the engineer doubted [that the dam would hold]`), a refusal before
    /// the claim's `to` (`refused [to sign the plan]`, not `was refused [entry]`), or a refusal or negation of a verb
    /// of checking (`the harbour board has refused to confirm [that ...]`, `would not confirm`). A claim so
    /// introduced is no assertion, whatever its own words say; denying verbs are read elsewhere
    /// (`ContentReader.denyingCue`), so `disputed` or `denied` before a claim does not count here.
    func withheld(
        before words: [FrameWord], opening: String?, negations: (Int) -> Bool, denying: Set<String>
    ) -> Bool {
        var end = words.count
        while end > 0 && ModalityReader.complementizers.contains(words[end - 1].key) { end -= 1 }
        guard end > 0 else { return false }
        let last = words[end - 1].key
        if doubtingWords.contains(last) && !denying.contains(last) { return true }
        if refusalWords.contains(last) && opening == "to" && end == words.count { return true }
        // A refusal or a negation, then at most a few auxiliaries, then a verb of checking that ends the words.
        guard verifications.contains(last) else { return false }
        var k = end - 2
        while k >= 0 && end - 1 - k <= 4 {
            let key = words[k].key
            if negations(k) || doubtingWords.contains(key) || refusalWords.contains(key) { return true }
            if !ModalityReader.auxiliaries.contains(key) { return false }
            k -= 1
        }
        return false
    }

    /// The conditions, hedges, withheld judgements and report nouns of a claim's words. `end(of:)` gives the end
    /// of the phrase a word opens (the next punctuation or the clause's end).
    func read(_ words: [FrameWord], clauses: [Range<Int>], end: (Int) -> Int) -> Reading {
        var reading = Reading()
        func clauseEnd(_ k: Int) -> Int { clauses.first { $0.contains(k) }?.upperBound ?? words.count }
        var i = 0
        while i < words.count {
            if reportNounIDs.contains(words[i]) { reading.reportWords.insert(i) }
            if let (_, n) = conditionals.match(words, at: i) {
                reading.conditional.append(i..<max(i + n, end(i + n)))
                i += n
                continue
            }
            if let (_, n) = uncertainties.match(words, at: i) {
                reading.uncertain.append(i..<max(i + n, clauseEnd(i)))
                i += n
                continue
            }
            // `it is hard to be sure that ...`, `too early to say`: a judgement withheld; `fears that ...`: what
            // someone fears, not what happened. Either way the rest of the clause is not asserted.
            if (ModalityReader.difficulties.contains(words[i]) && withholds(words, after: i..<(i + 1)))
                || (ModalityReader.fears.contains(words[i]) && i + 1 < words.count && words[i + 1].key == "that")
            {
                reading.uncertain.append(i..<max(i + 1, clauseEnd(i)))
                i += 1
                continue
            }
            // `it was unlikely that a rock had split off`, `hard to relate his absence to his health`: an
            // improbability or a difficulty over what follows, which is not asserted up to the end of the phrase
            // (the next mark) within the clause: `it was hard to reach the quay, and the ferry did not run` still
            // denies that the ferry ran.
            if ModalityReader.putsInDoubt(words, at: i) {
                let reach = min(clauseEnd(i), max(i + 2, end(i + 1)))
                if i + 1 < reach { reading.uncertain.append((i + 1)..<reach) }
                i += 1
                continue
            }
            if let (_, n) = hedges.match(words, at: i) {
                for k in i..<(i + n) { reading.hedges.insert(k) }
                i += n
                continue
            }
            i += 1
        }
        return reading
    }
}
