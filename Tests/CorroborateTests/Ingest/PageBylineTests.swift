import Corroborate
import Foundation
import Testing

@Suite("Page bylines and titles")
struct PageBylineTests {
    @Test("A saved page without meta tags: author and day from its byline, the title without `| The Coastal Ledger`")
    func bylineOnlyPage() throws {
        let run = try CommandLineTests.corroborate(["text", "Fixtures/html/byline-only.html"])
        #expect(run.status == 0)
        #expect(run.errors == "")
        #expect(
            run.output.components(separatedBy: "--- text")[0] == """
                path: Fixtures/html/byline-only.html
                format: html
                title: Harbour fees to double as port authority closes old quay
                outlet: The Coastal Ledger
                author: Mara Lindqvist
                date: 2024-03-12
                url: -
                place: -
                dateline: -
                characters: 600
                furniture (not analysed): -
                paragraphs: 5  sentences: 6  quotations: 3

                """)
    }

    /// A page around `head` and `top` (what comes before the article's paragraphs), with one paragraph of text.
    static func page(head: String, top: String) -> String {
        """
        <html><head>\(head)</head><body><article>\(top)
        <p>Fishing crews will pay twice as much to moor in the harbour from April, the port authority said on Monday.</p>
        </article></body></html>
        """
    }

    static let cases: [(head: String, top: String, title: String?, outlet: String?, author: String?, date: String?)] = [
        (
            "<title>Fees rise | The Coastal Ledger</title>", "<p>By Ana Ruiz and Tom Berg</p>", "Fees rise",
            "The Coastal Ledger", "Ana Ruiz, Tom Berg", nil
        ),
        (
            "<title>Fees rise | News | The Coastal Ledger</title>", "<p>By Ana Ruiz, Tom Berg and Lee Chu</p>",
            "Fees rise | News", "The Coastal Ledger", "Ana Ruiz, Tom Berg, Lee Chu", nil
        ),
        // A dash may be part of the headline: only a heading or site name that matches confirms the suffix.
        ("<title>Rebels - what next for Aleppo</title>", "", "Rebels - what next for Aleppo", nil, nil, nil),
        (
            "<title>Rebels take town - Daily Item</title>", "<h1>Rebels take town</h1>", "Rebels take town",
            "Daily Item", nil, nil
        ),
        (
            "<title>Rebels take town - Daily Item</title><meta property=\"og:site_name\" content=\"Daily Item\">",
            "", "Rebels take town", "Daily Item", nil, nil
        ),
        // Sentences and organisations after "By" are not bylines.
        ("<title>Fees</title>", "<p>By the end of the day, the quay was shut.</p>", "Fees", nil, nil, nil),
        ("<title>Fees</title>", "<p>By Sunday the town had fallen.</p>", "Fees", nil, nil, nil),
        ("<title>Fees</title>", "<p>By The Associated Press</p>", "Fees", nil, nil, nil),
        (
            "<title>Fees</title>", "<div>By Jean de la Fontaine | Posted 5 June 2023</div>", "Fees", nil,
            "Jean de la Fontaine", "2023-06-05"
        ),
        (
            "<title>Fees</title>", "<p>By: María José Ortega</p><time>12 March 2024</time>", "Fees", nil,
            "María José Ortega", "2024-03-12"
        ),
        // A name ends with its element; an organisation's byline names nobody; the day is the one by the month.
        (
            "<title>Fees</title>",
            "<p>By <a href=\"/a/jr\">Jane Roe</a><span>Opinion Columnist</span></p><div>Published 11:11 PM EST Nov 19, 2019</div>",
            "Fees", nil, "Jane Roe", "2019-11-19"
        ),
        (
            "<title>Fees</title>", "<p>By <a>Ana Ruiz</a> and <a>Tom Berg</a>, Associated Press</p>", "Fees", nil,
            "Ana Ruiz, Tom Berg", nil
        ),
        ("<title>Fees</title>", "<p>By JERUSALEM POST STAFF</p>", "Fees", nil, nil, nil),
        (
            "<title>Fees</title>",
            "<p class=\"meta\">\nBy <a href=\"/staff/lj\">Lou Jacobs</a> on Monday, November 18th, 2019 at 11:04 a.m.</p>",
            "Fees", nil, "Lou Jacobs", "2019-11-18"
        ),
        ("<title>Fees</title>", "<div>Posted: Fri 6:45 PM, Feb 16, 2018</div>", "Fees", nil, nil, "2018-02-16"),
        // Published wins over updated; tags win over the byline.
        (
            "<title>Fees</title>", "<div>Updated March 13, 2024</div><div>Published March 12, 2024</div>", "Fees",
            nil, nil, "2024-03-12"
        ),
        (
            "<title>Fees</title><meta name=\"author\" content=\"Alex Writer\"><meta property=\"article:published_time\" content=\"2024-01-02\">",
            "<p>By Someone Else</p><div>Published March 12, 2024</div>", "Fees", nil, "Alex Writer", "2024-01-02"
        ),
        // A long paragraph that happens to start with "By" is prose.
        (
            "<title>Fees</title>",
            "<p>By Anna Berg's count, " + String(repeating: "the fees will rise again next year, ", count: 6)
                + "she said.</p>",
            "Fees", nil, nil, nil
        ),
    ]

    @Test("Bylines, dates and title suffixes, as pages write them", arguments: cases)
    func metadata(head: String, top: String, title: String?, outlet: String?, author: String?, date: String?) throws {
        let document = try Fixture.document(Self.page(head: head, top: top), name: "page.html")
        let m = document.metadata
        #expect(m.title == title)
        #expect(m.outlet == outlet)
        #expect(m.author == author)
        #expect(m.date?.description == date)
    }
}
