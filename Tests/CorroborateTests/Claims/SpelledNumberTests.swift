import Corroborate
import Testing

/// Numbers spelled out in two words (`twenty-two`, `thirty five`) are one number, in a claim's frame and in the
/// figures the comparison reads; a spelled number that agrees with digits elsewhere is no numeric conflict.
/// Cases written for these tests (an invented town and people).
@Suite("Numbers spelled in two words")
struct SpelledNumberTests {
    @Test(
        "A tens word and a unit word are read as one figure",
        arguments: [
            ("thirty-five people were hurt in the blast", 35.0, "wounded"),
            ("forty two miners were trapped underground", 42, "trapped"),
            ("at least sixty-one workers were killed", 61, "killed"),
            // Controls: a tens word alone, and a unit word alone.
            ("twenty people were hurt in the blast", 20, "wounded"),
            ("seven miners were trapped underground", 7, "trapped"),
        ])
    func frameFigure(text: String, value: Double, measure: String) throws {
        let document = try Fixture.document(text)
        let frame = FrameExtractor().frame(spans: [TextSpan(0, document.scalars.count)], in: document)
        #expect(frame.quantities.map(\.value) == [value])
        #expect(frame.quantities.first?.measure == measure)
    }

    @Test(
        "A spelled number and the same number in digits are no numeric conflict; a different one still is",
        arguments: [
            (
                "Police said Marta Voss, a twenty-two-year-old clerk from Lindenau, was detained on Monday.",
                "Marta Voss, 22, a clerk from Lindenau, was detained on Monday, police said.", false
            ),
            (
                "Officials in Lindenau said thirty-five people were hurt in the depot blast on Monday.",
                "Officials in Lindenau said 35 people were hurt in the depot blast on Monday.", false
            ),
            // A unit word hyphened onward is the next word's (`forty two-storey houses` are forty houses).
            (
                "Officials in Lindenau said forty two-storey houses were destroyed by the flood on Monday.",
                "Officials in Lindenau said 40 two-storey houses were destroyed by the flood on Monday.", false
            ),
            (
                "Officials in Lindenau said sixty three-room cabins were destroyed by the flood on Monday.",
                "Officials in Lindenau said 60 three-room cabins were destroyed by the flood on Monday.", false
            ),
            // Controls: the spelled number differs from the digits.
            (
                "Officials in Lindenau said thirty-five people were hurt in the depot blast on Monday.",
                "Officials in Lindenau said 53 people were hurt in the depot blast on Monday.", true
            ),
            (
                "Police said Marta Voss, a twenty-two-year-old clerk from Lindenau, was detained on Monday.",
                "Marta Voss, 27, a clerk from Lindenau, was detained on Monday, police said.", true
            ),
        ])
    func noFalseConflict(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet([a, b]).relations().filter { $0.type == .numericConflict }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
