import Foundation

/// Writes files atomically: to a temporary file beside the target, then renamed over it, so a failure never
/// leaves a half-written report or destroys the previous one.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(OutputError) {
        do {
            try stream(to: path) { sink in sink.write(text) }
        } catch let error as OutputError {
            throw error
        } catch {
            throw .cannotWrite(path, reason: "\(error)")
        }
    }
}

extension AtomicFile {
    /// Streams a file atomically: `body` writes through a buffered sink into a temporary file beside the
    /// target, which replaces the target only when everything was written.
    public static func stream(to path: String, _ body: (inout FileSink) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw OutputError.cannotWrite(path, reason: "cannot create a file in \(directory.path)")
        }
        var sink = FileSink(handle: handle)
        do {
            try body(&sink)
            sink.flush()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError.cannotWrite(path, reason: "cannot replace the file (\(String(cString: strerror(errno))))")
        }
    }
}

/// Where report text goes: a string, or a file written in large buffered pieces.
public protocol TextSink {
    mutating func write(_ text: String)
    mutating func write(_ data: Data)
}

/// Collects text in memory.
public struct StringSink: TextSink {
    public var text = ""

    public init() {}

    public mutating func write(_ text: String) { self.text += text }
    public mutating func write(_ data: Data) { self.text += String(decoding: data, as: UTF8.self) }
}

/// Writes to a file in pieces of about a megabyte.
public struct FileSink: TextSink {
    let handle: FileHandle
    var buffer = Data()

    init(handle: FileHandle) { self.handle = handle }

    public mutating func write(_ text: String) { write(Data(text.utf8)) }

    public mutating func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A report or output file that cannot be written.
public enum OutputError: Error, CustomStringConvertible, Sendable {
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason))"
        }
    }
}
