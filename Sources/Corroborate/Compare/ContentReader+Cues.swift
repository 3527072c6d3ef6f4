import Foundation

/// What the words around a claim say of it, read for the comparison: the words of its sentence before it (where a
/// cue doubts or withholds it), and claims that are only counted things or only name a statement, which a denying
/// verb acts on or points to rather than denies.
extension ContentReader {
    /// Words that count what follows them (`many cases`, `several requests`); `all` and `any` are left out, since
    /// `denied any wrongdoing` and `rejected all the allegations` deny statements.
    static let countingWords: Set<String> = [
        "many", "several", "some", "dozens", "hundreds", "thousands", "numerous", "most", "few", "more",
    ]

    /// Whether a claim is only counted things (`40 cases that involved fraud`, `many unpaid fines`): it opens with a
    /// figure or a counting word, has no verb of its own before a relative word (`300 people died`, `40 were
    /// hurt`, `several boats sank` state something that may be denied; `verbs` are the irregular forms of verbs
    /// past their base, `sank`, `went`), and names no statement (`many of the claims`).
    static func countedThings(_ words: [FrameWord], statements: Set<String>, verbs: Set<String>) -> Bool {
        guard let first = words.first, first.isNumber || countingWords.contains(first.key) else { return false }
        if words.contains(where: { statements.contains($0.key) }) { return false }
        return !verbBeforeRelative(words.dropFirst(), verbs: verbs)
    }

    /// Whether words hold a verb of their own before any relative word (`that`, `which`, `who`, `whose`, `where`):
    /// a finite auxiliary, a word in `-ed` or one of `verbs` (irregular forms past their base). A noun phrase has
    /// none (`40 cases that involved fraud`, `requests for more lifeguards`).
    static func verbBeforeRelative(_ words: ArraySlice<FrameWord>, verbs: Set<String>) -> Bool {
        for word in words {
            if ["that", "which", "who", "whose", "where"].contains(word.key) { break }
            if Opposition.finiteAuxiliaries.contains(word.key) || word.key.hasSuffix("ed") || verbs.contains(word.key) {
                return true
            }
        }
        return false
    }

    /// Whether a claim only names a statement (`the council's claim`, `these reports`): six words at most, one of
    /// them a statement or report noun, no auxiliary and no `that` opening what the statement says. A denial of it
    /// denies what was said elsewhere, not words the claim holds (`Opposition.denial`).
    static func namesStatement(_ words: [FrameWord], statements: Set<String>) -> Bool {
        guard words.count <= 6, words.contains(where: { statements.contains($0.key) }) else { return false }
        return !words.contains { Opposition.finiteAuxiliaries.contains($0.key) || $0.key == "that" }
    }

    /// The words of the claim's sentence before the claim: back to a full stop, question or exclamation mark, or a
    /// line break, at most 240 characters.
    func words(before claim: Claim, in document: Document) -> [FrameWord] {
        guard let start = claim.spans.first?.start, start > 0 else { return [] }
        let scalars = document.scalars
        var from = start
        while from > 0 && start - from < 240 {
            let c = scalars[from - 1]
            if ".!?\n".unicodeScalars.contains(c) { break }
            from -= 1
        }
        return FrameWord.words(in: [TextSpan(from, start)], of: document)
    }
}
