import ArgumentParser
import Corroborate
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
        } catch let error as DataError {
            Console.error(error.description)
            Foundation.exit(ExitStatus.usage)
        } catch {
            let code = CorroborateCommand.exitCode(for: error)
            if code == .validationFailure {
                _ = FileSink.writeAll(Array((CorroborateCommand.fullMessage(for: error) + "\n").utf8), to: 2)
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
