import Foundation
import GRDB
import Testing

/// `add` with URLs and feeds, against a server on 127.0.0.1: what is fetched, what is kept, and one line per
/// failure while the rest go on.
@Suite("Adding pages and feeds")
struct AddByURLTests {
    typealias CLI = CommandLineTests

    static func page(_ title: String, _ body: String) -> TestHTTPServer.Response {
        .html(
            "<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1><p>\(body)</p></article></body></html>"
        )
    }

    static let pages = [
        "/news/1": page(
            "Rebels take Dabiq",
            "The Syrian Observatory for Human Rights said rebel forces captured Dabiq after Islamic State members withdrew from the area."
        ),
        "/news/2": page(
            "Fierce fighting in Dabiq",
            "The Fastaqim Union, a rebel faction, said Dabiq had fallen after fierce clashes with Islamic State fighters on Sunday."
        ),
        "/news/3": page(
            "Turkey counts its losses",
            "Turkey's state-run Anadolu news agency said nine rebels were killed and 28 wounded during clashes near Dabiq on Saturday."
        ),
    ]

    static func feed(_ paths: [String], server: TestHTTPServer) -> TestHTTPServer.Response {
        let items = paths.map { "<item><title>\($0)</title><link>\(server.url($0))</link></item>" }.joined()
        return TestHTTPServer.Response(
            headers: [("Content-Type", "application/rss+xml")],
            body: Array(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>\(items)</channel></rss>".utf8)
        )
    }

    @Test("A feed's items are added once: the next add fetches only the items that are new")
    func feedItems() throws {
        let server = try TestHTTPServer()
        for (path, response) in Self.pages { server.set(path, response) }
        server.set("/feed.xml", Self.feed(["/news/1", "/news/2"], server: server))
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        let first = try CLI.corroborate(["add", store, "--feed", server.url("/feed.xml")])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors.contains("\(server.url("/feed.xml")): 2 items, 2 new"))
        #expect(first.errors.contains("added 2 articles"))
        server.set("/feed.xml", Self.feed(["/news/3", "/news/1", "/news/2"], server: server))
        let second = try CLI.corroborate(["add", store, "--feed", server.url("/feed.xml")])
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.errors.contains("3 items, 1 new"))
        #expect(second.errors.contains("added 1 article"))
        #expect(
            server.requested("/news/1") == 1 && server.requested("/news/2") == 1 && server.requested("/news/3") == 1)
        // Each page is kept with its URL, the time it was fetched and its bytes.
        let rows = try DatabaseQueue(path: store).read { db in
            try Row.fetchAll(db, sql: "SELECT path, url, fetchedAt, length(page) AS bytes FROM article ORDER BY id")
        }
        #expect(rows.map { $0["url"] as String } == ["/news/1", "/news/2", "/news/3"].map(server.url))
        #expect(rows.allSatisfy { ($0["fetchedAt"] as String?)?.hasSuffix("Z") == true && ($0["bytes"] as Int) > 100 })
    }

    @Test("Pages that fail are one line each; the page that works is added; exit 1")
    func failures() throws {
        let server = try TestHTTPServer()
        server.set("/news/1", Self.pages["/news/1"]!)
        server.set("/moved", .redirect("/news/1"))
        server.set("/slow", .init(body: Array("<html><body><p>late</p></body></html>".utf8), delay: 4))
        server.set("/photo.png", .init(headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47]))
        let folder = try TemporaryFolder()
        let store = folder.path + "/story.sqlite"
        let urls = ["/moved", "/missing", "/slow", "/photo.png"].map(server.url)
        let run = try CLI.corroborate(["add", store] + urls + ["--timeout", "1"])
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains("corroborate: \(urls[1]): the server answered HTTP 404 Not Found"))
        #expect(lines.contains("corroborate: \(urls[2]): no complete answer within 1 s (timed out)"))
        #expect(lines.contains("corroborate: \(urls[3]): not an HTML page or text (image/png); skipped"))
        #expect(run.errors.contains("added 1 article"))
        let stored = try DatabaseQueue(path: store).read { db in
            try Row.fetchOne(db, sql: "SELECT path, url FROM article")
        }
        #expect(stored?["path"] == urls[0])
        #expect(stored?["url"] == server.url("/news/1"))
    }
}
