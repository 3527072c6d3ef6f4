import Foundation

/// Writes files atomically: to a temporary file beside the target, then renamed over it, so a failure never
/// leaves a half-written report or destroys the previous one.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(OutputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw .cannotWrite(path, reason: "folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw .cannotWrite(path, reason: "cannot create a file in \(directory.path)")
        }
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path, reason: "cannot replace the file (\(String(cString: strerror(errno))))")
        }
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
