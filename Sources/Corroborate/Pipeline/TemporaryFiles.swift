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

    public func register(_ path: String) { lock.withLock { _ = paths.insert(path) } }

    public func unregister(_ path: String) { lock.withLock { _ = paths.remove(path) } }

    /// Removes everything registered (folders with their contents).
    public func removeAll() {
        let all = lock.withLock {
            let all = paths
            paths = []
            return all
        }
        for path in all { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Installs the handlers once per process.
    public func installSignalCleanup() {
        lock.withLock {
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM, SIGHUP] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in
                    self.removeAll()
                    exit(128 + number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
