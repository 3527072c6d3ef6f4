#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files one run writes, checked before any analysis and replaced together. Each regular target is written to
/// a temporary file beside it (keeping the old file's mode, and following a symbolic link to the file it names),
/// and only when every file of the set is complete are they renamed over their targets, so that a failed or
/// interrupted run leaves all the previous reports, never a mix. A device, a FIFO or `-` (standard output) cannot
/// be replaced and is written through. Temporary files are registered with `TemporaryFiles`, which removes them
/// on SIGINT and SIGTERM.
public final class OutputSet {
    struct Target {
        /// As the user wrote it, for messages.
        var path: String
        /// The file that is replaced: `path` with symbolic links resolved.
        var destination: String
        /// Written through rather than replaced: standard output, a device or a FIFO.
        var streamed: Bool
        /// The mode of the file being replaced.
        var mode: mode_t?
        var temporary: String?
    }

    private var targets: [Target]
    private var committed = false

    /// Checks every target: its folder exists and can be written to, it is not a folder, a link to it can be
    /// followed.
    public init(paths: [String]) throws(OutputError) {
        targets = []
        for path in paths { targets.append(try OutputSet.plan(path)) }
    }

    /// The real paths of the targets, which a run never reads as articles.
    public var realPaths: Set<String> {
        Set(targets.filter { !$0.streamed }.map(\.destination))
    }

    /// The first input that is also one of the targets (compared by real path), which must never be replaced.
    public func target(of inputs: [Ingester.Input]) -> String? {
        let targets = realPaths
        return inputs.first { $0.path != "-" && targets.contains(FileSystem.realPath($0.path) ?? $0.path) }?.path
    }

    private static func plan(_ path: String) throws(OutputError) -> Target {
        if path == "-" { return Target(path: path, destination: "-", streamed: true) }
        var info = stat()
        if lstat(path, &info) == 0 {
            var destination = path
            if FileSystem.isSymbolicLink(info) {
                guard let resolved = FileSystem.realPath(path) else {
                    throw .cannotWrite(path, reason: "a symbolic link to a file that does not exist")
                }
                destination = resolved
                guard stat(destination, &info) == 0 else {
                    throw .cannotWrite(path, reason: FileSystem.message(errno))
                }
            } else {
                destination = FileSystem.realPath(path) ?? path
            }
            if FileSystem.isDirectory(info) { throw .cannotWrite(path, reason: "it is a folder") }
            if !FileSystem.isRegular(info) {
                return Target(path: path, destination: destination, streamed: true)
            }
            try checkFolder(of: destination, for: path)
            return Target(path: path, destination: destination, streamed: false, mode: info.st_mode & 0o7777)
        }
        guard errno == ENOENT else { throw .cannotWrite(path, reason: FileSystem.message(errno)) }
        let folder = try checkFolder(of: path, for: path)
        return Target(path: path, destination: folder + "/" + name(of: path), streamed: false)
    }

    /// The real path of the folder a file goes in, which must exist and be writable.
    @discardableResult
    private static func checkFolder(of file: String, for path: String) throws(OutputError) -> String {
        let folder = folder(of: file)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw .cannotWrite(path, reason: "the folder \(folder) does not exist")
        }
        guard FileSystem.isDirectory(info) else { throw .cannotWrite(path, reason: "\(folder) is not a folder") }
        guard access(folder, W_OK) == 0 else {
            throw .cannotWrite(path, reason: "the folder \(folder): \(FileSystem.message(errno))")
        }
        return FileSystem.realPath(folder) ?? folder
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Writes target `index`: through, for a stream; into its temporary file otherwise.
    public func write(_ index: Int, _ body: (inout FileSink) -> Void) throws(OutputError) {
        let target = targets[index]
        if target.streamed {
            let descriptor = target.path == "-" ? 1 : open(target.destination, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite(target.path, reason: FileSystem.message(errno)) }
            defer { if descriptor != 1 { close(descriptor) } }
            var sink = FileSink(descriptor: descriptor, path: target.path == "-" ? "standard output" : target.path)
            body(&sink)
            try sink.finish()
            return
        }
        let temporary =
            OutputSet.folder(of: target.destination) + "/." + OutputSet.name(of: target.destination) + "."
            + String(getpid()) + ".tmp"
        TemporaryFiles.shared.register(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else {
            TemporaryFiles.shared.unregister(temporary)
            throw .cannotWrite(target.path, reason: FileSystem.message(errno))
        }
        targets[index].temporary = temporary
        if let mode = target.mode { fchmod(descriptor, mode) }
        var sink = FileSink(descriptor: descriptor, path: target.path)
        body(&sink)
        do {
            try sink.finish()
        } catch {
            close(descriptor)
            discard()
            throw error
        }
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            let reason = FileSystem.message(errno)
            discard()
            throw .cannotWrite(target.path, reason: reason)
        }
    }

    /// Renames every temporary file over its target.
    public func commit() throws(OutputError) {
        for index in targets.indices {
            guard let temporary = targets[index].temporary else { continue }
            if rename(temporary, targets[index].destination) != 0 {
                let reason = FileSystem.message(errno)
                discard()
                throw .cannotWrite(targets[index].path, reason: "cannot replace the file (\(reason))")
            }
            TemporaryFiles.shared.unregister(temporary)
            targets[index].temporary = nil
        }
        committed = true
    }

    /// Removes the temporary files not yet renamed.
    public func discard() {
        for index in targets.indices {
            guard let temporary = targets[index].temporary else { continue }
            unlink(temporary)
            TemporaryFiles.shared.unregister(temporary)
            targets[index].temporary = nil
        }
    }

    deinit { discard() }
}
