#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps two `add`s on one store from comparing against the same snapshot: each compares and writes while
/// holding an exclusive `flock` on `STORE-lock` beside the store (analysis, the slow part, runs before it).
/// SQLite's own locks keep the file whole either way; this keeps the second `add` from missing the first one's
/// articles. The kernel releases the lock when the process ends, however it ends.
final class StoreLock {
    private let descriptor: Int32

    /// Takes the lock, calling `waiting` once if another process holds it.
    init(store path: String, waiting: () -> Void) throws(StoreError) {
        let lockPath = path + "-lock"
        descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .database(path, reason: "cannot open \(lockPath) (\(String(cString: strerror(errno))))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
        waiting()
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            throw .database(path, reason: "cannot lock \(lockPath) (\(String(cString: strerror(errno))))")
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
