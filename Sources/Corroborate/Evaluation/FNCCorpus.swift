import CSV
import Foundation

/// FNC-1's files: bodies (`Body ID,articleBody`) and stances (`Headline,Body ID[,Stance]`), read and written as
/// RFC 4180 CSV with CSV.swift (quoted fields, commas, quotes and newlines inside fields).
public enum FNCCorpus {
    /// One headline-body pair of a stances file, in file order.
    public struct Pair: Sendable, Hashable {
        public var headline: String
        public var bodyID: String
        /// The gold stance, when the file has a `Stance` column.
        public var stance: Stance?
        /// The record number in its file (the header is record 1), for messages.
        public var record: Int

        public init(headline: String, bodyID: String, stance: Stance? = nil, record: Int) {
            self.headline = headline
            self.bodyID = bodyID
            self.stance = stance
            self.record = record
        }
    }

    /// Reads a bodies file: body ID to text. A repeated ID is an error (which text would be meant?).
    public static func bodies(_ path: String) throws(FNCError) -> [String: String] {
        let (header, rows) = try read(path, columns: ["Body ID", "articleBody"])
        var out: [String: String] = [:]
        for (record, row) in rows {
            let id = row[header["Body ID"]!].trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { throw .badRecord(path: path, record: record, reason: "its Body ID is empty") }
            guard out[id] == nil else {
                throw .badRecord(path: path, record: record, reason: "Body ID \(id) appears a second time")
            }
            out[id] = row[header["articleBody"]!]
        }
        return out
    }

    /// Reads a stances file. With `labels` set, a `Stance` column is required and each label must be one of
    /// the four; otherwise a `Stance` column is ignored.
    public static func pairs(_ path: String, labels: Bool) throws(FNCError) -> [Pair] {
        let (header, rows) = try read(
            path, columns: labels ? ["Headline", "Body ID", "Stance"] : ["Headline", "Body ID"])
        var out: [Pair] = []
        out.reserveCapacity(rows.count)
        for (record, row) in rows {
            var stance: Stance?
            if labels {
                let label = row[header["Stance"]!]
                guard let s = Stance(label: label) else {
                    throw .badRecord(
                        path: path, record: record,
                        reason: "its Stance “\(label)” is none of agree, disagree, discuss, unrelated")
                }
                stance = s
            }
            out.append(
                Pair(
                    headline: row[header["Headline"]!],
                    bodyID: row[header["Body ID"]!].trimmingCharacters(in: .whitespaces),
                    stance: stance, record: record))
        }
        return out
    }

    /// The records of a CSV file with the named columns (found by header name, in any order), numbered from 2.
    private static func read(_ path: String, columns: [String]) throws(FNCError) -> (
        [String: Int], [(Int, [String])]
    ) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be read")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw .unreadable(path: path, reason: "it has no header row")
        }
        let names = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        var header: [String: Int] = [:]
        for (k, name) in names.enumerated() where header[name] == nil { header[name] = k }
        for column in columns where header[column] == nil {
            throw .missingColumn(path: path, column: column, found: names)
        }
        var rows: [(Int, [String])] = []
        var record = 1
        while let row = reader.next() {
            record += 1
            if row.count == 1 && row[0].isEmpty { continue }
            guard row.count >= names.count else {
                throw .badRecord(
                    path: path, record: record, reason: "it has \(row.count) fields where the header has \(names.count)"
                )
            }
            rows.append((record, row))
        }
        return (header, rows)
    }

    /// Writes predictions as `Headline,Body ID,Stance`, one row per pair, in order.
    public static func write(_ predictions: [(pair: Pair, stance: Stance)], to path: String) throws(OutputError) {
        let text = csv(predictions)
        try AtomicFile.stream(to: path) { sink in sink.write(text) }
    }

    /// The CSV text of predictions, quoted where RFC 4180 needs it.
    public static func csv(_ predictions: [(pair: Pair, stance: Stance)]) -> String {
        guard let writer = try? CSVWriter(stream: .toMemory()) else { return "" }
        try? writer.write(row: ["Headline", "Body ID", "Stance"])
        for (pair, stance) in predictions { try? writer.write(row: [pair.headline, pair.bodyID, stance.rawValue]) }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// A FNC-1 file that cannot be used, with the file and the record named.
public enum FNCError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)
    case missingColumn(path: String, column: String, found: [String])
    case badRecord(path: String, record: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .missingColumn(let path, let column, let found):
            "\(path): no “\(column)” column (its header has \(found.map { "“\($0)”" }.joined(separator: ", ")))"
        case .badRecord(let path, let record, let reason): "\(path): record \(record): \(reason)"
        }
    }
}
