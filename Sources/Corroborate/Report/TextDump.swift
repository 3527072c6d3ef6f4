/// What `corroborate text FILE` prints: the metadata ingest found, then the text every offset refers to.
public enum TextDump {
    /// The separator line before the text; offsets count Unicode scalars from the character after it.
    public static let separator = "--- text (offsets count Unicode scalars from the next line) ---"

    public static func render(_ document: Document, sentences: TextAnalysis? = nil) -> String {
        let m = document.metadata
        var out = "path: \(document.path)\nformat: \(document.format.rawValue)\n"
        for (name, value) in [
            ("title", m.title), ("outlet", m.outlet), ("author", m.author), ("date", m.date?.description),
            ("url", m.url), ("place", m.place), ("dateline", m.dateline),
        ] {
            out += "\(name): \(value ?? "-")\n"
        }
        out += "characters: \(document.scalars.count)\n"
        let furniture = document.furniture.map { span in
            "\(span.start)-\(span.end) \"\(PlainTextIngest.shorten(document.text(of: span).trimmingWhitespace()))\""
        }
        out += "furniture (not analysed): \(furniture.isEmpty ? "-" : furniture.joined(separator: "; "))\n"
        for warning in document.warnings { out += "warning: \(warning)\n" }
        if let sentences {
            out +=
                "paragraphs: \(sentences.paragraphs.count)  sentences: \(sentences.sentences.count)  quotations: \(sentences.quotations.count)\n"
        }
        out += separator + "\n" + document.text + "\n"
        return out
    }
}
