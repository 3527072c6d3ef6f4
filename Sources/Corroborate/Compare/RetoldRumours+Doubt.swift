import Foundation

/// More ways an article shows that a story it retells is not its own (issue 28), besides a denial or a refutation
/// of it: it says the opposite word in its own or a named speaker's voice (`"the mayor was found dead," a website
/// reported` and `but the mayor is alive and well`), it doubts such statements as a whole (`none of the reports
/// could be confirmed`, `it is unclear whether the posts are true`), it asks about the story (`Is the mayor
/// dead?`), or the words that carry the story call their carrier false (`a hoax claimed that`, `the fake post
/// read`).
extension RetoldRumours {
    /// The statement, report or document nouns a claim doubts as a whole (singular keys): a noun inside a withheld
    /// judgement or inside a denial of a verb of checking (`it is unclear whether the posts are true`, `none of the
    /// reports could be confirmed`), or up to three words before one in its clause (`the reports could not be
    /// verified`).
    static func doubtedNouns(_ content: ClaimContent, _ words: Words) -> [String] {
        let nouns = content.words.indices.filter { words.statements.contains(singular(content.words[$0].key)) }
        guard !nouns.isEmpty else { return [] }
        let checked = content.negations.filter { n in
            n.scope.contains { words.verifications.contains(content.words[$0].key) }
        }.map { $0.cue.isEmpty ? $0.scope : $0.cue.lowerBound..<$0.scope.upperBound }
        let doubts = content.uncertain + checked
        return nouns.filter { j in
            doubts.contains { range in
                range.contains(j)
                    || (j < range.lowerBound && range.lowerBound - j <= 3
                        && content.clause(of: j) == content.clause(of: range.lowerBound))
            }
        }.map { singular(content.words[$0].key) }
    }

    /// The statement, report or document nouns that carry a retold claim (singular keys): in its words, in the words
    /// before it in its sentence, or in its source's name (`according to reports`, `the post said`).
    static func carrierNouns(
        _ claim: Claim, _ content: ClaimContent, _ document: Document, _ words: Words
    ) -> Set<String> {
        let named = FrameWord.words(in: claim.sourceSpans, of: document)
        return Set(
            (content.words + lead(claim, document) + named).map { singular($0.key) }.filter {
                words.statements.contains($0)
            })
    }

    /// Whether the words that carry a claim call their carrier false: a source named with a rejection word (`the
    /// fake post`, `a satirical site`), or a rejection word followed, up to three words on with no punctuation
    /// between, by a verb of saying or a report word (`a hoax claimed that`, `the fake post read`) in the claim's
    /// words or the words before it in its sentence.
    static func falseCarrier(
        _ claim: Claim, _ content: ClaimContent, _ document: Document, _ opposition: Opposition, _ words: Words
    ) -> Bool {
        if claim.attribution != nil {
            guard carried(claim, document, words) else { return false }
            let named = FrameWord.words(in: claim.sourceSpans, of: document)
            return named.contains { opposition.rejectionWords.contains($0.key) }
        }
        let scalars = document.scalars
        for stretch in [lead(claim, document), content.words] {
            for (j, word) in stretch.enumerated() where opposition.rejectionWords.contains(word.key) {
                for i in (j + 1)..<min(stretch.count, j + 4) {
                    if scalars.gap(between: stretch[i - 1], and: stretch[i], holdsAnyOf: ",;:()\"\u{201C}\u{201D}") {
                        break
                    }
                    let key = stretch[i].key
                    if words.sayings.contains(key) || words.reports.contains(key) { return true }
                }
            }
        }
        return false
    }

    /// Whether a question of the article asks about a retold claim: the two share two content words at least.
    static func asked(_ terms: Set<String>, by questions: [Set<String>]) -> Bool {
        questions.contains { $0.intersection(terms).count >= 2 }
    }
}
