/// The analysis as XML that validates against `corroborate.xsd` (shipped in the package resources and in
/// `Reports/`). Written through libxml2's text writer, so escaping is never made by hand; characters XML
/// forbids are dropped.
public enum XMLReport {
    /// The schema's text, from the package resources.
    public static var schema: String { Knowledge.resourceText("corroborate", extension: "xsd") ?? "" }

    public static func render(_ analysis: Analysis) -> String {
        var sink = StringSink()
        write(analysis, into: &sink)
        return sink.text
    }

    /// Writes the report a piece at a time (about `pieceSize` bytes each, a megabyte): a report of tens of
    /// thousands of articles is never held whole.
    public static func write<Sink: TextSink>(_ analysis: Analysis, into sink: inout Sink, pieceSize: Int = 1 << 20) {
        let w = XMLWriter()
        w.start("corroboration")
        w.attribute("version", "1")
        w.start("summary")
        w.attribute("articles", "\(analysis.articles.count)")
        w.attribute("sources", "\(analysis.sources.count)")
        w.attribute("attributions", "\(analysis.articles.reduce(0) { $0 + $1.attributions.count })")
        w.attribute("claims", "\(analysis.claims.count)")
        w.attribute("events", "\(analysis.events.count)")
        w.attribute("contradictions", "\(analysis.contradictions.count)")
        w.attribute("agreements", "\(analysis.relations.filter { $0.type == .agreement }.count)")
        w.attribute("skipped", "\(analysis.problems.count)")
        w.end()
        if let novelty = analysis.novelty { since(w, novelty) }

        w.start("documents")
        for (index, article) in analysis.articles.enumerated() {
            let document = article.document
            w.start("document")
            w.attribute("id", "d\(index + 1)")
            w.attribute("path", document.path)
            w.attribute("format", document.format.rawValue)
            w.attribute("outlet", article.outlet.name)
            w.attribute("characters", "\(document.scalars.count)")
            if analysis.novelty?.articles.contains(index) == true { w.attribute("new", "true") }
            w.start("metadata")
            let m = document.metadata
            for (name, value) in [
                ("title", m.title), ("outlet", m.outlet), ("author", m.author), ("date", m.date?.description),
                ("url", m.url), ("place", m.place), ("dateline", m.dateline),
            ] {
                if let value { w.element(name, value) }
            }
            w.end()
            for span in document.furniture { spanElement(w, "furniture", span, document) }
            for warning in document.warnings { w.element("warning", warning) }
            for (k, attribution) in article.attributions.enumerated() {
                w.start("attribution")
                w.attribute("id", "d\(index + 1)-a\(k + 1)")
                w.attribute("rule", attribution.rule)
                w.attribute("directQuote", attribution.isDirectQuote ? "true" : "false")
                if let source = attribution.source { role(w, "source", source, attribution.canonical, document) }
                if let cue = attribution.cue { role(w, "cue", cue, nil, document) }
                role(w, "content", attribution.content, nil, document)
                if let via = attribution.via { role(w, "via", via, attribution.viaCanonical, document) }
                for hedge in attribution.hedges { w.element("hedge", hedge) }
                w.end()
            }
            w.end()
            w.drain(into: &sink, threshold: pieceSize)
        }
        w.end()

        w.start("sources")
        for (source, count) in analysis.sources {
            w.start("source")
            w.attribute("name", source.name)
            w.attribute("kind", source.kind.rawValue)
            if let side = source.side { w.attribute("side", side) }
            w.attribute("claims", "\(count)")
            w.end()
        }
        w.end()

        w.start("claims")
        for claim in analysis.claims {
            let document = analysis.articles[claim.document].document
            w.start("claim")
            w.attribute("id", claim.id)
            w.attribute("document", "d\(claim.document + 1)")
            if let a = claim.attribution { w.attribute("attribution", "d\(claim.document + 1)-a\(a + 1)") }
            w.attribute("source", claim.source.name)
            w.attribute("sourceKind", claim.source.kind.rawValue)
            if let via = claim.via { w.attribute("via", via.name) }
            w.attribute("directQuote", claim.isDirectQuote ? "true" : "false")
            if let event = claim.events.first { w.attribute("event", event) }
            if !claim.events.isEmpty { w.attribute("events", claim.events.joined(separator: " ")) }
            if let group = claim.copyGroup { w.attribute("copyGroup", group) }
            if analysis.novelty?.claims.contains(claim.id) == true { w.attribute("new", "true") }
            w.element("text", claim.text)
            for span in claim.spans { spanElement(w, "span", span, document) }
            for member in claim.source.members ?? [] { w.element("member", member.name) }
            frame(w, claim.frame)
            w.end()
            w.drain(into: &sink, threshold: pieceSize)
        }
        w.end()

        w.start("events")
        for event in analysis.events {
            w.start("event")
            w.attribute("id", event.id)
            w.attribute("kind", event.kind)
            w.attribute("place", event.place)
            if let date = event.date { w.attribute("date", date.description) }
            w.attribute("independentSources", "\(event.independentSources)")
            w.attribute("crossSide", event.crossSide ? "true" : "false")
            w.attribute("singleSourced", event.singleSourced ? "true" : "false")
            if analysis.novelty?.events.contains(event.id) == true { w.attribute("new", "true") }
            w.element("label", event.label)
            for claim in event.claims {
                empty(w, "claimRef", [("id", claim)])
            }
            for name in event.sources { w.element("sourceName", name) }
            for name in event.contradictedBy { w.element("contradictedBy", name) }
            for name in analysis.novelty?.eventSources[event.id] ?? [] { w.element("newSource", name) }
            w.end()
            w.drain(into: &sink, threshold: pieceSize)
        }
        w.end()

        w.start("relations")
        for relation in analysis.relations {
            relationElement(w, relation, new: analysis.novelty?.relations.contains(relation.id) == true, analysis)
            w.drain(into: &sink, threshold: pieceSize)
        }
        w.end()
        if !analysis.dismissed.isEmpty {
            w.start("dismissed")
            for relation in analysis.dismissed {
                relationElement(w, relation, new: false, analysis)
                w.drain(into: &sink, threshold: pieceSize)
            }
            w.end()
        }

        w.start("sourcing")
        for review in analysis.sourcing {
            w.start("review")
            w.attribute("document", review.document)
            w.attribute("outlet", review.outlet)
            w.attribute("statements", "\(review.statements)")
            w.attribute("attributed", "\(review.attributed)")
            w.attribute("unattributed", "\(review.unattributed)")
            w.attribute("directQuotes", "\(review.directQuotes)")
            w.attribute("anonymous", "\(review.anonymous)")
            if let title = review.title { w.element("title", title) }
            for (kind, count) in review.byKind.sorted(by: { $0.key < $1.key }) {
                empty(w, "kindCount", [("kind", kind), ("statements", "\(count)")])
            }
            for source in review.sources {
                empty(
                    w, "sourceCount",
                    [("name", source.name), ("kind", source.kind.rawValue), ("statements", "\(source.statements)")])
            }
            for claim in review.singleSourced {
                empty(w, "singleSourced", [("claim", claim)])
            }
            w.end()
            w.drain(into: &sink, threshold: pieceSize)
        }
        w.end()

        w.start("problems")
        for problem in analysis.problems {
            w.start("problem")
            w.attribute("path", problem.path)
            w.text(problem.description)
            w.end()
        }
        w.end()
        w.end()
        sink.write(w.finish())
    }

    private static func relationElement(
        _ w: borrowing XMLWriter, _ relation: Relation, new: Bool, _ analysis: Analysis
    ) {
        w.start("relation")
        w.attribute("id", relation.id)
        w.attribute("type", relation.type.rawValue)
        w.attribute("rule", relation.rule)
        w.attribute("score", "\(relation.score)")
        if let event = relation.event { w.attribute("event", event) }
        if new { w.attribute("new", "true") }
        w.element("explanation", relation.explanation)
        for claim in relation.claims {
            empty(w, "claimRef", [("id", claim)])
        }
        for side in relation.evidence {
            w.start("evidence")
            w.attribute("claim", side.claim)
            w.attribute("source", side.source)
            w.attribute("sourceKind", side.sourceKind.rawValue)
            w.attribute("document", side.document)
            w.attribute("start", "\(side.span.start)")
            w.attribute("end", "\(side.span.end)")
            w.text(side.words)
            w.end()
        }
        if let review = analysis.reviews[relation.id] {
            w.start("review")
            w.attribute("verdict", review.verdict.rawValue)
            w.attribute("reviewer", review.reviewer)
            w.attribute("at", review.at)
            w.text(review.note ?? "")
            w.end()
        }
        w.end()
    }

    /// From when a store's report marks things new, and how many are.
    private static func since(_ w: borrowing XMLWriter, _ novelty: Novelty) {
        empty(
            w, "since",
            [
                ("from", novelty.from), ("label", novelty.label), ("articles", "\(novelty.articles.count)"),
                ("claims", "\(novelty.claims.count)"), ("relations", "\(novelty.relations.count)"),
                ("events", "\(novelty.events.count)"),
            ])
    }

    /// An element with attributes only.
    private static func empty(_ w: borrowing XMLWriter, _ name: String, _ attributes: [(String, String)]) {
        w.start(name)
        for (key, value) in attributes { w.attribute(key, value) }
        w.end()
    }

    private static func spanElement(_ w: borrowing XMLWriter, _ name: String, _ span: TextSpan, _ document: Document) {
        w.start(name)
        w.attribute("start", "\(span.start)")
        w.attribute("end", "\(span.end)")
        w.text(document.text(of: span))
        w.end()
    }

    private static func role(
        _ w: borrowing XMLWriter, _ name: String, _ role: Role, _ source: Source?, _ document: Document
    ) {
        w.start(name)
        if let source {
            w.attribute("canonical", source.name)
            w.attribute("kind", source.kind.rawValue)
        }
        for span in role.spans { spanElement(w, "span", span, document) }
        w.end()
    }

    private static func labelled(_ w: borrowing XMLWriter, _ name: String, _ item: Evidence) {
        w.start(name)
        w.attribute("label", item.label)
        w.attribute("start", "\(item.span.start)")
        w.attribute("end", "\(item.span.end)")
        w.text(item.words)
        w.end()
    }

    private static func entity(_ w: borrowing XMLWriter, _ name: String, _ item: EntityMention, context: Bool) {
        w.start(name)
        w.attribute("name", item.name)
        if let parent = item.parent { w.attribute("parent", parent) }
        if item.general { w.attribute("general", "true") }
        if context { w.attribute("fromContext", "true") }
        w.attribute("start", "\(item.span.start)")
        w.attribute("end", "\(item.span.end)")
        w.text(item.words)
        w.end()
    }

    private static func frame(_ w: borrowing XMLWriter, _ frame: ClaimFrame) {
        w.start("frame")
        for kind in frame.kinds { labelled(w, "kind", kind) }
        for place in frame.places { entity(w, "place", place, context: false) }
        for place in frame.contextPlaces { entity(w, "place", place, context: true) }
        for actor in frame.actors { entity(w, "actor", actor, context: false) }
        for q in frame.quantities {
            w.start("quantity")
            w.attribute("value", decimal(q.value))
            w.attribute("measure", q.measure)
            w.attribute("qualifier", q.qualifier.rawValue)
            if let unit = q.unit { w.attribute("unit", unit) }
            w.attribute("start", "\(q.span.start)")
            w.attribute("end", "\(q.span.end)")
            w.text(q.words)
            w.end()
        }
        if let time = frame.time {
            w.start("time")
            if let date = time.date { w.attribute("date", date.description) }
            if let md = time.monthDay { w.attribute("monthDay", md) }
            w.text(time.words)
            w.end()
        }
        if let negation = frame.negation { labelled(w, "negation", negation) }
        for hedge in frame.hedges { w.element("hedge", hedge) }
        for m in frame.manner { labelled(w, "manner", m) }
        for s in frame.state { labelled(w, "state", s) }
        w.end()
    }

    /// A decimal without exponent, as `xs:decimal` requires.
    static func decimal(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        let hundredths = Int64((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let absolute = abs(hundredths)
        let fraction = absolute % 100
        return "\(sign)\(absolute / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
