/// What the comparison reads from a claim once, before any pair is looked at: its words with their index terms,
/// the quantities it gives, where it denies or refutes something, whether it reports a change, and which of its
/// words are quoted.
struct ClaimContent: Sendable {
    var words: [FrameWord]
    /// The index term of each word (folded and stemmed), or nil for function words.
    var terms: [String?]
    /// Distinct terms with their weight in the claim: names count more than other words.
    var weights: [String: Double]
    /// The terms of capitalised words: consonant skeletons (`~mnbj` for both `Manbij` and `Menbij`), so that
    /// spelling variants of one name are one term.
    var skeletons: Set<String>
    var quantities: [TypedQuantity]
    /// Every number the claim gives, counted or not (`seven of them`): a claim that gives the other side's
    /// figure is not contradicting it.
    var numbers: [Int: Double]
    /// Denials: the words of the cue and the words it denies (`not` over `the brother of ... Tamsin`).
    var negations: [(cue: Range<Int>, scope: Range<Int>)]
    /// The verb of a claim credited with a denial (`denied` in `The rebels denied any ceasefire`).
    var creditedDenial: String?
    /// A word that rejects the whole statement (`false`, `hoax`, `nothing to do with`).
    var refutation: Range<Int>?
    /// A word that reports a change since an earlier report (`after all`, `no longer`).
    var revision: Range<Int>?
    /// Opposite-class words (`son`, `girl`) by word index.
    var opposites: [(word: Int, classes: [Int])]
    /// Word ranges inside quotation marks; the whole claim for a direct quote without marks.
    var quoted: [Range<Int>]
    /// The claim asks rather than states (it ends with a question mark).
    var isQuestion: Bool
    /// Years named (`2010`): figures about another year are another measure.
    var years: Set<Int>
    /// The claim's sentences as word ranges (a long quotation holds several).
    var sentences: [Range<Int>] = []
    /// The first words of denials that negate a noun (`lack of`, `no one`), from `nominalNegations`.
    var nominalNegations: Set<Int> = []
    /// The claim's clauses as word ranges: its sentences split at a semicolon, colon or dash and before a word
    /// that opens a clause (`but`, `although`).
    var clauses: [Range<Int>] = []
    /// Words a condition governs (`if the demands were not met`, `whether the pardon holds`).
    var conditional: [Range<Int>] = []
    /// Positions of hedging words (`reportedly`, `may`, `suspected`).
    var hedges: Set<Int> = []
    /// Where a judgement is withheld (`could not confirm ...`, `it is unclear whether ...`), to the clause's end.
    var uncertain: [Range<Int>] = []
    /// Positions of words that name a report rather than make it (`reports`, `claims`, `rumours`).
    var reportWords: Set<Int> = []
    /// Positions of words an editor put into a quotation: inside square brackets (`[the girls]`), or `sic`.
    var editorial: Set<Int> = []
    /// Times named (`Saturday`, `Aug. 23`, `last month`), by word position.
    var timeSlots: [Int: TimeSlot] = [:]
    /// Positions of words in appositions (`31` and `a resident of Haifa` in `Rosa, 31, a resident of Haifa,
    /// joined`): what is said of a name in passing, not the claim's predicate.
    var appositive: Set<Int> = []

    /// The clause holding word `k` (the whole claim when clauses are unknown).
    func clause(of k: Int) -> Range<Int> {
        clauses.first { $0.contains(k) } ?? 0..<words.count
    }

    /// Whether word `k` is governed by a condition or lies where a judgement is withheld: such a word is neither
    /// asserted nor denied.
    func isUncommitted(_ k: Int) -> Bool {
        conditional.contains { $0.contains(k) } || uncertain.contains { $0.contains(k) }
    }

    /// Whether a word range holds a hedge.
    func isHedged(_ range: Range<Int>) -> Bool { hedges.contains { range.contains($0) } }

    /// Whether word `i` lies inside a denial's scope.
    func isDenied(_ i: Int) -> Bool { negations.contains { $0.scope.contains(i) } }

    /// The content terms of each clause, read once (`clauseTerms[k]` for `clauses[k]`).
    var clauseTerms: [Set<String>] = []

    /// The distinct terms of a word range, figures left out; a clause's are read once.
    func contentTerms(in range: Range<Int>) -> Set<String> {
        if let k = clauses.firstIndex(of: range), k < clauseTerms.count { return clauseTerms[k] }
        return termSet(in: range)
    }

    private func termSet(in range: Range<Int>) -> Set<String> {
        Set(range.compactMap { terms[$0] }.filter { !$0.hasPrefix("#") })
    }

    /// The content terms of the sentences that overlap `range`, and how many of them `other` uses too: the local
    /// evidence that a denial is about what the other claim says when the claims as wholes are long.
    func localOverlap(_ range: Range<Int>, with other: ClaimContent) -> (shared: [String], total: Int) {
        var local = Set<String>()
        for sentence in sentences where sentence.overlaps(range) || sentence.contains(range.lowerBound) {
            local.formUnion(contentTerms(in: sentence))
        }
        let theirs = Set(other.terms.compactMap { $0 })
        return (local.filter { theirs.contains($0) }.sorted(), local.count)
    }

    /// The quoted words' terms in order (function words kept, for alignment).
    func quotedKeys(_ range: Range<Int>) -> [String] { words[range].map(\.key) }

    /// The words of a claim with quotations, as quotations are aligned: read once.
    var alignmentWords: QuoteAlignment.Words?

    /// A word range as quotations are aligned.
    func quoted(_ range: Range<Int>) -> QuoteAlignment.Words {
        alignmentWords.map { $0[range] } ?? QuoteAlignment.Words(quotedKeys(range))
    }
}
