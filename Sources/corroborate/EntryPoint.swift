import ArgumentParser
import Foundation

/// Runs the command and maps errors to the documented exit codes: 0 success, 1 a bad input was skipped
/// (the rest still analysed and reported), 2 usage error.
@main
struct EntryPoint {
    static func main() {
        do {
            var command = try CorroborateCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = CorroborateCommand.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((CorroborateCommand.fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            CorroborateCommand.exit(withError: error)
        }
    }
}

/// The exit codes scripts can rely on.
enum ExitStatus {
    static let success: Int32 = 0
    static let skippedInput: Int32 = 1
    static let usage: Int32 = 2
}
