import Foundation

/// Whether a word is said in its claim's own voice (issue 28). A claim that only tells of a statement does not make
/// it: the content of a report, claim, rumour, story or question noun (`the claim that the dam burst`, `rumours that
/// the mayor was dead spread`, `questions about his health`), or a sentence that asks (`Mayor dead at 54? Fans
/// mourn`). Set against `the mayor is alive`, such a side makes no contradiction: its article only tells of the
/// rumour, and may well reject it. A noun its source takes as its own (`confirmed reports that`) or that names its
/// owner (`the council's claim that`) still speaks for that source, and a question the article answers at once
/// (`Is the mayor dead? Yes: ...`) asserts its answer.
extension Opposition {
    /// Words that open what a hearsay noun carries (`the claim that`, `reports of`, `questions about`, `doubts over`).
    static let hearsayOpeners: Set<String> = ["that", "of", "about", "over", "whether"]

    /// Whether word `k` is what a hearsay noun (`hearsayNouns`, or a noun of supposition) carries: the noun and an
    /// opener (`that`, `of`, `about`, `over`, `whether`) stand up to twelve words before `k` in its clause, with no
    /// comma, semicolon, colon, bracket or conjunction between the opener and `k` (`despite the rumours of a strike,
    /// the dam burst` asserts that it burst), nor, after `of`, `about` or `over`, an auxiliary that ends the noun
    /// phrase (`rumours of a bomb were false`). A verb of `endorsingVerbs` up to three words before the noun, not after `to`
    /// (`confirmed reports that`), or an owner up to two words before it (a possessive, `the council's claim`, or a
    /// name inside the sentence, `the Lund claim`) makes the clause that source's statement.
    func hearsay(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        let words = content.words
        let clause = content.clause(of: k)
        let from = max(clause.lowerBound, k - 12)
        guard from + 1 < k else { return false }
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
            if (max(clause.lowerBound, j - 2)..<j).contains(where: { o in Opposition.owner(o, in: content) }) {
                return false
            }
            // The noun opens the claim: the attribution's cue before it may endorse it (`the council confirmed
            // [reports that ...]`).
            if (0..<j).allSatisfy({ AttributionExtractor.determiners.contains(words[$0].key) }) {
                let verb = scalars.word(before: words[0].span.start)
                if endorsingVerbs.contains(verb.text), scalars.word(before: verb.start).text != "to" { return false }
            }
            // What the noun carries ends at a conjunction (`rumours of a bomb were false and that the bridge
            // collapsed`), and a noun phrase after `of`, `about` or `over` at the verb that follows it.
            let phrase = !["that", "whether"].contains(words[j + 1].key)
            return !((j + 2)...k).contains { i in
                scalars.gap(between: words[i - 1], and: words[i], holdsAnyOf: ",;:()")
                    || Opposition.clauseJoiners.contains(words[i - 1].key)
                    || (phrase && Opposition.predicateAuxiliaries.contains(words[i - 1].key))
            }
        }
    }

    /// Whether word `o` names who made a statement: a possessive (`council's`) or a capitalised word that does not
    /// open its sentence.
    static func owner(_ o: Int, in content: ClaimContent) -> Bool {
        let text = content.words[o].text
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { return true }
        let opens = content.sentences.contains { $0.lowerBound == o }
        return !opens && content.terms[o]?.hasPrefix("~") == true
    }

    /// Whether the sentence of word `k` asks: it ends with a question mark, and the next words do not answer it
    /// with `yes` (`ContentReader.asks`).
    static func asked(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        guard let sentence = content.sentences.first(where: { $0.contains(k) }), let last = sentence.last else {
            return false
        }
        return ContentReader.asks(after: content.words[last].span.end, scalars: scalars)
    }

    /// Whether word `k` is told only as hearsay or asked: no statement of the claim's article or speaker.
    func unvoiced(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        hearsay(k, in: content, scalars) || Opposition.asked(k, in: content, scalars)
    }

    /// Whether word `k` is asserted by its claim, for the `opposite words` rule: not under a condition or a withheld
    /// judgement, not hedged, not after a conditional word, not put forward by a noun of supposition, not hearsay
    /// and not asked.
    func asserts(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        !content.isUncommitted(k) && !Opposition.hedged(k, in: content) && !conditioned(k, in: content)
            && !proposed(k, in: content, scalars) && !unvoiced(k, in: content, scalars)
    }

    /// Whether a side speaks for no one in a pair: its article retells it only to reject it (`RetoldRumours`), or it
    /// is retold and rejects what it tells itself (`a video doctored to show the mayor falling`).
    func voiceless(_ side: ClaimPair) -> Bool {
        side.rejectedRetelling.a || (side.retold.a && RetoldRumours.rejection(in: side.contentA, self) != nil)
    }
}
