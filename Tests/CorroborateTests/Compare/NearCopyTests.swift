import Testing

@testable import Corroborate

/// One named speaker's statement printed twice in near the same words is relayed by two articles, not corroborated:
/// no agreement between the two, while a figure changed in one copy is still a conflict. So is one quotation, whoever
/// each article credits it to, and one sentence credited to two speakers (`CopiedText`). Cases written for these
/// tests.
@Suite("Near copies of one speaker's words")
struct NearCopyTests {
    @Test(
        "Most of the shorter claim's terms in the other's order make a near copy; reordered or few terms do not",
        arguments: [
            ("girl treated shock given counselling", "girl involved treated shock given counselling", true),
            ("mayor pier rebuilt before summer", "mayor pier rebuilt before summer", true),
            ("depot manager treated burn released monday", "depot manager treated burn monday", true),
            ("rebel captur town fierce fight", "town captur rebel fierce fight", false),
            ("fire spread roof warehouse", "crew said roof warehouse collapsed fire", false),
            ("pier rebuilt", "pier rebuilt", false),
            ("quarry close next year worker", "quarry close next year", true),
        ])
    func terms(a: String, b: String, copy: Bool) {
        let x = a.split(separator: " ").map(String.init)
        let y = b.split(separator: " ").map(String.init)
        #expect(NearCopy.holds(x, y) == copy)
        #expect(NearCopy.holds(y, x) == copy)
    }

    @Test(
        "The longest common subsequence is counted in order",
        arguments: [("abcde", "axbycze", 4), ("abc", "cba", 1), ("", "abc", 0), ("abab", "baba", 3)])
    func subsequence(a: String, b: String, length: Int) {
        #expect(NearCopy.commonSubsequence(Array(a), Array(b)) == length)
    }

    @Test(
        "One speaker quoted near word for word in two articles is no agreement, nor is one sentence credited to two speakers",
        arguments: [
            (
                "Harbour master Edda Lund said the Velmora pier would reopen before the summer season after repairs.",
                "The Velmora pier would reopen before the summer season after the repairs, harbour master Edda Lund said.",
                false
            ),
            (
                "Harbour master Edda Lund said the Velmora pier would reopen before the summer season after repairs.",
                "The Velmora pier would reopen before the summer season after the repairs, mayor Ivo Saric said.",
                false
            ),
            // No quotation marks, two speakers: one text all the same (`CopiedText`); two accounts in their own words
            // still agree (`CopiedTextTests`).
            (
                "The east pier was closed on Monday after divers found deep cracks in the piles under the old ferry ramp, the port said.",
                "The east pier was closed after divers found deep cracks in the piles under the ferry ramp, a harbour pilot said.",
                false
            ),
        ])
    func relayed(a: String, b: String, agree: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty == agree, "\(found.map(\.rule))")
    }

    @Test(
        "One quotation printed in two articles is no agreement, whoever each credits it to",
        arguments: [
            // A person in one article, the body she speaks for in the other, the quotation cut otherwise.
            (
                "\"The east pier was closed on Monday after divers found deep cracks in the piles under the old ferry ramp,\" harbour master Edda Lund said.",
                "\"The east pier was closed after divers found deep cracks in the piles under the ferry ramp,\" the Velmora port authority said in a statement."
            ),
            // A named eyewitness in one article, an unnamed one in the other.
            (
                "\"I saw the roof of the paint depot fall in and black smoke roll over the canal bridge,\" said Marta Kovac, who lives nearby.",
                "\"I saw the roof of the depot fall in and then the black smoke roll over the canal,\" one neighbour said."
            ),
            // One article prints the quoted words without marks, as the port's.
            (
                "Harbour master Edda Lund wrote: \"The east pier was closed on Monday after divers found deep cracks in the piles under the old ferry ramp.\"",
                "The east pier was closed after divers found deep cracks in the piles under the ferry ramp, the port said."
            ),
        ])
    func relayedQuotation(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(found.isEmpty, "\(found.map(\.rule))")
    }

    @Test("A copy of one speaker's words with a figure changed is still a numeric conflict")
    func copiedOtherFigure() throws {
        let found = try ArticleSet(
            a: "The blast killed 12 workers at the Velmora depot on Monday, fire chief Edda Lund said.",
            b: "The blast killed 14 workers at the Velmora depot on Monday, fire chief Edda Lund said."
        ).relations()
        #expect(found.contains { $0.type == .numericConflict }, "\(found.map(\.rule))")
    }
}
