import Testing

@testable import Corroborate

/// The pairs' proposals and the quote variants of the trigram pass are merged into one list: a relation both
/// find is proposed once, in the place the pairs give it.
@Suite("Merging the proposals")
struct ProposalMergeTests {
    @Test(
        "A speaker quoted with different words in two articles gives one quote variant, not one from each pass",
        arguments: [
            (
                "Ostrander said the new bridge was \"costly but overdue\".",
                "\"The new bridge was costly but welcome, and we will open it in the spring,\" Ostrander said."
            ),
            (
                "\"We are checking every invoice from the depot and will report in due course,\" said auditor Lena Voss.",
                "\"We are reading every invoice from the depot,\" Lena Voss said."
            ),
        ])
    func variantOnce(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        let variants = found.filter { $0.type == .quoteVariant }
        #expect(variants.count == 1, "\(found.map(\.rule))")
        #expect(Set(variants.map { $0.claims.sorted() }).count == variants.count)
    }

    @Test("A result box hands its values over once: taken, it holds none")
    func takenOnce() {
        let box = ResultBox<[Int]>(count: 3)
        for k in 0..<3 { _ = box.set(k, [k, k * 10]) }
        #expect(box.takeValues() == [[0, 0], [1, 10], [2, 20]])
        #expect(box.values().isEmpty)
    }
}
