/// What the comparison reads from a claim once, before any pair is looked at: its words with their index terms,
/// the quantities it gives, where it denies or refutes something, whether it reports a change, and which of its
/// words are quoted.
///
/// Its fields live in one shared, copy-on-write box: every claim's content is held from the claims stage to the
/// end of the comparison and handed to each candidate pair it is in, so a copy is one reference count, not one
/// per field, and the run's arrays of contents hold a reference per claim rather than the fields themselves.
struct ClaimContent: Sendable {
    var words: [FrameWord] {
        _read { yield box.fields.words }
        _modify {
            unique()
            yield &box.fields.words
        }
    }
    /// The index term of each word (folded and stemmed), or nil for function words.
    var terms: TermList {
        _read { yield box.fields.terms }
        _modify {
            unique()
            yield &box.fields.terms
        }
    }
    /// Distinct terms with their weight in the claim: names count more than other words.
    var weights: TermWeights {
        _read { yield box.fields.weights }
        _modify {
            unique()
            yield &box.fields.weights
        }
    }
    /// The terms of capitalised words: consonant skeletons (`~mnbj` for both `Manbij` and `Menbij`), so
    /// that spelling variants of one name are one term.
    var skeletons: Set<String> {
        _read { yield box.fields.skeletons }
        _modify {
            unique()
            yield &box.fields.skeletons
        }
    }
    var quantities: [TypedQuantity] {
        _read { yield box.fields.quantities }
        _modify {
            unique()
            yield &box.fields.quantities
        }
    }
    /// Every number the claim gives, counted or not (`seven of them`): a claim that gives the other side's
    /// figure is not contradicting it.
    var numbers: [Int: Double] {
        _read { yield box.fields.numbers }
        _modify {
            unique()
            yield &box.fields.numbers
        }
    }
    /// Denials: the words of the cue and the words it denies (`not` over `the brother of ... Tamsin`).
    var negations: [(cue: Range<Int>, scope: Range<Int>)] {
        _read { yield box.fields.rare.isEmpty ? Rare.none.negations : box.fields.rare[0].negations }
        _modify {
            unique()
            yield &box.fields.someRare.negations
        }
    }
    /// The verb of a claim credited with a denial (`denied` in `The rebels denied any ceasefire`).
    var creditedDenial: String? {
        _read { yield box.fields.rare.isEmpty ? Rare.none.creditedDenial : box.fields.rare[0].creditedDenial }
        _modify {
            unique()
            yield &box.fields.someRare.creditedDenial
        }
    }
    /// A word that rejects the whole statement (`false`, `hoax`, `nothing to do with`).
    var refutation: Range<Int>? {
        _read { yield box.fields.rare.isEmpty ? Rare.none.refutation : box.fields.rare[0].refutation }
        _modify {
            unique()
            yield &box.fields.someRare.refutation
        }
    }
    /// A word that reports a change since an earlier report (`after all`, `no longer`).
    var revision: Range<Int>? {
        _read { yield box.fields.rare.isEmpty ? Rare.none.revision : box.fields.rare[0].revision }
        _modify {
            unique()
            yield &box.fields.someRare.revision
        }
    }
    /// Opposite-class words (`son`, `girl`) by word index.
    var opposites: [(word: Int, classes: [Int])] {
        _read { yield box.fields.rare.isEmpty ? Rare.none.opposites : box.fields.rare[0].opposites }
        _modify {
            unique()
            yield &box.fields.someRare.opposites
        }
    }
    /// Word ranges inside quotation marks; the whole claim for a direct quote without marks.
    var quoted: [Range<Int>] {
        _read { yield box.fields.quoted }
        _modify {
            unique()
            yield &box.fields.quoted
        }
    }
    /// The claim asks rather than states (it ends with a question mark).
    var isQuestion: Bool {
        _read { yield box.fields.isQuestion }
        _modify {
            unique()
            yield &box.fields.isQuestion
        }
    }
    /// Years named (`2010`): figures about another year are another measure.
    var years: Set<Int> {
        _read { yield box.fields.years }
        _modify {
            unique()
            yield &box.fields.years
        }
    }
    /// The claim's sentences as word ranges (a long quotation holds several).
    var sentences: [Range<Int>] {
        _read { yield box.fields.sentences }
        _modify {
            unique()
            yield &box.fields.sentences
        }
    }
    /// The first words of denials that negate a noun (`lack of`, `no one`), from `nominalNegations`.
    var nominalNegations: Set<Int> {
        _read { yield box.fields.rare.isEmpty ? Rare.none.nominalNegations : box.fields.rare[0].nominalNegations }
        _modify {
            unique()
            yield &box.fields.someRare.nominalNegations
        }
    }
    /// The claim's clauses as word ranges: its sentences split at a semicolon, colon or dash and before a
    /// word that opens a clause (`but`, `although`).
    var clauses: [Range<Int>] {
        _read { yield box.fields.clauses }
        _modify {
            unique()
            yield &box.fields.clauses
        }
    }
    /// Words a condition governs (`if the demands were not met`, `whether the pardon holds`).
    var conditional: [Range<Int>] {
        _read { yield box.fields.rare.isEmpty ? Rare.none.conditional : box.fields.rare[0].conditional }
        _modify {
            unique()
            yield &box.fields.someRare.conditional
        }
    }
    /// Positions of hedging words (`reportedly`, `may`, `suspected`).
    var hedges: Set<Int> {
        _read { yield box.fields.hedges }
        _modify {
            unique()
            yield &box.fields.hedges
        }
    }
    /// Where a judgement is withheld (`could not confirm ...`, `it is unclear whether ...`), to the clause's
    /// end.
    var uncertain: [Range<Int>] {
        _read { yield box.fields.rare.isEmpty ? Rare.none.uncertain : box.fields.rare[0].uncertain }
        _modify {
            unique()
            yield &box.fields.someRare.uncertain
        }
    }
    /// Positions of words that name a report rather than make it (`reports`, `claims`, `rumours`).
    var reportWords: Set<Int> {
        _read { yield box.fields.rare.isEmpty ? Rare.none.reportWords : box.fields.rare[0].reportWords }
        _modify {
            unique()
            yield &box.fields.someRare.reportWords
        }
    }
    /// Positions of words an editor put into a quotation: inside square brackets (`[the girls]`), or `sic`.
    var editorial: Set<Int> {
        _read { yield box.fields.rare.isEmpty ? Rare.none.editorial : box.fields.rare[0].editorial }
        _modify {
            unique()
            yield &box.fields.someRare.editorial
        }
    }
    /// Times named (`Saturday`, `Aug. 23`, `last month`), by word position.
    var timeSlots: [Int: TimeSlot] {
        _read { yield box.fields.timeSlots }
        _modify {
            unique()
            yield &box.fields.timeSlots
        }
    }
    /// Positions of words in appositions (`31` and `a resident of Haifa` in `Rosa, 31, a resident of Haifa,
    /// joined`): what is said of a name in passing, not the claim's predicate.
    var appositive: Set<Int> {
        _read { yield box.fields.rare.isEmpty ? Rare.none.appositive : box.fields.rare[0].appositive }
        _modify {
            unique()
            yield &box.fields.someRare.appositive
        }
    }
    /// The content terms of each clause, read once (`clauseTerms[k]` for `clauses[k]`).
    var clauseTerms: [Set<String>] {
        _read { yield box.fields.clauseTerms }
        _modify {
            unique()
            yield &box.fields.clauseTerms
        }
    }
    /// The words of a claim with quotations, as quotations are aligned: read once.
    var alignmentWords: QuoteAlignment.Words? {
        _read { yield box.fields.alignmentWords }
        _modify {
            unique()
            yield &box.fields.alignmentWords
        }
    }

    private var box: Box

    init(
        words: [FrameWord], terms: [String?], weights: [String: Double], skeletons: Set<String>,
        quantities: [TypedQuantity], numbers: [Int: Double], negations: [(cue: Range<Int>, scope: Range<Int>)],
        creditedDenial: String? = nil, refutation: Range<Int>? = nil, revision: Range<Int>? = nil,
        opposites: [(word: Int, classes: [Int])], quoted: [Range<Int>], isQuestion: Bool, years: Set<Int>,
        sentences: [Range<Int>] = [], nominalNegations: Set<Int> = [], clauses: [Range<Int>] = [],
        conditional: [Range<Int>] = [], hedges: Set<Int> = [], uncertain: [Range<Int>] = [], reportWords: Set<Int> = [],
        editorial: Set<Int> = [], timeSlots: [Int: TimeSlot] = [:], appositive: Set<Int> = [],
        clauseTerms: [Set<String>] = [], alignmentWords: QuoteAlignment.Words? = nil
    ) {
        let weights = TermWeights(weights)
        let rare = Rare(
            negations: negations, creditedDenial: creditedDenial, refutation: refutation, revision: revision,
            opposites: opposites, nominalNegations: nominalNegations, conditional: conditional, uncertain: uncertain,
            reportWords: reportWords, editorial: editorial, appositive: appositive)
        box = Box(
            Fields(
                words: words, terms: TermList(terms, weights: weights), weights: weights, skeletons: skeletons,
                quantities: quantities, numbers: numbers, quoted: quoted, isQuestion: isQuestion, years: years,
                sentences: sentences, clauses: clauses, hedges: hedges, timeSlots: timeSlots,
                clauseTerms: clauseTerms, alignmentWords: alignmentWords, rare: rare.isEmpty ? [] : [rare]))
    }

    /// The width of the fields every claim's box holds inline (the rare ones are out of line): what a claim
    /// costs before its arrays, for every claim of a run.
    static var fieldsWidth: Int { MemoryLayout<Fields>.size }

    /// How many fields are kept out of line (`Rare`): with those inline, all the fields the store must write.
    static var rareFieldCount: Int { Mirror(reflecting: Rare.none).children.count }

    /// Gives this content a box of its own before a field changes, if another copy shares it.
    private mutating func unique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    /// The fields, as a plain value.
    private struct Fields {
        var words: [FrameWord]
        var terms: TermList
        var weights: TermWeights
        var skeletons: Set<String>
        var quantities: [TypedQuantity]
        var numbers: [Int: Double]
        var quoted: [Range<Int>]
        var isQuestion: Bool
        var years: Set<Int>
        var sentences: [Range<Int>]
        var clauses: [Range<Int>]
        var hedges: Set<Int>
        var timeSlots: [Int: TimeSlot]
        var clauseTerms: [Set<String>]
        var alignmentWords: QuoteAlignment.Words?
        /// The fields most claims leave empty, in an array of none or one: a claim with none of them holds eight
        /// bytes (the shared empty array) instead of their full width, for every claim of a run.
        var rare: [Rare]

        /// The rare fields for a change: made when the claim has none, and let go again when the change leaves
        /// them all empty.
        var someRare: Rare {
            get { rare.first ?? Rare.none }
            _modify {
                if rare.isEmpty { rare = [Rare.none] }
                yield &rare[0]
                if rare[0].isEmpty { rare = [] }
            }
        }
    }

    /// What few claims have: denials, refutations, revisions, opposite words, conditions and withheld judgements,
    /// report words, an editor's words and appositions.
    private struct Rare: Sendable {
        var negations: [(cue: Range<Int>, scope: Range<Int>)]
        var creditedDenial: String?
        var refutation: Range<Int>?
        var revision: Range<Int>?
        var opposites: [(word: Int, classes: [Int])]
        var nominalNegations: Set<Int>
        var conditional: [Range<Int>]
        var uncertain: [Range<Int>]
        var reportWords: Set<Int>
        var editorial: Set<Int>
        var appositive: Set<Int>

        /// None of the rare fields.
        static let none = Rare(
            negations: [], creditedDenial: nil, refutation: nil, revision: nil, opposites: [], nominalNegations: [],
            conditional: [], uncertain: [], reportWords: [], editorial: [], appositive: [])

        var isEmpty: Bool {
            negations.isEmpty && creditedDenial == nil && refutation == nil && revision == nil && opposites.isEmpty
                && nominalNegations.isEmpty && conditional.isEmpty && uncertain.isEmpty && reportWords.isEmpty
                && editorial.isEmpty && appositive.isEmpty
        }
    }

    /// The box the copies of one content share until one of them changes.
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

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

    /// A word range as quotations are aligned.
    func quoted(_ range: Range<Int>) -> QuoteAlignment.Words {
        alignmentWords.map { $0[range] } ?? QuoteAlignment.Words(quotedKeys(range))
    }
}
