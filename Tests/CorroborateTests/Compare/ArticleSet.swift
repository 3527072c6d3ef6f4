import Corroborate
import Foundation
import Testing

/// Articles written for a test, analysed together: what the comparison relates between them. By default the
/// rules' proposals are all flagged (`RelationModel.rulesOnly`), so that a test of a rule does not depend on the
/// shipped model's weights; tests of the shipped model pass `.builtIn`.
struct ArticleSet {
    var texts: [String]
    var model: RelationModel = .rulesOnly
    /// Whether the articles carry a date line (all the same day); without one their times are unknown.
    var dated = true

    init(_ texts: [String], model: RelationModel = .rulesOnly, dated: Bool = true) {
        self.texts = texts
        self.model = model
        self.dated = dated
    }

    /// Two articles, `a.txt` and `b.txt`.
    init(a: String, b: String, model: RelationModel = .rulesOnly, dated: Bool = true) {
        self.init([a, b], model: model, dated: dated)
    }

    static let outlets = ["First Outlet", "Second Outlet", "Third Outlet", "Fourth Outlet", "Fifth Outlet"]

    /// Twenty-four things of a town that background articles of other stories are about (`SpecificFactTests`,
    /// `ConflictSubjectsTests`): with them, the words of the two articles compared are rare in the run.
    static let otherSubjects = [
        "the fish market", "the night bus", "the school roof", "the lighthouse", "the old mill", "the cycle lane",
        "the library", "the sea wall", "the town band", "the ice rink", "the tram depot", "the pier lamps",
        "the swimming pool", "the rowing club", "the bread fair", "the clock tower", "the dog park", "the boat show",
        "the chess club", "the car park", "the post office", "the choir", "the museum", "the beach huts",
    ]

    /// The file name of article `k`: `a.txt`, `b.txt`, ...
    static func name(_ k: Int) -> String { String(UnicodeScalar(UInt8(97 + k))) + ".txt" }

    func analysis() throws -> Analysis {
        let folder = try TemporaryFolder()
        for (k, text) in texts.enumerated() {
            let date = dated ? "Date: 2021-05-04\n" : ""
            try folder.write(ArticleSet.name(k), "Outlet: \(ArticleSet.outlets[k % 5])\n\(date)\n" + text + "\n")
        }
        var corroborator = Corroborator()
        corroborator.relationModel = model
        return corroborator.run(paths: [folder.path])
    }

    /// The relations that link a claim of `a.txt` with a claim of `b.txt`.
    func relations() throws -> [Relation] {
        let analysis = try analysis()
        return analysis.relations.filter { relation in
            let files = Set(
                relation.claims.compactMap { analysis.claim($0) }.map { analysis.articles[$0.document].document.name })
            return files == ["a.txt", "b.txt"]
        }
    }

    /// Twenty-four short articles of other stories, so that the words of two articles compared among them are rare
    /// in the run, as in a report on many articles.
    static let background: [String] = otherSubjects.map {
        "The council met about \($0) this week, the clerk said.\n\nResidents spoke about \($0) at the meeting."
    }

    /// Expects a contradiction between `a` and `b`, or none, in a run with the `background` articles.
    static func expectContradictionAmongOthers(_ a: String, _ b: String, _ conflict: Bool) throws {
        let found = try ArticleSet([a, b] + background).relations().filter { $0.type.isContradiction }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    /// Expects the two articles to give a contradiction (a numeric one when `numeric`), or none.
    static func expectContradiction(_ a: String, _ b: String, _ conflict: Bool, numeric: Bool = false) throws {
        let found = try ArticleSet([a, b]).relations().filter {
            numeric ? $0.type == .numericConflict : $0.type.isContradiction
        }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
