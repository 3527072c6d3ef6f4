import Foundation

/// Whether a word of the asserting claim is asserted at all: not hedged, likened, in a clause that describes a
/// place or a person, under a condition, denied by a privative word, hindered, found wanting, or required rather
/// than stated. A denial contradicts only what the other claim asserts.
extension Opposition {
    /// Whether a hedge governs word `k` (`reportedly contracted`, `might hold`, `believed to be`): a hedged
    /// statement is not the plain assertion a denial contradicts.
    static func hedged(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 6)..<k).contains { content.hedges.contains($0) }
            || modalOver(k, in: content, clause: clause)
    }

    /// Modal verbs of possibility: what they govern may be so, which is not that it is.
    static let possibilityVerbs: Set<String> = ["may", "might", "could"]

    /// Whether a hedge is an adverb before its verb (`allegedly showed`, `reportedly fled`, `perhaps knew`): like a
    /// modal, it governs all its verb says, however far (`video allegedly showed the teacher with a student from
    /// her school`).
    static func hedgingAdverb(_ key: String) -> Bool { key.hasSuffix("ly") || key == "perhaps" }

    /// Words that end a modal's reach going back from the word it would govern: subordinators open another clause
    /// (`could reach the village after the bridge reopened`).
    static let modalStops: Set<String> = [
        "and", "or", "so", "after", "when", "since", "until", "because", "before", "once", "if", "while", "as", "where",
        "which", "who", "whom", "whose",
    ]

    /// Verbs after `could` of perception (`could see that the bridge had collapsed`, `could only watch`, adverbs in
    /// `-ly` skipped): what follows is seen, not supposed.
    static let perceivingVerbs: Set<String> = ["see", "hear", "watch", "feel", "smell", "sense", "tell"]

    /// Words that open a clause inside another (`the rules that require`, `decide whether`).
    static let embeddingWords: Set<String> = ["that", "which", "who", "whom", "whose", "how", "whether", "what", "why"]

    /// Words of a modal's own verb group before its verb (`may have been`, `could not also`).
    static let modalGroup: Set<String> = [
        "have", "be", "been", "not", "also", "well", "very", "still", "never", "even",
    ]

    /// Whether a modal of possibility (or a hedging adverb) earlier in `k`'s clause governs it however far back
    /// (`may have broken the rules that cover how the ledger is kept`): nothing between them starts another
    /// predicate, that is no mark (more than one character between two words), no `and`, `or`, `so` or subordinator
    /// (`after`, `which`), no report word (`said`, `admitted`), and no other verb after the modal's own: an
    /// auxiliary, or a content word before a determiner, a possessive or a figure (`the firm that may face fines
    /// kept a ledger`), read as a verb before its object. A modal before a figure is a month (`May 4`); `could`
    /// before a verb of perception tells what was seen. The same reading keeps such a claim from corroborating
    /// (`hedged` is shared by the agreement and event rules).
    static func modalOver(_ k: Int, in content: ClaimContent, clause: Range<Int>) -> Bool {
        let words = content.words
        var m = k - 1
        while m >= clause.lowerBound {
            // A mark between two words leaves more than one scalar between them.
            if words[m + 1].span.start - words[m].span.end > 1 { return false }
            let key = words[m].key
            if Opposition.modalStops.contains(key) || Opposition.subjectOpeners.contains(key) && key != "that"
                || content.reportWords.contains(m)
            {
                return false
            }
            if Opposition.possibilityVerbs.contains(key) || Opposition.hedgingAdverb(key), content.hedges.contains(m),
                words[m].text.unicodeScalars.first?.isLowercaseLetter == true, !words[m + 1].isNumber
            {
                break
            }
            m -= 1
        }
        guard m >= clause.lowerBound else { return false }
        // Past an adverb (`could clearly see`).
        var next = m + 1
        while next < k && words[next].key.hasSuffix("ly") { next += 1 }
        if words[m].key == "could", Opposition.perceivingVerbs.contains(words[next].key) { return false }
        var verb = m + 1
        while verb < k && Opposition.modalGroup.contains(words[verb].key) { verb += 1 }
        // The word itself is the modal's verb (`may well be still ...`): governed.
        guard verb < k else { return true }
        // An adverbial between the modal and its verb (`could in the coming weeks publish`, `might by Friday have
        // published`): the modal's own verb is the first word after it that reads as a verb; the word itself
        // inside the adverbial is governed.
        if Opposition.adverbialOpeners.contains(words[verb].key) {
            guard let own = (verb + 1..<k).first(where: { Opposition.readsAsVerb($0, in: content) })
            else { return true }
            verb = own
            while verb < k && Opposition.modalGroup.contains(words[verb].key) { verb += 1 }
            guard verb < k else { return true }
        }
        // Inside a clause the modal's verb governs (`documents that describe the tunnel`, `whether the school is
        // closed`), another verb is still under the modal.
        var embedded = false
        return !(verb + 1..<k).contains { j in
            let key = words[j].key
            // A verb in `-ed` before `that` is a verb of its own clause (`admitted that`), not a noun's relative.
            if key.hasSuffix("ed"), j + 1 < k, words[j + 1].key == "that", !embedded { return true }
            if Opposition.embeddingWords.contains(key) { embedded = true }
            if embedded { return false }
            return Opposition.readsAsVerb(j, in: content)
        }
    }

    /// Prepositions that open an adverbial between a modal and its verb (`could in the coming weeks publish`,
    /// `may by Friday have`, `might within days`).
    static let adverbialOpeners: Set<String> = ["in", "within", "by", "over", "during", "at", "on"]

    /// Whether word `j` reads as a verb of its own: a finite auxiliary, or a content word before its object (a
    /// determiner or possessive, not a relative `that`: `laws that cover`) or a figure.
    static func readsAsVerb(_ j: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        if Opposition.finiteAuxiliaries.contains(words[j].key) { return true }
        return content.terms[j] != nil && j + 1 < words.count
            && (words[j + 1].isNumber
                || words[j + 1].key != "that" && Opposition.objectOpeners.contains(words[j + 1].key))
    }

    /// Whether word `k` is told as someone else's words inside the claim: a verb of saying or thinking with a word
    /// before it in the sentence (its subject) and `that` right after it, earlier in `k`'s sentence (`the mayor
    /// asserted that the pier had closed`, `a forum post claimed that ...`). The claim's source retells it; it does
    /// not assert it. A form after a determiner or a possessive is a noun (`her claim that`, `the ministry's claim
    /// that`): a statement named, which the rules that read statement nouns weigh.
    func inReportedSpeech(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        let sentence = content.sentences.first { $0.contains(k) } ?? 0..<words.count
        guard sentence.lowerBound + 1 < k else { return false }
        return (sentence.lowerBound + 1..<k - 1).contains { r in
            guard reportVerbs.contains(words[r].key), words[r + 1].key == "that" else { return false }
            // As written: a possessive's key may have lost its `'s`.
            let before = words[r - 1].text.lowercased()
            return !Opposition.objectOpeners.contains(words[r - 1].key) && !before.hasSuffix("'s")
                && !before.hasSuffix("’s") && before != "s"
        }
    }

    /// Whether word `k` stands in a quoted story its claim names as false: inside quotation marks that a word of
    /// rejection follows right after (`the "Tarsk pier has closed" hoax`, `a "ferry sank" rumour`). The claim names
    /// the story; it does not tell it.
    func namedFalsehood(_ k: Int, in content: ClaimContent) -> Bool {
        content.quoted.contains { range in
            range.contains(k) && range.upperBound < content.words.count && range.count < content.words.count
                && rejectionWords.contains(content.words[range.upperBound].key)
        }
    }

    /// Whether a clause denies or refutes something itself.
    static func negates(_ clause: Range<Int>, _ content: ClaimContent) -> Bool {
        content.negations.contains { !$0.cue.isEmpty && clause.contains($0.cue.lowerBound) }
            || (content.refutation.map { clause.overlaps($0) } ?? false)
            || (content.creditedDenial != nil && clause.lowerBound == 0)
            || clause.contains { ContentReader.denyingVerbs.contains(content.words[$0].key) }
    }

    /// Whether word `k` is what an attempt, a call or an intent aims at: `to` right before it and a word of `aims`
    /// (`tried`, `efforts`, `urged`, `vowed`) up to six words before that `to` in its clause (`urged the port to step
    /// up its efforts to reopen the line`). What is aimed at is not done, so a denial that it was done (`failed to
    /// reopen the line`) does not contradict it; `managed to` says it was done.
    func attempted(_ k: Int, in content: ClaimContent) -> Bool {
        guard k >= 2, content.words[k - 1].key == "to" else { return false }
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 7)..<(k - 1)).contains { aims.contains(content.words[$0].key) }
    }

    /// Whether word `k` stands within a likeness opened up to eight words before it: `as if`, `as though`, or
    /// `like` after a verb of feeling or seeming. What is said there is a comparison, not a statement of fact.
    func likened(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        return (max(0, k - 8)..<k).contains { j in
            let key = words[j].key
            if key == "like" { return j > 0 && likenessVerbs.contains(words[j - 1].key) }
            return key == "as" && j + 1 < k && ["if", "though"].contains(words[j + 1].key)
        }
    }

    /// Whether word `k` stands in a clause that describes a place or a person: a relative word (`where`, `who`,
    /// `whom` or `whose`; `relativeWords`) up to ten words before it in its clause (`the quay where the old ferry
    /// sank`).
    func described(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        // As written, so that an organisation's initials (`WHO`) are no relative pronoun.
        let from = max(clause.lowerBound + 1, k - 10)
        guard from < k else { return false }
        return (from..<k).contains { j in
            relativeWords.contains(content.words[j].text.lowercased())
                && content.words[j].text != "WHO"
        }
    }

    /// Whether word `k` stands in a clause that a noun of supposition puts forward without asserting it: a noun of
    /// `suppositionNouns` followed by `that` up to twelve words before it in its clause (`the idea that the pier
    /// will close`, `her theory that the kiln would not cool`), or by a verb of holding it before `that`
    /// (`suspicions persist that`: `supposing`), unless a verb of `endorsingVerbs` governs the noun
    /// within three words before it, or as the word just before the claim on its line (the attribution's cue), and
    /// not after `to` (`confirmed the rumour that`, `backed the idea that`; not `declined to confirm`). Report
    /// nouns that a source asserts (`confirmed reports that`, `issued a statement that`) are not of the class. The
    /// window stops at the clause the noun opens: at a comma, a semicolon or a coordinating conjunction between
    /// `that` and `k` (`despite the idea that the ferry would stop, the pier will close` asserts the pier's
    /// closing). The clause after `that` must not open with a verb (an auxiliary or a word in `-ed`: `the theory
    /// that was published`, a relative clause), and no report verb may stand between `that` and `k` (`the theory
    /// that the panel published says the pier will close`).
    func proposed(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        let words = content.words
        let from = max(1, content.clause(of: k).lowerBound + 1, k - 12)
        return (from..<max(from, k)).contains { j in
            guard words[j].key == "that", j + 1 < k,
                let noun = Opposition.supposing(
                    before: j, in: content,
                    nouns: suppositionNouns, verbs: suppositionVerbs, scalars: scalars)
            else { return false }
            // The source endorses the clause (`backed his idea that`), unless the verb is not done (`declined to`).
            guard
                !(max(0, noun - 3)..<noun).contains(where: { v in
                    endorsingVerbs.contains(words[v].key) && (v == 0 || words[v - 1].key != "to")
                })
            else { return false }
            if (0..<noun).allSatisfy({ AttributionExtractor.determiners.contains(words[$0].key) }) {
                let verb = scalars.word(before: words[0].span.start)
                if endorsingVerbs.contains(verb.text), scalars.word(before: verb.start).text != "to" { return false }
            }
            let opener = words[j + 1].key
            guard !Opposition.predicateAuxiliaries.contains(opener), !opener.hasSuffix("ed") else { return false }
            return !(j + 1...k).contains { i in
                content.reportWords.contains(i) || Opposition.clauseJoiners.contains(words[i].key)
                    || scalars.gap(between: words[i - 1], and: words[i], holdsAnyOf: ",;:()")
            }
        }
    }

    /// The noun of supposition whose `that` is word `j`: right before it (`the idea that`), or before a verb of
    /// holding it (`suppositionVerbs`) with at most three words of place or time after that verb and no punctuation
    /// between (`suspicions persist among fishermen that`, `speculation grew on Monday that`). A verb, a report word,
    /// a subordinating word or `so` between the verb and `that` ends it (`speculation grew after police said that`,
    /// `grew so intense that`). Nil when none.
    static func supposing(
        before j: Int, in content: ClaimContent, nouns: Set<String>, verbs: Set<String>, scalars: ScalarText
    ) -> Int? {
        let words = content.words
        guard j >= 1 else { return nil }
        if nouns.contains(words[j - 1].key) { return j - 1 }
        for v in stride(from: j - 1, through: max(1, j - 4), by: -1) {
            if scalars.gap(between: words[v], and: words[v + 1], holdsAnyOf: ",;:()") { return nil }
            let key = words[v].key
            guard verbs.contains(key) else {
                if content.reportWords.contains(v) || subordinators.contains(key) || ["so", "such"].contains(key)
                    || key.hasSuffix("ed") || predicateAuxiliaries.contains(key)
                    || AttributionExtractor.determiners.contains(key)
                {
                    return nil
                }
                continue
            }
            // An auxiliary may stand between the noun and its verb (`speculation has grown that`).
            var n = v - 1
            if n >= 1, predicateAuxiliaries.contains(words[n].key) { n -= 1 }
            return n >= 0 && nouns.contains(words[n].key) ? n : nil
        }
        return nil
    }

    /// Coordinating conjunctions, read by `conjoinedFrom`: a word after one is in another clause than a word
    /// before it.
    static let conjunctions: Set<String> = ["and", "but", "or", "while", "whereas"]

    /// The conjunctions and `yet`, which end the clause a noun of supposition opens (`proposed`).
    static let clauseJoiners: Set<String> = conjunctions.union(["yet"])

    /// Whether a denial is the consequence of a counterfactual: a perfect `would have` or `could have` (`would not
    /// have`, `couldn't have`) governs it, and `without` opens the clause that governs the modal, or the clause
    /// just before it (`without the bypass, the market would not have survived`). Such a sentence says the thing
    /// did happen, owing to what `without` names, so it denies nothing the other side asserts. A reported `would
    /// not` (`said that the council would not approve it`) or a factual `could not` (`without a permit, the market
    /// could not open`) is a denial and compared, and so is a `without` before a word in `-ing` (`said, without
    /// giving a reason, that the school would not have a new roof`), which tells a manner.
    static func counterfactual(_ cue: Range<Int>, in content: ClaimContent) -> Bool {
        guard !cue.isEmpty else { return false }
        let words = content.words
        let first = cue.lowerBound
        let contracted = ["wouldn", "couldn"].contains { words[first].key.hasPrefix($0) }
        let modal = contracted || (first > 0 && ["would", "could"].contains(words[first - 1].key))
        // `would not have`, `would never have`, `wouldn't have`, `would not even have`.
        let perfect =
            (cue.upperBound..<min(words.count, cue.upperBound + 2)).contains { words[$0].key == "have" }
            || (contracted && first + 1 < words.count && words[first + 1].key == "have")
        guard modal, perfect else { return false }
        // `without` before a word in `-ing` tells the manner of saying or doing (`said, without giving a reason,
        // that ...`), not what the thing would have lacked.
        let condition = { (w: Int) in
            words[w].key == "without" && !(w + 1 < words.count && words[w + 1].key.hasSuffix("ing"))
        }
        let clause = content.clause(of: first)
        let previous = content.clauses.last { $0.upperBound <= clause.lowerBound && !$0.isEmpty }
        // `without` heads the claim, the modal's clause, or the clause before it, or follows the modal in its clause
        // (`would not have survived without the bypass`).
        return [0, clause.lowerBound, previous?.lowerBound].contains { start in
            start.map { $0 < first && condition($0) } ?? false
        } || (cue.upperBound..<clause.upperBound).contains(where: condition)
    }

    /// Verbs that make their object do what the verb after `to` says (`got the pumps to work`, `helped the crew to
    /// land`), each form with its verb: the other side saying the causative verb itself (`got enough votes`) is
    /// compared with the denial as it stands.
    static let causatives: [String: String] = [
        "get": "get", "gets": "get", "got": "get", "gotten": "get", "getting": "get", "make": "make",
        "makes": "make", "made": "make", "making": "make", "help": "help", "helps": "help", "helped": "help",
        "helping": "help",
    ]

    /// The verb a denied causative leaves to its object, when the denial's scope opens with a causative and `to`
    /// follows the denial's focus in the scope (`could not get the pumps to work`): what is denied is that the pumps
    /// worked, not that there are pumps. Nil otherwise.
    static func causedPredicate(_ scope: Range<Int>, focus: Int, in content: ClaimContent) -> Int? {
        guard let first = scope.first, causatives[content.words[first].key] != nil, focus > first else { return nil }
        guard let to = (focus + 1..<scope.upperBound).first(where: { content.words[$0].key == "to" }),
            to + 1 < scope.upperBound, content.terms[to + 1] != nil
        else { return nil }
        return to + 1
    }

    /// Whether a conditional word (`if`, `unless`, `whether`; `conditionWords`) stands anywhere before word `k` in
    /// its claim.
    func conditioned(_ k: Int, in content: ClaimContent) -> Bool {
        (0..<k).contains { conditionWords.contains(content.words[$0].key) }
    }

    /// Words that deny the noun after them without a verb (`without internet access`).
    static let privatives: Set<String> = ["without", "lack", "lacking", "absent", "absence"]

    static func privative(before k: Int, in content: ClaimContent) -> Bool {
        (max(0, k - 3)..<k).contains { privatives.contains(content.words[$0].key) }
            // `decided against renewing the licence` says that it was not renewed.
            || (k > 0 && content.words[k - 1].key == "against" && content.words[k].key.hasSuffix("ing"))
    }

    /// Whether a hindrance or a doubt governs word `k`: one stands up to eight words before it in its clause; an
    /// adjective of difficulty only when `to` or `for` follows it (`a difficult day and the crane toppled` says the
    /// crane toppled).
    func impeded(_ k: Int, in content: ClaimContent) -> Bool {
        (max(content.clause(of: k).lowerBound, k - 8)..<k).contains { j in
            let key = content.words[j].key
            return hindrances.contains(key)
                || (hardshipWords.contains(key) && ["to", "for"].contains(content.words[j + 1].key))
        }
    }

    /// The first word of the stretch `from..<k` that follows its last coordinating conjunction: a word before one
    /// governs another clause.
    static func conjoinedFrom(_ from: Int, to k: Int, in content: ClaimContent) -> Int {
        guard from < k else { return from }
        return ((from..<k).last { conjunctions.contains(content.words[$0].key) }).map { $0 + 1 } ?? from
    }

    /// Whether a verb or adverb of rejection (`doctored to show`, `falsely reported`, `fabricated`) stands up to six
    /// words before word `k` in its clause: what follows it is what a forgery shows or a false report says, not
    /// what the claim asserts. Adjectives (`a fake passport`) describe a thing and are left out.
    func debunked(_ k: Int, in content: ClaimContent) -> Bool {
        let from = Opposition.conjoinedFrom(max(content.clause(of: k).lowerBound, k - 6), to: k, in: content)
        return (from..<k).contains { j in
            let key = content.words[j].key
            return rejectionWords.contains(key) && (key.hasSuffix("ed") || key.hasSuffix("ly"))
        }
    }

    /// Whether a claim denies, anywhere, one of the given terms: a side that denies what the other denies does not
    /// contradict it.
    static func deniesToo(_ terms: Set<String>, _ content: ClaimContent) -> Bool {
        content.words.indices.contains { k in
            content.terms[k].map { terms.contains($0) } == true && content.isDenied(k)
        }
    }

    /// Whether a word that finds it wanting stands up to two words before word `k`.
    func wanting(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 2)..<k).contains { wantingWords.contains(content.words[$0].key) }
    }

    /// Words that make what follows a requirement (`would need to beat them by several lengths`, `has to win`): a
    /// condition for something, not a statement that it happened, so a denial that it did contradicts nothing.
    /// Past `had to` is left out: `she had to resign` says that she resigned.
    static let requirements: [[String]] = [
        ["have", "to"], ["has", "to"], ["need", "to"], ["needs", "to"], ["must"],
    ]

    /// Whether a requirement governs word `k`: one stands before it in its clause.
    static func required(_ k: Int, in content: ClaimContent) -> Bool {
        let from = content.clause(of: k).lowerBound
        return (from..<k).contains { j in
            requirements.contains { phrase in
                j + phrase.count <= k && phrase.indices.allSatisfy { content.words[j + $0].key == phrase[$0] }
            }
        }
    }
}
