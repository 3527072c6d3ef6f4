import Foundation

/// A knowledge file format (`cues.json`, `sources.json`, `events.json`): the top-level fields it may hold, so a
/// file of another format, or one holding none of them, is refused rather than merged with no effect.
protocol KnowledgeFileFormat: Decodable {
    /// The format's name in messages, such as "a sources file".
    static var formatName: String { get }
    /// The top-level fields the format reads; `description` is allowed besides.
    static var fields: [String] { get }
}

extension CueLexicon: KnowledgeFileFormat {
    static var formatName: String { "a cues file" }
    static var fields: [String] {
        ["verbs", "prepositional", "nested", "skipBetweenSourceAndCue", "hedges", "raising", "classes", "acts"]
    }
}

extension SourceRegistry: KnowledgeFileFormat {
    static var formatName: String { "a sources file" }
    static var fields: [String] {
        [
            "sources", "kindWords", "titles", "opposingSides", "descriptors", "bodyNouns", "documentNouns", "roleWords",
        ]
    }
}

extension EventLexicon: KnowledgeFileFormat {
    static var formatName: String { "an events file" }
    static var fields: [String] {
        [
            "kinds", "manner", "state", "conflicts", "entities", "measures", "qualifiers", "numberWords", "negation",
            "families", "placeTaken", "locatives",
        ]
    }
}

extension ComparisonWords: KnowledgeFileFormat {
    static var formatName: String { "a comparison file" }
    /// Every key the decoder reads, so that a field added to the format is accepted in a user's file too.
    static var fields: [String] { CodingKeys.allCases.map(\.rawValue) }
}

/// Reads a user's knowledge file with messages that say where the problem is: the line and column of a syntax
/// error, the field path of a wrong type or value, the fields a file of the wrong format lacks.
enum KnowledgeFile {
    /// Knowledge files are small; anything larger is a mistake (an article or a corpus given by accident).
    static let sizeLimit = 50_000_000

    static func load<T: KnowledgeFileFormat>(_ path: String, as type: T.Type) throws(KnowledgeError) -> T {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path: path, limit: sizeLimit)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        let data = Data(bytes)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalid(path: path, reason: "not valid JSON" + position(of: error, in: bytes))
        }
        guard let fields = object as? [String: Any] else {
            throw .invalid(path: path, reason: "not \(T.formatName): the top level is not an object")
        }
        let known = Set(T.fields)
        let unknown = fields.keys.filter { !known.contains($0) && $0 != "description" }.sorted()
        if !unknown.isEmpty || !fields.keys.contains(where: known.contains) {
            let found = unknown.isEmpty ? "none of its fields" : "the field(s) " + quoted(unknown)
            throw .invalid(
                path: path, reason: "not \(T.formatName): it has \(found); expected \(quoted(T.fields, joiner: "or"))")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(path: path, reason: message(error))
        } catch {
            throw .invalid(path: path, reason: "\(error)")
        }
    }

    /// " at line L, column C" from Foundation's "around character N" (a UTF-8 offset), or "" when it gives none.
    static func position(of error: any Error, in bytes: [UInt8]) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let range = text.range(of: #"character \d+"#, options: .regularExpression),
            let offset = Int(text[range].dropFirst("character ".count))
        else { return "" }
        let upTo = bytes.prefix(min(offset, bytes.count))
        let line = upTo.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = upTo.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: upTo[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return " at line \(line), column \(column)"
    }

    /// A decoding error as the field it concerns and what is wrong with it.
    static func message(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            let joined = path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            let trimmed = joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
            return trimmed.isEmpty ? "the top level" : trimmed
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing the field \"\(key.stringValue)\" in \(place(context.codingPath))"
        case .typeMismatch(let type, let context):
            return "wrong type at \(place(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "null at \(place(context.codingPath)): expected \(typeName(type))"
        case .dataCorrupted(let context):
            return "bad value at \(place(context.codingPath)): \(valueProblem(context.debugDescription))"
        @unknown default:
            return "\(error)"
        }
    }

    /// Foundation's "Cannot initialize SourceKind from invalid String value wizard" as `"wizard" is not a
    /// source kind (one of ...)`, naming the allowed values where the type is a source kind.
    private static func valueProblem(_ description: String) -> String {
        let pattern = #"^Cannot initialize (\w+) from invalid \w+ value (.*)$"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: description, range: NSRange(description.startIndex..., in: description)),
            let typeRange = Range(match.range(at: 1), in: description),
            let valueRange = Range(match.range(at: 2), in: description)
        else { return description }
        let type = String(description[typeRange])
        let value = "\"\(description[valueRange])\" is not a valid \(type)"
        guard type == "\(SourceKind.self)" else { return value }
        return value + " (one of " + quoted(SourceKind.allCases.map(\.rawValue), joiner: "or") + ")"
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Double.Type: return "a number"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") || name.hasPrefix("Set") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }

    private static func quoted(_ names: [String], joiner: String = "and") -> String {
        let items = names.map { "\"\($0)\"" }
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + items.last!
    }
}
