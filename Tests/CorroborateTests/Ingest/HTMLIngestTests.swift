import Corroborate
import Testing

@Suite("HTML ingest")
struct HTMLIngestTests {
    @Test("A wire story keeps the article and drops the cookie banner, related links, share bar, comments and footer")
    func wireStory() throws {
        let document = try Fixture.read("html/wire-story.html")
        #expect(document.format == .html)
        let text = document.text
        for kept in [
            "Rebels seize Syrian border town of Jarablus as IS withdraws",
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
}
