import Corroborate
import Foundation
import Testing

@Suite("Claims built from an article's attributions")
struct ClaimBuilderTests {
    /// The source each claim of a one-article text is credited to, with the claim's text.
    private func credits(_ text: String) throws -> [(source: String, text: String)] {
        let document = try Fixture.document(text)
        return Corroborator().analyze(document).claims.map { ($0.source.name, $0.text) }
    }

    @Test(
        "A deed inside a speaker's words is the speaker's statement, not the outlet's",
        arguments: [
            // The deed `agreed to a truce` lies inside what Ivo Marek denied.
            (
                "In a new video, rebel leader Ivo Marek also denied having agreed to a truce with the Velmora government.",
                "to a truce with the Velmora government", "Ivo Marek"
            ),
            // Control: a deed told by the outlet itself stays the outlet's.
            (
                "Rebels in the hills agreed to a truce with the Velmora government on Sunday after a week of talks.",
                "to a truce with the Velmora government on Sunday after a week of talks", "unnamed outlet"
            ),
        ])
    func nestedDeed(text: String, claim: String, source: String) throws {
        let found = try credits(text)
        let credited = found.first { $0.text == claim }?.source
        #expect(credited?.hasPrefix(source) == true, "\(found)")
    }
}
