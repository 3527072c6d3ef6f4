import Foundation
import Testing

@testable import Corroborate

/// A proposal of one quotation credited to two people keeps no explanation text while a run holds it: the text is
/// written from its evidence once it is flagged, word for word as the rule wrote it before.
@Suite("Late explanations")
struct LateExplanationTests {
    /// Two sides of a quotation from a fictional ministry's press day, credited to two people.
    static func proposal(aligned: UInt16) -> Proposal {
        let side = { (claim: String, source: String, document: String, start: Int) in
            RelationEvidence(
                claim: claim, source: source, sourceKind: .official, document: document,
                words: "the new bridge opens to walkers in the spring", span: TextSpan(start, start + 45))
        }
        let relation = Relation(
            id: "", type: .conflict, claims: ["c1", "c2"], rule: "same quotation, different speakers", score: 0.87,
            explanation: "",
            evidence: [side("c1", "Ada Quill", "first.txt", 10), side("c2", "Bruno Vale", "second.txt", 80)])
        var features = PairFeatures()
        features[.cosine] = 0.9
        var proposal = Proposal(relation: relation, family: .conflict, features: features)
        proposal.lateExplanation = .sameWordsTwoSpeakers(aligned: aligned)
        return proposal
    }

    static let written =
        "The same words (9 words line up) are attributed to Ada Quill in first.txt and to Bruno Vale in second.txt: one attribution is wrong."

    @Test("The proposal holds no explanation text, takes no more room for it, and writes it from its evidence")
    func writtenLate() {
        let proposal = LateExplanationTests.proposal(aligned: 9)
        #expect(proposal.relation.explanation.isEmpty)
        #expect(proposal.explained.explanation == LateExplanationTests.written)
        #expect(proposal.explained.evidence == proposal.relation.evidence)
        #expect(MemoryLayout<Proposal>.size <= 128)
    }

    @Test(
        "A flagged proposal is reported with the whole explanation, the model's score after it when a model judges",
        arguments: [false, true])
    func judged(model: Bool) {
        let judge = RelationJudge(model: model ? RelationJudgeTests.model : .rulesOnly)
        let flags = judge.judge([LateExplanationTests.proposal(aligned: 9)], claims: [])
        let score = model ? " Model score 0.83 (flagged from 0.6)." : ""
        #expect(flags.map(\.explanation) == [LateExplanationTests.written + score])
    }

    static let mill = ArticleSet(
        a: "\"We will reopen the old mill as a library before the autumn,\" said Mayor Ida Brandt.",
        b: "\"We will reopen the old mill as a library before the autumn,\" said Governor Olaf Strand.")
    static let millExplanation =
        "The same words (12 words line up) are attributed to Ida Brandt in a.txt and to Olaf Strand in b.txt: one attribution is wrong."

    @Test("The rule's proposal holds no explanation text while the comparison runs, and writes the whole one")
    func heldEmpty() throws {
        let analysis = try LateExplanationTests.mill.analysis()
        let comparison = ContentComparison(knowledge: Corroborator().knowledge)
        let documents = analysis.articles.map(\.document)
        let contents = comparison.contents(analysis.claims, documents: documents)
        let proposals = comparison.proposals(
            analysis.claims, contents: contents, documents: documents, dateWindow: 3, related: [])
        let conflict = try #require(proposals.first { $0.relation.rule == "same quotation, different speakers" })
        #expect(conflict.relation.explanation.isEmpty)
        #expect(conflict.explained.explanation == LateExplanationTests.millExplanation)
    }

    @Test("The same words credited to two people in two articles are explained with both speakers and articles")
    func endToEnd() throws {
        let found = try LateExplanationTests.mill.relations()
        #expect(found.map(\.explanation) == [LateExplanationTests.millExplanation])
    }
}
