import ArgumentParser
import Corroborate
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an XML report against corroborate.xsd with libxml2.",
        discussion: """
            Prints `FILE: valid`, or each problem libxml2 reports with its line; exits 1 when a file is not valid.

            Example:
              corroborate validate Reports/report.xml
            """
    )

    @Argument(help: ArgumentHelp("XML reports to check.", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one XML file") }
    }

    func run() throws {
        let validator = SchemaValidator(schema: XMLReport.schema)
        var failed = false
        var missing = false
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(path: file, limit: Ingester.sizeLimit)
            } catch {
                Console.error(error.description)
                missing = missing || TextCommand.status(for: error) == ExitStatus.usage
                failed = true
                continue
            }
            let problems = validator.problems(in: bytes)
            if problems.isEmpty {
                Console.write("\(file): valid\n")
            } else {
                failed = true
                for problem in problems { Console.write("\(file): \(problem)\n") }
            }
        }
        if missing { throw ExitCode(ExitStatus.usage) }
        if failed { throw ExitCode(ExitStatus.skippedInput) }
    }
}
