import Foundation
import Testing

@testable import Corroborate

/// Fetching against a server the tests start on 127.0.0.1: redirects, statuses, the deadline, the size cap,
/// media types, character sets, robots.txt and the User-Agent.
@Suite("Fetching pages")
struct PageFetcherTests {
    static let article = """
        <html><head><title>Rebels take Dabiq</title></head><body><article>
        <p>The Syrian Observatory for Human Rights said rebel forces captured Dabiq after Islamic State members withdrew from the area.</p>
        <p>A rebel commander said the fighting lasted two days and that nine fighters were killed near the town.</p>
        </article></body></html>
        """

    static func fetcher(timeout: Double = 5, maxBytes: Int = 100_000) -> PageFetcher {
        var options = PageFetcher.Options()
        options.timeout = timeout
        options.maxBytes = maxBytes
        return PageFetcher(options: options)
    }

    @Test("A page is fetched with an honest User-Agent, and three redirects are followed to it")
    func redirects() throws {
        let server = try TestHTTPServer()
        server.set("/a", .redirect("/b"))
        server.set("/b", .redirect(server.url("/c")))
        server.set("/c", .redirect("/page"))
        server.set("/page", .html(Self.article))
        let page = try Self.fetcher().fetch(server.url("/a")).get()
        #expect(page.url == server.url("/page"))
        #expect(page.requested == server.url("/a"))
        #expect(page.mediaType == "text/html")
        #expect(String(decoding: page.bytes, as: UTF8.self) == Self.article)
        #expect(server.requests.filter { $0.path != "/robots.txt" }.map(\.path) == ["/a", "/b", "/c", "/page"])
        #expect(server.requests.allSatisfy { $0.headers["user-agent"] == PageFetcher.userAgent })
    }

    @Test("More than five redirects are refused, and the sixth is never requested")
    func redirectCap() throws {
        let server = try TestHTTPServer()
        for k in 0..<7 { server.set("/r\(k)", .redirect("/r\(k + 1)")) }
        server.set("/r7", .html(Self.article))
        let result = Self.fetcher().fetch(server.url("/r0"))
        #expect(result.failure == .tooManyRedirects(server.url("/r0"), limit: 5))
        #expect(server.requested("/r6") == 0)
        #expect(result.failure?.description == "\(server.url("/r0")): more than 5 redirects; skipped")
    }

    static let failures: [(String, TestHTTPServer.Response, String)] = [
        ("/missing", .init(status: 404, body: Array("gone".utf8)), "the server answered HTTP 404 Not Found"),
        ("/error", .init(status: 503), "the server answered HTTP 503 Service Unavailable"),
        (
            "/picture", .init(headers: [("Content-Type", "image/png")], body: [0x89, 0x50]),
            "not an HTML page or text (image/png); skipped"
        ),
        (
            "/big", .init(body: Array(repeating: 0x61, count: 200_000)),
            "larger than the limit of 100,000 bytes (--max-bytes); skipped"
        ),
        (
            "/big-unannounced", .init(body: Array(repeating: 0x61, count: 200_000), withoutLength: true),
            "larger than the limit of 100,000 bytes (--max-bytes); skipped"
        ),
    ]

    @Test("Each failure is one line naming the URL and the problem", arguments: failures)
    func failure(path: String, response: TestHTTPServer.Response, message: String) throws {
        let server = try TestHTTPServer()
        server.set(path, response)
        let result = Self.fetcher().fetch(server.url(path))
        #expect(result.failure?.description == "\(server.url(path)): \(message)")
    }

    @Test("A page slower than the timeout fails within about the timeout")
    func timeout() throws {
        let server = try TestHTTPServer()
        server.set("/slow", .init(body: Array(Self.article.utf8), delay: 4))
        let start = Date()
        let result = Self.fetcher(timeout: 1).fetch(server.url("/slow"))
        #expect(result.failure == .timeout(server.url("/slow"), seconds: 1))
        #expect(Date().timeIntervalSince(start) < 3)
    }

    @Test("A page the site's robots.txt disallows is never requested; others on the site are")
    func robots() throws {
        let server = try TestHTTPServer()
        server.set(
            "/robots.txt",
            .init(
                headers: [("Content-Type", "text/plain")],
                body: Array("User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n".utf8)))
        server.set("/private/page", .html(Self.article))
        server.set("/public/page", .html(Self.article))
        let fetcher = Self.fetcher()
        #expect(fetcher.fetch(server.url("/private/page")).failure == .robots(server.url("/private/page")))
        #expect((try? fetcher.fetch(server.url("/public/page")).get()) != nil)
        #expect(server.requested("/private/page") == 0)
        #expect(server.requested("/robots.txt") == 1)
    }

    @Test(
        "A robots.txt the server fails to give allows nothing, and the skipped page says why; a missing one allows all",
        arguments: [
            (
                503,
                "the site's robots.txt could not be read (the server answered HTTP 503 Service Unavailable), which "
                    + "allows nothing for now; skipped"
            ),
            (404, nil),
        ])
    func robotsUnreadable(status: Int, message: String?) throws {
        let server = try TestHTTPServer()
        server.set("/robots.txt", .init(status: status, headers: [("Content-Type", "text/plain")]))
        server.set("/page", .html(Self.article))
        let result = Self.fetcher().fetch(server.url("/page"))
        #expect(result.failure?.description == message.map { "\(server.url("/page")): \($0)" })
        #expect(server.requested("/page") == (message == nil ? 1 : 0))
    }

    @Test(
        "robots.txt: the crawler's own group, the longest rule, Allow on a tie, wildcards",
        arguments: [
            ("User-agent: *\nDisallow: /\nUser-agent: Corroborate\nDisallow: /x\n", "/page", true),
            ("User-agent: *\nDisallow: /news/\nAllow: /news/today\n", "/news/today/a", true),
            ("User-agent: *\nDisallow: /news/\nAllow: /news/today\n", "/news/old", false),
            ("User-agent: *\nDisallow: /*.pdf$\n", "/files/a.pdf", false),
            ("User-agent: *\nDisallow: /*.pdf$\n", "/files/a.pdf.html", true),
            ("User-agent: *\nDisallow:\n", "/anything", true),
            ("# nothing for us\nUser-agent: otherbot\nDisallow: /\n", "/anything", true),
        ])
    func robotsRules(text: String, path: String, allowed: Bool) {
        #expect(RobotsRules(parsing: text, agent: "corroborate").allows(path) == allowed)
    }

    @Test("The character set of the Content-Type header decides how a page is read")
    func charset() throws {
        let server = try TestHTTPServer()
        // "Привет" in Windows-1251, declared only by the server.
        let word: [UInt8] = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        let body =
            Array("<html><body><article><p>".utf8) + word
            + Array(
                " said the minister, who spoke at length about the talks in the capital.</p></article></body></html>"
                    .utf8)
        server.set("/ru", .init(headers: [("Content-Type", "text/html; charset=windows-1251")], body: body))
        let page = try Self.fetcher().fetch(server.url("/ru")).get()
        #expect(page.charset == "windows-1251")
        let document = try Ingester().document(
            from: page.bytes, path: page.requested, isHTML: true, charset: page.charset)
        #expect(document.text.contains("Привет said the minister"))
    }

    @Test("A feed's item links are read from RSS and Atom, resolved against the feed's URL")
    func feeds() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
            <item><title>One</title><link>https://example.org/one</link></item>
            <item><title>Two</title><guid>https://example.org/two</guid></item>
            <item><title>Three</title><link>/three</link></item>
            </channel></rss>
            """
        let atom = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title>
            <entry><title>A</title><link rel="alternate" href="https://example.org/a"/><id>x</id></entry>
            <entry><title>B</title><link href="b.html"/></entry>
            </feed>
            """
        #expect(
            try FeedReader.items(in: Array(rss.utf8), url: "https://example.org/feed.xml").map(\.link) == [
                "https://example.org/one", "https://example.org/two", "https://example.org/three",
            ])
        #expect(
            try FeedReader.items(in: Array(atom.utf8), url: "https://example.org/world/atom.xml").map(\.link) == [
                "https://example.org/a", "https://example.org/world/b.html",
            ])
        #expect(throws: FetchError.notFeed("u", reason: "its root element is <html>")) {
            try FeedReader.items(in: Array("<html><body/></html>".utf8), url: "u")
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
