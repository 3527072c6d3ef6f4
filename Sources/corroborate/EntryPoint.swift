import ArgumentParser
import Corroborate
import Foundation

/// Runs the command and maps errors to the documented exit codes: 0 success, 1 a bad input was skipped
/// (the rest still analysed and reported), 2 usage error.
@main
struct EntryPoint {
    static func main() {
        let commands = CorroborateCommand.configuration.subcommands.compactMap { $0.configuration.commandName }
        if let message = UnknownCommand.message(for: Array(CommandLine.arguments.dropFirst()), commands: commands) {
            Console.error(message)
            finish(ExitStatus.usage)
        }
        do {
            var command = try CorroborateCommand.parseAsRoot()
            try command.run()
            finish(ExitStatus.success)
        } catch let exit as ExitCode {
            finish(exit.rawValue)
        } catch let error as DataError {
            TemporaryFiles.shared.waitForSignalCleanup()
            Console.error(error.description)
            finish(ExitStatus.usage)
        } catch {
            TemporaryFiles.shared.waitForSignalCleanup()
            let code = CorroborateCommand.exitCode(for: error)
            if code == .validationFailure {
                _ = FileSink.writeAll(Array((CorroborateCommand.fullMessage(for: error) + "\n").utf8), to: 2)
                finish(ExitStatus.usage)
            }
            CorroborateCommand.exit(withError: error)
        }
    }

    /// Exits with `status`, after any cleanup a signal has started (which exits with the signal's status).
    static func finish(_ status: Int32) -> Never {
        TemporaryFiles.shared.waitForSignalCleanup()
        Foundation.exit(status)
    }
}

/// The exit codes scripts can rely on.
enum ExitStatus {
    static let success: Int32 = 0
    static let skippedInput: Int32 = 1
    static let usage: Int32 = 2
}

/// What a command keeps until the process exits rather than frees when it returns: the system takes a finished
/// run's memory back at once, where freeing a large analysis claim by claim took two seconds at the end of a
/// 50,000-article report, after its files were written.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    /// Keeps `value` alive until the process exits (commands run on the main thread, one at a time).
    static func keep(_ value: Any) { values.append(value) }
}
