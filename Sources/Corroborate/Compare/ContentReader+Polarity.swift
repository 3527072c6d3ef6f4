import Foundation

/// Negations that deny nothing (issue 28): one bounded in time right after its verb (`the bridge did not reopen until
/// Friday` says that it reopened, on Friday), one that negates a denial in its own verb group (`the mayor did not
/// deny that the pier was sold`, `never failed to reach the port`), and one with `without` before a verb in `-ing`
/// in its clause (`could not walk to the door without stopping` says he walked, stopping). None is a denial of what
/// follows, and none states it plainly either, so the comparison abstains on them: no contradiction, no agreement.
/// `since` and `before` bound nothing (`has not been seen since Monday` and `no ferry docked before noon` deny), nor
/// does a negation that stands outside the denying verb's group (`the port, not the council, denied that`).
extension ContentReader {
    /// Negation words that negate by themselves, not as a verb of denial or lack (`not`, `never`, `no one`); with
    /// the contractions in `n't`, what `negatedNegation` looks for before a verbal negation.
    static let plainNegations: Set<String> = [
        "not", "never", "no", "none", "nothing", "nobody", "neither", "nor", "nowhere", "cannot",
    ]

    /// Words that may stand between a negation and the verb it governs inside one verb group: auxiliaries and a
    /// few adverbs (`could not have denied`, `never once denied`, `has not yet denied`); adverbs in `-ly` count too.
    static let verbGroupWords: Set<String> = [
        "have", "has", "had", "be", "been", "is", "was", "were", "are", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "yet", "once", "ever", "even", "still",
    ]

    /// Whether a word is a plain negation: a word of `plainNegations` or a contraction in `n't`.
    static func isPlainNegation(_ word: FrameWord) -> Bool {
        plainNegations.contains(word.key) || word.key.hasSuffix("n't") || word.key.hasSuffix("n’t")
    }

    /// Whether a word may stand inside a verb group between a negation and its verb (`verbGroupWords`, `-ly`).
    static func inVerbGroup(_ word: FrameWord) -> Bool {
        verbGroupWords.contains(word.key) || (word.key.count > 4 && word.key.hasSuffix("ly"))
    }

    /// Whether a negation is bounded in time: `until` or `till` (`timeLimits`) in its scope, which ends at any
    /// comma or new clause, eight words on at most (`did not reopen until Friday`, `was not reopened till May`,
    /// `won't be selling the watch until then` tell when, not whether: the thing happens then), or `never before`
    /// (`has never before flooded` says this is the first time, which a flood reported for another year contradicts
    /// and one reported now does not: so neither). `since` and `before` bound nothing (`has not been seen since
    /// Monday`, `did not dock before noon` deny).
    func bounded(_ words: [FrameWord], negation: Range<Int>, scope: Range<Int>) -> Bool {
        if words[negation.lowerBound].key == "never", let first = scope.first, words[first].key == "before" {
            return true
        }
        return scope.contains { timeLimits.contains(words[$0].key) }
    }

    /// Whether a negation at word `i` is a command: `don't` or `do not` with no subject of its own, opening a
    /// quotation (`'Don't shoot,' he said`) or what follows a colon, or right after a verb of calling
    /// (`commandVerbs`: `saying "don't shoot"`, `shouted do not move`). `they don't`, `I do not` have their subject
    /// and state, `"Don't you know ...?"` asks; a closing quotation mark (`the "zone" do not have water`) opens
    /// nothing.
    func commands(_ words: [FrameWord], at i: Int, scalars: ScalarText) -> Bool {
        var first = i
        if words[i].key == "not", i > 0, words[i - 1].key == "do" {
            first = i - 1
        } else if !["don't", "dont"].contains(words[i].key) {
            return false
        }
        // `Don't you know ...?` asks: a pronoun after the verb is its subject.
        if i + 1 < words.count, ["you", "we", "they", "i", "he", "she", "it"].contains(words[i + 1].key) {
            return false
        }
        if first > 0 && commandVerbs.contains(words[first - 1].key) { return true }
        var k = words[first].span.start - 1
        while k >= 0, scalars[k] == " " || scalars[k] == "\t" { k -= 1 }
        guard k >= 0 else { return false }
        if scalars[k] == ":" || scalars[k] == "\u{201C}" || scalars[k] == "\u{2018}" { return true }
        // A straight quotation mark opens a quotation when a space or the start comes before it.
        guard scalars[k] == "\"" || scalars[k] == "'" else { return false }
        return k == 0 || scalars[k - 1] == " " || scalars[k - 1] == "\n" || scalars[k - 1] == "("
    }

    /// Whether a plain negation opens a negated infinitive (`not to`, `never to`) that a verb of asking or telling
    /// governs, up to eight words before it with no punctuation between, in the claim or just before it, where the
    /// attribution's cue stands (`requestVerbs`: `pleading with guards at the depot not to shoot`, `urged residents
    /// not to drink the water`, `told the crew not to sail`): what someone is asked not to do is neither denied nor
    /// said to have happened. Another verb, `that` or a conjunction between ends the search (`told parliament the
    /// army chose not to fire`, `told families the pilot was not to blame`, `sent it to Tarrow but not to Quellby`).
    func requested(_ words: [FrameWord], at i: Int, before: [FrameWord], scalars: ScalarText) -> Bool {
        guard ["not", "never"].contains(words[i].key), i + 2 < words.count, words[i + 1].key == "to",
            !words[i + 2].isNumber, !AttributionExtractor.determiners.contains(words[i + 2].key)
        else { return false }
        // The claim's words before the negation, then the words before the claim, nearest first.
        let preceding = Array(words[..<i].reversed()) + before.reversed()
        var next = words[i]
        for word in preceding.prefix(8) {
            if scalars.gap(between: word, and: next, holdsAnyOf: ",;:.!?()\"“”") { return false }
            let key = word.key
            if requestVerbs.contains(key) { return true }
            if ["that", "but", "and", "or"].contains(key) || Opposition.finiteAuxiliaries.contains(key)
                || key.hasSuffix("ed") || verbForms.contains(key)
            {
                return false
            }
            next = word
        }
        return false
    }

    /// Verbs of dismissal, whose object `judgedAs` reads: `dismissed X as Y` may judge X rather than deny it.
    static let dismissals: Set<String> = [
        "dismissed", "dismisses", "dismiss", "dismissing", "rejected", "rejects", "reject", "rejecting",
    ]

    /// Whether a verb of dismissal (`dismissals`) judges what it governs rather than denies it: `as` after its object
    /// in `scope`, which ends at a comma or `that`, before a word that calls nothing false (`dismissed a scan of his
    /// lungs as normal`, `rejected the budget as too small`), with no noun of statement or report before `as`
    /// (`dismissed the reports as a distraction` denies the reports). A thing dismissed `as` a falsehood (`as false`,
    /// `as a hoax`, `as completely false`, `as doctored`: `refutations`, `debunks`) is denied, and `as` in a figure or
    /// a time (`as many as`, `as soon as`, `as reported`) is no judgement.
    func judgedAs(_ words: [FrameWord], scope: Range<Int>, scalars: ScalarText) -> Bool {
        var a: Int?
        for k in scope {
            if k > scope.lowerBound,
                words[k].key == "that" || scalars.gap(between: words[k - 1], and: words[k], holdsAnyOf: ",;:()")
            {
                break
            }
            if words[k].key == "as" {
                a = k
                break
            }
        }
        guard let a, a > scope.lowerBound, a + 1 < words.count,
            !ContentReader.asPhrases.contains(words[a + 1].key)
        else { return false }
        if (scope.lowerBound..<a).contains(where: { statementWords.contains(words[$0].key) }) { return false }
        var k = a + 1
        while k < words.count {
            if refutations.match(words, at: k) != nil || debunks.match(words, at: k) != nil { return false }
            let key = words[k].key
            guard ContentReader.judgementOpeners.contains(key) || (key.count > 4 && key.hasSuffix("ly")) else { break }
            k += 1
        }
        return k < words.count
    }

    /// Words that may open what a thing is judged `as` before the judgement itself (`as a mere rumour`).
    static let judgementOpeners: Set<String> = ["a", "an", "the", "being", "merely", "just", "simply", "pure", "mere"]

    /// Words after `as` that make it no judgement (`as many as`, `as soon as`, `as reported`, `as well`).
    static let asPhrases: Set<String> = [
        "many", "much", "few", "little", "soon", "long", "far", "well", "reported", "expected", "usual", "part",
        "such", "if", "though", "of", "to", "for", "in", "at",
    ]

    /// Whether a negation's clause holds `without` before a verb in `-ing` (`could not walk to the door without
    /// stopping`, not `without anything` nor one of `nouns`, the nouns in `-ing`): the two negations say what the
    /// first alone would deny, so the comparison abstains on it. `without` before a noun may belong to
    /// it (`did not treat patients without insurance`) or state a manner the other side may deny (`did not pass the
    /// budget without changes`), so it leaves the denial.
    static func exceptive(_ words: [FrameWord], scope: Range<Int>, nouns: Set<String>) -> Bool {
        scope.contains { j in
            guard words[j].key == "without", j + 1 < scope.upperBound else { return false }
            let next = words[j + 1].key
            return next.count >= 5 && next.hasSuffix("ing") && !next.hasSuffix("thing") && !nouns.contains(next)
        }
    }

    /// Whether a negation is a negative subject over a comparison: `no one`, `nobody`, `nothing`, `none` or `no`
    /// with `than` after a comparative up to three words before it in its scope (`no one has died more times than
    /// the general`, `nothing is more urgent than the dam`); not `than` before a figure (`none of the more than 300
    /// workers`, `more than a dozen`: a count), nor a plain `not` (`the dam is not higher than the weir` denies the
    /// comparison the other side makes). What is denied is that anything else compares, not what the other side says
    /// of either thing, so the comparison abstains on it.
    func comparing(_ words: [FrameWord], negation: Range<Int>, scope: Range<Int>) -> Bool {
        guard ContentReader.negativeSubjects.contains(words[negation.lowerBound].key) else { return false }
        return scope.contains { j in
            guard words[j].key == "than",
                (max(scope.lowerBound, j - 3)..<j).contains(where: { comparatives.contains(words[$0].key) })
            else { return false }
            guard j + 1 < words.count else { return true }
            let next = words[j + 1].key
            return next.first?.isNumber != true && quantities.numberWords[next] == nil && !["a", "an"].contains(next)
        }
    }

    /// Negations that stand as a clause's subject or its determiner: over a comparison they deny that anything
    /// else compares.
    static let negativeSubjects: Set<String> = ["no", "nobody", "nothing", "none", "neither"]

    /// Whether the negation at word `i` is a verb of denial or lack (`deny`, `ruled out`, `failed to`, `lack`) that
    /// the plain negation before it negates in one verb group: the previous denial's cue ends right before it, or
    /// one auxiliary or adverb before it, and its scope holds it (`did not deny`, `no one denies`, `never once
    /// failed to`).
    static func negatedNegation(
        _ words: [FrameWord], at i: Int, under previous: (Range<Int>, Range<Int>)?
    ) -> Bool {
        guard let (cue, scope) = previous, !cue.isEmpty, !isPlainNegation(words[i]) else { return false }
        let adjacent = i == cue.upperBound || (i == cue.upperBound + 1 && inVerbGroup(words[cue.upperBound]))
        return scope.contains(i) && adjacent && isPlainNegation(words[cue.upperBound - 1])
    }

    /// Whether a plain negation stands in the verb group of the denying word at `k` of the words before a claim,
    /// with no punctuation between: right before it (`did not deny that`, `nobody disputes that`, `no one denies
    /// that`) or with one auxiliary or adverb between (`could not have denied`, `never once disputed`). A negation
    /// elsewhere (`the port, not the council, denied`, `No, the port denied`) leaves the denial.
    static func negatedCue(_ before: [FrameWord], at k: Int, scalars: ScalarText) -> Bool {
        // No punctuation between word `j` and the next one.
        func joined(_ j: Int) -> Bool {
            let (from, to) = (before[j].span.end, before[j + 1].span.start)
            guard from < to, to <= scalars.count else { return true }
            return !scalars[from..<to].contains { ".;:!?,()\u{2014}".unicodeScalars.contains($0) }
        }
        guard k >= 1, joined(k - 1) else { return false }
        if isPlainNegation(before[k - 1]) { return true }
        guard k >= 2, joined(k - 2) else { return false }
        if before[k - 2].key == "no" && before[k - 1].key == "one" { return true }
        return isPlainNegation(before[k - 2]) && inVerbGroup(before[k - 1])
    }
}
