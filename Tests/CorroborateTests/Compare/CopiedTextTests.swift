import Testing

@testable import Corroborate

/// One text printed by two articles, word for word or lightly reworded, without quotation marks, is one source
/// relayed: no agreement between the two, whatever speakers the claims carry; a copy with a figure changed is still
/// a conflict, and two accounts told in their own words still agree. Cases written for these tests.
@Suite("Copied text is one source")
struct CopiedTextTests {
    @Test(
        "Two sentences are one text with a long shared run or most of the shorter one's words in order",
        arguments: [
            // Ten words in one run.
            (
                "the ferry company said the crossing to the island would stay closed until friday",
                "a spokesman told reporters the crossing to the island would stay closed until friday at least", true
            ),
            // A word changed here and there: no long run, but most words in order.
            (
                "in the town of velmora the paper mills are a big employer giving some families nearly all their income",
                "in the town of velmora the pulp mills are a large employer giving some households nearly all their income",
                true
            ),
            // One account in other words: a shorter run, few words in order.
            (
                "the ferry company said the crossing would stay closed until friday because of the storm",
                "storm damage means no ferry will cross to the island before the weekend the operator said", false
            ),
            // Short sentences told alike are no sign of a copy.
            ("the mayor died of cancer on monday", "the mayor died of cancer on monday night", false),
        ])
    func oneText(a: String, b: String, copied: Bool) {
        let x = a.split(separator: " ").map(String.init)
        let y = b.split(separator: " ").map(String.init)
        #expect(CopiedText.oneText(x, y) == copied)
        #expect(CopiedText.oneText(y, x) == copied)
    }

    @Test(
        "The longest shared run is counted word for word",
        arguments: [("abcdef", "xbcdy", 3), ("abc", "cba", 1), ("", "abc", 0), ("abab", "baba", 3)])
    func longestRun(a: String, b: String, length: Int) {
        #expect(CopiedText.longestRun(Array(a), Array(b)) == length)
    }

    @Test(
        "One outlet's sentence printed by another is no agreement, whoever each credits it to",
        arguments: [
            // The same sentence, credited to two speakers.
            (
                "The east pier was closed on Monday after divers found deep cracks in the piles under the old ferry ramp, the port said.",
                "The east pier was closed after divers found deep cracks in the piles under the ferry ramp, a harbour pilot said."
            ),
            // The same sentence with a word changed, each copy crediting its own speaker.
            (
                "Twelve workers died in the blast at the Velmora paint depot late on Monday night, fire chief Edda Lund said.",
                "Twelve staff died in the blast at the Velmora paint depot late on Monday night, mayor Ivo Saric told reporters."
            ),
        ])
    func copied(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(found.isEmpty, "\(found.map(\.rule))")
    }

    @Test("A copied sentence with a figure changed is still a numeric conflict")
    func copiedOtherFigure() throws {
        let found = try ArticleSet(
            a: "The blast at the Velmora paint depot on Monday killed 12 workers and injured many more, the port said.",
            b: "The blast at the Velmora paint depot on Monday killed 14 workers and injured many more, a doctor said."
        ).relations()
        #expect(found.contains { $0.type == .numericConflict }, "\(found.map(\.rule))")
    }

    @Test("Two accounts of one fact in their own words still agree")
    func ownWords() throws {
        let found = try ArticleSet(
            a: "Fire chief Edda Lund said 12 workers were killed in the blast at the Velmora paint depot.",
            b: "The explosion at the paint depot in Velmora killed 12 workers, according to mayor Ivo Saric."
        ).relations()
        #expect(found.contains { $0.type == .agreement }, "\(found.map(\.rule))")
    }
}
