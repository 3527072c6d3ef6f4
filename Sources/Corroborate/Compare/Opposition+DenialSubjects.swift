import Foundation

/// What a denial is about besides its focus word (issue 28): the subject of a passive denial (`whose age wasn't
/// given`), and the one thing a denial speaks of against a claim about many of a kind (`many videos are staged`
/// against `the video was not staged`). The other side must speak of the same thing for the denial to meet it.
extension Opposition {
    /// Words that say a clause speaks of some or many of a kind (`many of this year's videos`, `a large number of
    /// prank videos`), not of one thing.
    static let classQuantifiers: Set<String> = [
        "many", "most", "some", "several", "numerous", "countless", "lots", "plenty", "number", "majority",
    ]

    /// Whether the asserting clause speaks of a kind where the denial speaks of one of it: a word of
    /// `classQuantifiers` opens the asserting clause's subject (no verb before it, `isVerb`) and a noun in the plural
    /// after it (`videos`) has its term in the singular as the head of the denial's subject (`the video on the
    /// channel was not staged`). Both in the plural (`the videos were not staged`) still meet, and so do nouns outside the subjects
    /// (`was captured alongside several fighters` against `a fighter said she was never there`).
    static func classAgainstInstance(
        _ pos: ClaimContent, _ clauseP: Range<Int>, before asserted: Int, _ neg: ClaimContent, _ clauseN: Range<Int>,
        before cue: Int, verbs: Set<String>
    ) -> Bool {
        guard let q = (clauseP.lowerBound..<asserted).first(where: { classQuantifiers.contains(pos.words[$0].key) }),
            !(clauseP.lowerBound..<q).contains(where: { isVerb($0, in: pos, verbs: verbs) }),
            let last = subjectHead(before: cue, in: clauseN, of: neg),
            let term = neg.terms[last], !neg.words[last].key.hasSuffix("s")
        else { return false }
        return (q + 1..<asserted).contains { i in
            pos.terms[i] == term && pos.words[i].key.hasSuffix("s")
        }
    }

    /// Whether word `k` is a verb by its form: a finite auxiliary, an irregular form (`found`, `given`; `verbs`) or a
    /// lower-case word in `-ed`.
    static func isVerb(_ k: Int, in c: ClaimContent, verbs: Set<String>) -> Bool {
        let key = c.words[k].key
        return finiteAuxiliaries.contains(key) || verbs.contains(key)
            || (key.hasSuffix("ed") && c.words[k].text.first?.isLowercase == true)
    }

    /// Prepositions that end the head of a subject (`the video on the channel`).
    static let headEnders: Set<String> = ["on", "of", "in", "at", "from", "for", "with", "by", "about", "near"]

    /// The head of the subject before a negation at `cue`: the verb group skipped (`verbGroupStart`), the last
    /// content word before the first preposition (`video` in `the prank video on the Tarsk channel was not staged`).
    static func subjectHead(before cue: Int, in clause: Range<Int>, of c: ClaimContent) -> Int? {
        let end = verbGroupStart(before: cue, in: clause, of: c)
        let cut = (clause.lowerBound..<end).first { headEnders.contains(c.words[$0].key) } ?? end
        return (clause.lowerBound..<cut).last { k in c.terms[k].map { !$0.hasPrefix("#") } ?? false }
    }

    /// Words that open a relative clause or a clause after a verb, before which a subject may stand.
    static let clauseOpeners: Set<String> = ["whose", "which", "that", "who", "whom"]

    /// Where the verb group of a negation at `cue` starts: auxiliaries before it skipped (`has not`, `will not be`),
    /// and an adverb in `-ly` between two of them (`has apparently not been`; not `the family was not told`).
    static func verbGroupStart(before cue: Int, in clause: Range<Int>, of c: ClaimContent) -> Int {
        var end = cue
        while end > clause.lowerBound {
            let key = c.words[end - 1].key
            if groupAuxiliaries.contains(key) {
                end -= 1
            } else if key.hasSuffix("ly"), end - 2 >= clause.lowerBound,
                groupAuxiliaries.contains(c.words[end - 2].key)
            {
                end -= 2
            } else {
                break
            }
        }
        return end
    }

    /// Forms of `be` that make a denied participle passive, written out or contracted with the negation.
    static let passiveBe: Set<String> = [
        "was", "were", "is", "are", "am", "be", "been", "being", "wasn't", "weren't", "isn't", "aren't",
    ]

    /// Auxiliaries of a verb group before a negation (`has not been`, `will not be`), skipped to reach its subject.
    static let groupAuxiliaries: Set<String> = [
        "was", "were", "is", "are", "am", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "should", "must", "did", "does", "do",
    ]

    /// The head of a passive denial's subject (`age` in `the nun, whose age wasn't given`; `names` in `the names of
    /// the miners were not released`), or nil: a form of `be` at the cue, just before it or between it and the
    /// denied word, which is a participle (`-ed` or an irregular form); the subject runs from the clause's start, or
    /// a relative word or `that` whose clause reaches it (no verb of its own, `isVerb`), to the verb group
    /// (`verbGroupStart`), and its head is its last content word before any preposition (`the hostages at the camp
    /// were not released`). Nil when the subject has no content word (`it was not given`): a pronoun vetoes nothing.
    static func passivePatient(
        _ negation: (cue: Range<Int>, scope: Range<Int>), focus: Int, clause: Range<Int>, in c: ClaimContent,
        verbs: Set<String>
    ) -> Int? {
        let words = c.words
        guard let cue = negation.cue.first, negation.cue.count == 1, focus > cue else { return nil }
        let key = words[focus].key
        // Only auxiliaries and adverbs between the cue and the participle: `not being the vanished trawler` is no
        // passive of `vanished`. Irregular participles (`given`, `taken`) are among `verbs`; `children` is none.
        guard key.hasSuffix("ed") || verbs.contains(key),
            (cue + 1..<focus).allSatisfy({ j in
                passiveBe.contains(words[j].key) || groupAuxiliaries.contains(words[j].key)
                    || words[j].key.hasSuffix("ly")
            }),
            passiveBe.contains(words[cue].key) || (cue > 0 && passiveBe.contains(words[cue - 1].key))
                || (cue + 1..<focus).contains(where: { passiveBe.contains(words[$0].key) })
        else { return nil }
        let end = verbGroupStart(before: cue, in: clause, of: c)
        // The subject starts after a relative word whose clause reaches the verb group (`the nun, whose age wasn't
        // given`); a relative clause with a verb of its own has ended (`the ferry that capsized on Monday had not
        // been inspected` is about the ferry).
        var start = clause.lowerBound
        var stop = end
        if let r = (clause.lowerBound..<end).last(where: { clauseOpeners.contains(words[$0].key) }) {
            if (r + 1..<end).contains(where: { isVerb($0, in: c, verbs: verbs) }) {
                stop = r
            } else {
                start = r + 1
            }
        }
        let subject = start..<((start..<stop).first(where: { headEnders.contains(words[$0].key) }) ?? stop)
        return subject.last { k in c.terms[k].map { !$0.hasPrefix("#") } ?? false }
    }
}
