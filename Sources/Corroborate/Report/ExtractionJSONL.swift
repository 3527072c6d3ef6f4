import Foundation

/// One attribution per line as JSON: the extraction contract scored by `score_attributions.py`.
/// `{"document", "source", "cue", "content", "canonical", "kind", ...}` with Unicode scalar offsets.
public enum ExtractionJSONL {
    struct Line: Encodable {
        var document: String
        var source: Role?
        var cue: Role?
        var content: Role
        var canonical: String?
        var kind: String?
        var side: String?
        var members: [String]?
        var via: Role?
        var viaCanonical: String?
        var viaKind: String?
        var rule: String
        var directQuote: Bool
        var hedges: [String]

        enum CodingKeys: String, CodingKey {
            case document, source, cue, content, canonical, kind, side, members, via
            case viaCanonical = "via_canonical"
            case viaKind = "via_kind"
            case rule
            case directQuote = "direct_quote"
            case hedges
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(document, forKey: .document)
            try c.encode(source, forKey: .source)
            try c.encode(cue, forKey: .cue)
            try c.encode(content, forKey: .content)
            try c.encode(canonical, forKey: .canonical)
            try c.encode(kind, forKey: .kind)
            try c.encodeIfPresent(side, forKey: .side)
            try c.encodeIfPresent(members, forKey: .members)
            try c.encodeIfPresent(via, forKey: .via)
            try c.encodeIfPresent(viaCanonical, forKey: .viaCanonical)
            try c.encodeIfPresent(viaKind, forKey: .viaKind)
            try c.encode(rule, forKey: .rule)
            try c.encode(directQuote, forKey: .directQuote)
            try c.encode(hedges, forKey: .hedges)
        }
    }

    /// The lines for one article, each ending in a newline.
    public static func lines(for article: ArticleAnalysis) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for attribution in article.attributions {
            let line = Line(
                document: article.document.path, source: attribution.source, cue: attribution.cue,
                content: attribution.content, canonical: attribution.canonical?.name,
                kind: attribution.canonical?.kind.rawValue, side: attribution.canonical?.side,
                members: attribution.canonical?.members?.map(\.name), via: attribution.via,
                viaCanonical: attribution.viaCanonical?.name, viaKind: attribution.viaCanonical?.kind.rawValue,
                rule: attribution.rule, directQuote: attribution.isDirectQuote, hedges: attribution.hedges)
            if let data = try? encoder.encode(line), let text = String(data: data, encoding: .utf8) {
                out += text + "\n"
            }
        }
        return out
    }
}
