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
    /// `-` for standard input. Missing paths and folders without articles become errors; the rest go on.
    public static func inputs(for paths: [String]) -> (inputs: [Input], errors: [IngestError]) {
        var inputs: [Input] = []
        var errors: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(Input(path: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.missingPath(path))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(Input(path: path))
                continue
            }
            var found: [String] = []
            if let enumerator = manager.enumerator(atPath: path) {
                while let relative = enumerator.nextObject() as? String {
                    let name = relative.split(separator: "/").last.map(String.init) ?? relative
                    if name.hasPrefix(".") { continue }
                    guard let dot = name.lastIndex(of: "."),
                        extensions.contains(name[name.index(after: dot)...].lowercased())
                    else { continue }
                    let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                    var childIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                        found.append(full)
                    }
                }
            }
            if found.isEmpty { errors.append(.noArticles(folder: path)) }
            inputs.append(contentsOf: found.sorted().map { Input(path: $0) })
        }
        return (inputs, errors)
    }

    /// Reads one input into a document.
    public func read(_ input: Input) throws(IngestError) -> Document {
        let bytes = try Ingester.bytes(of: input.path)
        return try document(from: bytes, path: input.path)
    }

    /// Makes a document from bytes already read, deciding between HTML and plain text by name and content.
    public func document(from bytes: [UInt8], path: String) throws(IngestError) -> Document {
        if bytes.count > Ingester.sizeLimit {
            throw .tooLarge(path, bytes: bytes.count, limit: Ingester.sizeLimit)
        }
        let decoded = try TextDecoder.decode(bytes, path: path)
        if Ingester.looksLikeHTML(path: path, text: decoded.text) {
            let utf8 = Array(decoded.text.utf8)
            return try html.document(from: utf8, path: path, warnings: decoded.warnings)
        }
        return plain.document(from: decoded.text, path: path, warnings: decoded.warnings)
    }

    static func looksLikeHTML(path: String, text: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") || lower.hasSuffix(".md") { return false }
        let head = text.prefix(512).lowercased()
        return head.contains("<!doctype html") || head.contains("<html")
    }

    /// The bytes of a file or of standard input, refusing files over the size limit before reading them.
    static func bytes(of path: String) throws(IngestError) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingPath(path) }
        if isDirectory.boolValue { throw .unreadable(path, reason: "it is a folder") }
        if let attributes = try? manager.attributesOfItem(atPath: path),
            let size = (attributes[.size] as? NSNumber)?.intValue, size > sizeLimit
        {
            throw .tooLarge(path, bytes: size, limit: sizeLimit)
        }
        guard let data = manager.contents(atPath: path) else {
            throw .unreadable(path, reason: "permission denied or not a regular file")
        }
        return [UInt8](data)
    }
}
