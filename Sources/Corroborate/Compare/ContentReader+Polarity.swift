import Foundation

/// Negations that deny nothing (issue 28): one bounded in time (`the bridge did not reopen until Friday` says that it
/// reopened, on Friday; `will not reopen before Friday`) and one that negates a negation (`the mayor did not deny that the pier was sold`, `never
/// failed to reach the port`). Neither is a denial of what follows, and neither states it plainly either, so the
/// comparison abstains on both: no contradiction, no agreement.
extension ContentReader {
    /// Negation words that negate by themselves, not as a verb of denial or lack (`not`, `never`, `no one`); with
    /// the contractions in `n't`, what `negatedNegation` looks for before a verbal negation.
    static let plainNegations: Set<String> = [
        "not", "never", "no", "none", "nothing", "nobody", "neither", "nor", "nowhere", "cannot",
    ]

    /// Whether a word is a plain negation: a word of `plainNegations` or a contraction in `n't`.
    static func isPlainNegation(_ word: FrameWord) -> Bool {
        plainNegations.contains(word.key) || word.key.hasSuffix("n't") || word.key.hasSuffix("n’t")
    }

    /// Whether a negation's scope holds a word that bounds it in time (`timeLimits`: `until`, `till`), or one that
    /// bounds it before a date (`dateLimits`: `before`, `since`, then a figure, a weekday, a month or a word of
    /// `dateWords`): `did not reopen until Friday`, `will not reopen before Friday`, `has not been seen since May`
    /// tell when, not whether. `was not inspected before it sank` denies the inspection.
    func bounded(_ words: [FrameWord], scope: Range<Int>) -> Bool {
        scope.contains { j in
            if timeLimits.contains(words[j].key) { return true }
            guard dateLimits.contains(words[j].key), j + 1 < words.count else { return false }
            let next = words[j + 1]
            return next.isNumber || CalendarDate.weekdayNames[next.key] != nil
                || CalendarDate.monthNames[next.key] != nil || ContentReader.dateWords.contains(next.key)
        }
    }

    /// Words that open a date after `before` or `since` (`before noon`, `since last year`).
    static let dateWords: Set<String> = [
        "then", "now", "noon", "midnight", "dawn", "today", "tomorrow", "tonight", "yesterday", "next", "last", "this",
    ]

    /// Whether the negation at word `i` is a verb of denial or lack (`deny`, `ruled out`, `failed to`, `lack`) that
    /// the plain negation before it negates: the previous denial's cue ends at most two words before it and its
    /// scope holds it (`did not deny`, `no one denies`, `never failed to`).
    static func negatedNegation(
        _ words: [FrameWord], at i: Int, under previous: (Range<Int>, Range<Int>)?
    ) -> Bool {
        guard let (cue, scope) = previous, !cue.isEmpty, !isPlainNegation(words[i]) else { return false }
        return scope.contains(i) && i - cue.upperBound <= 2 && isPlainNegation(words[cue.upperBound - 1])
    }

    /// Whether a plain negation stands up to three words before the denying word at `k` of the words before a
    /// claim (`did not deny that`, `has never disputed that`, `no one denies that`).
    static func negatedCue(_ before: [FrameWord], at k: Int) -> Bool {
        (max(0, k - 3)..<k).contains { isPlainNegation(before[$0]) }
    }
}
