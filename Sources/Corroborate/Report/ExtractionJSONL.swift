/// One attribution per line as JSON: the extraction contract scored by `score_attributions.py`.
/// `{"document", "source", "cue", "content", "canonical", "kind", ...}`, each role as `{"text", "spans"}` with
/// Unicode scalar offsets, end exclusive. Written by hand (a line is small and regular), which is several times
/// faster than `JSONEncoder` on large corpora.
public enum ExtractionJSONL {
    /// The lines for one article, each ending in a newline.
    public static func lines(for article: ArticleAnalysis) -> String {
        var out = ""
        for a in article.attributions {
            var fields: [(String, String)] = [
                ("canonical", a.canonical.map { string($0.name) } ?? "null"),
                ("content", role(a.content)),
                ("cue", a.cue.map(role) ?? "null"),
                ("direct_quote", a.isDirectQuote ? "true" : "false"),
                ("document", string(article.document.path)),
                ("hedges", "[" + a.hedges.map(string).joined(separator: ",") + "]"),
                ("kind", a.canonical.map { string($0.kind.rawValue) } ?? "null"),
                ("rule", string(a.rule)),
                ("source", a.source.map(role) ?? "null"),
            ]
            if let members = a.canonical?.members {
                fields.append(("members", "[" + members.map { string($0.name) }.joined(separator: ",") + "]"))
            }
            if let side = a.canonical?.side { fields.append(("side", string(side))) }
            if let via = a.via { fields.append(("via", role(via))) }
            if let viaSource = a.viaCanonical {
                fields.append(("via_canonical", string(viaSource.name)))
                fields.append(("via_kind", string(viaSource.kind.rawValue)))
            }
            fields.sort { $0.0 < $1.0 }
            out += "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}\n"
        }
        return out
    }

    static func role(_ role: Role) -> String {
        let spans = role.spans.map { "[\($0.start),\($0.end)]" }.joined(separator: ",")
        return "{\"spans\":[\(spans)],\"text\":\(string(role.text))}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        // Most texts need no escaping: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
