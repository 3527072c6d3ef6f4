import Testing

@testable import Corroborate

/// A printable ASCII speaker's name read byte by byte (`SpeakerNames.init(ascii:)`) gives every field the general
/// reading gives, Character by Character (`init(general:)`); any other name (accents, `ß`, combining marks, curly
/// apostrophes, control characters) is left to the general reading. Names invented for these tests.
@Suite("Speaker names read byte by byte")
struct SpeakerNamesASCIITests {
    /// The fields of two readings, side by side, for one comparison.
    static func fields(_ n: SpeakerNames) -> [String] {
        [
            n.names.sorted().joined(separator: "|"), n.initials ?? "<nil>", "\(n.isDescription)",
            n.voiceWords.sorted().joined(separator: "|"), n.spelling.joined(separator: "|"), n.parts.letters,
            n.parts.lastPart ?? "<nil>", n.parts.longParts.joined(separator: "|"), "\(n.personShaped)",
        ]
    }

    @Test(
        "A printable ASCII name read by its bytes gives the general reading's fields",
        arguments: [
            "Ines Varga", "port engineer Ines Varga", "Regional Ferry Board", "RFB", "one neighbour", "",
            " ", "  Tomas   Quill  ", "Lee Min-ho", "Lee Min Ho", "-Anna--Bell-", "Jean-Luc O'Dwyer",
            "O'Dwyer's aide", "Dr. K. Mbeki-Owusu Jr.", "spokesman for the ministry (unnamed)",
            "Harbour Master Greg Tamsin", "a b c d e", "A B C D E", "UN", "U.N. envoy", "Mary-Kate Ashdown-Price",
            "ab12cd efgh1ijkl", "~Zed_Quorn@Port", "X", "x", "Ana Ruiz, mayor",
        ])
    func asciiAsGeneral(name: String) {
        #expect(SpeakerNames.isPrintableASCII(name))
        let fast = SpeakerNamesASCIITests.fields(SpeakerNames(ascii: name))
        let general = SpeakerNamesASCIITests.fields(SpeakerNames(general: name))
        #expect(fast == general)
        #expect(SpeakerNamesASCIITests.fields(SpeakerNames(Source(name: name, kind: .official))) == general)
    }

    @Test(
        "Any other name is not taken for printable ASCII, and is read as the general reading reads it",
        arguments: [
            "Zoë Kovač", "André Lefèvre", "Jürgen Strauß", "Strauß", "Rene\u{301}e Dubois", "O\u{2019}Dwyer",
            "Jean\u{2013}Luc Ponty", "Ines\u{A0}Varga", "Ines\tVarga", "Ines\r\nVarga", "Ines\nVarga", "Élodie",
            "ÆSOP group", "İlker Başbuğ", "Ŀuís", "Ánh-Ngọc Trần", "Ἀλέξανδρος",
        ])
    func othersGeneral(name: String) {
        #expect(!SpeakerNames.isPrintableASCII(name))
        #expect(
            SpeakerNamesASCIITests.fields(SpeakerNames(Source(name: name, kind: .official)))
                == SpeakerNamesASCIITests.fields(SpeakerNames(general: name)))
    }

    @Test("The general reading of a non-ASCII name keeps what the byte reading could not give")
    func generalReadings() {
        let renee = SpeakerNames(Source(name: "Rene\u{301}e Dubois", kind: .official))
        #expect(renee.spelling == ["renee", "dubois"])
        #expect(renee.personShaped)
        let strauss = SpeakerNames(Source(name: "Jürgen Strauß", kind: .official))
        #expect(strauss.names == ["jürgen", "strauß"])
        #expect(strauss.initials == "js")
        #expect(SpeakerNames(Source(name: "Élodie", kind: .official)).names == ["élodie"])
    }
}
