#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The inputs a run will read, what was refused on the way (each entry named), and notes on inputs read once
/// although named twice.
public struct InputList: Sendable {
    public var inputs: [Ingester.Input] = []
    public var problems: [IngestError] = []
    /// `(path, message)`: an input left out because it is another input again.
    public var notes: [(String, String)] = []
    /// Inputs left out because they are the run's own output files (as the user's paths name them): never read,
    /// and for the caller to tell an old report of its own from an article it must not replace.
    public var ownOutputs: [String] = []

    public init() {}
}

/// Expands the paths a user gives into article files. Folders are walked with `lstat`, so what a folder holds is
/// read only when it is a regular file inside the tree given: a symbolic link that leads out of it (to
/// `/etc/passwd`, say) is refused with a line unless `followSymlinks` is set, and links inside it are read once
/// through their target. Every entry skipped for a reason (a broken or looping link, an unreadable folder, a name
/// that is not UTF-8, a path over the system's limit, a FIFO or device named like an article) becomes a problem,
/// so that nothing is dropped silently. A path given by name is the user's choice and is followed.
struct InputWalker {
    var followSymlinks = false
    /// Real paths never read: the run's own output files.
    var excluded: Set<String> = []

    private var list = InputList()
    /// Real paths already taken, with the path they were taken under.
    private var seen: [String: String] = [:]
    /// Real paths of folders already walked, so that a link back up the tree cannot loop.
    private var walked: Set<String> = []

    init(followSymlinks: Bool = false, excluded: Set<String> = []) {
        self.followSymlinks = followSymlinks
        self.excluded = excluded
    }

    mutating func walk(_ paths: [String]) -> InputList {
        var stdinTaken = false
        for path in paths {
            if path == "-" {
                if stdinTaken {
                    list.notes.append(("-", "standard input given twice; read once"))
                } else {
                    list.inputs.append(Ingester.Input(path: "-"))
                    stdinTaken = true
                }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                let code = errno
                if code == ENOENT {
                    var link = stat()
                    list.problems.append(
                        lstat(path, &link) == 0 ? .unreadable(path, reason: "broken symbolic link") : .missingPath(path)
                    )
                } else {
                    list.problems.append(.unreadable(path, reason: FileSystem.message(code)))
                }
                continue
            }
            if FileSystem.isDirectory(info) {
                guard let root = FileSystem.realPath(path) else {
                    list.problems.append(.unreadable(path, reason: FileSystem.message(errno)))
                    continue
                }
                let before = (list.inputs.count, list.problems.count, list.notes.count, list.ownOutputs.count)
                walkFolder(path, real: root, root: root)
                if before == (list.inputs.count, list.problems.count, list.notes.count, list.ownOutputs.count) {
                    list.problems.append(.noArticles(folder: path))
                }
            } else {
                // Named by the user: read whatever it is (a FIFO from process substitution included).
                take(path, real: FileSystem.realPath(path) ?? path)
            }
        }
        return list
    }

    private mutating func take(_ path: String, real: String) {
        if excluded.contains(real) {
            list.ownOutputs.append(path)
            return
        }
        if let first = seen[real] {
            list.notes.append((path, "the same file as \(first); read once"))
            return
        }
        seen[real] = path
        list.inputs.append(Ingester.Input(path: path))
    }

    /// Walks one folder depth-first, entries sorted by name, without recursion (deep trees cannot overflow).
    /// Files a folder of articles keeps about itself by convention (`README.md`, `LICENSE.txt`, `CHANGELOG`, and
    /// any Markdown file named in capitals, such as `INDEX.md` or `NOTES.md`): skipped when walking a folder, read
    /// when named.
    static func isDocumentation(_ name: String) -> Bool {
        let written = name.split(separator: ".").first.map(String.init) ?? ""
        let stem = written.uppercased()
        if name.lowercased().hasSuffix(".md"), written == stem, written.contains(where: \.isLetter) { return true }
        return ["README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE", "AUTHORS", "COPYING"]
            .contains(stem)
    }

    private mutating func walkFolder(_ start: String, real: String, root: String) {
        var stack: [(path: String, real: String)] = [(start, real)]
        walked.insert(real)
        while let (folder, folderReal) = stack.popLast() {
            guard let entries = FileSystem.entries(of: folder) else {
                list.problems.append(.unreadable(folder, reason: FileSystem.message(errno)))
                continue
            }
            var subfolders: [(String, String)] = []
            for entry in entries {
                guard let name = entry.name else {
                    list.problems.append(
                        .unreadable(
                            folder + "/" + entry.escapedName, reason: "its name is not UTF-8; rename it to read it"))
                    continue
                }
                if name.hasPrefix(".") { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                if path.utf8.count >= FileSystem.pathLimit {
                    list.problems.append(
                        .unreadable(
                            path, reason: "the path is longer than the system's limit of \(FileSystem.pathLimit) bytes")
                    )
                    continue
                }
                var info = stat()
                guard lstat(path, &info) == 0 else {
                    list.problems.append(.unreadable(path, reason: FileSystem.message(errno)))
                    continue
                }
                let article = Ingester.hasArticleExtension(name)
                if article && InputWalker.isDocumentation(name) && !FileSystem.isDirectory(info) {
                    list.notes.append(
                        (path, "a folder's documentation file, not an article; skipped (name it to read it)"))
                    continue
                }
                if FileSystem.isDirectory(info) {
                    subfolders.append((path, folderReal + "/" + name))
                } else if FileSystem.isSymbolicLink(info) {
                    var target = stat()
                    guard stat(path, &target) == 0 else {
                        let reason = errno == ELOOP ? "symbolic link that loops" : "broken symbolic link"
                        list.problems.append(.unreadable(path, reason: reason))
                        continue
                    }
                    guard FileSystem.isDirectory(target) || article else { continue }
                    guard let targetReal = FileSystem.realPath(path) else {
                        list.problems.append(.unreadable(path, reason: FileSystem.message(errno)))
                        continue
                    }
                    let inside = targetReal == root || targetReal.hasPrefix(root == "/" ? "/" : root + "/")
                    guard inside || followSymlinks else {
                        list.problems.append(
                            .unreadable(
                                path,
                                reason:
                                    "symbolic link to \(targetReal), outside \(root); skipped (--follow-symlinks reads it)"
                            ))
                        continue
                    }
                    if FileSystem.isDirectory(target) {
                        subfolders.append((path, targetReal))
                    } else if FileSystem.isRegular(target) {
                        take(path, real: targetReal)
                    } else {
                        list.problems.append(
                            .unreadable(path, reason: "links to \(FileSystem.kind(target)), not a regular file"))
                    }
                } else if article {
                    if FileSystem.isRegular(info) {
                        take(path, real: folderReal + "/" + name)
                    } else {
                        list.problems.append(.unreadable(path, reason: "\(FileSystem.kind(info)), not a regular file"))
                    }
                }
            }
            for (path, real) in subfolders.reversed() where walked.insert(real).inserted {
                stack.append((path, real))
            }
        }
    }
}

/// The few POSIX calls ingest and output need, with messages in the operating system's words.
enum FileSystem {
    static let pathLimit = Int(PATH_MAX)

    static func isDirectory(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }
    static func isRegular(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFREG }
    static func isSymbolicLink(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFLNK }

    /// What a file is, in words: `a FIFO`, `a character device`.
    static func kind(_ info: stat) -> String {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// `strerror` for an error number, in lower case as the rest of a message: `permission denied`.
    static func message(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The canonical absolute path, links resolved; nil (with errno set) when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    struct Entry {
        /// The name, or nil when it is not valid UTF-8.
        var name: String?
        /// The name with bytes that are not UTF-8 written as `\xFF`.
        var escapedName: String
    }

    /// A folder's entries, sorted by their bytes, without `.` and `..`; nil (with errno set) when it cannot be read.
    static func entries(of folder: String) -> [Entry]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(bytes)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        return names.map { bytes in
            if let name = String(validating: bytes, as: UTF8.self) {
                return Entry(name: name, escapedName: name)
            }
            var escaped = ""
            var index = 0
            while index < bytes.count {
                // Keep the valid runs readable; write each stray byte as \xNN.
                var end = index
                while end < bytes.count && bytes[end] < 0x80 { end += 1 }
                if end > index {
                    escaped += String(decoding: bytes[index..<end], as: UTF8.self)
                    index = end
                    continue
                }
                let hex = String(bytes[index], radix: 16, uppercase: true)
                escaped += "\\x" + (hex.count == 1 ? "0" + hex : hex)
                index += 1
            }
            return Entry(name: nil, escapedName: escaped)
        }
    }
}
