import Corroborate
import Foundation

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

    /// The seeds analysed once for every test that needs them.
    static let seedAnalysis: Analysis = Corroborator().run(paths: [seeds])

    static let gold: SeedGold = try! SeedGold.load(path("seeds.json"))

    static func seed(_ prefix: String) -> ArticleAnalysis {
        seedAnalysis.articles.first { $0.document.name.hasPrefix(prefix) }!
    }
}
