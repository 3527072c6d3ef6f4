/// What a site's `robots.txt` allows a crawler, read as RFC 9309 says: the groups naming the crawler's product
/// token (or `*` when none does), the longest matching rule deciding, `Allow` winning a tie, `*` and `$` in
/// paths.
struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// Why the site's robots.txt could not be read (`no answer within 1 s`, `HTTP 503`), when it could not: then
    /// nothing is allowed for now (RFC 9309), and a skipped page says so rather than that the site disallows it.
    var unreadable: String? = nil

    static let allowAll = RobotsRules(rules: [])
    static let disallowAll = RobotsRules(rules: [Rule(allow: false, pattern: "/")])

    /// Nothing allowed, because the robots.txt could not be read for `reason`.
    static func unreadable(_ reason: String) -> RobotsRules {
        var rules = disallowAll
        rules.unreadable = reason
        return rules
    }

    /// The rules for `agent` (a product token such as `corroborate`) in a robots.txt text.
    init(parsing text: String, agent: String) {
        var groups: [(agents: [String], rules: [Rule])] = []
        var lastWasAgent = false
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !lastWasAgent || groups.isEmpty { groups.append(([], [])) }
                groups[groups.count - 1].agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard !groups.isEmpty, !value.isEmpty else { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: value))
            default:
                lastWasAgent = false
            }
        }
        let token = agent.lowercased()
        let own = groups.filter { $0.agents.contains { $0 != "*" && token.hasPrefix($0) } }
        let chosen = own.isEmpty ? groups.filter { $0.agents.contains("*") } : own
        rules = chosen.flatMap(\.rules)
    }

    init(rules: [Rule]) { self.rules = rules }

    /// Whether a path (with its query) may be fetched.
    func allows(_ path: String) -> Bool {
        var best: Rule?
        var bestLength = -1
        for rule in rules where RobotsRules.matches(rule.pattern, path) {
            let length = rule.pattern.count
            if length > bestLength || (length == bestLength && rule.allow) {
                best = rule
                bestLength = length
            }
        }
        return best?.allow ?? true
    }

    /// A robots.txt path pattern against a path: a prefix match, `*` for any run of characters, `$` at the end
    /// for the end of the path.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var p = Array(pattern.unicodeScalars)
        let s = Array(path.unicodeScalars)
        // Unanchored, a pattern matches a prefix: the same as the pattern followed by `*`, anchored.
        if p.last == "$" { p.removeLast() } else { p.append("*") }
        // Wildcard matching with one backtrack point: linear for the patterns robots.txt files hold.
        var i = 0
        var j = 0
        var star = -1
        var mark = 0
        while j < s.count {
            if i < p.count && p[i] != "*" && p[i] == s[j] {
                i += 1
                j += 1
            } else if i < p.count && p[i] == "*" {
                star = i
                mark = j
                i += 1
            } else if star >= 0 {
                i = star + 1
                mark += 1
                j = mark
            } else {
                return false
            }
        }
        while i < p.count && p[i] == "*" { i += 1 }
        return i == p.count
    }
}
