import Corroborate
import Foundation
import Testing

@Suite("HTML ingest")
struct HTMLIngestTests {
    @Test(
        "A wire story keeps the article and drops the cookie banner, related links, share bar, comments, footer and headline"
    )
    func wireStory() throws {
        let document = try Fixture.read("html/wire-story.html")
        #expect(document.format == .html)
        let text = document.text
        // The headline is metadata, not the body's first paragraph.
        #expect(document.metadata.title == "Rebels seize Syrian border town of Jarablus as IS withdraws")
        #expect(!text.contains("Rebels seize Syrian border town"))
        for kept in [
            "Syrian rebels backed by Turkish tanks seized the border town of Jarablus on Wednesday",
            "“Jarablus is now under the control of the Free Syrian Army,” said Turkish Foreign Minister Mevlut Cavusoglu.",
            "“We will not allow a terror corridor on our border,” President Recep Tayyip Erdogan said.",
            "a “blatant violation” of its sovereignty & territorial integrity.",
        ] {
            #expect(text.contains(kept), "missing: \(kept)")
        }
        for dropped in [
            "cookies", "Accept all", "Home", "Related", "Biden arrives", "Share on", "Advertisement", "Great article",
            "Sign up", "All rights reserved", "tracking", "Photo: AP", "By Jane Roe",
        ] {
            #expect(!text.contains(dropped), "should be dropped: \(dropped)")
        }
    }

    @Test("Metadata comes from JSON-LD NewsArticle first, then og: and article: tags")
    func wireStoryMetadata() throws {
        let m = try Fixture.read("html/wire-story.html").metadata
        #expect(m.title == "Rebels seize Syrian border town of Jarablus as IS withdraws")
        #expect(m.outlet == "World News Daily")
        #expect(m.author == "Jane Roe, Sam Poe")
        #expect(m.date?.description == "2016-08-24")
        #expect(m.url == "https://news.example.com/world/2016/08/24/rebels-seize-border-town")
        #expect(m.place == "KARKAMIS")
    }

    @Test("A page with only meta tags gets its metadata from og: and article: tags; navigation and asides are dropped")
    func metaOnly() throws {
        let document = try Fixture.read("html/meta-only.html")
        #expect(document.metadata.title == "UN warns of siege in eastern Aleppo")
        #expect(document.metadata.outlet == "Example Herald")
        #expect(document.metadata.author == "Alex Writer")
        #expect(document.metadata.date?.description == "2016-09-05")
        #expect(document.text.contains("Aid convoys have not reached the city since July."))
        #expect(!document.text.contains("Most read"))
        #expect(!document.text.contains("World"))
    }

    @Test("Broken markup still yields the text, without scripts")
    func brokenMarkup() throws {
        let document = try Fixture.read("html/broken-markup.html")
        #expect(document.text.contains("Government troops shelled rebel-held districts on Sunday"))
        #expect(
            document.text.contains("At least 12 people were killed in the eastern neighbourhoods, the monitor said."))
        #expect(document.text.contains("State news agency SANA said rebel fire killed three people"))
        #expect(!document.text.contains("alert"))
        #expect(document.metadata.date?.description == "2016-10-16")
        #expect(document.metadata.place == "ALEPPO")
    }

    @Test("Deeply nested elements neither crash nor lose the text")
    func deepNesting() throws {
        let open = String(repeating: "<div>", count: 10_000)
        let html = "<html><body>\(open)<p>The ministry said the talks failed.</p></body></html>"
        let document = try Ingester().document(from: Array(html.utf8), path: "deep.html")
        #expect(document.text.contains("The ministry said the talks failed."))
    }

    static let extractionCases: [(fixture: String, kept: [String], dropped: [String])] = [
        (
            "html/boilerplate-wrapper.html",
            [
                "The harbour reopened to fishing boats on Tuesday after three weeks of repairs, the port authority said.",
                "“We are back at sea, and that is what matters,” said one captain",
            ],
            [
                "Cookie Settings", "Harbour reopens after storm repairs", "By Ana Lima", "Advertisement",
                "Photo: Coastal Courier", "Storm damage worse", "All rights reserved", "Sport",
            ]
        ),
        (
            "html/script-with-less-than.html",
            [
                "The city council voted on Monday to build a second bridge across the river",
                "a residents' group said it would appeal the decision.",
            ],
            ["screen.width", "Mobile edition", "tracking", "console"]
        ),
        (
            "html/paywall-wrapper.html",
            [
                "Exports of semiconductors fell for a third month in October",
                "The ministry said shipments to the largest market had dropped by almost a tenth",
                "“The cycle has not turned yet,” said an economist at a Seoul brokerage",
            ],
            ["Chip exports slow for a third month", "Sign up for our newsletter"]
        ),
        (
            "html/data-table.html",
            ["Pos. Driver Points\n", "2 Piet de Vries 398\n", "the organisers said."],
            ["Standings after round 12"]
        ),
    ]

    @Test(
        "The article is found by what its blocks hold: a boilerplate-named wrapper, scripts, a paywall box, a table",
        arguments: extractionCases)
    func extraction(fixture: String, kept: [String], dropped: [String]) throws {
        let document = try Fixture.read(fixture)
        for sentence in kept { #expect(document.text.contains(sentence), "missing: \(sentence)") }
        for text in dropped { #expect(!document.text.contains(text), "should be dropped: \(text)") }
        #expect(document.warnings.isEmpty)
    }

    @Test("JSON-LD: the article's own object over a WebPage, entities decoded, the page's own day, every person")
    func linkedData() throws {
        let document = try Fixture.read("html/linked-data.html")
        let m = document.metadata
        #expect(m.title == "Bike & Style: riders don't wait for spring")
        // 02:46 UTC on the 19th is the evening of the 18th where the page was published.
        #expect(m.date?.description == "2019-11-18")
        #expect(m.author == "Jane Roe, Sam Poe")
        #expect(m.outlet == "Velo Weekly")
        #expect(!document.text.contains("riders don't wait for spring"))
        #expect(document.text.hasPrefix("Winter riding has doubled in the city"))
    }

    @Test("`text DIR --text-only --output OUT` writes one NAME.txt per page in one process")
    func textFolder() throws {
        let folder = try TemporaryFolder()
        let run = try CommandLineTests.corroborate([
            "text", "Fixtures/html", "--text-only", "--output", folder.path + "/clean", "--quiet",
        ])
        #expect(run.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/clean").sorted()
        let pages = try FileManager.default.contentsOfDirectory(atPath: Fixture.path("html")).sorted()
        #expect(names == pages.map { ($0 as NSString).deletingPathExtension + ".txt" })
        let text = folder.read("clean/paywall-wrapper.txt")
        #expect(text == (try Fixture.read("html/paywall-wrapper.html")).text)
        let several = try CommandLineTests.corroborate(["text", "Fixtures/html", "--text-only"])
        #expect(several.status == 2)
        #expect(several.errors.contains("give --output FOLDER to read several files at once"))
    }
}
