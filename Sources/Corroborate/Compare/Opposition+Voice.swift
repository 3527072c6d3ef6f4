/// Whether a word is said in its claim's own voice (issue 28). A claim that only tells of a statement does not make
/// it: the content of a report, claim, rumour, story or question noun (`the claim that the dam burst`, `rumours that
/// the mayor was dead spread`, `questions about his health`), or a sentence the article asks (`Mayor dead at 54? Fans
/// mourn`). Set against `the mayor is alive`, such a side makes no contradiction: its article only tells of the
/// rumour, and may well reject it. A noun its source takes as its own (`confirmed reports that`, `rumours that ...
/// were confirmed by police`) or that names its owner (`the council's claim that`, `her claim that`) still speaks
/// for that source; a question inside a speaker's quoted words (`"he is alive, so why ...?" his spokesman asked`)
/// does not unsay the speaker's statement; and a question the article answers at once (`Is the mayor dead? Yes:
/// ...`, `It did, the coast guard said`) asserts its answer.
extension Opposition {
    /// Words that open what a hearsay noun carries (`the claim that`, `reports of`, `questions about`, `doubts over`).
    static let hearsayOpeners: Set<String> = ["that", "of", "about", "over", "whether"]

    /// Whether word `k` is what a hearsay noun (`hearsayNouns`, or a noun of supposition) carries: the noun and an
    /// opener (`that`, `of`, `about`, `over`, `whether`) stand up to twelve words before `k` in its clause, and
    /// what the opener starts still holds `k`. It ends at a comma, semicolon, colon, bracket, conjunction or
    /// subordinating word (`despite the rumours of a strike, the dam burst`; `questions over its safety grew after
    /// the dam burst`; `the story of how the ferry reached port`), after `of`, `about` or `over` at an auxiliary
    /// that ends the noun phrase (`rumours of a bomb were false`), and after `that` at a second verb group (`the
    /// report that engineers published on Monday found the dam did not burst`: a relative `that`). A verb of
    /// `endorsingVerbs` up to three words before the noun, not after `to` (`confirmed reports that`), or after `k`
    /// in its sentence, not negated (`rumours that he was dead were confirmed by police`), or an owner up to two
    /// words before the noun (a possessive, `the council's claim`, `her claim`, or a name inside the sentence,
    /// `the Lund claim`) makes the clause that source's statement.
    func hearsay(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        let words = content.words
        let clause = content.clause(of: k)
        let from = max(clause.lowerBound, k - 12)
        guard from + 1 < k else { return false }
        // An endorsement after `k` makes whatever noun carries it the source's own; read once, for any noun.
        var endorsed: Bool?
        return (from..<(k - 1)).contains { j in
            let noun = words[j].key
            guard hearsayNouns.contains(noun) || suppositionNouns.contains(noun),
                Opposition.hearsayOpeners.contains(words[j + 1].key)
            else { return false }
            if (max(0, j - 3)..<j).contains(where: { v in
                endorsingVerbs.contains(words[v].key) && (v == 0 || words[v - 1].key != "to")
            }) {
                return false
            }
            if endorsed == nil { endorsed = endorsedAfter(k, in: content) }
            if endorsed == true { return false }
            if (max(clause.lowerBound, j - 2)..<j).contains(where: { o in Opposition.owner(o, in: content) }) {
                return false
            }
            // The noun opens the claim: the attribution's cue before it may endorse it (`the council confirmed
            // [reports that ...]`).
            if (0..<j).allSatisfy({ AttributionExtractor.determiners.contains(words[$0].key) }) {
                let verb = scalars.word(before: words[0].span.start)
                if endorsingVerbs.contains(verb.text), scalars.word(before: verb.start).text != "to" { return false }
            }
            // What the noun carries ends at a conjunction or a subordinating word (`rumours of a bomb were false
            // and that the bridge collapsed`, `after the dam burst`), and a noun phrase after `of`, `about` or
            // `over` at the verb that follows it.
            let phrase = !["that", "whether"].contains(words[j + 1].key)
            let ends = ((j + 2)...k).contains { (i: Int) -> Bool in
                let before: String = words[i - 1].key
                if scalars.gap(between: words[i - 1], and: words[i], holdsAnyOf: ",;:()") { return true }
                if Opposition.clauseJoiners.contains(before) || Opposition.subordinators.contains(before) {
                    return true
                }
                return phrase && Opposition.predicateAuxiliaries.contains(before)
            }
            return !ends && (phrase || Opposition.verbGroups(in: (j + 2)..<k, of: content) < 2)
        }
    }

    /// Words that open a subordinate clause: what follows them is no longer what a hearsay noun before them
    /// carries.
    static let subordinators: Set<String> = [
        "after", "before", "when", "while", "whilst", "how", "why", "where", "because", "since", "until", "once",
        "though", "although", "unless", "as", "if",
    ]

    /// The number of verb groups in `range`: runs of auxiliaries and words ending in `ed`. A `that` clause with two
    /// (`that engineers published on Monday found ...`) is a relative clause followed by its noun's verb.
    static func verbGroups(in range: Range<Int>, of content: ClaimContent) -> Int {
        var groups = 0
        var inGroup = false
        for i in range {
            let key = content.words[i].key
            let verb = predicateAuxiliaries.contains(key) || (key.count > 3 && key.hasSuffix("ed"))
            if verb && !inGroup { groups += 1 }
            inGroup = verb
        }
        return groups
    }

    /// Whether a verb of `endorsingVerbs` follows word `k` in its sentence, not negated (`rumours that he was dead
    /// were confirmed by police`).
    func endorsedAfter(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        let end = content.sentences.first(where: { $0.contains(k) })?.upperBound ?? words.count
        guard k + 1 < end else { return false }
        return ((k + 1)..<end).contains { v in
            endorsingVerbs.contains(words[v].key)
                && !(max(k + 1, v - 2)..<v).contains { n in
                    ["not", "never", "n't"].contains(words[n].key) || words[n].key.hasSuffix("n't")
                }
        }
    }

    /// Possessive pronouns: a hearsay noun they own is their referent's own statement (`her claim that`).
    static let possessivePronouns: Set<String> = ["his", "her", "its", "their", "our", "my", "your"]

    /// Whether word `o` names who made a statement: a possessive (`council's`, `her`) or a capitalised word that
    /// does not open its sentence.
    static func owner(_ o: Int, in content: ClaimContent) -> Bool {
        let text = content.words[o].text
        if possessivePronouns.contains(content.words[o].key) { return true }
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { return true }
        let opens = content.sentences.contains { $0.lowerBound == o }
        return !opens && content.terms[o]?.hasPrefix("~") == true
    }

    /// Whether the sentence of word `k` asks in the article's voice: it ends with a question mark that closes no
    /// quotation (a speaker's quoted question keeps the statements inside it: `"he is alive, so why ...?" his
    /// spokesman asked`), and the next words do not answer it (`ContentReader.asks`).
    static func asked(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        guard let sentence = content.sentences.first(where: { $0.contains(k) }), let last = sentence.last else {
            return false
        }
        let end = content.words[last].span.end
        guard ContentReader.asks(after: end, scalars: scalars) else { return false }
        return !ContentReader.closesQuote(after: end, scalars: scalars)
    }

    /// Whether word `k` is told only as hearsay or asked: no statement of the claim's article or speaker.
    func unvoiced(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        hearsay(k, in: content, scalars) || Opposition.asked(k, in: content, scalars)
    }

    /// Whether word `k` is asserted by its claim, for the `opposite words` rule: not under a condition or a withheld
    /// judgement, not hedged, not after a conditional word, not put forward by a noun of supposition unless a verb
    /// after it endorses it (`rumours that he was dead were confirmed`), not hearsay and not asked.
    func asserts(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        !content.isUncommitted(k) && !Opposition.hedged(k, in: content) && !conditioned(k, in: content)
            && !(proposed(k, in: content, scalars) && !endorsedAfter(k, in: content))
            && !unvoiced(k, in: content, scalars)
    }

    /// Whether a side speaks for no one in a pair: its article retells it only to reject it (`RetoldRumours`), or it
    /// is retold and rejects what it tells itself (`a video doctored to show the mayor falling`).
    func voiceless(_ side: ClaimPair) -> Bool {
        side.rejectedRetelling.a || (side.retold.a && RetoldRumours.rejection(in: side.contentA, self) != nil)
    }
}
