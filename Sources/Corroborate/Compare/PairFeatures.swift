/// What the rules measured about a pair of claims, as named numbers: the input of the relation model. Each rule
/// that proposes a relation fills in what it knows (which rule it is, how well the two propositions line up, who
/// the subjects are, whether either side hedges or only names a report), and the model weighs them. The names are
/// stored with the model, so a model built for other features is refused rather than misread.
struct PairFeatures: Sendable, Hashable {
    /// The features, in the order the model's weights follow.
    enum Name: String, CaseIterable, Sendable {
        case denial = "rule: denial"
        case refutation = "rule: refutation"
        case opposite = "rule: opposite words"
        case numeric = "rule: different figures"
        case manner = "rule: manner or state"
        case quoteSpeakers = "rule: one quotation, two speakers"
        case sameStatement = "rule: same statement"
        case sameSentence = "rule: same statement, one sentence each"
        case sameFigure = "rule: same figure"
        case cosine = "cosine of the claims"
        case clauseOverlap = "rarity-weighted overlap of the aligned clauses"
        case clauseCoverage = "share of the shorter clause's terms shared"
        case sharedTerms = "terms the clauses share (log)"
        case sharedNames = "names the clauses share"
        case scopeShare = "share of what is denied that the other side says"
        case subjectMatched = "subjects shared"
        case subjectUnknown = "subject unnamed on one side"
        case focusIsName = "what is denied is a name"
        case assertHedged = "the asserting side hedges"
        case denyHedged = "the denying side hedges"
        case assertReportive = "the asserting side names a report"
        case denyReportive = "the denying side names a report"
        case nominal = "a noun is negated"
        case creditedDenial = "the source is credited with a denial"
        case sameSpeaker = "the same speaker on both sides"
        case outletSide = "a side is the outlet's own statement"
        case bothQuoted = "both sides are quotations"
        case figureDifference = "relative difference of the figures"
        case sameCounted = "the figures count the same noun"
        case otherNegation = "the asserting side negates something else"
        case hedgeMismatch = "one side hedges, the other does not"
    }

    static let count = Name.allCases.count
    static let names = Name.allCases.map(\.rawValue)

    var values: [Double]

    init() { values = [Double](repeating: 0, count: PairFeatures.count) }

    subscript(_ name: Name) -> Double {
        get { values[PairFeatures.index[name]!] }
        set { values[PairFeatures.index[name]!] = newValue }
    }

    private static let index: [Name: Int] = Dictionary(
        uniqueKeysWithValues: Name.allCases.enumerated().map { ($1, $0) })

    /// A yes or no, as a feature.
    static func flag(_ value: Bool) -> Double { value ? 1 : 0 }
}
