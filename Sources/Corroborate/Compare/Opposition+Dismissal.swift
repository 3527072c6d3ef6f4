import Foundation

/// Reports that the asserting claim throws out itself (issue 28): `fake reports said the mine would close`, `the story
/// that the mayor resigned was made up`, `a hoax claimed the singer was found dead`, `quashed rumours that the mine
/// would close`. Such a claim tells the report only to reject it: it takes the same side as a denial of what the
/// report says, so the pair is no contradiction (and no agreement: the comparison abstains).
extension Opposition {
    /// Whether word `k` of the asserting claim is what a report says that its sentence rejects: a report or statement
    /// noun (`reports`, `claimed`, `the story`) up to fourteen words before it in its sentence, and a rejection word
    /// (`fake`, `hoax`, `false`), a rejection of several words (`made up`) or a verb of dismissal (`dismissals`:
    /// `quashed`, `laughed off`) anywhere in that sentence. When the word's sentence opens the claim, the words before
    /// the claim in its sentence (`lead`, read only then) count too: the attribution's own words (`Fake reports said`,
    /// `the ministry quashed rumours that`).
    func dismissedReport(_ k: Int, in content: ClaimContent, lead: () -> [FrameWord]) -> Bool {
        let sentence = content.sentences.first { $0.contains(k) } ?? 0..<content.words.count
        let before = sentence.lowerBound == 0 ? lead().map(\.key) : []
        let keys = before + content.words[sentence].map(\.key)
        let at = before.count + k - sentence.lowerBound
        let reported = (max(0, at - 14)..<at).contains {
            reportNouns.contains(keys[$0]) || statementNouns.contains(keys[$0])
        }
        guard reported else { return false }
        return keys.indices.contains { j in
            rejectionWords.contains(keys[j]) || dismissalWords.contains(keys[j])
                || rejectionPhrases.contains { phrase in
                    j + phrase.count <= keys.count && phrase.indices.allSatisfy { keys[j + $0] == phrase[$0] }
                }
        }
    }

    /// Whether a rejection word describes the noun at `k` (`a fake bomb`, `a bogus permit`, `a hoax device`), right
    /// before it or before one word that describes it too: a fake thing is no such thing, so the claim does not assert
    /// what a denial of the thing (`there was no bomb`) denies.
    func counterfeit(_ k: Int, in content: ClaimContent) -> Bool {
        let clause = content.clause(of: k)
        return (max(clause.lowerBound, k - 2)..<k).contains { j in
            rejectionWords.contains(content.words[j].key) && (j == k - 1 || content.terms[k - 1] != nil)
        }
    }
}
