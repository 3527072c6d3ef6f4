import Dispatch
import Foundation

/// The analysis as compact JSON with stable field names: `documents`, `sources`, `claims`, `events`,
/// `relations`, `sourcing` and `problems`. Keys are sorted, so the same input always gives the same bytes.
/// Compact because pretty-printing doubles the time on large corpora (`jq .` shows it indented).
public enum JSONReport {
    struct Summary: Encodable {
        var articles: Int
        var sources: Int
        var attributions: Int
        var claims: Int
        var events: Int
        var contradictions: Int
        var agreements: Int
        var skipped: Int
    }

    struct DocumentEntry: Encodable {
        var id: String
        var path: String
        var format: String
        var metadata: DocumentMetadata
        var outlet: String
        var characters: Int
        var furniture: [TextSpan]
        var warnings: [String]
        var attributions: [AttributionEntry]
        /// From a story store with `--since`: true when the article arrived since then.
        var new: Bool?
    }

    struct AttributionEntry: Encodable {
        var id: String
        var source: Role?
        var cue: Role?
        var content: Role
        var canonical: String?
        var kind: String?
        var via: Role?
        var viaCanonical: String?
        var rule: String
        var directQuote: Bool
        var hedges: [String]
    }

    struct SourceEntry: Encodable {
        var name: String
        var kind: SourceKind
        var side: String?
        var claims: Int
    }

    struct ClaimEntry: Encodable {
        var id: String
        var document: String
        var attribution: String?
        var source: String
        var sourceKind: SourceKind
        var members: [String]?
        var via: String?
        var text: String
        var spans: [TextSpan]
        var directQuote: Bool
        var event: String?
        var events: [String]
        var copyGroup: String?
        var frame: ClaimFrame
        var new: Bool?
    }

    /// The report as JSON text.
    public static func render(_ analysis: Analysis) -> String {
        var sink = StringSink()
        write(analysis, into: &sink)
        return sink.text
    }

    /// Writes the report to a file, atomically, streaming it element by element so that a large report is never
    /// held in memory whole.
    public static func write(_ analysis: Analysis, to path: String) throws(OutputError) {
        try AtomicFile.stream(to: path) { sink in write(analysis, into: &sink) }
    }

    /// Writes the top-level keys in sorted order and each array element on its own: the same bytes as encoding
    /// the whole report with sorted keys, without building it in memory.
    /// `checks` (from `report --claims`) come first, under `checks`.
    public static func write<Sink: TextSink>(_ analysis: Analysis, checks: [ClaimCheck] = [], into sink: inout Sink) {
        let encoder = CompactJSONEncoder()
        func value<T: Encodable>(_ item: T) -> [UInt8] {
            var bytes: [UInt8] = []
            encoder.appendOrNull(item, to: &bytes)
            return bytes
        }
        /// `object`: the one item as the key's value, not in a list.
        func array<T: Encodable>(_ key: String, _ items: some Sequence<T>, first: Bool = false, object: Bool = false) {
            sink.write((first ? "{" : ",") + "\"\(key)\":" + (object ? "" : "["))
            var separator = ""
            for item in items {
                sink.write(separator)
                sink.write(value(item))
                separator = ","
            }
            if !object { sink.write("]") }
        }
        if !checks.isEmpty { array("checks", checks, first: true) }
        let novelty = analysis.novelty
        parallelArray("claims", count: analysis.claims.count, into: &sink, first: checks.isEmpty) {
            var entry = claimEntry(analysis.claims[$0])
            entry.new = newFlag(novelty?.claims.contains(entry.id))
            return entry
        }
        if !analysis.dismissed.isEmpty {
            array("dismissed", analysis.dismissed.map { Marked(item: $0, review: analysis.reviews[$0.id]) })
        }
        documents(analysis.articles, novelty: novelty, into: &sink)
        parallelArray("events", count: analysis.events.count, into: &sink) {
            let event = analysis.events[$0]
            return Marked(
                item: event, new: newFlag(novelty?.events.contains(event.id)),
                newSources: novelty?.eventSources[event.id])
        }
        sink.write(",\"generator\":\"corroborate\"")
        array("problems", analysis.problems.map(\.description))
        parallelArray("relations", count: analysis.relations.count, into: &sink) {
            let relation = analysis.relations[$0]
            return Marked(
                item: relation, new: newFlag(novelty?.relations.contains(relation.id)),
                review: analysis.reviews[relation.id])
        }
        if let novelty { array("since", [SinceEntry(novelty, analysis: analysis)], object: true) }
        let sources = analysis.sources
        array(
            "sources",
            sources.map {
                SourceEntry(name: $0.source.name, kind: $0.source.kind, side: $0.source.side, claims: $0.claims)
            })
        parallelArray("sourcing", count: analysis.sourcing.count, into: &sink) { analysis.sourcing[$0] }
        sink.write(",\"summary\":")
        sink.write(value(summary(analysis, sources: sources.count)))
        sink.write(",\"version\":1}\n")
    }

    /// An array whose elements are encoded in parallel, a batch at a time, and written in order.
    static func parallelArray<T: Encodable & Sendable, Sink: TextSink>(
        _ key: String, count: Int, into sink: inout Sink, first: Bool = false, _ element: @Sendable (Int) -> T
    ) {
        sink.write((first ? "{" : ",") + "\"\(key)\":[")
        encodeInParallel(count: count, into: &sink, element)
        sink.write("]")
    }

    /// Elements 0..<count, comma-separated, encoded 256 at a time on every core, two batches of 4,096 held at once.
    /// Each batch is written out while the next is encoded: writing is the kernel's copy into the file, and done
    /// between batches it left the other core idle. The sink is written on whichever thread takes that work, one
    /// write at a time and in order.
    static func encodeInParallel<T: Encodable & Sendable, Sink: TextSink>(
        count: Int, into sink: inout Sink, _ element: @Sendable (Int) -> T
    ) {
        let batch = 4096
        var encoded: [[UInt8]] = []
        withUnsafeMutablePointer(to: &sink) { sink in
            // Only the one iteration below writes, while the calling thread waits for all of them.
            nonisolated(unsafe) let sink = sink
            var start = 0
            while start < count {
                let end = min(count, start + batch)
                let first = start
                let chunks = (end - first + 255) / 256
                let box = ResultBox<[UInt8]>(count: chunks)
                let previous = encoded
                // Iteration 0 writes the previous batch; the others encode a chunk of this one each.
                DispatchQueue.concurrentPerform(iterations: chunks + 1) { k in
                    guard k > 0 else {
                        for data in previous { sink.pointee.write(data) }
                        return
                    }
                    let c = k - 1
                    let encoder = CompactJSONEncoder()
                    var data: [UInt8] = []
                    for i in (first + c * 256)..<min(end, first + (c + 1) * 256) {
                        if i > 0 { data.append(UInt8(ascii: ",")) }
                        encoder.appendOrNull(element(i), to: &data)
                    }
                    _ = box.set(c, data)
                }
                encoded = box.takeValues()
                start = end
            }
            for data in encoded { sink.pointee.write(data) }
        }
    }

    /// Articles with more attributions than this have them streamed a batch at a time: one article of 200,000
    /// attributions encoded whole would hold its whole JSON tree in memory at once.
    static let streamedAttributions = 4096

    /// The `documents` array: runs of ordinary articles encoded in parallel, a very large one streamed.
    static func documents<Sink: TextSink>(_ articles: [ArticleAnalysis], novelty: Novelty? = nil, into sink: inout Sink)
    {
        sink.write(",\"documents\":[")
        var start = 0
        while start < articles.count {
            var end = start
            while end < articles.count && end - start < 4096
                && articles[end].attributions.count <= streamedAttributions
            {
                end += 1
            }
            if end > start {
                if start > 0 { sink.write(",") }
                let offset = start
                encodeInParallel(count: end - start, into: &sink) {
                    var entry = documentEntry(articles[offset + $0], index: offset + $0)
                    entry.new = newFlag(novelty?.articles.contains(offset + $0))
                    return entry
                }
                start = end
                continue
            }
            // One large article: the entry without its attributions, which go where its empty list would be.
            if start > 0 { sink.write(",") }
            let article = articles[start]
            var entry = documentEntry(article, index: start, attributions: false)
            entry.attributions = []
            entry.new = newFlag(novelty?.articles.contains(start))
            let head = (try? CompactJSONEncoder().encode(entry)) ?? Array("{}".utf8)
            let emptyList = Array("{\"attributions\":[]".utf8)
            sink.write("{\"attributions\":[")
            let index = start
            encodeInParallel(count: article.attributions.count, into: &sink) {
                attributionEntry(article.attributions[$0], index: $0, document: index)
            }
            sink.write("]")
            sink.write(Array(head.dropFirst(head.starts(with: emptyList) ? emptyList.count : head.count)))
            start += 1
        }
        sink.write("]")
    }

    /// `sources` is how many canonical sources the analysis has (`Analysis.sources`), which the caller has listed.
    static func summary(_ analysis: Analysis, sources: Int) -> Summary {
        // Counted, not filtered: a copy of every relation to count them was a second of a large run.
        var contradictions = 0
        var agreements = 0
        for relation in analysis.relations {
            if relation.type.isContradiction { contradictions += 1 }
            if relation.type == .agreement { agreements += 1 }
        }
        return Summary(
            articles: analysis.articles.count, sources: sources,
            attributions: analysis.articles.reduce(0) { $0 + $1.attributions.count }, claims: analysis.claims.count,
            events: analysis.events.count, contradictions: contradictions, agreements: agreements,
            skipped: analysis.problems.count)
    }

    static func documentEntry(_ article: ArticleAnalysis, index: Int, attributions: Bool = true) -> DocumentEntry {
        DocumentEntry(
            id: "d\(index + 1)", path: article.document.path, format: article.document.format.rawValue,
            metadata: article.document.metadata, outlet: article.outlet.name,
            characters: article.document.scalars.count,
            furniture: article.document.furniture, warnings: article.document.warnings,
            attributions: attributions
                ? article.attributions.enumerated().map { attributionEntry($1, index: $0, document: index) } : [])
    }

    static func attributionEntry(_ a: Attribution, index k: Int, document index: Int) -> AttributionEntry {
        AttributionEntry(
            id: "d\(index + 1)-a\(k + 1)", source: a.source, cue: a.cue, content: a.content,
            canonical: a.canonical?.name, kind: a.canonical?.kind.rawValue, via: a.via,
            viaCanonical: a.viaCanonical?.name, rule: a.rule, directQuote: a.isDirectQuote, hedges: a.hedges)
    }

    static func claimEntry(_ claim: Claim) -> ClaimEntry {
        ClaimEntry(
            id: claim.id, document: "d\(claim.document + 1)",
            attribution: claim.attribution.map { "d\(claim.document + 1)-a\($0 + 1)" }, source: claim.source.name,
            sourceKind: claim.source.kind, members: claim.source.members?.map(\.name), via: claim.via?.name,
            text: claim.text, spans: claim.spans, directQuote: claim.isDirectQuote, event: claim.events.first,
            events: claim.events, copyGroup: claim.copyGroup, frame: claim.frame)
    }
}

extension TextSink {
    mutating func write(_ data: Data) { write([UInt8](data)) }
}
