import Testing

@testable import Corroborate

/// Text encoded twice (UTF-8 read as Windows-1252 and written again) is repaired when decoded; real text is not.
@Suite("Text encoded twice")
struct MojibakeTests {
    @Test(
        "A run that was UTF-8 read as Windows-1252 becomes the character it was",
        arguments: [
            ("Jos\u{C3}\u{A9} Mar\u{C3}\u{AD}a", "José María"),  // é, and í whose second byte is a soft hyphen
            ("Pe\u{C3}\u{B1}a", "Peña"),
            ("it\u{E2}\u{20AC}\u{2122}s", "it’s"),  // ’
            ("\u{E2}\u{20AC}\u{153}Quoted\u{E2}\u{20AC}\u{9D}", "“Quoted”"),  // 9D is undefined in Windows-1252
            ("1914\u{E2}\u{20AC}\u{201D}1918", "1914—1918"),
            ("\u{E2}\u{201A}\u{AC}20", "€20"),
            ("smile \u{F0}\u{178}\u{2DC}\u{20AC}", "smile 😀"),  // four bytes
            ("caf\u{C3}\u{192}\u{C2}\u{A9}", "café"),  // encoded three times
            ("\u{C3}\u{2013}sterreich", "Österreich"),  // – after a capital at the start of a word
            ("voil\u{C3}\u{A0}!", "voilà!"),  // the no-break space kept
            ("\u{D0}\u{153}\u{D0}\u{BE}\u{D1}\u{81}\u{D0}\u{BA}\u{D0}\u{B2}\u{D0}\u{B0}", "Москва"),
            ("PeA\u{303}\u{B1}a", "Peña"),  // decomposed afterwards: A and a combining tilde for Ã
            ("na\u{C3} \u{304}ve", "naïve"),  // ¯ decomposed into a space and a combining macron
        ])
    func repaired(text: String, expected: String) {
        #expect(Mojibake.repair(text)?.text == expected)
    }

    @Test(
        "Real text with the same characters is left as it is",
        arguments: [
            "S\u{C3}O PAULO",  // Ã before a letter that is no continuation byte
            "IRM\u{C3}\u{201D} disse",  // a capital word's Ã, then a closing quote
            "PER\u{DA}\u{2019}S capital",  // Ú’ would be an Arabic letter: a capital word and its apostrophe
            "l’\u{E9}t\u{E9}\u{A0}\u{BB} dit-il",  // é, no-break space, » in French
            "M\u{FC}ller, gar\u{E7}on, \u{C6}r\u{F8}, Stra\u{DF}e, na\u{EF}ve, S\u{E3}o Jo\u{E3}o",
            "\u{C3}", "\u{C2} la carte", "\u{C2}ge",  // a lone Ã or Â
            "K\u{D6}\u{2013}BONN",  // Ö– would be a Hebrew accent
            "Peña — it’s €20 😀 “fine”",
        ])
    func leftAlone(text: String) {
        #expect(Mojibake.repair(text) == nil)
    }

    @Test("The decoder repairs the text and says so in one warning with the first word")
    func warning() throws {
        let bytes = Array("Pe\u{C3}\u{B1}a Marek and Jos\u{C3}\u{A9} said it\u{E2}\u{20AC}\u{2122}s over.\n".utf8)
        let decoded = try TextDecoder.decode(bytes, path: "twice.txt")
        #expect(decoded.text == "Peña Marek and José said it’s over.\n")
        #expect(decoded.warnings == ["repaired 3 characters encoded twice (Pe\u{C3}\u{B1}a -> Peña)"])
        #expect(
            try TextDecoder.decode(bytes, path: "twice.txt", repair: false).text
                == String(decoding: bytes, as: UTF8.self))
    }

    @Test("A gold span after a repaired character in its line lands on the same word")
    func offsets() throws {
        let file = "Ferries wait.\nPe\u{C3}\u{B1}a said it\u{E2}\u{20AC}\u{2122}s late.\n"
        let text = "Ferries wait.\nPeña said it’s late.\n"
        let map = try #require(AnnotatedCorpus.offsetMap(from: file, to: text))
        let scalars = Array(file.unicodeScalars)
        let textScalars = Array(text.unicodeScalars)
        func carried(_ word: String) -> String {
            let length = word.unicodeScalars.count
            let start = (0...(scalars.count - length)).first {
                String(String.UnicodeScalarView(scalars[$0..<($0 + length)])) == word
            }!
            let range = map[start]..<(map[start + length - 1] + 1)
            return String(String.UnicodeScalarView(textScalars[range]))
        }
        #expect(carried("said") == "said")
        #expect(carried("late") == "late")
        #expect(carried("Pe\u{C3}\u{B1}a") == "Peña")
    }

    @Test("An ingester repairs text encoded twice unless told to keep it, as the tagger's trainer does")
    func ingesterSwitch() throws {
        let bytes = Array("Pe\u{C3}\u{B1}a Marek said the ferry is late.\n".utf8)
        var ingester = Ingester()
        #expect(try ingester.document(from: bytes, path: "a.txt").text.hasPrefix("Peña Marek"))
        ingester.repairsEncoding = false
        #expect(try ingester.document(from: bytes, path: "a.txt").text.hasPrefix("Pe\u{C3}\u{B1}a Marek"))
    }
}
