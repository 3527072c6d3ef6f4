/// Everything one run found, as one value that the HTML, XML, JSON and terminal renderings all read.
public struct Analysis: Sendable {
    public var articles: [ArticleAnalysis]
    public var claims: [Claim]
    public var events: [Event]
    public var relations: [Relation]
    public var sourcing: [SourcingReview]
    /// Inputs that could not be read, with why; the rest were analysed.
    public var problems: [IngestError]
    /// What ingest worked around, by file.
    public var warnings: [(path: String, message: String)]
    /// From a story store: what is new since a point in time (nil reports mark nothing).
    public var novelty: Novelty? = nil
    /// From a story store: people's reviews, by relation id.
    public var reviews: [String: RelationReview] = [:]
    /// From a story store: relations a person marked wrong, left out of `relations` and of every count.
    public var dismissed: [Relation] = []

    /// Contradictions (conflicts, numeric conflicts, tensions), strongest first.
    public var contradictions: [Relation] { relations.filter(\.type.isContradiction) }

    /// All canonical sources with how many claims each made.
    public var sources: [(source: Source, claims: Int)] {
        var counts: [String: (Source, Int)] = [:]
        for claim in claims {
            for individual in claim.source.individuals {
                counts[individual.name, default: (individual, 0)].1 += 1
            }
        }
        return counts.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.name < $1.0.name }.map { ($0.0, $0.1) }
    }

    public func claim(_ id: String) -> Claim? { claimIndex[id].map { claims[$0] } }

    var claimIndex: [String: Int] = [:]
}

/// How one article is sourced: the share of attributed statements, sources by kind, anonymous sourcing,
/// and the claims that rest on one source.
public struct SourcingReview: Sendable, Codable {
    public var document: String
    public var title: String?
    public var outlet: String
    public var statements: Int
    public var attributed: Int
    public var unattributed: Int
    public var directQuotes: Int
    /// Attributed statements by the kind of their source.
    public var byKind: [String: Int]
    /// Canonical sources with their statement counts, most cited first.
    public var sources: [SourceCount]
    public var anonymous: Int
    /// Claims whose events rest on one independent source (or that belong to no corroborated event).
    public var singleSourced: [String]

    public struct SourceCount: Sendable, Codable {
        public var name: String
        public var kind: SourceKind
        public var statements: Int
    }

    public var attributedShare: Double { statements == 0 ? 0 : Double(attributed) / Double(statements) }

    /// Kinds of source with their statement counts, most frequent first (ties by name).
    public var kindsByCount: [(kind: String, statements: Int)] {
        byKind.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
