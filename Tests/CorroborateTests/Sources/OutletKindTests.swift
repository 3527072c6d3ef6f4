import Corroborate
import Testing

/// Cause 5: the masthead names the outlet whole; one source written several ways is one source; role words
/// give a person a kind.
@Suite("Outlets and kinds")
struct OutletKindTests {
    private func review(_ text: String, outlet: String) throws -> SourcingReview {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Outlet: \(outlet)\nDate: 2016-10-16\n\n" + text + "\n")
        return try #require(Corroborator().run(paths: [folder.path]).sourcing.first)
    }

    @Test(
        "A masthead is matched whole, never by one of its words",
        arguments: [
            ("Daily Times UK", "Daily Times UK"), ("The Valley Times", "The Valley Times"), ("BBC", "BBC"),
        ])
    func masthead(masthead: String, outlet: String) throws {
        #expect(try review("The mayor said the bridge would reopen.", outlet: masthead).outlet == outlet)
    }

    @Test("One broadcaster written three ways in one article is one source in its sourcing review")
    func oneBroadcaster() throws {
        let sourcing = try review(
            "Private NTV television said the talks had failed. NTV said the envoy left. "
                + "According to NTV television, the border was closed.", outlet: "Daily Times UK")
        #expect(sourcing.sources.map(\.name) == ["NTV"])
        #expect(sourcing.sources.map(\.kind) == [.media])
    }

    @Test(
        "A named person takes the kind their role words give",
        arguments: [
            ("Rebel commander Abu Hamza said the fighters had entered the village.", SourceKind.rebelFaction),
            ("Army spokesman Colonel Ahmed Saleh said the road was open.", .military),
            ("Foreign Minister Anna Berg said the talks would go on.", .official),
        ])
    func roleKind(text: String, kind: SourceKind) throws {
        #expect(try review(text, outlet: "BBC").sources.map(\.kind) == [kind])
    }
}
