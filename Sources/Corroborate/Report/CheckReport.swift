import Foundation

/// `check`'s output: terminal text for people, JSON (sorted keys, so the same input gives the same bytes) for
/// programs.
public enum CheckReport {
    public static func text(_ checks: [ClaimCheck]) -> String {
        var out = ""
        for (k, check) in checks.enumerated() {
            if k > 0 { out += "\n" }
            out += "Claim: “\(check.claim)”\n"
            let counts = check.counts.filter { $0.articles > 0 }.map { "\($0.articles) \($0.verdict)" }
            out +=
                "\(check.articles.count) article\(check.articles.count == 1 ? "" : "s"): \(counts.joined(separator: ", "))\n"
            for (label, mentions) in [("Supported by", check.supportedBy), ("Contradicted by", check.contradictedBy)]
            where !mentions.isEmpty {
                let list = mentions.map {
                    "\($0.source) (\($0.kind.rawValue); \($0.documents.joined(separator: ", ")))"
                }
                out += "\(label): \(list.joined(separator: "; "))\n"
            }
            for article in check.articles {
                out += "\n\(article.document)"
                if let title = article.title { out += " (\(title))" }
                out += ": \(article.verdict)"
                out += article.decidedBy == "stance model" ? "" : " (\(article.decidedBy))"
                out += "; stance model: \(article.model.verdict) \(format(article.modelConfidence))\n"
                for item in article.evidence {
                    let verdict = item.stance.verdict.padding(toLength: 12, withPad: " ", startingAt: 0)
                    out += "  \(verdict)\(item.source) (\(item.sourceKind.rawValue)): “\(item.sentence.oneLine)”\n"
                    var why = "rule \(item.rule), \(format(item.score))"
                    if !item.words.isEmpty { why += "; words “\(item.words.oneLine)”" }
                    out += "              \(why)\n"
                }
            }
        }
        return out
    }

    public static func json(_ checks: [ClaimCheck]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Output(checks: checks)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Output: Encodable {
        var checks: [ClaimCheck]
    }
}

extension String {
    /// Line breaks and runs of spaces as one space, for one-line evidence.
    var oneLine: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
