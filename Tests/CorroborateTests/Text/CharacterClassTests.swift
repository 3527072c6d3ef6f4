import Testing

@testable import Corroborate

@Suite("Letter and case tests with an ASCII shortcut answer as Unicode does")
struct CharacterClassTests {
    /// Every scalar of the first planes' common blocks, and characters of several scalars.
    static let scalars = (UInt32(0)..<0x3000).compactMap { Unicode.Scalar($0) }
    static let clusters: [Character] = ["E\u{301}", "e\u{301}", "\r\n", "A\u{308}", "1\u{20E3}", "\u{1F1EB}\u{1F1F7}"]

    @Test("A scalar's `isLetter` is Unicode's Alphabetic property, ASCII and beyond")
    func scalarLetters() {
        let differ = Self.scalars.filter { $0.isLetter != $0.properties.isAlphabetic }
        #expect(differ.isEmpty, "\(differ.prefix(5).map(\.value))")
    }

    @Test("A character's `isUppercaseLetter` is its `isUppercase`, for one scalar or several")
    func characterCase() {
        let characters = Self.scalars.map(Character.init) + Self.clusters
        let differ = characters.filter { $0.isUppercaseLetter != $0.isUppercase }
        #expect(differ.isEmpty, "\(differ.prefix(5).map { $0.unicodeScalars.map(\.value) })")
        #expect(Character("Q").isUppercaseLetter && Character("É").isUppercaseLetter)
        #expect(!Character("q").isUppercaseLetter && !Character("@").isUppercaseLetter)
    }

    @Test(
        "A surname behind a lower-case particle and a hyphen or apostrophe is a name; a prefix before a capital is not",
        arguments: [
            ("al-Karbouli", true), ("el-Sisi", true), ("d'Estaing", true), ("d\u{2019}Estaing", true), ("ad-Din", true),
            ("pre-Christmas", false), ("anti-Western", false), ("mid-September", false), ("al-qaida", false),
            ("Al-Jubouri", false), ("well-known", false), ("al", false), ("al-", false),
        ])
    func particleNames(word: String, name: Bool) {
        #expect(word.isParticleName == name)
    }
}
