import Dispatch
import Foundation

/// The temporary files and folders a run has made and not yet renamed or removed, so that SIGINT, SIGTERM or
/// SIGHUP never leave `.report.json.PID.tmp` or a generated corpus behind. `installSignalCleanup` routes those
/// signals to a dispatch source (on its own queue, so it runs while every core is busy analysing) that removes
/// what is registered and exits with 128 plus the signal's number, as a shell expects.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()

    private let lock = Lock()
    private var paths: Set<String> = []
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "corroborate.signals")
    /// Held by a signal's cleanup from its start to its exit, so that the main thread, finishing at the same
    /// moment (its writes failing because a folder went away), cannot end the process halfway through it.
    private let cleanup = NSLock()

    public func register(_ path: String) { lock.withLock { _ = paths.insert(path) } }

    public func unregister(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Removes everything registered (folders with their contents).
    public func removeAll() {
        let all = lock.withLock {
            let all = paths
            paths = []
            return all
        }
        for path in all {
            // A folder another thread is still writing into is renamed first, so that its writes fail rather
            // than refill it while it is being removed.
            var info = stat()
            if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
                let doomed = path + ".removing-" + String(getpid())
                if rename(path, doomed) == 0 {
                    try? FileManager.default.removeItem(atPath: doomed)
                    continue
                }
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Installs the handlers once per process.
    public func installSignalCleanup() {
        lock.withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in
                    self.cleanup.lock()
                    self.removeAll()
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Call before the process exits: returns at once, unless a signal's cleanup is under way, in which case it
    /// never returns (that cleanup ends the process with the signal's status).
    public func waitForSignalCleanup() {
        cleanup.lock()
        cleanup.unlock()
    }
}
