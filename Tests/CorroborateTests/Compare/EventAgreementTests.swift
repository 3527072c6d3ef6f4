import Testing

@testable import Corroborate

/// Which claims of an event can tell one happening: the same article, a known common time, or a statement
/// already found the same; topic alone is not enough.
@Suite("Claims that can tell one happening")
struct EventAgreementTests {
    /// Three undated claims, each of its own article.
    static let claims = (0..<3).map { d in
        PartialArticleTests.claim("Gunmen attacked the station in Tarsk.", document: d, at: 0, id: "c\(d)")
    }

    @Test(
        "Undated claims of different articles join only when a statement links them or their times are one",
        arguments: [
            // Nothing links them: the first alone (ties go to the earlier group).
            ([], false, [0]),
            // The first and third were found to state the same thing.
            ([["c0", "c2"]], false, [0, 2]),
            // All of one known time.
            ([], true, [0, 1, 2]),
        ] as [([[String]], Bool, [Int])])
    func coreferent(agreed: [[String]], sameTime: Bool, expected: [Int]) {
        let group = EventAgreement.coreferent(
            [0, 1, 2], claims: Self.claims, sameTime: { _, _ in sameTime }, agreed: Set(agreed))
        #expect(group == expected)
    }

    @Test("Claims of one article join whatever their time")
    func oneArticle() {
        var claims = Self.claims
        claims[1].document = 0
        let group = EventAgreement.coreferent([0, 1, 2], claims: claims, sameTime: { _, _ in false })
        #expect(group == [0, 1])
    }
}
