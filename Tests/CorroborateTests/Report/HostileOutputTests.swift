import Corroborate
import Foundation
import Testing

/// Outputs in hostile places: an article named as the report, devices, links, a full disk, an interrupted run.
/// Nothing outside `--output` changes, and a failed run leaves the previous reports whole.
@Suite("Hostile output")
struct HostileOutputTests {
    typealias CLI = CommandLineTests

    static let article = HostileInputTests.article

    /// Waits up to `seconds` for `condition`, polling every 50 ms.
    static func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test("An output that is one of the inputs is refused before anything is written; the article is untouched")
    func outputIsInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.html", "<html><body><p>" + Self.article + "</p></body></html>")
        let before = folder.read("s.html")
        let run = try CLI.corroborate(["report", "s.html", "--output", "s.html"], in: folder.path)
        #expect(run.status == 2)
        #expect(
            run.errors
                == "corroborate: s.html: is one of the articles to analyse; give another --output so that it is not replaced\n"
        )
        #expect(folder.read("s.html") == before)
        #expect(folder.names() == ["s.html"])
    }

    @Test("A bad --output is reported before the analysis, in one line, without the usage text")
    func outputCheckedFirst() throws {
        let folder = try TemporaryFolder()
        let run = try CLI.corroborate(["report", "nowhere.txt", "--output", "missing/r.json"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errors == "corroborate: missing/r.json: cannot write (the folder missing does not exist)\n")
        let folderTarget = try CLI.corroborate(["report", Fixture.seeds, "--output", folder.path + "/x.json/"])
        #expect(folderTarget.status == 0)
        let isFolder = try CLI.corroborate(["report", Fixture.seeds, "--format", "json", "--output", folder.path])
        #expect(isFolder.status == 0)
        let names = folder.names()
        #expect(names == ["report.json", "x.json"])
    }

    @Test("A device is written through and stays a device")
    func deviceWrittenThrough() throws {
        let run = try CLI.corroborate(["report", "seeds", "--format", "json", "--output", "/dev/null", "--quiet"])
        #expect(run.status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("A FIFO is written through: the reader gets the whole report")
    func fifoWrittenThrough() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/report.json"
        #expect(mkfifo(fifo, 0o644) == 0)
        let box = ReadBox()
        let reader = Thread {
            // POSIX calls: Foundation's file reading does not open FIFOs.
            let descriptor = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while descriptor >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                box.data.append(contentsOf: buffer[0..<count])
            }
            close(descriptor)
            box.done.signal()
        }
        reader.start()
        let run = try CLI.corroborate(["report", "seeds", "--output", fifo, "--quiet"])
        #expect(run.status == 0)
        #expect(box.done.wait(timeout: .now() + 30) == .success)
        let report = try #require(JSONSerialization.jsonObject(with: box.data) as? [String: Any])
        #expect((report["documents"] as? [Any])?.count == 3)
    }

    @Test("A report replaced keeps its mode, and a symbolic link to a report is followed, not replaced")
    func modeAndLinkKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("private.json", "old")
        chmod(folder.path + "/private.json", 0o600)
        try folder.write("real/target.json", "old")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/link.json", withDestinationPath: "real/target.json")
        for name in ["private.json", "link.json"] {
            let run = try CLI.corroborate(["report", Fixture.seeds, "--output", folder.path + "/" + name, "--quiet"])
            #expect(run.status == 0)
        }
        var info = stat()
        #expect(stat(folder.path + "/private.json", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(folder.read("private.json")?.hasPrefix("{\"claims\"") == true)
        #expect(lstat(folder.path + "/link.json", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFLNK)
        #expect(folder.read("real/target.json")?.hasPrefix("{\"claims\"") == true)
        #expect(folder.names() == ["link.json", "private.json", "real"])
        #expect(folder.names(in: "real") == ["target.json"])
    }

    /// A report folder holding last run's three reports, each saying "old".
    static func oldReports(in folder: TemporaryFolder) throws -> String {
        for name in ["report.html", "report.xml", "corroborate.xsd"] { try folder.write("out/" + name, "old") }
        return folder.path + "/out"
    }

    @Test("A write that fails (a full disk) leaves the previous reports whole and no temporary file")
    func failedWriteKeepsOldSet() throws {
        let folder = try TemporaryFolder()
        let out = try Self.oldReports(in: folder)
        try FileManager.default.createSymbolicLink(atPath: out + "/report.json", withDestinationPath: "/dev/full")
        let run = try CLI.corroborate(["report", Fixture.seeds, "--output", out + "/", "--quiet"])
        #expect(run.status == 2)
        #expect(run.errors == "corroborate: \(out)/report.json: cannot write (no space left on device)\n")
        for name in ["report.html", "report.xml", "corroborate.xsd"] { #expect(folder.read("out/" + name) == "old") }
        #expect(folder.names(in: "out") == ["corroborate.xsd", "report.html", "report.json", "report.xml"])
    }

    @Test("Standard output on a full disk is one line and exit 2, not a crash")
    func fullStandardOutput() throws {
        let run = try CLI.corroborate(["report", "seeds", "--format", "json", "--quiet"], outputFile: "/dev/full")
        #expect(run.status == 2)
        #expect(run.errors == "corroborate: standard output: cannot write (no space left on device)\n")
    }

    @Test("SIGINT while the reports are being written removes the temporary files and keeps the old reports")
    func interruptedWrite() throws {
        let folder = try TemporaryFolder()
        let out = try Self.oldReports(in: folder)
        // A FIFO nobody reads: opening it blocks, with report.html and report.xml staged beside it.
        #expect(mkfifo(out + "/report.json", 0o644) == 0)
        let process = try CLI.start(["report", Fixture.seeds, "--output", out + "/", "--quiet"])
        try process.run()
        let staged = Self.wait(seconds: 60) {
            folder.names(in: "out").filter { $0.hasSuffix(".tmp") }.count == 2
        }
        #expect(staged)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 128 + SIGINT)
        #expect(folder.names(in: "out") == ["corroborate.xsd", "report.html", "report.json", "report.xml"])
        for name in ["report.html", "report.xml", "corroborate.xsd"] { #expect(folder.read("out/" + name) == "old") }
    }

    @Test("SIGTERM during `bench` removes its generated corpus")
    func interruptedBench() throws {
        let folder = try TemporaryFolder()
        let process = try CLI.start(
            ["bench", "--generate", "20000", "--stages-only"], environment: ["TMPDIR": folder.path + "/"])
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let started = Self.wait(seconds: 60) {
            folder.names().contains { $0.hasPrefix("corroborate-bench-") }
        }
        #expect(started)
        usleep(300_000)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(folder.names() == [])
    }
}

/// What a reader thread got from a FIFO.
final class ReadBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
