/// Why an input could not be read. Each message names the file and says what is wrong in one line.
public enum IngestError: Error, Sendable, Equatable {
    case missingPath(String)
    case noArticles(folder: String)
    case emptyFile(String)
    case binaryFile(String, looksLike: String)
    case tooLarge(String, bytes: Int, limit: Int)
    case unreadable(String, reason: String)
    case noText(String)
    case undecodable(String, reason: String)

    /// The path the problem is about.
    public var path: String {
        switch self {
        case .missingPath(let path), .emptyFile(let path), .noText(let path): return path
        case .noArticles(let folder): return folder
        case .binaryFile(let path, _), .tooLarge(let path, _, _), .unreadable(let path, _),
            .undecodable(let path, _):
            return path
        }
    }
}

extension IngestError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingPath(let path):
            return "\(path): no such file or folder"
        case .noArticles(let folder):
            return "\(folder): folder holds no articles (looked for .txt, .text, .md, .html, .htm)"
        case .emptyFile(let path):
            return "\(path): file is empty"
        case .binaryFile(let path, let kind):
            return "\(path): not a text article (\(kind)); skipped"
        case .tooLarge(let path, let bytes, let limit):
            return "\(path): \(bytes / 1_000_000) MB is over the \(limit / 1_000_000) MB limit for one article; skipped"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .noText(let path):
            return "\(path): no article text found"
        case .undecodable(let path, let reason):
            return "\(path): cannot decode text (\(reason))"
        }
    }
}
