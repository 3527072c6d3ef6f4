import Testing

@testable import Corroborate

/// A store's articles come to an `add`'s comparison with only the claims it loaded: what `RepeatedText` makes of
/// such partial articles.
@Suite("Partial articles in an add")
struct PartialArticleTests {
    static func claim(_ text: String, document: Int, at start: Int, id: String) -> Claim {
        Claim(
            id: id, document: document, attribution: nil, source: Source(name: "outlet \(document)", kind: .outlet),
            via: nil, text: text, spans: [TextSpan(start, start + text.count)], sentence: 0, isDirectQuote: false,
            frame: ClaimFrame(
                kinds: [], places: [], actors: [], contextPlaces: [], quantities: [], time: nil, negated: false,
                negation: nil, hedges: [], manner: [], state: []),
            shingles: Claim.shingles(of: text))
    }

    static let signOff = "Send corrections about this page to the night desk of the paper."

    /// Three articles that end with one sign-off; articles 0 and 1 come with the sign-off alone.
    static func signedArticles() -> [Claim] {
        var claims: [Claim] = []
        for d in 0..<3 {
            if d == 2 {
                claims.append(
                    claim(
                        "The harbour bridge reopened on a bright morning after repairs.", document: d, at: 0,
                        id: "a\(d)"))
                claims.append(
                    claim(
                        "Ferry crews counted fewer passengers than in the spring months.", document: d, at: 80,
                        id: "b\(d)"))
            }
            claims.append(claim(signOff, document: d, at: 400, id: "s\(d)"))
        }
        return claims
    }

    @Test("A sign-off is boilerplate when the store says it ends its partial articles, not when it sits inside them")
    func edges() {
        let claims = PartialArticleTests.signedArticles()
        let atEnd = RepeatedText(claims, count: 3, partial: [0: [0], 1: [0]]) { _, _ in 1 }
        #expect(atEnd.isBoilerplate("s0") && atEnd.isBoilerplate("s2"))
        let inside = RepeatedText(claims, count: 3, partial: [0: [], 1: []]) { _, _ in 1 }
        #expect(!inside.isBoilerplate("s0") && !inside.isBoilerplate("s2"))
        // Taken as whole articles, the lone loaded claim would be each one's first and last.
        let whole = RepeatedText(claims, count: 3) { _, _ in 1 }
        #expect(whole.isBoilerplate("s0"))
    }

    @Test("A partial article is not taken for a copy of an article that holds its few claims")
    func copies() {
        let long =
            "The council voted late on a wet Tuesday evening to close the old market hall for a year while engineers repair its roof and walls and the traders move to tents in the square"
        let claims = [
            PartialArticleTests.claim(long, document: 0, at: 0, id: "p"),
            PartialArticleTests.claim(long, document: 1, at: 0, id: "w1"),
            PartialArticleTests.claim(
                "Traders said the tents would do for the summer.", document: 1, at: 300, id: "w2"),
        ]
        #expect(RepeatedText(claims, count: 2) { _, _ in 1 }.sameArticle(0, 1))
        #expect(!RepeatedText(claims, count: 2, partial: [0: [0]]) { _, _ in 1 }.sameArticle(0, 1))
    }
}
