import Foundation
import Testing

/// The built `corroborate` executable, run as a user would: exit codes and messages.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static var binary: String { Fixture.root + "/.build/debug/corroborate" }

    /// Runs the binary with `arguments` in `directory` (the repository by default), `input` on its standard input
    /// (written from another thread, so a process that stops reading early cannot block the test), and standard
    /// output sent to `outputFile` instead of a pipe when given.
    static func corroborate(
        _ arguments: [String], in directory: String? = nil, input: Data? = nil, outputFile: String? = nil,
        environment: [String: String]? = nil
    ) throws -> Run {
        let process = try start(arguments, in: directory, environment: environment)
        let out = Pipe()
        let err = Pipe()
        if let outputFile {
            process.standardOutput = FileHandle(forWritingAtPath: outputFile)
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            signal(SIGPIPE, SIG_IGN)
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let output = outputFile == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    /// A process for the binary, not yet started.
    static func start(_ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil)
        throws -> Process
    {
        #expect(FileManager.default.isExecutableFile(atPath: binary), "build the package first: \(binary)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? Fixture.root)
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        return process
    }

    static let exitCases: [(arguments: [String], status: Int32)] = [
        (["sources", "seeds", "--quiet"], 0),
        (["sources", "Fixtures/mixed", "--quiet"], 1),
        (["extract", "Fixtures/mixed", "--quiet"], 1),
        (["text", "Fixtures/mixed/empty.txt"], 1),
        (["report", "--format", "pdf", "seeds"], 2),
        (["sources", "nowhere.txt"], 2),
        (["frobnicate"], 2),
        (["sources", "seeds", "--sources", "Fixtures/text/png-renamed.txt"], 2),
        (["extract", "seeds", "--broad", "--no-model"], 2),
        (["extract", "seeds", "--model", "Fixtures/text/png-renamed.txt"], 2),
        (["extract", "seeds", "--broad", "--quiet"], 0),
    ]

    @Test("Exit codes follow the README: 0 success, 1 a bad input skipped, 2 usage error", arguments: exitCases)
    func exitCodes(arguments: [String], status: Int32) throws {
        #expect(try Self.corroborate(arguments).status == status)
    }

    @Test("A skipped input is one line on standard error naming the file")
    func oneLineErrors() throws {
        let run = try Self.corroborate(["extract", "Fixtures/mixed", "--quiet"])
        #expect(
            run.errors == """
                corroborate: Fixtures/mixed/empty.txt: file is empty
                corroborate: Fixtures/mixed/photo.txt: not a text article (a PNG image); skipped

                """)
        #expect(run.output.split(separator: "\n").count > 10)
    }

    @Test(
        "Every command's help shows an example",
        arguments: [
            "report", "conflicts", "sources", "extract", "text", "validate", "evaluate", "train-tagger", "bench",
        ])
    func helpHasExamples(command: String) throws {
        let run = try Self.corroborate([command, "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("Example"))
        #expect(run.output.contains("corroborate \(command)"))
    }

    @Test("`corroborate conflicts seeds` lists the Dabiq conflict first")
    func conflictsFirst() throws {
        let run = try Self.corroborate(["conflicts", "seeds", "--quiet"])
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).prefix(12).joined(
            separator: "\n")
        #expect(
            lines == """
                3 contradictions among 121 claims in 3 articles, strongest first

                r1 CONFLICT  score 0.95  rule: manner: unopposed vs contested
                  Syrian Observatory for Human Rights (monitoring group), 000_21d35f3862f5013d.txt:
                    words: “withdrew”
                    claim: rebel forces “captured Dabiq after IS members withdrew from the area”
                  Fastaqim Union (rebel faction), 000_21d35f3862f5013d.txt:
                    words: “fierce clashes”
                    claim: Dabiq had fallen “after fierce clashes”
                  why: Syrian Observatory for Human Rights says “withdrew” (unopposed) while Fastaqim Union says
                       “fierce clashes” (contested) about Dabiq: the two cannot both describe the same happening.

                """)
    }
}
