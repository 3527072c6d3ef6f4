/// Why a store cannot be used. Each message names the store and says what to do, in one line.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case missing(String)
    case notAStore(String, reason: String)
    case newerSchema(String, found: Int, known: Int)
    case database(String, reason: String)
    case unknownRelation(String, id: String)
    case badDate(String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such story store (make one with corroborate add \(path) ARTICLES...)"
        case .notAStore(let path, let reason):
            return "\(path): not a Corroborate story store (\(reason))"
        case .newerSchema(let path, let found, let known):
            return
                "\(path): made by a newer Corroborate (store schema \(found); this one reads up to \(known)); use that version or a newer one, the store is left as it is"
        case .database(let path, let reason):
            return "\(path): \(reason)"
        case .unknownRelation(let path, let id):
            return "\(path): no relation \(id) in the store (relation ids are shown in its reports, like r12)"
        case .badDate(let text):
            return
                "--since \(text): not a date; give 2025-03-01, 2025-03-01T09:30, 2025-03-01T09:30:00Z or a number of hours like 24h"
        }
    }
}
