import Foundation

/// What a denial is about besides its focus word (issue 28): the thing a relative clause describes (`highlights
/// for the broadcast, which includes no discussion`), the subject of a passive denial (`whose age wasn't given`),
/// and the one thing a denial speaks of against a claim about many of a kind (`many videos are staged` against
/// `the video was not staged`). The other side must speak of the same thing for the denial to meet it.
extension Opposition {
    /// The thing a relative clause with a denial describes (`broadcast` in `highlights for tonight's broadcast,
    /// which includes no discussion`; `ferry` in `the ferry, which did not sink`): `which` at most three words before
    /// the cue, and the first content word up to six words before it in its sentence, figures aside. Not a noun said
    /// of the subject (`the pier was the only one which did not close`), nor a person (`who`): there the clause may
    /// tell of the subject itself (`Vera Lund was the only councillor who did not sign`).
    static func relativeAntecedent(_ cue: Int, in c: ClaimContent) -> Int? {
        let words = c.words
        guard let r = (max(0, cue - 3)..<cue).last(where: { words[$0].key == "which" }) else { return nil }
        let sentence = c.sentences.first { $0.contains(cue) } ?? 0..<words.count
        guard
            let k = (max(sentence.lowerBound, r - 6)..<r).last(where: { k in
                c.terms[k].map { !$0.hasPrefix("#") } ?? false
            }),
            !(max(sentence.lowerBound, k - 4)..<k).contains(where: { passiveBe.contains(words[$0].key) })
        else { return nil }
        return k
    }

    /// Words that say a clause speaks of some or many of a kind (`many of this year's videos`, `a large number of
    /// prank videos`), not of one thing.
    static let classQuantifiers: Set<String> = [
        "many", "most", "some", "several", "numerous", "countless", "lots", "plenty", "number", "majority",
    ]

    /// Whether the asserting clause speaks of a kind where the denial speaks of one of it: a word of
    /// `classQuantifiers` opens the asserting clause's subject (no verb before it) and a noun in the plural after it
    /// (`videos`) has its term in the singular as the head of the denial's subject (`the video on the channel was not
    /// staged`). Both in the plural (`the videos were not staged`) still meet, and so do nouns outside the subjects
    /// (`was captured alongside several fighters` against `a fighter said she was never there`).
    static func classAgainstInstance(
        _ pos: ClaimContent, _ clauseP: Range<Int>, before asserted: Int, _ neg: ClaimContent, _ clauseN: Range<Int>,
        before cue: Int
    ) -> Bool {
        guard let q = (clauseP.lowerBound..<asserted).first(where: { classQuantifiers.contains(pos.words[$0].key) }),
            !(clauseP.lowerBound..<q).contains(where: { k in
                finiteAuxiliaries.contains(pos.words[k].key)
                    || (pos.words[k].key.hasSuffix("ed") && pos.words[k].text.first?.isLowercase == true)
            }),
            let last = subjectHead(before: cue, in: clauseN, of: neg),
            let term = neg.terms[last], !neg.words[last].key.hasSuffix("s")
        else { return false }
        return (q + 1..<asserted).contains { i in
            pos.terms[i] == term && pos.words[i].key.hasSuffix("s")
        }
    }

    /// Prepositions that end the head of a subject (`the video on the channel`).
    static let headEnders: Set<String> = ["on", "of", "in", "at", "from", "for", "with", "by", "about", "near"]

    /// The head of the subject before a negation at `cue`: auxiliaries and adverbs before the cue skipped (`was
    /// apparently not`), the last
    /// content word before the first preposition (`video` in `the prank video on the Tarsk channel was not staged`).
    static func subjectHead(before cue: Int, in clause: Range<Int>, of c: ClaimContent) -> Int? {
        var end = cue
        while end > clause.lowerBound,
            groupAuxiliaries.contains(c.words[end - 1].key) || c.words[end - 1].key.hasSuffix("ly")
        {
            end -= 1
        }
        let cut = (clause.lowerBound..<end).first { headEnders.contains(c.words[$0].key) } ?? end
        return (clause.lowerBound..<cut).last { k in c.terms[k].map { !$0.hasPrefix("#") } ?? false }
    }

    /// Forms of `be` that make a denied participle passive, written out or contracted with the negation.
    static let passiveBe: Set<String> = [
        "was", "were", "is", "are", "am", "be", "been", "being", "wasn't", "weren't", "isn't", "aren't", "wasn’t",
        "weren’t", "isn’t", "aren’t",
    ]

    /// Auxiliaries of a verb group before a negation (`has not been`, `will not be`), skipped to reach its subject.
    static let groupAuxiliaries: Set<String> = [
        "was", "were", "is", "are", "am", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "should", "must", "did", "does", "do",
    ]

    /// The head of a passive denial's subject (`age` in `the nun, whose age wasn't given`; `names` in `the names of
    /// the miners were not released`), or nil: a form of `be` at the cue, just before it or between it and the
    /// denied word, which is a participle (`-ed`, `-en` or an irregular form); the subject runs from the clause's
    /// start, or a relative word or `that`, to the verb group (adverbs in `-ly` skipped: `has apparently not been`),
    /// and its head is its last content word before any `of`. Nil when the subject has no content word (`it was not given`), so a pronoun vetoes nothing.
    static func passivePatient(
        _ negation: (cue: Range<Int>, scope: Range<Int>), focus: Int, clause: Range<Int>, in c: ClaimContent,
        verbs: Set<String>
    ) -> Int? {
        let words = c.words
        guard let cue = negation.cue.first, negation.cue.count == 1, focus > cue else { return nil }
        let key = words[focus].key
        // Only auxiliaries and adverbs between the cue and the participle: `not being the vanished trawler` is no
        // passive of `vanished`.
        guard key.hasSuffix("ed") || key.hasSuffix("en") || verbs.contains(key),
            (cue + 1..<focus).allSatisfy({ j in
                passiveBe.contains(words[j].key) || groupAuxiliaries.contains(words[j].key)
                    || words[j].key.hasSuffix("ly")
            }),
            passiveBe.contains(words[cue].key) || (cue > 0 && passiveBe.contains(words[cue - 1].key))
                || (cue + 1..<focus).contains(where: { passiveBe.contains(words[$0].key) })
        else { return nil }
        var end = cue
        while end > clause.lowerBound,
            groupAuxiliaries.contains(words[end - 1].key) || words[end - 1].key.hasSuffix("ly")
        {
            end -= 1
        }
        let start =
            (clause.lowerBound..<end).last(where: { ["whose", "which", "that", "who", "whom"].contains(words[$0].key) })
            .map { $0 + 1 } ?? clause.lowerBound
        let subject = start..<((start..<end).first(where: { words[$0].key == "of" }) ?? end)
        return subject.last { k in c.terms[k].map { !$0.hasPrefix("#") } ?? false }
    }
}
