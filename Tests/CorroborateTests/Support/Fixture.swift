import Corroborate
import Foundation
import Testing

/// Paths into the repository, so tests read `Fixtures/` and `seeds/` wherever `swift test` runs.
enum Fixture {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/Fixtures/" + relative }
    static var seeds: String { root + "/seeds" }

    static func read(_ relative: String) throws -> Document {
        try Ingester().read(Ingester.Input(path: path(relative)))
    }

    /// A document made from text, as if read from a file of that name.
    static func document(_ text: String, name: String = "inline.txt") throws -> Document {
        try Ingester().document(from: Array(text.utf8), path: name)
    }

    /// The canonical name of every attribution of a one-article text, in text order.
    static func canonicalNames(_ text: String) throws -> [String] {
        Corroborator().analyze(try document(text)).attributions.compactMap { $0.canonical?.name }
    }

    /// The seeds analysed once for every test that needs them.
    static let seedAnalysis: Analysis = Corroborator().run(paths: [seeds])

    /// The seeds as a story store reports them: the third article and two claims new since the last add, the
    /// first contradiction new and reviewed right by ana, the first agreement dismissed as wrong.
    static func seedAnalysisWithStoreMarks() throws -> (
        analysis: Analysis, contradiction: Relation, dismissed: Relation
    ) {
        var analysis = seedAnalysis
        let contradiction = try #require(analysis.contradictions.first)
        let dismissed = try #require(analysis.relations.first { $0.type == .agreement })
        var novelty = Novelty(from: "2025-03-02T08:00:00Z", label: "the last add (2025-03-02T08:00:00Z)")
        novelty.articles = [2]
        novelty.claims = ["c1", "c2"]
        novelty.relations = [contradiction.id]
        analysis.novelty = novelty
        analysis.reviews[contradiction.id] = RelationReview(
            verdict: .right, note: "checked <both>", reviewer: "ana", at: "2025-03-02T09:00:00Z")
        analysis.dismissed = [dismissed]
        return (analysis, contradiction, dismissed)
    }

    static let gold: SeedGold = try! SeedGold.load(path("seeds.json"))

    static func seed(_ prefix: String) -> ArticleAnalysis {
        seedAnalysis.articles.first { $0.document.name.hasPrefix(prefix) }!
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "corroborate-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` (made with its folders) and returns the full path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let full = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
        return full
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in `folder` (relative to this one), sorted, hidden ones included.
    func names(in folder: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path + "/" + folder)) ?? []).sorted()
    }

    deinit {
        // rm copes with what FileManager does not: names that are not UTF-8, paths past PATH_MAX, folders a
        // test made unreadable.
        _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+rwx", path]).waitUntilExit()
        let remove = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", path])
        remove?.waitUntilExit()
    }
}
