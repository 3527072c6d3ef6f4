import Foundation
import Testing

@testable import Corroborate

@Suite("HTML report")
struct HTMLReportTests {
    static let seedsHTML = HTMLReport.render(Fixture.seedAnalysis)

    /// The text a reader sees in the page's elements of `class`, tags and attributes left out.
    static func visibleText(ofClass name: String, in html: String) -> [String] {
        let pattern = "<p class=\"\(name)\">(.*?)</p>"
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { match in
            let inner = String(html[Range(match.range(at: 1), in: html)!])
            return inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        }
    }

    @Test("Contradiction cards name each side's article by headline and outlet, never by file name")
    func cardsNameArticles() {
        let lines = Self.visibleText(ofClass: "where", in: Self.seedsHTML)
        let card =
            "in “Syrian rebels dealt a major symbolic blow to the Islamic State group on Sunday by…”, AFP · claim c7"
        #expect(lines.contains(card))
        // Every card side, and only the Articles and Sourcing sections' detail lines, mention a path.
        for line in lines where line.hasPrefix("in “") {
            #expect(!line.contains(".txt"), "a file name in a card: \(line)")
        }
        #expect(Self.seedsHTML.contains("/seeds/000_21d35f3862f5013d.txt\">“Syrian rebels dealt a major symbolic blow"))
    }

    @Test("An article without a title is named by its first sentence, its dateline left out, cut at a word")
    func firstSentenceLabels() {
        let labels = Fixture.seedAnalysis.articles.enumerated().map { ArticleLabel($1, index: $0) }
        #expect(
            labels.map(\.headline) == [
                "Syrian rebels dealt a major symbolic blow to the Islamic State group on Sunday by…",
                "Syrian rebels backed by Turkish troops and tanks recaptured Isis' last major stronghold…",
                "Turkish troops and allied Syrian rebels expelled the Islamic State group Sunday from the…",
            ])
        #expect(labels.map(\.outlet) == ["AFP", nil, "Associated Press"])
        #expect(labels.map(\.anchor) == ["d1", "d2", "d3"])
    }

    @Test(
        "Headlines are shortened at a word boundary, without a dangling comma",
        arguments: [
            ("Short headline", "Short headline"),
            (String(repeating: "word ", count: 30), String(repeating: "word ", count: 17) + "word…"),
            ("Aleppo, " + String(repeating: "x", count: 84) + " tail", "Aleppo…"),
        ])
    func shortened(text: String, expected: String) {
        #expect(ArticleLabel.shortened(text) == expected)
    }

    @Test("The matrix groups its columns by kind of source and names an unnamed outlet by its article")
    func matrixColumns() {
        let matrix = CorroborationMatrix(Fixture.seedAnalysis, names: ReportNames(Fixture.seedAnalysis))
        #expect(matrix.columns.count == 16)
        // Kinds appear once each, in the order of SourceKind, each column under its own kind.
        let kinds = matrix.groups.map(\.kind)
        var ordered: [String] = []
        for kind in matrix.columns.map(\.kind) where ordered.last != kind { ordered.append(kind) }
        #expect(kinds == ordered)
        #expect(Set(kinds).count == kinds.count)
        #expect(matrix.groups.reduce(0) { $0 + $1.span } == matrix.columns.count)
        #expect(kinds.first == "monitoring group")
        #expect(kinds.last == "outlet")
        let names = matrix.columns.map(\.name)
        // An outlet the page does not name is named by its article wherever it appears.
        let outletNames = ReportNames(Fixture.seedAnalysis)
        #expect(outletNames.source("unnamed outlet (001_804292fc112cd91e.txt)") == "unnamed outlet of article 2")
        #expect(!names.contains { $0.contains(".txt") })
        // Every event with more than one independent source is a row, and its sources are in a cell or in "others".
        let rows = Fixture.seedAnalysis.events.filter { !$0.singleSourced }
        #expect(matrix.rows.count == rows.count)
        #expect(matrix.single.count == Fixture.seedAnalysis.events.count - rows.count)
        let dabiq = matrix.rows[0]
        #expect((dabiq.place, dabiq.what, dabiq.date, dabiq.independent) == ("Dabiq", "territory", nil, 6))
        #expect(dabiq.cells.filter(\.reported).count + 1 == 6)
        #expect(dabiq.others == "rebel faction")
        #expect(
            dabiq.cells.filter { $0.state == "conflict" }.map(\.source).sorted() == [
                "Anadolu Agency", "Fastaqim Union", "Syrian Observatory for Human Rights",
            ])
    }

    static func event(_ kind: String, _ place: String, _ date: CalendarDate?, _ label: String) -> Event {
        Event(
            id: "e1", kind: kind, place: place, date: date, label: label, claims: [], sources: [],
            independentSources: 2, crossSide: false)
    }

    static let day = CalendarDate(year: 2016, month: 8, day: 24)

    @Test(
        "Row labels read as place, what happened and the day, without the comparer's repeats",
        arguments: [
            (event("operation", "Syria", day, "operation at Syria on 08-24 (2016-08-24)"), "operation", "24 Aug 2016"),
            (
                event("territory", "Syria", day, "territory at Syria with Kurdish forces (2016-08-24)"),
                "territory with Kurdish forces", "24 Aug 2016"
            ),
            (event("violence", "Dabiq", nil, "violence at Dabiq"), "violence", nil),
            (event("state-change", "Manbij", nil, "something else entirely"), "state change", nil),
        ])
    func eventLabels(event: Event, what: String, date: String?) {
        let label = EventLabel(event)
        #expect(label.place == event.place)
        #expect(label.what == what)
        #expect(label.date == date)
    }

    @Test("The seeds' page: rows by place and day, no row or column label built from a file name")
    func seedsPage() {
        let html = Self.seedsHTML
        #expect(
            html.contains(
                "<th scope=\"row\" class=\"event\"><span class=\"place\">Syria</span> <span class=\"what\">operation with Kurdish forces</span> <span class=\"date\">24 Aug 2016</span></th>"
            ))
        #expect(!html.contains("unnamed outlet ("))
        #expect(!html.contains("(2016-08-24)"))
        #expect(html.contains("<th scope=\"colgroup\" colspan=\"4\" class=\"group\"><span>state media</span></th>"))
        #expect(html.contains(#"<meta name="generator" content="Corroborate">"#))
    }

    @Test("Checked claims render with each article's headline and the deciding words marked")
    func checkedClaims() throws {
        let model = try #require(StanceModel.builtIn)
        let checks = ClaimChecker(model: model).check(
            ["IS withdrew from Dabiq without a fight"], in: Fixture.seedAnalysis)
        let html = HTMLReport.render(Fixture.seedAnalysis, checks: checks)
        #expect(html.contains("<a href=\"#checked\">Checked claims</a>"))
        #expect(
            html.contains("<article class=\"check\" id=\"check1\">\n<h3>“IS withdrew from Dabiq without a fight”</h3>"))
        #expect(html.contains("<a href=\"#d1\">Syrian rebels dealt a major symbolic blow"))
        #expect(!Self.seedsHTML.contains("id=\"checked\""))
    }

    @Test("Values in attributes are escaped too: a quotation mark cannot close one")
    func attributesEscaped() throws {
        let document = try Fixture.document(
            "Title: Fees\" onmouseover=\"x\nOutlet: The <b>Ledger</b>\n\nThe port authority said fees would double.\n",
            name: "q\"uote.txt")
        let analysis = Corroborator().compare([Corroborator().analyze(document)])
        let html = HTMLReport.render(analysis)
        #expect(!html.contains("onmouseover=\"x"))
        #expect(html.contains("Fees&quot; onmouseover=&quot;x"))
        #expect(html.contains("<a href=\"#d1\" title=\"q&quot;uote.txt\">"))
        #expect(!html.contains("<b>Ledger"))
    }

    @Test("Control characters never reach the page, line breaks and tabs do")
    func controlCharacters() {
        #expect(HTMLReport.withoutControlCharacters("a\u{1B}[31mb\u{7}\tc\n\u{85}d\u{9F}") == "a[31mb\tc\nd")
        #expect(HTMLReport.withoutControlCharacters("plain\n") == "plain\n")
    }

    @Test("A report from a story store shows what is new, who reviewed a relation, and what was dismissed")
    func storeMarks() throws {
        let (analysis, contradiction, dismissed) = try Fixture.seedAnalysisWithStoreMarks()
        let html = HTMLReport.render(analysis)
        #expect(html.contains("<h3>New since the last add (2025-03-02T08:00:00Z)</h3>"))
        #expect(html.contains("<li><strong>1</strong> new articles, <strong>2</strong> new claims</li>"))
        #expect(html.contains("<a href=\"#\(contradiction.id)\">\(contradiction.id)</a>"))
        #expect(
            html.contains("<article class=\"relation \(contradiction.type.rawValue) new\" id=\"\(contradiction.id)\">"))
        #expect(
            html.contains(
                "<p class=\"review right\">Reviewed <strong>right</strong> by ana on 2025-03-02T09:00:00Z: “checked &lt;both&gt;”</p>"
            ))
        #expect(html.contains("<summary>1 relation reviewed as wrong, not counted</summary>"))
        #expect(html.contains("<li id=\"\(dismissed.id)\">\(dismissed.id) agreement"))
        // A report not made from a store has none of these.
        #expect(!Self.seedsHTML.contains("class=\"new-since\""))
        #expect(!Self.seedsHTML.contains("class=\"review "))
        #expect(!Self.seedsHTML.contains("<details class=\"dismissed\">"))
    }
}
