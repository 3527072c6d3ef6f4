#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one file atomically: an `OutputSet` of one.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try stream(to: path) { sink in sink.write(text) }
    }

    /// Streams a file atomically: `body` writes through a buffered sink into a temporary file beside the
    /// target, which replaces the target only when everything was written.
    public static func stream(to path: String, _ body: (inout FileSink) -> Void) throws(OutputError) {
        let set = try OutputSet(paths: [path])
        try set.write(0, body)
        try set.commit()
    }
}

/// Where report text goes: a string, or a file written in large buffered pieces.
public protocol TextSink {
    mutating func write(_ text: String)
    mutating func write(_ bytes: [UInt8])
}

extension TextSink {
    public mutating func write(_ text: String) { write(Array(text.utf8)) }
}

/// Collects text in memory.
public struct StringSink: TextSink {
    public var text = ""

    public init() {}

    public mutating func write(_ text: String) { self.text += text }
    public mutating func write(_ bytes: [UInt8]) { self.text += String(decoding: bytes, as: UTF8.self) }
}

/// Writes to a file descriptor in pieces of about a megabyte with POSIX `write`. The first failure (a full disk,
/// a closed pipe) is kept, later writes are dropped, and `finish` reports it: never a crash on an I/O error.
public struct FileSink: TextSink {
    let descriptor: Int32
    let path: String
    var buffer: [UInt8] = []
    private(set) var failure: OutputError?

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        buffer.reserveCapacity(1 << 20)
    }

    public mutating func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        if let code = FileSink.writeAll(buffer, to: descriptor) {
            failure = .cannotWrite(path, reason: FileSystem.message(code))
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and reports the first failure.
    mutating func finish() throws(OutputError) {
        flush()
        if let failure { throw failure }
    }

    /// Writes every byte, retrying short writes and interruptions; the errno of a failure, or nil.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

/// A report or output file that cannot be written.
public enum OutputError: Error, CustomStringConvertible, Sendable, Equatable {
    case cannotWrite(String, reason: String)
    case isInput(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason))"
        case .isInput(let path):
            return "\(path): is one of the articles to analyse; give another --output so that it is not replaced"
        }
    }
}
