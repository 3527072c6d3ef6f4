import Foundation

/// Whether a denial meets what the other side asserts, its predicate or an argument of it, rather than a word the
/// two only share (issue 28): a denied noun that the other side names as a dependent of another noun (`the cost of
/// harbour fuel`, `left her deputy in charge`) or inside a question clause (`asked how the fuel reached the
/// depot`); a participle inside the other side's subject (`the passes being printed are ...`); a denial whose
/// focus is a name, of a predicate the other side does not say; and a denial inside a clause that picks out some of
/// a noun (`pupils who had no bus to ride`). In each the two claims share words, not a proposition, so the
/// comparison abstains.
extension Opposition {
    /// The head of a clause's predicate in a denial's scope: the first content word after the first auxiliary
    /// (`was sold`, `were not damaged`, `is closing`), adverbs in `-ly` and further auxiliaries skipped; nil
    /// when the scope holds no auxiliary or none is followed by a content word within three words.
    static func predicateHead(in scope: Range<Int>, of content: ClaimContent) -> Int? {
        guard let aux = scope.first(where: { predicateAuxiliaries.contains(content.words[$0].key) }) else {
            return nil
        }
        for k in (aux + 1)..<min(scope.upperBound, aux + 4) {
            let key = content.words[k].key
            if predicateAuxiliaries.contains(key) || ["be", "been", "being"].contains(key) || key.hasSuffix("ly") {
                continue
            }
            guard let term = content.terms[k] else { continue }
            return term.hasPrefix("#") ? nil : k
        }
        return nil
    }

    /// Auxiliaries and negations that come before a clause's predicate (`was`, `were not`, `could never`).
    static let predicateAuxiliaries = finiteAuxiliaries.union(ClaimContent.auxiliaries)

    /// Whether two terms are one word in two forms the stemmer leaves apart (`nam` from `named` and `name`): equal,
    /// or one a prefix of the other of three letters at least.
    static func sameStem(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return short.count >= 3 && long.hasPrefix(short)
    }

    /// Prepositions that attach the noun phrase after them to the word before them (`the amount of`, `a call
    /// from`, `the timetable in`).
    static let prepositions: Set<String> = [
        "of", "from", "in", "on", "at", "for", "with", "about", "over", "into", "to", "by", "under", "against",
    ]

    /// Words that open a question clause inside another (`how the fuel is stored`, `what the board decided`).
    static let questionOpeners: Set<String> = ["how", "why", "what", "whether"]

    /// Whether a word ends in a possessive (`the court's`, `the tenants'`).
    static func possessive(_ key: String) -> Bool {
        key.hasSuffix("'s") || key.hasSuffix("’s") || key.hasSuffix("s'")
    }

    /// Whether word `k` is a dependent of another noun rather than an argument of its clause's predicate: its bare
    /// noun phrase (with the phrases `and` or `or` joins to it, six words at most), which names a kind, follows a
    /// preposition after a noun that a determiner or a possessive opens (`the cost of harbour fuel`, `the fees of
    /// tutors and coaches`, `left her deputy in charge`), or a question word opens it (`asked how the fuel reached
    /// the depot`). A phrase with a determiner, a possessive, a figure or a counting word names things it says exist
    /// (`the sluices of several weirs`), and is an argument. A noun in `-ing` before the preposition is a doing whose
    /// object the phrase is (`her handling of the fuel`); a verb ends the phrase (`the head of the board stored
    /// harbour fuel`): a word in `-ed` not after a determiner, a preposition, a question word or a possessive, or an
    /// irregular form (`kept`).
    func dependent(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        let clause = content.clause(of: k)
        let opens = { (i: Int) in
            let key = words[i].key
            return (Opposition.nounOpeners.contains(key) && key != "that") || Opposition.possessive(key)
        }
        var j = k - 1
        // A determiner, a possessive, a figure or a counting word makes the phrase name things of its own (`the
        // sluices of several weirs`, `a call from his broker`): they are said to exist.
        var determined = false
        while j >= max(clause.lowerBound, k - 6) {
            let key = words[j].key
            if opens(j) || words[j].isNumber || ContentReader.countingWords.contains(key)
                || ["and", "or"].contains(key)
            {
                determined = determined || !["and", "or"].contains(key)
                j -= 1
                continue
            }
            guard content.terms[j] != nil, !verbForms.contains(key) else { break }
            if key.hasSuffix("ed"), j > 0, !opens(j - 1),
                !Opposition.prepositions.contains(words[j - 1].key),
                !Opposition.questionOpeners.contains(words[j - 1].key)
            {
                break
            }
            j -= 1
        }
        guard j >= clause.lowerBound else { return false }
        if Opposition.questionOpeners.contains(words[j].key) { return true }
        let head = j - 1
        guard !determined, Opposition.prepositions.contains(words[j].key), head >= clause.lowerBound,
            content.terms[head] != nil,
            !words[head].key.hasSuffix("ing"), !words[head].isNumber, !verbForms.contains(words[head].key)
        else { return false }
        // A determiner or a possessive opens the word's phrase, with content words only between.
        var i = head - 1
        while i >= max(clause.lowerBound, head - 4) {
            if opens(i) { return true }
            guard content.terms[i] != nil else { return false }
            i -= 1
        }
        return false
    }

    /// Whether word `k` is a participle inside the subject of a later verb (`the passes being printed are the same`):
    /// a noun, `being` and the participle, and a finite verb later in its clause before any join. The participle
    /// describes the noun; what the clause asserts is the later verb.
    static func insideSubject(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        guard k >= 2, words[k - 1].key == "being", content.terms[k - 2] != nil else { return false }
        let clause = content.clause(of: k)
        for i in (k + 1)..<clause.upperBound {
            let key = words[i].key
            if conjunctions.contains(key) || key == "that" { return false }
            if finiteAuxiliaries.contains(key) { return true }
        }
        return false
    }

    /// What a denial whose focus is a name denies of it (`neither Lund nor Brandt signed the lease`): the word after
    /// the name when it is an irregular verb form other than `be` (`took`, `had`), else the first content word after
    /// the focus in the scope that is no name or figure. Nil when the focus is no name or nothing follows it
    /// (`Brandt was not in Harwich`).
    func namedPredicate(_ focus: Int, scope: Range<Int>, clause: Range<Int>, in content: ClaimContent) -> Int? {
        guard let term = content.terms[focus], term.hasPrefix("~") || content.isName(term, in: clause),
            focus + 1 < scope.upperBound
        else { return nil }
        let next = content.words[focus + 1].key
        if verbForms.contains(next), !Opposition.passiveAuxiliaries.contains(next) { return focus + 1 }
        return (focus + 1..<scope.upperBound).first { i in
            content.terms[i].map { !$0.hasPrefix("~") && !$0.hasPrefix("#") && !content.isName($0, in: clause) }
                ?? false
        }
    }

    /// Words that open a relative clause after a noun (`pupils who`, `crews that`).
    static let relativeOpeners: Set<String> = ["that", "who", "which"]

    /// Whether a denial stands in a relative clause that picks out some of a noun (`pupils who had no bus to ride
    /// walked`, `the crews that did not return`): a relative word right after a noun, with no comma between, an
    /// auxiliary or the cue right after it, and the cue within three words. Such a denial says which pupils or
    /// crews are meant; it does not deny the other side's proposition. After a comma (`Brandt, who did not sign`)
    /// the clause tells something of the noun, and is compared.
    static func restricted(_ cue: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        let words = content.words
        guard cue >= 2 else { return false }
        return (max(1, cue - 3)..<cue).contains { j in
            guard relativeOpeners.contains(words[j].key), content.terms[j - 1] != nil,
                !words[j - 1].key.hasSuffix("ed"),
                !content.reportWords.contains(j - 1),
                !scalars.gap(between: words[j - 1], and: words[j], holdsAnyOf: ",;:()")
            else { return false }
            // `her belief that none of it was`: a denial of a noun right after `that` opens a clause of its own.
            return (j + 1 == cue && !determiners.contains(words[cue].key))
                || predicateAuxiliaries.contains(words[j + 1].key)
        }
    }
}
