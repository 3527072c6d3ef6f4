import Foundation

/// Removals (`scrapped the night ferry`, `has done away with the toll`, `the late bus was removed`): a claim that
/// says a thing was taken away states that it is gone, which is what a denial that it is there (`no night ferry
/// will run`) states too. The two agree on the thing's absence, so the denial contradicts nothing.
extension Opposition {
    /// Words that end the phrase a removal verb governs: prepositions that open another phrase, joins of clauses,
    /// report verbs and relative words (`scrapped the toll for lorries`: the lorries are not removed).
    static let removalEnds: Set<String> = removalBreaks.union([
        "to", "for", "from", "with", "by", "after", "before", "during", "into", "in", "on", "at", "over", "that",
        "which", "who", "where", "instead",
    ])

    /// Joins of clauses and report verbs: past one, the words belong to another statement (`the toll was kept,
    /// but the late bus was removed`).
    static let removalBreaks: Set<String> = ["but", "while", "when", "because", "said", "says", "told"]

    /// Auxiliaries of a passive removal (`was scrapped`, `have been removed`, `that were ditched`).
    static let removalAuxiliaries: Set<String> = ["was", "were", "been", "be", "being", "is", "are", "got"]

    /// Auxiliaries of the perfect before a passive one (`have been removed`).
    static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// Whether word `k` is what a removal verb takes away: the verb stands before it in its clause (at most twelve
    /// words, a list of things between them, `scrapped the toll, the night ferry and the late bus`), or after it
    /// in the passive (`the night ferry was removed`, `the buses that were scrapped`).
    func removed(_ k: Int, in content: ClaimContent) -> Bool {
        Opposition.governed(k, by: removalPhrases, within: 12, in: content)
    }

    /// Whether word `k` is what a verb of non-occurrence governs (`postponed the opening`, `stayed away from
    /// work`, `the opening of the bridge was delayed`): the claim says it did not happen, as a denial does. The
    /// active verb stands at most four words before it, the passive one after it in its clause, with no pronoun,
    /// `and` or `though` between, and the verb is no adjective after a determiner: `the delayed ferry reached
    /// Tarsk`, `after the board postponed the vote it approved the line` and `voted, and the opening was delayed`
    /// leave the arrival, the approval and the vote asserted.
    /// A denial of the verb itself (`no flights were cancelled` against `cancelled 40 flights`) is left to stand:
    /// `except` holds the keys of the words the denial governs.
    func unrealised(_ k: Int, in content: ClaimContent, except denied: Set<String>) -> Bool {
        let phrases = unrealisedPhrases.filter { phrase in
            !denied.contains { $0.count >= 4 && Opposition.sameStem($0, phrase[0]) }
        }
        return Opposition.governed(k, by: phrases, within: 4, in: content, strict: true)
    }

    /// Words that end a non-occurrence verb's reach besides `removalEnds`: a new subject or a joined clause.
    static let unrealisedEnds: Set<String> = [
        "and", "though", "although", "it", "they", "he", "she", "we", "i", "you",
    ]

    /// Whether word `k` is governed by one of `phrases`: one ends before it in its clause with at most `reach`
    /// words between, none of them opening another phrase, or a one-word phrase follows it in the passive.
    /// `strict` (verbs of non-occurrence) also ends the reach at `unrealisedEnds`, refuses a participle after a
    /// noun opener (`the delayed ferry`: an adjective, `nounOpeners`).
    static func governed(
        _ k: Int, by phrases: [[String]], within reach: Int, in content: ClaimContent, strict: Bool = false
    ) -> Bool {
        let words = content.words
        let clause = content.clause(of: k)
        func ends(_ i: Int) -> Bool {
            Opposition.removalEnds.contains(words[i].key)
                || (strict && Opposition.unrealisedEnds.contains(words[i].key))
        }
        // Active: a phrase ending before `k`, only the governed phrase between them.
        for start in max(clause.lowerBound, k - 14)..<k {
            for phrase in phrases where start + phrase.count <= k {
                guard phrase.indices.allSatisfy({ words[start + $0].key == phrase[$0] }) else { continue }
                if strict && start > 0 && Opposition.nounOpeners.contains(words[start - 1].key) { continue }
                let end = start + phrase.count
                if !(end..<k).contains(where: ends) && k - end <= reach {
                    return true
                }
            }
        }
        // Passive: a one-word removal right after a passive auxiliary, within twelve words after `k` (`the slots
        // and timetables on the new tram were removed`), with no other finite verb or report verb between: the
        // subject `k` stands in is then the removed thing.
        let to = min(clause.upperBound, k + 14)
        guard k + 2 <= to else { return false }
        return (k + 2..<to).contains { j in
            guard phrases.contains(where: { $0.count == 1 && $0[0] == words[j].key }),
                Opposition.removalAuxiliaries.contains(words[j - 1].key)
            else { return false }
            let auxiliaries = (max(k + 1, j - 3)..<j).filter { i in
                Opposition.removalAuxiliaries.contains(words[i].key)
                    || Opposition.perfectAuxiliaries.contains(words[i].key)
            }
            let from = auxiliaries.first ?? j - 1
            return !(k + 1..<from).contains { i in
                Opposition.finiteAuxiliaries.contains(words[i].key)
                    || Opposition.removalBreaks.contains(words[i].key)
                    || (strict && Opposition.unrealisedEnds.contains(words[i].key))
            }
        }
    }
}
