/// Plain-text renderings for the terminal: the contradictions with both sources and their exact words, and the
/// sourcing review as aligned tables. Colour only when asked (the CLI asks only on a terminal).
public struct TerminalReport: Sendable {
    public var color: Bool
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = width
    }

    private func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    private func red(_ s: String) -> String { color ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
    private func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    /// Text from an article or a file name, with its control characters made visible (see `ControlCharacters`).
    private func e(_ s: String) -> String { ControlCharacters.escaped(s) }

    /// `corroborate conflicts`: contradictions, strongest first, each with both sources and their words.
    public func conflicts(_ analysis: Analysis) -> String {
        let list = analysis.contradictions
        var out = ""
        if list.isEmpty {
            out +=
                "No contradictions found among \(analysis.claims.count) claims in \(analysis.articles.count) articles.\n"
            return out
        }
        out +=
            bold(
                "\(list.count) contradiction\(list.count == 1 ? "" : "s") among \(analysis.claims.count) claims in \(analysis.articles.count) articles, strongest first"
            ) + "\n"
        for relation in list {
            out +=
                "\n" + red("\(relation.id) \(relation.type.rawValue.uppercased())")
                + "  score \(format(relation.score))  rule: \(relation.rule)\n"
            for side in relation.evidence {
                let claim = analysis.claim(side.claim)
                out += "  \(bold(e(side.source))) (\(side.sourceKind.label)), \(e(side.document)):\n"
                out += "    words: “\(e(side.words))”\n"
                if let claim {
                    out += "    claim: " + wrap(claim.text, indent: 11) + "\n"
                }
            }
            out += "  why: " + wrap(relation.explanation, indent: 7) + "\n"
        }
        return out
    }

    /// `corroborate sources`: the sourcing review of each article as aligned tables.
    public func sources(_ analysis: Analysis) -> String {
        var out = ""
        for review in analysis.sourcing {
            out += bold(e(review.document)) + (review.title.map { "  \(e($0))" } ?? "") + "\n"
            out += "  outlet: \(e(review.outlet))\n"
            out +=
                "  statements: \(review.statements)   attributed: \(review.attributed) (\(percent(review.attributedShare)))   "
            out +=
                "unattributed: \(review.unattributed)   direct quotes: \(review.directQuotes)   anonymous: \(review.anonymous)\n"
            if !review.byKind.isEmpty {
                out +=
                    "  by kind: "
                    + review.kindsByCount
                    .map { "\($0.kind) \($0.statements)" }.joined(separator: ", ") + "\n"
            }
            if !review.sources.isEmpty {
                let nameWidth = min(44, review.sources.map(\.name.count).max() ?? 10)
                let kindWidth = review.sources.map(\.kind.label.count).max() ?? 8
                out += "  " + pad("source", nameWidth) + "  " + pad("kind", kindWidth) + "  statements\n"
                for source in review.sources {
                    out +=
                        "  " + pad(e(source.name), nameWidth) + "  " + pad(source.kind.label, kindWidth) + "  "
                        + "\(source.statements)\n"
                }
            }
            if !review.singleSourced.isEmpty {
                out += "  single-sourced claims: \(review.singleSourced.joined(separator: ", "))\n"
            }
            out += "\n"
        }
        if !analysis.events.isEmpty {
            out += bold("Corroboration by event") + "\n"
            let labelWidth = min(60, analysis.events.map(\.label.count).max() ?? 10)
            out += "  " + pad("event", labelWidth) + "  sources  note\n"
            for event in analysis.events.sorted(by: {
                $0.independentSources != $1.independentSources
                    ? $0.independentSources > $1.independentSources : $0.id < $1.id
            }) {
                let note = event.crossSide ? "opposing sides agree" : event.singleSourced ? "single source" : ""
                out +=
                    "  " + pad(e(event.label), labelWidth) + "  " + pad("\(event.independentSources)", 7) + "  " + note
                    + "\n"
            }
        }
        return out
    }

    private func pad(_ s: String, _ width: Int) -> String {
        let shown = s.count > width ? String(s.prefix(width - 1)) + "…" : s
        return shown + String(repeating: " ", count: max(0, width - shown.count))
    }

    private func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    private func format(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// Wraps text to the width, continuing lines at `indent`.
    func wrap(_ text: String, indent: Int) -> String {
        var lines: [String] = []
        var line = ""
        let limit = max(40, width - indent)
        for word in ControlCharacters.escaped(text.collapsingWhitespace()).split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > limit {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
