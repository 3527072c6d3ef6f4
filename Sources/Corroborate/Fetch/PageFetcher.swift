import Dispatch
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A page or feed as fetched: the bytes, where they finally came from, and what the server said they are.
public struct FetchedPage: Sendable {
    /// The URL asked for.
    public var requested: String
    /// The URL the bytes came from, after redirects.
    public var url: String
    public var fetchedAt: Date
    /// The media type, lower-cased, without parameters (`text/html`); nil when the server gave none.
    public var mediaType: String?
    /// The character set the `Content-Type` header declares, lower-cased.
    public var charset: String?
    public var bytes: [UInt8]
}

/// Fetches pages over HTTP and HTTPS with Foundation's `URLSession`, politely and within limits: `robots.txt`
/// read once per site and obeyed, an honest `User-Agent`, redirects followed by hand (at most `maxRedirects`,
/// each hop checked against its site's robots.txt), one deadline for the whole answer (`timeout`), and a size
/// cap that stops reading as soon as it is passed.
public final class PageFetcher: Sendable {
    public struct Options: Sendable {
        /// Seconds for one request to be answered in full.
        public var timeout: Double = 20
        /// The largest answer read, in bytes.
        public var maxBytes = 5_000_000
        public var maxRedirects = 5
        public var userAgent = PageFetcher.userAgent

        public init() {}
    }

    /// Says who is asking and why, as robots.txt authors and site operators expect; `corroborate` is the product
    /// token robots.txt groups are matched against.
    public static let userAgent =
        "corroborate/1.0 (news cross-verification; fetches the pages a user names; obeys robots.txt)"
    static let robotsToken = "corroborate"

    public let options: Options
    private let robots = RobotsCache()

    public init(options: Options = Options()) { self.options = options }

    /// What is expected at a URL: a page to analyse, or a feed to read.
    public enum Expecting: Sendable {
        case page
        case feed
    }

    /// Fetches `url`, following redirects; fails with one line saying why.
    public func fetch(_ url: String, expecting: Expecting = .page) -> Result<FetchedPage, FetchError> {
        guard var current = PageFetcher.httpURL(url) else { return .failure(.badURL(url)) }
        for _ in 0...options.maxRedirects {
            let rules = robotsRules(current)
            if !rules.allows(PageFetcher.robotsPath(current)) {
                return .failure(rules.unreadable.map { .robotsUnreadable(url, reason: $0) } ?? .robots(url))
            }
            let answer = request(current, original: url)
            switch answer {
            case .failure(let error): return .failure(error)
            case .success(let (response, bytes)):
                if (300..<400).contains(response.statusCode), response.statusCode != 304 {
                    guard let location = PageFetcher.header(response, "Location"),
                        let next = URL(string: location, relativeTo: current)?.absoluteURL,
                        let checked = PageFetcher.httpURL(next.absoluteString)
                    else { return .failure(.status(url, code: response.statusCode)) }
                    current = checked
                    continue
                }
                guard (200..<300).contains(response.statusCode) else {
                    return .failure(.status(url, code: response.statusCode))
                }
                let (media, charset) = PageFetcher.contentType(PageFetcher.header(response, "Content-Type"))
                if let problem = PageFetcher.unexpected(media, expecting: expecting, url: url) {
                    return .failure(problem)
                }
                return .success(
                    FetchedPage(
                        requested: url, url: current.absoluteString, fetchedAt: Date(), mediaType: media,
                        charset: charset, bytes: bytes))
            }
        }
        return .failure(.tooManyRedirects(url, limit: options.maxRedirects))
    }

    /// Media types taken as pages, and as feeds.
    static let pageTypes: Set<String> = ["text/html", "application/xhtml+xml", "text/plain"]
    static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "application/x-rss+xml", "application/feed+xml",
    ]

    private static func unexpected(_ media: String?, expecting: Expecting, url: String) -> FetchError? {
        guard let media else { return nil }
        switch expecting {
        case .page: return pageTypes.contains(media) ? nil : .notHTML(url, type: media)
        case .feed: return feedTypes.contains(media) ? nil : .notFeed(url, reason: "the server says \(media)")
        }
    }

    /// Only absolute http and https URLs with a host.
    static func httpURL(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else { return nil }
        return url
    }

    static func header(_ response: HTTPURLResponse, _ name: String) -> String? {
        for (key, value) in response.allHeaderFields {
            if let key = key as? String, key.caseInsensitiveCompare(name) == .orderedSame { return value as? String }
        }
        return nil
    }

    /// `text/html; charset=Windows-1251` as (`text/html`, `windows-1251`).
    static func contentType(_ value: String?) -> (media: String?, charset: String?) {
        guard let value else { return (nil, nil) }
        let parts = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let media = parts.first.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        var charset: String?
        for part in parts.dropFirst() where part.lowercased().hasPrefix("charset=") {
            charset = part.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
                .lowercased()
        }
        return (media, charset)
    }

    // MARK: robots.txt

    /// The robots.txt rules of a URL's site, read once per site.
    private func robotsRules(_ url: URL) -> RobotsRules {
        let origin = PageFetcher.origin(url)
        if let rules = robots.get(origin) { return rules }
        let rules = fetchRobots(origin)
        robots.set(origin, rules)
        return rules
    }

    /// A URL's path and query, as robots.txt rules match them.
    static func robotsPath(_ url: URL) -> String {
        var path = url.path.isEmpty ? "/" : url.path
        if let query = url.query { path += "?" + query }
        return path
    }

    static func origin(_ url: URL) -> String {
        var origin = (url.scheme ?? "http").lowercased() + "://" + (url.host ?? "")
        if let port = url.port { origin += ":\(port)" }
        return origin
    }

    /// As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one the server fails to give
    /// (5xx, or no answer) allows nothing, for now.
    private func fetchRobots(_ origin: String) -> RobotsRules {
        guard var current = URL(string: origin + "/robots.txt") else { return .allowAll }
        // A failure's own line without its URL: `no complete answer within 1 s (timed out)`.
        func reason(_ error: FetchError) -> String { String(error.description.dropFirst(error.url.count + 2)) }
        for _ in 0...options.maxRedirects {
            switch request(current, original: current.absoluteString) {
            case .failure(let error): return .unreadable(reason(error))
            case .success(let (response, bytes)):
                if (300..<400).contains(response.statusCode), let location = PageFetcher.header(response, "Location"),
                    let next = URL(string: location, relativeTo: current)?.absoluteURL
                {
                    current = next
                    continue
                }
                if (200..<300).contains(response.statusCode) {
                    return RobotsRules(parsing: String(decoding: bytes, as: UTF8.self), agent: PageFetcher.robotsToken)
                }
                return (400..<500).contains(response.statusCode)
                    ? .allowAll : .unreadable(reason(.status(current.absoluteString, code: response.statusCode)))
            }
        }
        return .allowAll
    }

    // MARK: One request

    /// One GET without following redirects, within the deadline and the size cap.
    private func request(_ url: URL, original: String) -> Result<(HTTPURLResponse, [UInt8]), FetchError> {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        let delegate = FetchDelegate(limit: options.maxBytes)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.timeout)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue(
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
            forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        task.resume()
        if delegate.done.wait(timeout: .now() + options.timeout + 0.5) == .timedOut {
            task.cancel()
            return .failure(.timeout(original, seconds: options.timeout))
        }
        let outcome = delegate.outcome
        if outcome.tooLarge { return .failure(.tooLarge(original, limit: options.maxBytes)) }
        if let error = outcome.error {
            return .failure(PageFetcher.fetchError(error, url: original, timeout: options.timeout))
        }
        guard let response = outcome.response else {
            return .failure(.network(original, reason: "no answer from the server"))
        }
        return .success((response, outcome.bytes))
    }

    static func fetchError(_ error: any Error, url: String, timeout: Double) -> FetchError {
        let error = error as NSError
        guard error.domain == NSURLErrorDomain else { return .network(url, reason: error.localizedDescription) }
        switch error.code {
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed: return .dns(url)
        case NSURLErrorCannotConnectToHost: return .refused(url)
        case NSURLErrorTimedOut: return .timeout(url, seconds: timeout)
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
            NSURLErrorServerCertificateNotYetValid, NSURLErrorClientCertificateRejected,
            NSURLErrorClientCertificateRequired:
            return .tls(url, reason: error.localizedDescription)
        case NSURLErrorUnsupportedURL: return .badURL(url)
        case NSURLErrorNotConnectedToInternet, NSURLErrorNetworkConnectionLost:
            return .network(url, reason: "the network connection was lost")
        default: return .network(url, reason: error.localizedDescription)
        }
    }
}

/// The answer to one request, gathered by the session's delegate.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Outcome {
        var response: HTTPURLResponse?
        var bytes: [UInt8] = []
        var error: (any Error)?
        var tooLarge = false
    }

    let limit: Int
    let done = DispatchSemaphore(value: 0)
    private let lock = Lock()
    private var state = Outcome()

    init(limit: Int) { self.limit = limit }

    var outcome: Outcome { lock.withLock { state } }

    /// Redirects are not followed here: `fetch` follows them itself, checking each hop.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.withLock { state.response = response }
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let tooLarge = response.expectedContentLength > Int64(limit)
        lock.withLock {
            state.response = response as? HTTPURLResponse
            state.tooLarge = tooLarge
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock {
            state.bytes.append(contentsOf: data)
            if state.bytes.count > limit { state.tooLarge = true }
            return state.tooLarge
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.withLock { if let error, !state.tooLarge { state.error = error } }
        done.signal()
    }
}

/// robots.txt rules per site, fetched once per run.
private final class RobotsCache: @unchecked Sendable {
    private let lock = Lock()
    private var rules: [String: RobotsRules] = [:]

    func get(_ origin: String) -> RobotsRules? { lock.withLock { rules[origin] } }
    func set(_ origin: String, _ value: RobotsRules) { lock.withLock { rules[origin] = value } }
}
