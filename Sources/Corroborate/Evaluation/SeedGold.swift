import Foundation

/// The hand-made gold standard for the seed articles (`Fixtures/seeds.json`) and how extraction and
/// comparison are measured against it.
public struct SeedGold: Sendable, Decodable {
    public struct GoldAttribution: Sendable, Decodable {
        public var file: String
        public var source: String
        public var canonical: String
        public var kind: String
        public var cue: String
        public var content: String
        public var via: String?
        public var note: String?
    }

    public struct GoldRelation: Sendable, Decodable {
        public struct Side: Sendable, Decodable {
            public var file: String
            public var source: String
            public var evidence: String
        }

        public var id: String
        public var type: String
        public var issue: String
        public var sides: [Side]
        public var expect: String?
    }

    public var attributions: [GoldAttribution]
    public var relations: [GoldRelation]

    public static func load(_ path: String) throws -> SeedGold {
        try JSONDecoder().decode(SeedGold.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// How extraction does against the gold attributions.
    public struct ExtractionScore: Sendable, CustomStringConvertible {
        public var gold = 0
        public var extracted = 0
        public var found = 0
        public var canonicalRight = 0
        public var missed: [GoldAttribution] = []
        public var wrongCanonical: [(gold: GoldAttribution, got: String)] = []
        /// Extracted attributions matching no gold one: `file: source | cue | content`.
        public var extra: [String] = []

        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        public var precision: Double { extracted == 0 ? 0 : Double(found) / Double(extracted) }
        public var canonicalAccuracy: Double { found == 0 ? 0 : Double(canonicalRight) / Double(found) }

        public var description: String {
            var out = "gold \(gold)  extracted \(extracted)  found \(found)\n"
            out +=
                "recall \(String(format: "%.3f", recall))  precision \(String(format: "%.3f", precision))  canonical \(String(format: "%.3f", canonicalAccuracy)) (\(canonicalRight)/\(found))\n"
            for g in missed { out += "missed: \(g.file) \(g.source) | \(g.cue) | \(g.content)\n" }
            for (g, got) in wrongCanonical { out += "canonical: \(g.source) should be \(g.canonical), got \(got)\n" }
            for e in extra { out += "not in gold: \(e)\n" }
            return out
        }
    }

    /// Word tokens, lowercased, for matching contents.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    /// Whether two canonical names denote the same source(s): case-insensitive, members in any order.
    public static func sameCanonical(_ a: String, _ b: String) -> Bool {
        func parts(_ s: String) -> Set<String> {
            Set(s.lowercased().split(separator: "|").map { String($0).trimmingWhitespace() })
        }
        return parts(a) == parts(b)
    }

    /// Matches extracted attributions to gold ones one to one. A gold attribution is found when an extracted
    /// content has word Dice of at least 0.5 with it (the PolNeAR scorer's rule), or holds it whole as one of
    /// its pieces: the gold stops at the first quotation where `"X," he said. "Y."` is one attribution here.
    public func scoreExtraction(_ articles: [ArticleAnalysis]) -> ExtractionScore {
        var score = ExtractionScore(gold: attributions.count)
        var predicted: [(file: String, attribution: Attribution, document: Document)] = []
        for article in articles {
            for a in article.attributions { predicted.append((article.document.name, a, article.document)) }
        }
        score.extracted = predicted.count
        var used = Set<Int>()
        for g in attributions {
            let goldWords = SeedGold.words(g.content)
            var best: (Double, Int)?
            for (i, p) in predicted.enumerated() where p.file == g.file && !used.contains(i) {
                let pw = SeedGold.words(p.attribution.content.text)
                let dice = 2 * Double(goldWords.intersection(pw).count) / Double(max(1, goldWords.count + pw.count))
                let trimmed = g.content.trimmingCharacters(in: "\"“”,. ".unicodeScalars)
                let holds =
                    goldWords.isSubset(of: pw)
                    && p.attribution.content.spans.contains { span in
                        let piece = p.document.text(of: span)
                        return piece.contains(trimmed)
                            || trimmed.contains(piece.trimmingCharacters(in: "\"“”,. ".unicodeScalars))
                    }
                if dice >= 0.5 || holds, best == nil || dice > best!.0 { best = (dice, i) }
            }
            guard let (_, index) = best else {
                score.missed.append(g)
                continue
            }
            used.insert(index)
            score.found += 1
            let got = predicted[index].attribution.canonical?.name ?? "-"
            if SeedGold.sameCanonical(got, g.canonical) {
                score.canonicalRight += 1
            } else {
                score.wrongCanonical.append((g, got))
            }
        }
        for (i, p) in predicted.enumerated() where !used.contains(i) {
            score.extra.append(
                "\(p.file): \(p.attribution.source?.text ?? "-") | \(p.attribution.cue?.text ?? "-") | \(p.attribution.content.text)"
            )
        }
        return score
    }
}

extension SeedGold {
    /// The outcome of one gold relation.
    public struct RelationResult: Sendable {
        public var id: String
        public var expected: String
        public var passed: Bool
        /// The relation that matched, or the one that wrongly related the pair.
        public var relation: String?
    }

    /// Claims standing for one side of a gold relation: same file, same canonical source, overlapping words.
    public func claims(for side: GoldRelation.Side, in analysis: Analysis) -> [Claim] {
        let evidence = SeedGold.words(side.evidence)
        return analysis.claims.filter { claim in
            guard analysis.articles[claim.document].document.name == side.file else { return false }
            let sameSource =
                SeedGold.sameCanonical(claim.source.name, side.source)
                || claim.source.individuals.contains { SeedGold.sameCanonical($0.name, side.source) }
                || (claim.source.kind == .outlet && claim.attribution == nil
                    && side.source.lowercased().contains(claim.source.name.lowercased()))
            guard sameSource else { return false }
            let words = SeedGold.words(claim.text)
            // The evidence may include the source and cue (`The Observatory confirmed these gains`), the claim
            // only the content (`these gains`): most of the shorter one must be in the other.
            return Double(evidence.intersection(words).count) >= 0.6 * Double(min(evidence.count, words.count))
                && evidence.intersection(words).count >= 2
        }
    }

    private static func typeMatches(_ gold: String, _ type: Relation.Kind) -> Bool {
        switch gold {
        case "conflict": return type == .conflict || type == .numericConflict
        case "tension": return type == .tension || type == .conflict
        case "agreement": return type == .agreement
        default: return false
        }
    }

    /// Checks each gold relation: conflicts, tensions and agreements must be found with the right type,
    /// linking at least two of the gold sides; `not-same-event` pairs must share no event; `no-relation`
    /// pairs must share no relation.
    public func relationResults(_ analysis: Analysis) -> [RelationResult] {
        relations.map { gold in
            let sides = gold.sides.map { Set(claims(for: $0, in: analysis).map(\.id)) }
            func linked(_ ids: [String]) -> Int { sides.filter { !$0.isDisjoint(with: ids) }.count }
            switch gold.expect {
            case "not-same-event":
                let shared = analysis.events.first { linked($0.claims) >= 2 && sides.allSatisfy { !$0.isEmpty } }
                return RelationResult(
                    id: gold.id, expected: "not the same event",
                    passed: shared == nil && sides.allSatisfy { !$0.isEmpty }, relation: shared?.id)
            case "no-relation":
                let related = analysis.relations.first { relation in
                    sides.count == 2 && !sides[0].isDisjoint(with: relation.claims)
                        && !sides[1].isDisjoint(with: relation.claims)
                        && !relation.claims.allSatisfy { sides[0].contains($0) && sides[1].contains($0) }
                }
                return RelationResult(
                    id: gold.id, expected: "no relation", passed: related == nil, relation: related?.id)
            default:
                let found = analysis.relations.first {
                    SeedGold.typeMatches(gold.type, $0.type) && linked($0.claims) >= 2
                }
                return RelationResult(id: gold.id, expected: gold.type, passed: found != nil, relation: found?.id)
            }
        }
    }
}
