/// What `check` found for one claim: a verdict per article with the sentences that decide it, and who supports
/// and who contradicts the claim across all of them.
public struct ClaimCheck: Sendable, Codable {
    public var claim: String
    public var articles: [ArticleVerdict]
    /// Sources whose statements support the claim, with the articles they are quoted in.
    public var supportedBy: [SourceMention]
    /// Sources whose statements contradict it.
    public var contradictedBy: [SourceMention]

    /// How many articles got each verdict, in the order supports, contradicts, discusses, unrelated.
    public var counts: [(verdict: String, articles: Int)] {
        Stance.allCases.map { stance in (stance.verdict, articles.filter { $0.stance == stance }.count) }
    }

    public struct SourceMention: Sendable, Codable, Hashable {
        public var source: String
        public var kind: SourceKind
        public var documents: [String]
    }
}

/// One article's verdict on a claim.
public struct ArticleVerdict: Sendable, Codable {
    public var document: String
    public var title: String?
    public var outlet: String
    /// The verdict: from the evidence when a rule found some, else the stance model's.
    public var stance: Stance
    /// `evidence` when rules decided, `stance model` otherwise; `sources disagree` when evidence goes both ways.
    public var decidedBy: String
    /// The stance model's own reading of the whole article, with its probability.
    public var model: Stance
    public var modelConfidence: Double
    /// The sentences that decide the verdict, strongest first.
    public var evidence: [CheckEvidence]

    /// The verdict as printed (supports, contradicts, discusses, unrelated).
    public var verdict: String { stance.verdict }
}

/// A sentence of an article that bears on the claim: what it says about it, who says it, and why.
public struct CheckEvidence: Sendable, Codable, Hashable {
    /// supports, contradicts or discusses.
    public var stance: Stance
    public var source: String
    public var sourceKind: SourceKind
    /// The claim of the article the sentence carries (`c12`), when it is one.
    public var claim: String?
    public var sentence: String
    public var span: TextSpan
    /// The words that decide, as written in the article.
    public var words: String
    /// The rule that fired (`denial`, `manner: unopposed vs contested`, `stance model: best sentence`).
    public var rule: String
    public var score: Double
    public var explanation: String
}
