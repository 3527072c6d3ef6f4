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
        if FileSystem.isRegular(info) && info.st_size > 0 {
            return try read(descriptor: descriptor, path: path, size: Int(info.st_size), limit: limit)
        }
        return try read(descriptor: descriptor, path: path, limit: limit)
    }

    /// Reads a regular file whose size is known straight into an array of that size, uninitialised: an article of a
    /// few kilobytes costs no zeroed 64 KiB buffer and no copy (on generated-6250 the buffer's zeroing and first
    /// touch were 2% of a whole report's run). A file that grew since `fstat` is read on as a stream.
    static func read(descriptor: Int32, path: String, size: Int, limit: Int) throws(IngestError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let got = Glibc.read(descriptor, base + count, size - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                count += got
            }
        }
        if failure != 0 { throw .unreadable(path, reason: FileSystem.message(failure)) }
        if bytes.count < size { return bytes }
        return try read(descriptor: descriptor, path: path, limit: limit, after: bytes)
    }

    /// Reads an open descriptor to its end, or until it passes `limit`, after the `bytes` already read.
    static func read(descriptor: Int32, path: String, limit: Int, after read: [UInt8] = []) throws(IngestError)
        -> [UInt8]
    {
        var bytes = read
        var chunk = [UInt8](repeating: 0, count: bytes.isEmpty ? 1 << 16 : 1 << 12)
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
