import Foundation
import Testing

@testable import Corroborate

/// Phases of the comparison that ran on one thread and now run in parallel chunks kept in order (the events of
/// each block and their tally, each article's shingles, the figure forms' templates, the sourcing reviews) must
/// give what one serial pass gave, with fewer items than a chunk holds as with many chunks, or the report would
/// change with the number of cores.
/// Articles and people invented for these tests (`PairReadingsTests.texts`); the towns are the seed story's own.
@Suite("Comparison phases on both cores")
struct SerialPhasesTests {
    /// A reproducible stream of numbers.
    struct Numbers {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
    }

    @Test(
        "Each article's shingles, made in parallel chunks of articles, are the union one pass over the claims makes",
        arguments: [1, 3, 63, 64, 65, 200, 1_000])
    func articleShingles(articles: Int) throws {
        let base = try PairReadingsTests.read().claims
        var numbers = Numbers(state: UInt64(articles))
        let count = 4 * articles
        let claims = (0..<count).map { k in
            var claim = base[k % base.count]
            claim.document = numbers.next(articles)
            return claim
        }
        // Passages of every length: none, one (a short claim's whole run of words, left out) and several.
        let passages = (0..<count).map { _ in (0..<numbers.next(12)).map { _ in numbers.next(400) } }
        var expected = [Set<Int>](repeating: [], count: articles)
        for (i, claim) in claims.enumerated() where passages[i].count > 1 {
            expected[claim.document].formUnion(passages[i])
        }
        let found = RepeatedText.articleShingles(claims, passages: passages, count: articles)
        #expect(found == expected)
        #expect(found.contains { !$0.isEmpty })
    }

    /// Invented reports with words of happenings (fighting, casualties, a capture), so that blocks hold events.
    static let fighting = [
        """
        Fighters captured Aleppo on Tuesday after clashes that killed nine people, the Vellmark \
        monitoring group said. Two more were wounded in an airstrike, a spokesman said.
        """,
        """
        The army said its troops withdrew from Aleppo on Tuesday; five soldiers were killed in the fighting, an \
        officer said, and the siege of the valley went on.
        """,
    ]

    @Test(
        "The events of many blocks, made in parallel chunks, are each block's own events numbered in block order",
        arguments: [1, 2, 63, 64, 65, 300])
    func blockEvents(blocks count: Int) throws {
        let (base, documents, _) = try PairReadingsTests.read(SerialPhasesTests.fighting, date: "2021-05-04")
        #expect(base.contains { !$0.frame.kinds.isEmpty })
        let comparer = Comparer()
        var numbers = Numbers(state: UInt64(count) &+ 17)
        let blocks = (0..<count).map { k in
            Comparer.Block(
                place: "Place \(k % 7)", qualifier: k % 3 == 0 ? "with the mill" : nil,
                members: (0..<base.count).filter { _ in numbers.next(3) != 0 }, general: k % 3 == 0,
                byActor: k % 3 == 0)
        }
        var claims = base
        let events = comparer.makeEvents(blocks, claims: &claims, documents: documents)
        // Block by block, one at a time, as the serial loop walked them.
        var expected: [(Event, [Int], Bool)] = []
        var expectedClaims = base
        for block in blocks {
            var own = base
            for var (event, members, countable) in comparer.makeEvents([block], claims: &own, documents: documents) {
                event.id = "e\(expected.count + 1)"
                for m in members { expectedClaims[m].events.append(event.id) }
                expected.append((event, members, countable))
            }
        }
        #expect(!events.isEmpty)
        #expect(events.map(\.0) == expected.map(\.0))
        #expect(events.map(\.1) == expected.map(\.1))
        #expect(events.map(\.2) == expected.map(\.2))
        #expect(claims.map(\.events) == expectedClaims.map(\.events))
    }

    @Test(
        "Events tallied in parallel chunks are each event tallied on its own, with its asserting claims, in order",
        arguments: [1, 2, 64, 65, 300])
    func tally(blocks count: Int) throws {
        let (claims, documents, contents) = try PairReadingsTests.read(SerialPhasesTests.fighting, date: "2021-05-04")
        let comparer = Comparer()
        var numbers = Numbers(state: UInt64(count) &+ 29)
        // The places the claims name, so that some claims assert their events.
        let places = Array(Set(claims.flatMap { $0.frame.places.map(\.name) })).sorted() + ["Place"]
        let blocks = (0..<count).map { k in
            Comparer.Block(
                place: places[k % places.count], qualifier: nil,
                members: (0..<claims.count).filter { _ in numbers.next(4) != 0 })
        }
        var numbered = claims
        let grouped = comparer.makeEvents(blocks, claims: &numbered, documents: documents)
        var events = grouped.map(\.0)
        let asserting = comparer.corroboration.tally(
            &events, members: grouped.map(\.1), claims: numbered, contents: contents,
            count: comparer.independentSources)
        #expect(events.count == grouped.count && asserting.count == grouped.count)
        for (k, entry) in grouped.enumerated() {
            var one = [entry.0]
            let own = comparer.corroboration.tally(
                &one, members: [entry.1], claims: numbered, contents: contents, count: comparer.independentSources)
            #expect(one == [events[k]])
            #expect(own == [asserting[k]])
        }
        #expect(asserting.contains { !$0.isEmpty })
    }

    /// The figure forms as one serial pass found them: each template made in order, on one thread.
    static func serialForms(_ contents: [ClaimContent], documents: [Int]) -> Set<Int> {
        ContentComparison.forms(contents, templates: contents.map(ContentComparison.template), documents: documents)
    }

    @Test(
        "Figure forms whose templates are hashed in parallel chunks are the forms one serial pass finds",
        arguments: [1, 5, 255, 256, 257, 2_000])
    func forms(count: Int) throws {
        let (claims, _, contents) = try PairReadingsTests.read(
            SerialPhasesTests.fighting + PairReadingsTests.texts, date: "2021-05-04")
        var numbers = Numbers(state: UInt64(count) &+ 41)
        // Lines of the claims with figures in many articles, their figures changed, so that some templates are met
        // in three or more articles with three or more sets of figures.
        let withFigures = claims.indices.filter { !contents[$0].quantities.isEmpty }
        #expect(!withFigures.isEmpty)
        let lines = (0..<count).map { k in
            var line = contents[k == 0 ? withFigures[0] : numbers.next(claims.count)]
            for q in line.quantities.indices { line.quantities[q].low = Double(numbers.next(4)) }
            return line
        }
        let documents = lines.map { _ in numbers.next(max(1, count / 4)) }
        let found = ContentComparison.forms(lines, documents: documents)
        #expect(found == SerialPhasesTests.serialForms(lines, documents: documents))
        if count >= 256 { #expect(!found.isEmpty) }
    }

    @Test(
        "Sourcing reviews made in parallel chunks of articles are each article's review, in article order",
        arguments: [1, 3, 64, 65, 250])
    func sourcingReviews(copies: Int) throws {
        let folder = try TemporaryFolder()
        for (k, text) in PairReadingsTests.texts.enumerated() {
            try folder.write("article\(k).txt", "Outlet: Outlet \(k)\nDate: 2021-05-04\n\n" + text + "\n")
        }
        let corroborator = Corroborator()
        var analysis = corroborator.run(paths: [folder.path])
        // The articles repeated, each copy with its own claims, so that there are more articles than a chunk holds.
        let articles = analysis.articles
        let claims = analysis.claims
        analysis.articles = (0..<copies).flatMap { _ in articles }
        analysis.claims = (0..<copies).flatMap { copy in
            claims.map { claim in
                var own = claim
                own.document += copy * articles.count
                return own
            }
        }
        let events = Dictionary(uniqueKeysWithValues: analysis.events.map { ($0.id, $0) })
        let serial = analysis.articles.indices.map { d in
            corroborator.sourcingReview(
                article: d, claims: analysis.claims.filter { $0.document == d }, events: events, analysis: analysis)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let found = corroborator.sourcingReviews(analysis)
        #expect(found.count == analysis.articles.count)
        #expect(try encoder.encode(found) == encoder.encode(serial))
        #expect(found.contains { $0.attributed > 0 })
    }
}
