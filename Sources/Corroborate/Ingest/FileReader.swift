#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file or a stream into memory with POSIX calls, so that every failure carries the operating system's
/// words, and never reads more than a limit: a regular file over it is refused by its size before reading, a
/// stream (standard input, a FIFO) once it passes it.
public enum FileReader {
    /// The whole file at `path`, refused past `limit` bytes; the error names the path and the reason.
    public static func read(path: String, limit: Int) throws(IngestError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missingPath(path) }
            throw .unreadable(path, reason: FileSystem.message(code))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path, reason: FileSystem.message(errno)) }
        if FileSystem.isDirectory(info) { throw .unreadable(path, reason: "it is a folder") }
        if FileSystem.isRegular(info) && Int(info.st_size) > limit {
            throw .tooLarge(path, bytes: Int(info.st_size), limit: limit)
        }
        return try read(descriptor: descriptor, path: path, limit: limit)
    }

    /// Reads an open descriptor to its end, or until it passes `limit`.
    static func read(descriptor: Int32, path: String, limit: Int) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: FileSystem.message(errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .tooLarge(path, bytes: nil, limit: limit) }
        }
    }
}
