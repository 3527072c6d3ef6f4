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

    static let unknownCommands: [(arguments: [String], errors: String)] = [
        (
            ["reprot", "seeds"],
            "corroborate: unknown command 'reprot'; did you mean 'report'? (corroborate --help lists the commands)\n"
        ),
        (
            ["conflcits", "seeds"],
            "corroborate: unknown command 'conflcits'; did you mean 'conflicts'? (corroborate --help lists the commands)\n"
        ),
        (
            ["rep", "seeds"],
            "corroborate: unknown command 'rep'; did you mean 'report'? (corroborate --help lists the commands)\n"
        ),
        (["seeds"], "corroborate: 'seeds' is not a command; to report on it: corroborate report seeds\n"),
        (
            ["frobnicate"],
            "corroborate: unknown command 'frobnicate'; the commands are report, add, review, conflicts, sources, extract, text, check, validate, evaluate, train-cues, train-tagger, train-relations, train-stance, bench, bench-store\n"
        ),
    ]

    @Test(
        "An unknown command is named with the closest one, or the list of commands, in one line; exit 2",
        arguments: unknownCommands)
    func unknownCommand(arguments: [String], errors: String) throws {
        let run = try Self.corroborate(arguments)
        #expect(run.status == 2)
        #expect(run.errors == errors)
        #expect(run.output == "")
    }

    @Test("`help COMMAND` and options before the command still reach swift-argument-parser")
    func helpStillWorks() throws {
        let run = try Self.corroborate(["help", "report"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("OVERVIEW: Write the full report"))
    }

    /// A folder of two articles that ingest reads without a warning, and the command's working folder.
    static func twoArticles() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["a.txt", "b.txt"] {
            try folder.write(
                "articles/" + name,
                try String(contentsOfFile: Fixture.path("pairs/numeric-conflict/" + name), encoding: .utf8))
        }
        return folder
    }

    static let outputCases: [(arguments: [String], errors: String, files: [String])] = [
        (
            ["--output", "out/"], "corroborate: wrote report.html, report.xml, report.json, corroborate.xsd to out/\n",
            ["corroborate.xsd", "report.html", "report.json", "report.xml"]
        ),
        // A folder that exists is a folder without the slash too.
        (
            ["--output", "out", "--format", "xml"], "corroborate: wrote report.xml, corroborate.xsd to out\n",
            ["corroborate.xsd", "report.xml"]
        ),
        (
            ["--output", "out/", "--format", "xml"], "corroborate: wrote report.xml, corroborate.xsd to out/\n",
            ["corroborate.xsd", "report.xml"]
        ),
        (["--output", "out/", "--format", "html"], "corroborate: wrote report.html to out/\n", ["report.html"]),
        (["--output", "out/today.html"], "corroborate: wrote out/today.html\n", ["today.html"]),
        (["--output", "out/today.json", "--quiet"], "", ["today.json"]),
    ]

    @Test(
        "Every file `report --output` writes is named in one line, the schema beside the XML too",
        arguments: outputCases)
    func wroteLines(arguments: [String], errors: String, files: [String]) throws {
        let folder = try Self.twoArticles()
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
        let run = try Self.corroborate(["report", "articles"] + arguments, in: folder.path)
        #expect(run.errors == errors)
        #expect(folder.names(in: "out") == files)
        #expect(run.status == 0)
        #expect(run.output == "")
    }

    @Test("A missing --output folder is made with its parents, and the line names it")
    func outputFolderMade() throws {
        let folder = try Self.twoArticles()
        let run = try Self.corroborate(
            ["report", "articles", "--output", "made/here/", "--format", "json"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.errors == "corroborate: wrote report.json to made/here/\n")
        #expect(folder.names(in: "made/here") == ["report.json"])
    }

    @Test("An old report in the article folder is skipped with a note and the run still exits 0")
    func oldReportIsNotABadInput() throws {
        let folder = try Self.twoArticles()
        #expect(
            try Self.corroborate(["report", "articles", "--output", "articles/old/", "--quiet"], in: folder.path).status
                == 0)
        let run = try Self.corroborate(["report", "articles", "--output", "new.html"], in: folder.path)
        #expect(run.status == 0)
        #expect(
            run.errors == """
                corroborate: articles/old/report.html: a report written by Corroborate, not an article; skipped
                corroborate: wrote new.html

                """)
        let quiet = try Self.corroborate(["report", "articles", "--output", "new.html", "--quiet"], in: folder.path)
        #expect(quiet.status == 0)
        #expect(quiet.errors == "")
        for command in ["extract", "sources", "conflicts"] {
            let other = try Self.corroborate([command, "articles", "--quiet"], in: folder.path)
            #expect(other.status == 0, "\(command) exits \(other.status)")
            #expect(other.errors == "")
        }
        // A bad article beside it still makes the exit code 1.
        try folder.write("articles/empty.txt", "")
        let bad = try Self.corroborate(["report", "articles", "--output", "new.html", "--quiet"], in: folder.path)
        #expect(bad.status == 1)
        #expect(bad.errors == "corroborate: articles/empty.txt: file is empty\n")
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

    @Test(
        "`evaluate seeds` says in one line what is wrong with the gold path, and exits 2",
        arguments: [
            (#"{"attributions": []}"#, #"it is JSON but not the seeds' gold (no "relations")"#),
            ("attributions:\n", "it is not JSON"),
            (nil, "no such file"),
        ] as [(String?, String)])
    func evaluateGoldProblem(gold: String?, problem: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/gold.json"
        if let gold { _ = try folder.write("gold.json", gold) }
        let run = try Self.corroborate(["evaluate", "seeds", path, "seeds"])
        #expect(run.status == 2)
        #expect(run.errors == "corroborate: \(path): cannot read the gold: \(problem)\n")
        #expect(run.output == "")
    }

    @Test("`evaluate seeds` with its paths swapped names the folder and the order")
    func evaluateSwapped() throws {
        let run = try Self.corroborate(["evaluate", "seeds", "seeds", "Fixtures/seeds.json"])
        #expect(run.status == 2)
        #expect(
            run.errors
                == "corroborate: seeds: cannot read the gold: it is a folder (give the gold JSON first, then the seeds folder)\n"
        )
    }
}
