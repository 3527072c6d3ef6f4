import CorroborateFuzz
import Foundation

/// Replays fuzzing inputs (by default the seed corpus in `Fixtures/fuzz`) through the same code the fuzzer
/// drives, so every crash the fuzzer found stays a regression check.
@main
struct ReplayCorpus {
    static func main() {
        var paths = Array(CommandLine.arguments.dropFirst())
        if paths.isEmpty { paths = ["Fixtures/fuzz"] }
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("corroborate-fuzz: \(path): no such file or folder\n".utf8))
                exit(2)
            }
            let files =
                isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                exercise([UInt8](data))
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
    }
}
