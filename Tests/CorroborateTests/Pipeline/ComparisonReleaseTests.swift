import Testing

@testable import Corroborate

/// What the comparison reads from each claim (its content and shingles) is most of what a claim holds while
/// the comparison runs; the analysis it returns keeps neither, and finds the same things without them.
@Suite("What the comparison lets go")
struct ComparisonReleaseTests {
    @Test(
        "The analysis keeps no claim content or shingles, and still finds wire copies and relations",
        arguments: ["wire-copy", "numeric-conflict", "quote-variant"])
    func released(pair: String) {
        let corroborator = Corroborator()
        let analyzed = corroborator.analyzeArticles(
            Ingester.inputs(for: [Fixture.path("pairs/\(pair)")], followSymlinks: false))
        // Before the comparison every claim carries what was read from it.
        let claims = analyzed.articles.flatMap(\.claims)
        #expect(!claims.isEmpty && claims.allSatisfy { $0.read != nil })
        let analysis = corroborator.compare(analyzed)
        #expect(analysis.claims.allSatisfy { $0.read == nil && $0.shingles.isEmpty })
        #expect(!analysis.relations.isEmpty || analysis.claims.contains { $0.copyGroup != nil })
        // The same run through `run` gives the same relations.
        let whole = corroborator.run(paths: [Fixture.path("pairs/\(pair)")])
        #expect(whole.relations == analysis.relations)
    }
}
