/// The analysis as one self-contained HTML page (inline CSS, no script, no network requests): summary,
/// contradictions side by side with their words highlighted in context, a corroboration table of events by
/// sources, the sourcing review of each article, and each article's text with its attributions marked and
/// linked to the claims and relations above. Every piece of scraped text is escaped.
public enum HTMLReport {
    /// Above this many articles, only articles involved in contradictions are shown in full.
    public static let fullTextLimit = 300

    /// `checks` (from `report --claims`) adds a section of checked claims after the summary.
    public static func render(
        _ analysis: Analysis, title: String = "Corroboration report", checks: [ClaimCheck] = []
    ) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            \(ReportSignature.metaTag)
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(escape(title))</title>
            <style>\(css)\(HTMLMarks.css(for: analysis))</style>
            </head>
            <body>
            <header><h1>\(escape(title))</h1>
            <p class="lede">\(analysis.articles.count) article\(analysis.articles.count == 1 ? "" : "s") compared. Every flag below shows the sources, their exact words in context, and the rule that raised it.</p>
            <nav aria-label="Sections">\(checks.isEmpty ? "" : "<a href=\"#checked\">Checked claims</a> · ")<a href="#contradictions">Contradictions</a> · <a href="#corroboration">Corroboration</a> · <a href="#sourcing">Sourcing review</a> · <a href="#articles">Articles</a></nav>
            </header>
            <main>

            """
        html += summary(analysis)
        if !checks.isEmpty { html += checked(checks) }
        html += contradictions(analysis)
        html += corroboration(analysis)
        html += sourcing(analysis)
        html += articles(analysis)
        html +=
            "</main>\n<footer><p>Made by corroborate. Offsets are Unicode scalar offsets into each article's text.</p></footer>\n</body>\n</html>\n"
        return html
    }

    // MARK: Sections

    private static func summary(_ analysis: Analysis) -> String {
        let items: [(String, Int)] = [
            ("articles", analysis.articles.count), ("sources", analysis.sources.count),
            ("claims", analysis.claims.count), ("events", analysis.events.count),
            ("contradictions", analysis.contradictions.count),
            ("agreements", analysis.relations.filter { $0.type == .agreement }.count),
        ]
        var out =
            "<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2><ul class=\"cards\">"
        for (label, count) in items { out += "<li><strong>\(count)</strong> \(label)</li>" }
        out += "</ul>" + HTMLMarks.summary(analysis)
        if !analysis.problems.isEmpty {
            out += "<div class=\"problems\" role=\"note\"><h3>Inputs skipped</h3><ul>"
            for problem in analysis.problems { out += "<li>\(escape(problem.description))</li>" }
            out += "</ul></div>"
        }
        return out + "</section>\n"
    }

    /// Each checked claim: who supports and who contradicts it, then each article's verdict with its evidence
    /// sentences, the deciding words marked.
    private static func checked(_ checks: [ClaimCheck]) -> String {
        var out = "<section id=\"checked\" aria-labelledby=\"checked-h\"><h2 id=\"checked-h\">Checked claims</h2>"
        for (k, check) in checks.enumerated() {
            out += "<article class=\"check\" id=\"check\(k + 1)\"><h3>“\(escape(check.claim))”</h3>"
            let counts = check.counts.filter { $0.articles > 0 }.map { "\($0.articles) \($0.verdict)" }
            out += "<p class=\"note\">\(check.articles.count) articles: \(escape(counts.joined(separator: ", ")))</p>"
            for (label, css, mentions) in [
                ("Supported by", "agree", check.supportedBy), ("Contradicted by", "conflict", check.contradictedBy),
            ] where !mentions.isEmpty {
                let list = mentions.map {
                    "<strong>\(escape($0.source))</strong> <span class=\"kind\">\(escape($0.kind.label))</span>"
                }
                out += "<p class=\"\(css)\">\(label): \(list.joined(separator: "; "))</p>"
            }
            for article in check.articles where article.stance != .unrelated || !article.evidence.isEmpty {
                out +=
                    "<div class=\"verdict \(article.stance.rawValue)\"><p class=\"who\"><span class=\"badge\">\(article.verdict)</span> "
                out +=
                    "<strong>\(escape(article.title ?? article.document))</strong> <span class=\"where\">\(escape(article.document)); "
                out +=
                    "\(escape(article.decidedBy)); stance model \(article.model.verdict) \(format(article.modelConfidence))</span></p>"
                for item in article.evidence {
                    out +=
                        "<blockquote><span class=\"badge\">\(item.stance.verdict)</span> <strong>\(escape(item.source))</strong>: "
                    out += marked(item.sentence, item.words) + "</blockquote>"
                    out +=
                        "<p class=\"why\">\(escape(item.rule)), score \(format(item.score)). \(escape(item.explanation))</p>"
                }
                out += "</div>"
            }
            out += "</article>\n"
        }
        return out + "<p class=\"note\">Unrelated articles without evidence are left out.</p></section>\n"
    }

    /// A sentence with the first occurrence of `words` marked.
    private static func marked(_ sentence: String, _ words: String) -> String {
        guard !words.isEmpty, let range = sentence.range(of: words) else { return escape(sentence) }
        return escape(String(sentence[..<range.lowerBound])) + "<mark>" + escape(String(sentence[range]))
            + "</mark>" + escape(String(sentence[range.upperBound...]))
    }

    private static func contradictions(_ analysis: Analysis) -> String {
        var out =
            "<section id=\"contradictions\" aria-labelledby=\"contradictions-h\"><h2 id=\"contradictions-h\">Contradictions</h2>"
        let list = analysis.contradictions
        if list.isEmpty { out += "<p>No contradictions were found.</p>" }
        for relation in list { out += relationCard(relation, analysis) }
        let others = analysis.relations.filter { $0.type == .quoteVariant || $0.type == .update }
        if !others.isEmpty {
            out += "<h3>Quote variants and updates</h3>"
            for relation in others { out += relationCard(relation, analysis) }
        }
        return out + HTMLMarks.dismissed(analysis) + "</section>\n"
    }

    private static func relationCard(_ relation: Relation, _ analysis: Analysis) -> String {
        var out =
            "<article class=\"relation \(relation.type.rawValue)\(HTMLMarks.relationClass(relation, analysis))\" id=\"\(relation.id)\">"
        out +=
            "<h3><span class=\"badge\">\(label(relation.type))</span>\(HTMLMarks.badge(relation, analysis)) \(escape(relation.rule)) <span class=\"score\">score \(relation.score)</span></h3>"
        out += "<div class=\"sides\">"
        for side in relation.evidence {
            out += "<div class=\"side\">"
            out +=
                "<p class=\"who\"><strong>\(escape(side.source))</strong> <span class=\"kind\">\(escape(side.sourceKind.label))</span></p>"
            out += "<blockquote>\(inContext(side, analysis))</blockquote>"
            out += "<p class=\"where\">\(escape(side.document)), <a href=\"#\(side.claim)\">claim \(side.claim)</a></p>"
            out += "</div>"
        }
        out += "</div><p class=\"why\"><strong>Why:</strong> \(escape(relation.explanation))</p>"
        out += HTMLMarks.review(relation, analysis) + "</article>\n"
        return out
    }

    /// The sentence holding the evidence, with its words marked.
    private static func inContext(_ side: RelationEvidence, _ analysis: Analysis) -> String {
        guard let claim = analysis.claim(side.claim) else { return escape(side.words) }
        let article = analysis.articles[claim.document]
        let text = article.text
        let start = text.sentenceIndex(containing: side.span.start) ?? claim.sentence
        let end = text.sentenceIndex(containing: max(side.span.start, side.span.end - 1)) ?? start
        let sentence = TextSpan(text.sentences[start].span.start, text.sentences[end].span.end)
        let document = article.document
        let before = document.text(of: TextSpan(sentence.start, max(sentence.start, side.span.start)))
        let marked = document.text(of: side.span)
        let after = document.text(of: TextSpan(min(side.span.end, sentence.end), sentence.end))
        return escape(before) + "<mark>" + escape(marked) + "</mark>" + escape(after)
    }

    private static func corroboration(_ analysis: Analysis) -> String {
        var out =
            "<section id=\"corroboration\" aria-labelledby=\"corroboration-h\"><h2 id=\"corroboration-h\">Corroboration</h2>"
        let sorted = analysis.events.sorted {
            $0.independentSources != $1.independentSources
                ? $0.independentSources > $1.independentSources : $0.id < $1.id
        }
        let events = sorted.filter { !$0.singleSourced }
        let single = sorted.filter(\.singleSourced)
        guard !sorted.isEmpty else { return out + "<p>No events were recognised.</p></section>\n" }
        // Columns: the sources that take part in the most corroborated events.
        var participation: [String: Int] = [:]
        for event in events {
            for name in event.sources { participation[name, default: 0] += 1 }
        }
        let topSources = Array(
            participation.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key).prefix(16))
        // Which claims are in a contradiction.
        var contested = Set<String>()
        for relation in analysis.contradictions { contested.formUnion(relation.claims) }
        out +=
            "<p>Each row is an event; each column a source. <b>agrees</b>: the source reports it; <b>conflict</b>: its claim is in a contradiction; a dash: silent. Wire copies count once.</p>"
        out +=
            "<div class=\"scroll\"><table class=\"grid\"><thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Independent sources</th>"
        for name in topSources { out += "<th scope=\"col\" class=\"src\">\(escape(name))</th>" }
        out += "</tr></thead><tbody>"
        for event in events {
            let note =
                event.crossSide
                ? " <span class=\"strong\">opposing sides agree</span>"
                : event.singleSourced ? " <span class=\"warn\">single source</span>" : ""
            out += "<tr><th scope=\"row\">\(escape(event.label))</th><td>\(event.independentSources)\(note)</td>"
            for name in topSources {
                let claims = event.claims.compactMap { analysis.claim($0) }.filter {
                    $0.source.individuals.contains { $0.name == name }
                }
                if claims.isEmpty {
                    out += "<td class=\"silent\">–</td>"
                } else if claims.contains(where: { contested.contains($0.id) }) {
                    out += "<td class=\"conflict\"><a href=\"#\(claims[0].id)\">✗ conflict</a></td>"
                } else {
                    out += "<td class=\"agree\"><a href=\"#\(claims[0].id)\">✓ agrees</a></td>"
                }
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        if !single.isEmpty {
            out +=
                "<details><summary><span class=\"warn\">\(single.count) event\(single.count == 1 ? "" : "s") rest on a single source</span></summary><ul class=\"single\">"
            for event in single {
                let links = event.claims.prefix(4).map { "<a href=\"#\($0)\">\($0)</a>" }.joined(separator: " ")
                out += "<li>\(escape(event.label)): \(escape(event.sources.joined(separator: ", "))) \(links)</li>"
            }
            out += "</ul></details>"
        }
        if analysis.sources.count > topSources.count {
            out +=
                "<p class=\"note\">Columns show the \(topSources.count) most cited of \(analysis.sources.count) sources.</p>"
        }
        return out + "</section>\n"
    }

    private static func sourcing(_ analysis: Analysis) -> String {
        var out = "<section id=\"sourcing\" aria-labelledby=\"sourcing-h\"><h2 id=\"sourcing-h\">Sourcing review</h2>"
        for (index, review) in analysis.sourcing.enumerated() {
            let share = Int((review.attributedShare * 100).rounded())
            out +=
                "<article class=\"review\"><h3><a href=\"#d\(index + 1)\">\(escape(review.title ?? review.document))</a></h3>"
            out += "<p class=\"where\">\(escape(review.document)) · outlet: \(escape(review.outlet))</p>"
            out += "<dl class=\"stats\"><div><dt>Statements</dt><dd>\(review.statements)</dd></div>"
            out += "<div><dt>Attributed</dt><dd>\(review.attributed) (\(share)%)</dd></div>"
            out += "<div><dt>Outlet's own</dt><dd>\(review.unattributed)</dd></div>"
            out += "<div><dt>Direct quotes</dt><dd>\(review.directQuotes)</dd></div>"
            out += "<div><dt>Anonymous</dt><dd>\(review.anonymous)</dd></div></dl>"
            out +=
                "<div class=\"bar\" role=\"img\" aria-label=\"\(share)% of statements attributed\"><span style=\"width:\(share)%\"></span></div>"
            if !review.byKind.isEmpty {
                out +=
                    "<p><b>By kind of source:</b> "
                    + review.kindsByCount
                    .map { "\(escape($0.kind.replacingHyphens())) \($0.statements)" }.joined(separator: ", ") + "</p>"
            }
            if !review.sources.isEmpty {
                out +=
                    "<table><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\">Statements</th></tr></thead><tbody>"
                for source in review.sources {
                    out +=
                        "<tr><td>\(escape(source.name))</td><td>\(escape(source.kind.label))</td><td>\(source.statements)</td></tr>"
                }
                out += "</tbody></table>"
            }
            if !review.singleSourced.isEmpty {
                out +=
                    "<p class=\"warn-text\"><b>Resting on one source:</b> "
                    + review.singleSourced.prefix(30).map { "<a href=\"#\($0)\">\($0)</a>" }.joined(separator: ", ")
                out += review.singleSourced.count > 30 ? " and \(review.singleSourced.count - 30) more" : ""
                out += "</p>"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    private static func articles(_ analysis: Analysis) -> String {
        var out = "<section id=\"articles\" aria-labelledby=\"articles-h\"><h2 id=\"articles-h\">Articles</h2>"
        out +=
            "<p class=\"legend\"><span class=\"source\">source</span> <span class=\"cue\">cue</span> <mark class=\"content\">attributed content</mark> <span class=\"furniture\">page furniture (not analysed)</span>. Each claim links to its relations.</p>"
        var relationsByClaim: [String: [String]] = [:]
        for relation in analysis.relations where relation.type != .agreement || relation.claims.count <= 6 {
            for claim in relation.claims { relationsByClaim[claim, default: []].append(relation.id) }
        }
        // A page with tens of thousands of articles cannot be read or even opened: past `fullTextLimit`
        // articles, only those with a claim in a contradiction are shown in full (the JSON and XML have all).
        var shown = Set(analysis.articles.indices)
        if analysis.articles.count > fullTextLimit {
            shown = Set(analysis.contradictions.flatMap(\.claims).compactMap { analysis.claim($0)?.document })
            out +=
                "<p class=\"note\">\(analysis.articles.count) articles: the \(shown.count) with a claim in a contradiction are shown here; the JSON and XML reports hold every article.</p>"
        }
        for (index, article) in analysis.articles.enumerated() where shown.contains(index) {
            let document = article.document
            let m = document.metadata
            out += "<article class=\"text\" id=\"d\(index + 1)\"><h3>\(escape(m.title ?? document.name))</h3>"
            var meta: [String] = [escape(document.path)]
            if let outlet = m.outlet { meta.append("outlet: " + escape(outlet)) }
            if let date = m.date { meta.append("date: \(date)") }
            if let place = m.place { meta.append("dateline: " + escape(place)) }
            if let author = m.author { meta.append("by " + escape(author)) }
            out += "<p class=\"where\">\(meta.joined(separator: " · "))</p>"
            out += highlighted(
                article, claims: analysis.claims.filter { $0.document == index }, relations: relationsByClaim)
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    /// The article's paragraphs with sources, cues and contents marked; content carries the claim's anchor.
    private static func highlighted(_ article: ArticleAnalysis, claims: [Claim], relations: [String: [String]])
        -> String
    {
        let document = article.document
        let count = document.scalars.count
        // 0 plain, 1 content, 2 source, 3 cue, 4 furniture; and the claim starting at an offset.
        var role = [UInt8](repeating: 0, count: count)
        func paint(_ span: TextSpan, _ value: UInt8) {
            for i in max(0, span.start)..<min(count, span.end) where role[i] < value || value == 4 { role[i] = value }
        }
        for span in document.furniture { paint(span, 4) }
        var anchors: [Int: Claim] = [:]
        for claim in claims where claim.attribution != nil {
            for span in claim.spans { paint(span, 1) }
            if let first = claim.spans.first { anchors[first.start] = claim }
        }
        for attribution in article.attributions {
            if let source = attribution.source { for span in source.spans { paint(span, 2) } }
            if let cue = attribution.cue { for span in cue.spans { paint(span, 3) } }
        }
        var out = ""
        for paragraph in article.text.paragraphs {
            out += "<p>"
            var i = paragraph.start
            while i < paragraph.end {
                if let claim = anchors[i] {
                    let links = (relations[claim.id] ?? []).prefix(6).map { "<a href=\"#\($0)\">\($0)</a>" }.joined(
                        separator: " ")
                    out +=
                        "<span class=\"claim-id\" id=\"\(claim.id)\" title=\"\(escape(claim.source.name))\">\(claim.id)\(links.isEmpty ? "" : " → " + links)</span>"
                }
                let value = role[i]
                var j = i + 1
                while j < paragraph.end && role[j] == value && anchors[j] == nil { j += 1 }
                let text = escape(document.text(of: TextSpan(i, j)))
                switch value {
                case 1: out += "<mark class=\"content\">\(text)</mark>"
                case 2: out += "<span class=\"source\">\(text)</span>"
                case 3: out += "<span class=\"cue\">\(text)</span>"
                case 4: out += "<span class=\"furniture\">\(text)</span>"
                default: out += text
                }
                i = j
            }
            out += "</p>\n"
        }
        return out
    }

    // MARK: Helpers

    private static func label(_ type: Relation.Kind) -> String {
        switch type {
        case .conflict: return "Conflict"
        case .numericConflict: return "Numeric conflict"
        case .tension: return "Tension"
        case .agreement: return "Agreement"
        case .quoteVariant: return "Quote variant"
        case .update: return "Update"
        }
    }

    /// Escapes text for HTML, dropping control characters that have no place in a page.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                if (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let css = """
        :root{--ink:#1b1b1b;--muted:#555;--line:#d0d0d0;--bg:#fff;--mark:#fff1a8;--conflict:#a4001d;--agree:#0b6b2e;--tension:#8a4b00;--accent:#0b4f8a}
        *{box-sizing:border-box}body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
        header,main,footer{max-width:1100px;margin:0 auto;padding:0 1rem}h1{font-size:1.9rem;margin:1.2rem 0 .3rem}
        h2{font-size:1.4rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1.1rem}
        nav a,a{color:var(--accent)}.lede{color:var(--muted)}
        .cards{display:flex;flex-wrap:wrap;gap:.6rem;list-style:none;padding:0}.cards li{border:1px solid var(--line);border-radius:6px;padding:.5rem .9rem;min-width:8rem}
        .cards strong{display:block;font-size:1.6rem;font-family:Helvetica,Arial,sans-serif}
        .relation{border:1px solid var(--line);border-left:6px solid var(--conflict);border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
        .relation.tension{border-left-color:var(--tension)}.relation.quote-variant,.relation.update{border-left-color:var(--accent)}
        .badge{font:600 .8rem Helvetica,Arial,sans-serif;text-transform:uppercase;letter-spacing:.04em;border:1px solid currentColor;border-radius:4px;padding:.05rem .35rem;color:var(--conflict)}
        .tension .badge{color:var(--tension)}.quote-variant .badge,.update .badge{color:var(--accent)}
        .score{font:.85rem Helvetica,Arial,sans-serif;color:var(--muted);float:right}
        .sides{display:flex;flex-wrap:wrap;gap:1rem}.side{flex:1 1 20rem;min-width:0}
        .who{margin:.2rem 0}.kind{font:.8rem Helvetica,Arial,sans-serif;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 .3rem}
        blockquote{margin:.3rem 0;padding:.4rem .7rem;background:#f6f6f6;border-left:3px solid var(--line)}
        mark{background:var(--mark);padding:0 .1rem;outline:1px solid #d9c24d}
        .where,.note,.legend{font:.85rem Helvetica,Arial,sans-serif;color:var(--muted)}.why{margin:.5rem 0 .2rem}
        .scroll{overflow-x:auto}table{border-collapse:collapse;font:.85rem Helvetica,Arial,sans-serif}th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
        .grid th.src{writing-mode:vertical-rl;transform:rotate(180deg);max-height:17rem;white-space:nowrap}
        td.agree a{color:var(--agree);font-weight:600}td.conflict a{color:var(--conflict);font-weight:700}td.silent{color:#999;text-align:center}
        details{margin:.8rem 0;font:.9rem Helvetica,Arial,sans-serif}summary{cursor:pointer}.single li{margin:.2rem 0}
        .strong{color:var(--agree);font-weight:600}.warn,.warn-text b{color:var(--tension);font-weight:600}
        .stats{display:flex;flex-wrap:wrap;gap:1rem;font-family:Helvetica,Arial,sans-serif}.stats dt{font-size:.75rem;color:var(--muted)}.stats dd{margin:0;font-size:1.1rem}
        .bar{height:.6rem;background:#eee;border:1px solid var(--line);max-width:24rem}.bar span{display:block;height:100%;background:var(--accent)}
        .text p{margin:.5rem 0}.source{text-decoration:underline;text-decoration-thickness:2px;font-weight:600}.cue{font-style:italic;font-weight:700;color:var(--accent)}
        mark.content{background:#e6f0fb;outline:1px solid #b7cfe8}.furniture{color:#777;text-decoration:line-through}
        .claim-id{font:600 .7rem Helvetica,Arial,sans-serif;color:var(--muted);vertical-align:super;margin-right:.15rem}
        .problems{border:1px solid var(--tension);padding:.3rem 1rem;border-radius:6px}
        .verdict{border-left:6px solid var(--line);padding:.2rem .8rem;margin:.8rem 0}.verdict.agree{border-left-color:var(--agree)}.verdict.disagree{border-left-color:var(--conflict)}
        p.agree{color:var(--agree)}p.conflict{color:var(--conflict)}
        footer{color:var(--muted);font-size:.85rem;margin:2rem auto}
        @media (max-width:640px){body{font-size:15px}.score{float:none;display:block}.grid th.src{writing-mode:horizontal-tb;transform:none}}
        @media print{nav,.claim-id a{display:none}.relation{break-inside:avoid}a{color:inherit;text-decoration:none}body{font-size:11pt}}
        """
}

extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
