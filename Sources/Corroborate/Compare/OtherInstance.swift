/// A claim about another case of what a story tells (issue 28): articles often recall an earlier case of the same
/// kind (`Another ferry sank off Kesso in 2011`; `a storm hit Arnvik last year too, but in its case the sea wall
/// held`). Set against the story's own event, such a claim contradicts nothing and corroborates nothing: a sinking,
/// a rescue or a count of the other case is not the story's. Quotations are still compared for their wording.
///
/// A claim is about another case when
///   - a word that sets a case apart (`otherCaseOpeners`: `another`) opens a sentence or a clause after a comma in
///     its document (`After a pause, another four shots rang out`; not `In another blow to the town`, `blamed one
///     another`), and one of the words that follow it (up to four) names something the other claim speaks of
///     (`Another ferry` against `the ferry`; `Another day of rain` against a claim about a storm is no other storm);
///   - or a phrase that sets its subject's case against another's (`otherCasePhrases`: `in his case`, `in her case`)
///     follows `but` (not `the judge in his case`, nor `In his case, the judge ...` in a court report).
struct OtherInstance: Sendable {
    let openers: Set<String>
    let phrases: PhraseTable<Bool>
    /// Words after an opener read for what it sets apart.
    static let reach = 4

    /// How a claim is about another case.
    enum Case: Sendable, Equatable {
        /// A phrase says so: against any claim of the story's own case.
        case phrase
        /// An opener says so, of the terms after it: against a claim that speaks of one of them.
        case terms(Set<String>)
    }

    init(_ words: ComparisonWords) {
        openers = Set(words.otherCaseOpeners.map(\.folded))
        phrases = PhraseTable(words.otherCasePhrases.map { ($0, true) })
    }

    /// Whether word `k` of a claim opens a sentence or a clause after a comma in its document: read back from the
    /// word past spaces and opening quotation marks (a claim's content may start inside a sentence: `Ola Berg
    /// proposed another lock` credits `another lock` to Ola Berg, and `another` opens no clause there).
    private static func opensClause(_ k: Int, _ content: ClaimContent, _ scalars: ScalarText) -> Bool {
        var p = content.words[k].span.start - 1
        while p >= 0, p < scalars.count, [" ", "\t", "\"", "\u{201C}", "'", "\u{2018}"].contains(scalars[p]) {
            p -= 1
        }
        guard p >= 0, p < scalars.count else { return true }
        return [".", "!", "?", "\n", ":", ","].contains(scalars[p])
    }

    /// How the claim read as `content` is about another case, or nil when it is about the story's.
    func read(_ content: ClaimContent, _ scalars: ScalarText) -> Case? {
        let words = content.words
        guard !words.isEmpty else { return nil }
        // A phrase says so of any claim; it is read first (`Another ferry sank too, but in its case ...`).
        for k in words.indices.dropFirst() where words[k - 1].key == "but" && phrases.match(words, at: k) != nil {
            return .phrase
        }
        guard !openers.isEmpty else { return nil }
        for k in words.indices where openers.contains(words[k].key) && OtherInstance.opensClause(k, content, scalars) {
            let after = (k + 1)..<min(words.count, k + 1 + OtherInstance.reach)
            let terms = Set(
                after.compactMap { $0 < content.terms.count ? content.terms[$0] : nil }.filter { !$0.hasPrefix("#") })
            if !terms.isEmpty { return .terms(terms) }
        }
        return nil
    }

    /// Per claim: how it is about another case, read in parallel chunks.
    func read(_ claims: [Claim], contents: [ClaimContent], documents: [Document]) -> [Case?] {
        (0..<contents.count).inOrderedChunks { part in
            part.map { read(contents[$0], documents[claims[$0].document].scalars) }
        }.flatMap { $0 }
    }

    /// Whether two claims are about different cases: one is about another case (`read`) and the other is not,
    /// and, for an opener, the other speaks of something the opener sets apart.
    static func apart(_ a: Case?, _ contentA: ClaimContent, _ b: Case?, _ contentB: ClaimContent) -> Bool {
        switch (a, b) {
        case (nil, nil), (.some, .some): return false
        case (.phrase, nil), (nil, .phrase): return true
        case (.terms(let terms), nil): return contentB.terms.contains { $0.map(terms.contains) ?? false }
        case (nil, .terms(let terms)): return contentA.terms.contains { $0.map(terms.contains) ?? false }
        }
    }
}
