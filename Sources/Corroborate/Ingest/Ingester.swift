import Foundation

/// Reads inputs into documents: expands folders, reads files and standard input, decodes, and dispatches to
/// plain-text or HTML ingest. Problems with one input never stop the others.
public struct Ingester: Sendable {
    /// Articles larger than this are reported and skipped rather than read into memory.
    public static let sizeLimit = 20_000_000

    /// The file extensions read from folders.
    public static let extensions: Set<String> = ["txt", "text", "md", "html", "htm"]

    let plain: PlainTextIngest
    let html: HTMLIngest
    /// Whether text encoded twice is repaired (`Mojibake`); the tagger's trainer reads its corpus as the annotators
    /// saw it, so that the documented command rebuilds the shipped model byte for byte.
    var repairsEncoding = true

    public init(knowledge: Knowledge = .builtIn) {
        self.plain = PlainTextIngest(rules: CompiledTextRules(knowledge.textRules), registry: knowledge.sources)
        self.html = HTMLIngest(plain: plain)
    }

    /// One input to read: a file path, or `-` for standard input.
    public struct Input: Sendable, Hashable {
        public var path: String

        public init(path: String) { self.path = path }
    }

    /// The inputs named by `paths`: files as given, folders expanded recursively (sorted, articles only),
    /// `-` for standard input. Missing paths, folders without articles and every entry skipped inside a folder
    /// become errors; the rest go on.
    public static func inputs(for paths: [String]) -> (inputs: [Input], errors: [IngestError]) {
        let list = inputs(for: paths, followSymlinks: false)
        return (list.inputs, list.problems)
    }

    /// The inputs named by `paths`, with what was refused and what was left out as a repeat or as the run's own
    /// output (`excluding`, real paths). See `InputWalker` for what is followed.
    public static func inputs(for paths: [String], followSymlinks: Bool, excluding: Set<String> = []) -> InputList {
        var walker = InputWalker(followSymlinks: followSymlinks, excluded: excluding)
        return walker.walk(paths)
    }

    /// Whether a file name ends in one of the article extensions.
    static func hasArticleExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Reads one input into a document.
    public func read(_ input: Input) throws(IngestError) -> Document {
        let bytes = try Ingester.bytes(of: input.path)
        return try document(from: bytes, path: input.path)
    }

    /// Makes a document from bytes already read, deciding between HTML and plain text by name and content.
    /// A fetched page passes what its server said: `isHTML` (from the media type) and the `charset` of its
    /// `Content-Type` header, which comes before the one the page declares.
    public func document(from bytes: [UInt8], path: String, isHTML: Bool? = nil, charset: String? = nil)
        throws(IngestError) -> Document
    {
        if bytes.count > Ingester.sizeLimit {
            throw .tooLarge(path, bytes: bytes.count, limit: Ingester.sizeLimit)
        }
        let markup = isHTML ?? Ingester.looksLikeMarkup(path: path, bytes: bytes)
        if markup && ReportSignature.matches(bytes) { throw .ownReport(path) }
        let declared = charset ?? (markup ? Charset.declared(in: bytes) : nil)
        let decoded = try TextDecoder.decode(bytes, path: path, charset: declared, repair: repairsEncoding)
        if isHTML ?? Ingester.looksLikeHTML(path: path, text: decoded.text) {
            let utf8 = Array(decoded.text.utf8)
            return try html.document(from: utf8, path: path, warnings: decoded.warnings)
        }
        return plain.document(from: decoded.text, path: path, warnings: decoded.warnings)
    }

    /// Whether the bytes may be a page, before decoding: by name, or by a tag near the start.
    static func looksLikeMarkup(path: String, bytes: [UInt8]) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") || lower.hasSuffix(".md") { return false }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html")
    }

    static func looksLikeHTML(path: String, text: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") || lower.hasSuffix(".md") { return false }
        let head = text.prefix(512).lowercased()
        return head.contains("<!doctype html") || head.contains("<html")
    }

    /// The bytes of a file or of standard input, refusing anything over the size limit without reading past it.
    static func bytes(of path: String) throws(IngestError) -> [UInt8] {
        if path == "-" {
            return try FileReader.read(descriptor: 0, path: path, limit: sizeLimit)
        }
        return try FileReader.read(path: path, limit: sizeLimit)
    }
}
