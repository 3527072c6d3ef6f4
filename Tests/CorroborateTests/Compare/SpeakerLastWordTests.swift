import Testing

@testable import Corroborate

/// A name's last word found from the end by its bytes (`QuoteVariants.lastWord`) is the last of its words split at
/// spaces, for any name.
@Suite("A speaker's last word")
struct SpeakerLastWordTests {
    @Test(
        "The last word found by bytes is the last word of the split",
        arguments: [
            "Ines Varga", "Varga", "", " ", "   ", "Ines Varga ", " Ines  Varga  ", "Jean-Luc O'Dwyer", "a b",
            "Dr. K. Mbeki-Owusu Jr.", "Zoë Kovač", "Jürgen Strauß", "Rene\u{301}e Dubois", "Ines\tVarga",
            "Ines\r\nVarga", "Ánh-Ngọc Trần ",
        ])
    func lastWord(name: String) {
        #expect(QuoteVariants.lastWord(name).map(String.init) == name.split(separator: " ").last.map(String.init))
    }
}
