/// Why a page or feed could not be fetched: one line naming the URL and what went wrong, so that one failure
/// among many is reported and the rest go on.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case badURL(String)
    case dns(String)
    case refused(String)
    case tls(String, reason: String)
    case timeout(String, seconds: Double)
    case status(String, code: Int)
    case tooLarge(String, limit: Int)
    case notHTML(String, type: String)
    case notFeed(String, reason: String)
    case robots(String)
    /// The site's robots.txt could not be read (`reason`), which allows nothing for now.
    case robotsUnreadable(String, reason: String)
    case tooManyRedirects(String, limit: Int)
    case network(String, reason: String)

    public var url: String {
        switch self {
        case .badURL(let url), .dns(let url), .refused(let url), .tls(let url, _), .timeout(let url, _),
            .status(let url, _), .tooLarge(let url, _), .notHTML(let url, _), .notFeed(let url, _), .robots(let url),
            .robotsUnreadable(let url, _), .tooManyRedirects(let url, _), .network(let url, _):
            return url
        }
    }

    public var description: String {
        switch self {
        case .badURL(let url): return "\(url): not an http or https URL"
        case .dns(let url): return "\(url): cannot find the host (DNS lookup failed)"
        case .refused(let url): return "\(url): cannot connect to the host (connection refused)"
        case .tls(let url, let reason): return "\(url): TLS failed (\(reason))"
        case .timeout(let url, let seconds):
            return "\(url): no complete answer within \(Self.seconds(seconds)) s (timed out)"
        case .status(let url, let code): return "\(url): the server answered HTTP \(code) \(Self.reason(code))"
        case .tooLarge(let url, let limit):
            return "\(url): larger than the limit of \(IngestError.grouped(limit)) bytes (--max-bytes); skipped"
        case .notHTML(let url, let type): return "\(url): not an HTML page or text (\(type)); skipped"
        case .notFeed(let url, let reason): return "\(url): not an RSS or Atom feed (\(reason))"
        case .robots(let url): return "\(url): the site's robots.txt disallows fetching it; skipped"
        case .robotsUnreadable(let url, let reason):
            return "\(url): the site's robots.txt could not be read (\(reason)), which allows nothing for now; skipped"
        case .tooManyRedirects(let url, let limit): return "\(url): more than \(limit) redirects; skipped"
        case .network(let url, let reason): return "\(url): \(reason)"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func reason(_ code: Int) -> String {
        switch code {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        default: return code >= 500 ? "(server error)" : "(client error)"
        }
    }
}
