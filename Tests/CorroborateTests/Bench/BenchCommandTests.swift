import Foundation
import Testing

/// `corroborate bench` run as a user would: its tables, the bytes held per article, and `--max-memory`.
@Suite("Bench command")
struct BenchCommandTests {
    typealias CLI = CommandLineTests

    @Test("The end-to-end run is shown in its three parts, then each stage, then the bytes held per article")
    func tables() throws {
        let run = try CLI.corroborate(["bench", "seeds", "--max-memory", "64GB"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        let names = lines.compactMap { $0.split(separator: " ").first.map(String.init) }
        for stage in ["per-article", "comparison", "report", "end", "ingest", "segmentation", "attribution", "claims"] {
            #expect(names.contains(stage), "a row for \(stage)")
        }
        #expect(lines.contains { $0.hasPrefix("stage ") && $0.hasSuffix("peak memory   held after") })
        let held = try #require(lines.first { $0.hasPrefix("held per article (heap in use, 3 articles): ") })
        #expect(held.contains(" bytes after ingest, ") && held.contains(" bytes after the per-article stages"))
        #expect(
            lines.last?.hasPrefix("peak memory ") == true
                && lines.last?.hasSuffix("is within --max-memory 64.00 GB") == true)
    }

    @Test("A peak over --max-memory fails the run with exit 1 and says by how much")
    func overLimit() throws {
        let run = try CLI.corroborate(["bench", "seeds", "--stages-only", "--max-memory", "1MB"])
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("corroborate: peak memory "))
        #expect(run.errors.hasSuffix(" is over --max-memory 1 MB\n"))
    }

    @Test("A size that is not one is a usage error", arguments: ["lots", "0", "-2GB"])
    func badSize(size: String) throws {
        let run = try CLI.corroborate(["bench", "seeds", "--max-memory=\(size)"])
        #expect(run.status == 2)
        #expect(run.errors.contains("--max-memory needs a size such as 2GB or 1500MB (got \(size))"))
    }
}
