import Corroborate
import Testing

/// With `--broad` a reported clause keeps its complementizer `that`, as PolNeAR marks it; by default it starts
/// after it.
@Suite("Broad contents")
struct BroadContentTests {
    @Test(
        "A content after a cue keeps its leading `that` with --broad and drops it by default",
        arguments: [
            ("Ida Holm said that the pier would close on Friday.", "that the pier would close on Friday"),
            ("Nils Berg warned that fares would rise in spring.", "that fares would rise in spring"),
        ] as [(String, String)])
    func complementizer(sentence: String, broadContent: String) throws {
        let text = "Ferry strike in Tarsk.\n\n\(sentence)\n"
        for broad in [true, false] {
            let knowledge = try Knowledge.with(broad: broad)
            let found = Corroborator(knowledge: knowledge).analyze(try Fixture.document(text)).attributions
            let expected = broad ? broadContent : String(broadContent.dropFirst("that ".count))
            #expect(found.map(\.content.text) == [expected])
        }
    }
}
