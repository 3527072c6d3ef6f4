/// Why an input could not be read. Each message names the file and says what is wrong in one line.
public enum IngestError: Error, Sendable, Equatable {
    case missingPath(String)
    case noArticles(folder: String)
    case emptyFile(String)
    case binaryFile(String, looksLike: String)
    /// `bytes` is nil for a stream read until it passed the limit.
    case tooLarge(String, bytes: Int?, limit: Int)
    /// One of Corroborate's own reports, found among the inputs.
    case ownReport(String)
    case unreadable(String, reason: String)
    case noText(String)
    case undecodable(String, reason: String)

    /// The path the problem is about.
    public var path: String {
        switch self {
        case .missingPath(let path), .emptyFile(let path), .noText(let path), .ownReport(let path): return path
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
            let size = bytes.map { "\(IngestError.grouped($0)) bytes" } ?? "more than that"
            return "\(path): over the limit of \(IngestError.grouped(limit)) bytes for one article (\(size)); skipped"
        case .ownReport(let path):
            return "\(path): a report written by Corroborate, not an article; skipped"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))"
        case .noText(let path):
            return "\(path): no article text found"
        case .undecodable(let path, let reason):
            return "\(path): cannot decode text (\(reason))"
        }
    }
}

extension IngestError {
    /// The message without the path it starts with, for callers that name the file themselves.
    var reason: String {
        let text = description
        let prefix = path + ": "
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
    }

    /// `20000001` as `20,000,001`.
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
