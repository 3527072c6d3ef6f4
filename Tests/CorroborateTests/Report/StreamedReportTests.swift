import Foundation
import Testing

@testable import Corroborate

/// The HTML and XML reports are written in pieces (a card, a megabyte at a time) and must be the same bytes as the
/// documents rendered whole.
@Suite("Streamed reports")
struct StreamedReportTests {
    static let corpora: [String] = [
        Fixture.seeds, Fixture.path("pairs/quote-variant"), Fixture.path("pairs/numeric-conflict"),
        Fixture.path("pairs/update-not-conflict"), Fixture.path("mixed"),
    ]

    @Test("report.mustache keeps the four list sections the page is streamed around")
    func frameHasSlots() throws {
        let frame = try #require(HTMLReport.templates.frame)
        let page = ReportPage(
            frameOf: ReportItems(Fixture.seedAnalysis), title: "t", checks: [], css: HTMLReport.templates.css)
        let text = frame.render(page, library: HTMLReport.templates.library)
        for slot in HTMLReport.Slot.allCases {
            #expect(text.components(separatedBy: slot.marker + "\n").count == 2, "\(slot) appears once")
        }
    }

    @Test(
        "The page written a card at a time is the page rendered whole, for every batching", arguments: corpora)
    func htmlSameBytes(corpus: String) {
        let analysis = Corroborator().run(paths: [corpus])
        let whole = HTMLReport.renderWhole(analysis, title: "Corroboration report", checks: [])
        #expect(whole.contains("<article class=\"review\">"))
        for (perTask, perBatch) in [(64, 32), (1, 1), (2, 3)] {
            var sink = StringSink()
            HTMLReport.write(
                analysis, title: "Corroboration report", checks: [], into: &sink, cardsPerTask: perTask,
                tasksPerBatch: perBatch)
            #expect(sink.text == whole, "\(perTask) cards a task, \(perBatch) tasks a batch")
        }
    }

    @Test("A page with checked claims is streamed to the same bytes too")
    func htmlWithChecks() throws {
        let model = try #require(StanceModel.builtIn)
        let checks = ClaimChecker(model: model).check(
            ["Rebels captured Dabiq after fierce clashes"], in: Fixture.seedAnalysis)
        let whole = HTMLReport.renderWhole(Fixture.seedAnalysis, title: "Checked", checks: checks)
        #expect(HTMLReport.render(Fixture.seedAnalysis, title: "Checked", checks: checks) == whole)
    }

    @Test("The XML emptied into the file after every element is the document written in one piece")
    func xmlSameBytes() {
        for corpus in StreamedReportTests.corpora {
            let analysis = Corroborator().run(paths: [corpus])
            var whole = StringSink()
            XMLReport.write(analysis, into: &whole, pieceSize: Int.max)
            var pieces = PieceSink()
            XMLReport.write(analysis, into: &pieces, pieceSize: 1)
            #expect(pieces.text == whole.text)
            #expect(pieces.count > analysis.articles.count, "one piece per element at least")
            #expect(whole.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<corroboration"))
        }
    }

    @Test("A report from a story store, with its new, reviewed and dismissed marks, is streamed to the same bytes")
    func storeMarks() throws {
        let marked = try Fixture.seedAnalysisWithStoreMarks()
        let contradiction = marked.contradiction
        var analysis = marked.analysis
        analysis.novelty?.articles.insert(0)
        analysis.novelty?.events = Set(analysis.events.prefix(1).map(\.id))
        let whole = HTMLReport.renderWhole(analysis, title: "Marked", checks: [])
        #expect(whole.contains("relation \(contradiction.type.rawValue) new"))
        var sink = StringSink()
        HTMLReport.write(analysis, title: "Marked", checks: [], into: &sink, cardsPerTask: 1, tasksPerBatch: 2)
        #expect(sink.text == whole)
        var xml = StringSink()
        XMLReport.write(analysis, into: &xml, pieceSize: Int.max)
        var pieces = PieceSink()
        XMLReport.write(analysis, into: &pieces, pieceSize: 1)
        #expect(pieces.text == xml.text)
        #expect(xml.text.contains("<since from=\"2025-03-02T08:00:00Z\""))
        #expect(xml.text.contains("<dismissed>"))
    }

    /// Collects text and counts the writes.
    struct PieceSink: TextSink {
        var text = ""
        var count = 0

        mutating func write(_ text: String) {
            self.text += text
            count += 1
        }

        mutating func write(_ bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
    }
}
