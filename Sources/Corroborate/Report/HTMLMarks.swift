/// What a story store adds to the HTML report, kept apart from `HTMLReport` so that the page's layout can change
/// without touching it: the "new since" summary, a `new` badge on relations, reviews, and the relations people
/// dismissed.
enum HTMLMarks {
    /// The summary of what is new, after the report's summary cards; empty without `--since`.
    static func summary(_ analysis: Analysis) -> String {
        guard let novelty = analysis.novelty else { return "" }
        let escape = HTMLReport.escape
        let newRelations = analysis.relations.filter { novelty.relations.contains($0.id) }
        let contradictions = newRelations.filter(\.type.isContradiction)
        var out = "<div class=\"new-since\" role=\"note\"><h3>New since \(escape(novelty.label))</h3><ul>"
        out +=
            "<li><strong>\(novelty.articles.count)</strong> new articles, <strong>\(novelty.claims.count)</strong> new claims</li>"
        out +=
            "<li><strong>\(contradictions.count)</strong> new contradictions, <strong>\(newRelations.count - contradictions.count)</strong> other new relations"
        if !contradictions.isEmpty {
            out += ": " + contradictions.prefix(12).map { "<a href=\"#\($0.id)\">\($0.id)</a>" }.joined(separator: " ")
        }
        out += "</li>"
        let gained = analysis.events.filter { novelty.eventSources[$0.id] != nil }
        if !gained.isEmpty {
            out += "<li>Events with sources new to them:<ul>"
            for event in gained.prefix(20) {
                let names = novelty.eventSources[event.id]!.map(escape).joined(separator: ", ")
                out +=
                    "<li>\(escape(event.label)): \(names)\(novelty.events.contains(event.id) ? " (new event)" : "")</li>"
            }
            out += "</ul></li>"
        }
        return out + "</ul></div>"
    }

    /// ` new` for a relation that arrived since `--since`, as a class name.
    static func relationClass(_ relation: Relation, _ analysis: Analysis) -> String {
        analysis.novelty?.relations.contains(relation.id) == true ? " new" : ""
    }

    /// A `new` badge, after a relation's own.
    static func badge(_ relation: Relation, _ analysis: Analysis) -> String {
        analysis.novelty?.relations.contains(relation.id) == true ? " <span class=\"badge new\">new</span>" : ""
    }

    /// Who reviewed a relation, when and why.
    static func review(_ relation: Relation, _ analysis: Analysis) -> String {
        guard let review = analysis.reviews[relation.id] else { return "" }
        let escape = HTMLReport.escape
        var out =
            "<p class=\"review \(review.verdict.rawValue)\">Reviewed <strong>\(review.verdict.rawValue)</strong> by \(escape(review.reviewer)) on \(escape(review.at))"
        if let note = review.note, !note.isEmpty { out += ": “\(escape(note))”" }
        return out + "</p>"
    }

    /// The relations people marked wrong, listed apart at the end of the contradictions.
    static func dismissed(_ analysis: Analysis) -> String {
        guard !analysis.dismissed.isEmpty else { return "" }
        let escape = HTMLReport.escape
        var out =
            "<details class=\"dismissed\"><summary>\(analysis.dismissed.count) relation\(analysis.dismissed.count == 1 ? "" : "s") reviewed as wrong, not counted</summary><ul>"
        for relation in analysis.dismissed {
            let sides = relation.evidence.map { "\(escape($0.source)): “\(escape($0.words))”" }.joined(separator: " / ")
            out +=
                "<li id=\"\(relation.id)\">\(relation.id) \(escape(relation.type.rawValue)), \(escape(relation.rule)): \(sides)"
            out += review(relation, analysis) + "</li>"
        }
        return out + "</ul></details>"
    }

    /// The marks' styles, only on pages that have marks (so other reports are unchanged).
    static func css(for analysis: Analysis) -> String {
        analysis.novelty == nil && analysis.reviews.isEmpty && analysis.dismissed.isEmpty ? "" : "\n" + css
    }

    static let css = """
        .new-since{border:1px solid var(--accent);border-radius:6px;padding:.3rem 1rem;margin:1rem 0}
        .badge.new{color:var(--accent)}.relation.new{box-shadow:0 0 0 2px var(--accent)}
        .review{font:.85rem Helvetica,Arial,sans-serif}.review.wrong{color:var(--conflict)}.review.right{color:var(--agree)}
        .dismissed li{margin:.4rem 0}
        """
}
