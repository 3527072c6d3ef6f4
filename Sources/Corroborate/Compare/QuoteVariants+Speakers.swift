import Foundation

/// Who a quotation is credited to, and whether two credits may name one speaker: a person by surname, initials
/// or a spelling slip, an unnamed or descriptive source, or two named people who cannot be one.
extension QuoteVariants {
    /// Who a quotation is credited to, for matching across articles: a person by surname (`Tamsin` and `Harbour
    /// Master Greg Tamsin`), anyone else by canonical name; nil for the outlet itself.
    static func speakerKey(_ claim: Claim) -> String? {
        guard claim.attribution != nil, claim.source.kind != .outlet, claim.source.kind != .anonymous else {
            return nil
        }
        let words = claim.source.name.split(separator: " ")
        if words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last {
            return last.lowercased()
        }
        return claim.source.name
    }

    /// Who speaks a quotation, for telling two speakers apart: the speaker's key, or an unnamed source's
    /// description (`spokesman for the Foreign Office`); nil for the article's own voice.
    static func voice(_ claim: Claim, key: String?) -> String? {
        key ?? (claim.attribution != nil && claim.source.kind == .anonymous ? claim.source.name : nil)
    }

    /// Whether two claims may quote one speaker: the same voice, a name in common (`Ilse Brandt` and
    /// `port engineer Ilse Brandt`; `WHO official` and `WHO spokesperson`), a one-word name that is the other's
    /// initials (`RTA` and `Regional Transport Authority`), or one of them the article's own voice or a speaker
    /// known only by a description (`writer`). A ministry's spokesman and a television anchor are two speakers;
    /// so are `Jon Smith` and `Jane Sanders`, whose initials are alike.
    /// `keyA` and `keyB` are the claims' speaker keys (`speakerKey`), read once per claim.
    static func maySpeakAlike(_ a: Claim, _ keyA: String?, _ b: Claim, _ keyB: String?) -> Bool {
        maySpeakAlike(a, keyA, SpeakerNames(a.source), b, keyB, SpeakerNames(b.source))
    }

    /// `maySpeakAlike` for a pair, with the names its claims' sources were read into once for the run.
    static func maySpeakAlike(_ pair: ClaimPair) -> Bool {
        maySpeakAlike(pair.a, pair.speakerA, pair.namesA, pair.b, pair.speakerB, pair.namesB)
    }

    /// `maySpeakAlike` with each source's names (`SpeakerNames`) already read.
    static func maySpeakAlike(
        _ a: Claim, _ keyA: String?, _ readA: SpeakerNames, _ b: Claim, _ keyB: String?, _ readB: SpeakerNames
    ) -> Bool {
        guard let x = voice(a, key: keyA), let y = voice(b, key: keyB), x != y,
            !readA.isDescription, !readB.isDescription
        else { return true }
        let namesA = readA.names
        let namesB = readB.names
        if !namesA.isDisjoint(with: namesB) { return true }
        if namesA.count == 1, let i = readB.initials, namesA.contains(i) { return true }
        if namesB.count == 1, let i = readA.initials, namesB.contains(i) { return true }
        return false
    }

    /// A source known only by a description without a name (`writer`, `one friend`, `official (unnamed)`): it
    /// may be anyone, the named speaker of the other article included, so its quotations are matched as those of
    /// an unresolved speaker.
    static func isDescription(_ source: Source) -> Bool {
        !source.name.isEmpty && !source.name.contains { $0.isUppercaseLetter }
    }

    /// The capitalised words of a source's name, lowercased.
    static func names(_ source: Source) -> Set<String> {
        Set(source.name.split(separator: " ").filter { $0.first?.isUppercaseLetter == true }.map { $0.lowercased() })
    }

    /// The initials of a name of several capitalised words, lowercased (`rta` for `Regional Transport
    /// Authority`), so that an abbreviation meets the name it shortens; nil for a name of one such word.
    static func initials(_ source: Source) -> String? {
        let capitalised = source.name.split(separator: " ").filter { $0.first?.isUppercaseLetter == true }
        return capitalised.count >= 2 ? String(capitalised.compactMap(\.first)).lowercased() : nil
    }

    /// A source named like a person: two to four capitalised words, not an outlet, a group or an unnamed source.
    static func isNamedPerson(_ source: Source) -> Bool {
        guard source.kind == .official || source.kind == .other else { return false }
        return personShaped(source.name)
    }

    /// `isNamedPerson` with the name's shape already read (`SpeakerNames.personShaped`).
    static func isNamedPerson(_ source: Source, _ names: SpeakerNames) -> Bool {
        (source.kind == .official || source.kind == .other) && names.personShaped
    }

    /// Two to four words, each capitalised.
    static func personShaped(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercaseLetter == true }
    }

    /// Whether `name` holds `other`, as Foundation's `contains` answers: two ASCII names (an empty `other` aside)
    /// are compared byte by byte, the same answer without bridging both names for every pair.
    static func nameHolds(_ name: String, _ other: String) -> Bool {
        guard !other.isEmpty, name.isASCII, other.isASCII else { return name.contains(other) }
        let x = Array(name.utf8)
        let y = Array(other.utf8)
        guard y.count <= x.count else { return false }
        for i in 0...(x.count - y.count) where x[i] == y[0] && x[i..<(i + y.count)].elementsEqual(y) { return true }
        return false
    }

    /// A one-word source that its article also writes after a first name (`Tamsin` after `Greg Tamsin`): a
    /// person called by surname.
    static func isSurname(_ source: Source, in document: Document) -> Bool {
        guard source.kind == .official || source.kind == .other, !source.name.contains(" "),
            source.name.first?.isUppercase == true, source.name.count >= 3
        else { return false }
        var searchFrom = document.text.startIndex
        while let found = document.text.range(of: " " + source.name, range: searchFrom..<document.text.endIndex) {
            searchFrom = found.upperBound
            let after = found.upperBound < document.text.endIndex ? document.text[found.upperBound] : " "
            guard !after.isLetter else { continue }
            let before = document.text[..<found.lowerBound].reversed().prefix { $0.isLetter }
            if before.count >= 2, before.last?.isUppercase == true { return true }
        }
        return false
    }

    /// Whether an article names a source anywhere by the last word of its name, as a word of its own (`Chandler`
    /// for `Taylor Lianne Chandler`).
    static func namesAnywhere(_ source: Source, in document: Document) -> Bool {
        guard let surname = lastWord(source.name), surname.count >= 3, surname.first?.isUppercase == true else {
            return false
        }
        return names(surname, in: 0..<document.scalars.count, of: document)
    }

    /// Whether the text up to 400 characters before a claim, or the claim itself, names a source by the last word
    /// of its name (`Obama` for `Barack Obama`).
    static func names(_ source: Source, near claim: Claim, in document: Document) -> Bool {
        guard let surname = lastWord(source.name), surname.count >= 3,
            surname.first?.isUppercase == true, let first = claim.spans.first, let last = claim.spans.last
        else { return false }
        let from = max(0, first.start - 400)
        let to = min(document.scalars.count, last.end)
        guard from < to else { return false }
        return names(surname, in: from..<to, of: document)
    }

    /// Whether the scalars `range` of a document hold `surname` as a word of its own.
    private static func names(_ surname: Substring, in range: Range<Int>, of document: Document) -> Bool {
        // The document's own bytes are searched where they can be (`ScalarText.searchBytes`), with no window built.
        if surname.isASCII, let bytes = document.scalars.searchBytes(range, nonASCII: QuoteVariants.isInertMark) {
            return QuoteVariants.asciiWordOccurs(Array(surname.utf8), in: bytes)
        }
        // Built in one buffer (`Document.text(of:)`): appending a slice of the scalars to a string view goes
        // through the slice one generic call a scalar, and this runs for every pair of same quotations.
        let window = document.text(of: TextSpan(range.lowerBound, range.upperBound))
        // ASCII text and name (most of it) are searched byte by byte, as Foundation's search finds them there:
        // that search was most of this test's time. Quotation marks and dashes in the text leave it so.
        if surname.isASCII && QuoteVariants.searchableAsBytes(window) {
            return QuoteVariants.asciiWordOccurs(Array(surname.utf8), in: Array(window.utf8))
        }
        var searchFrom = window.startIndex
        while let found = window.range(of: surname, range: searchFrom..<window.endIndex) {
            searchFrom = found.upperBound
            let before = found.lowerBound > window.startIndex ? window[window.index(before: found.lowerBound)] : " "
            let after = found.upperBound < window.endIndex ? window[found.upperBound] : " "
            if !before.isLetter && !after.isLetter { return true }
        }
        return false
    }

    /// The last word of a name between spaces (`split(separator: " ").last`), found from the end by its bytes when
    /// the name is printable ASCII (each byte a Character there), with no array of all its words built.
    static func lastWord(_ name: String) -> Substring? {
        guard SpeakerNames.isPrintableASCII(name) else { return name.split(separator: " ").last }
        let bytes = name.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") {
            end = bytes.index(before: end)
        }
        guard end > bytes.startIndex else { return nil }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: " ") {
            start = bytes.index(before: start)
        }
        return name[start..<end]
    }

    /// Whether an ASCII word is found in `text` by its bytes as Foundation's search finds it there: the text is ASCII
    /// but for the general punctuation of U+2010 to U+2027 (dashes, quotation marks, daggers, bullets, leaders) and
    /// `«`, `»`, which are no letters, have no canonical decomposition and join no character next to them, so neither
    /// where the word is found nor whether a letter touches it can differ. The marks of a quotation (`“ ”`) made most
    /// windows non-ASCII.
    static func searchableAsBytes(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 } || text.unicodeScalars.allSatisfy { $0.isASCII || isInertMark($0) }
    }

    /// The non-ASCII scalars `searchableAsBytes` allows: U+2010 to U+2027, `«` and `»`.
    static func isInertMark(_ scalar: Unicode.Scalar) -> Bool {
        (0x2010...0x2027).contains(scalar.value) || scalar.value == 0xAB || scalar.value == 0xBB
    }

    /// Whether `word` occurs in `text` (both ASCII, or `text` as `searchableAsBytes` allows) with no letter just
    /// before or after it: the occurrences looked at in turn, each search resuming after the last one found, as
    /// `names(_:near:in:)` does.
    static func asciiWordOccurs(_ word: [UInt8], in text: [UInt8]) -> Bool {
        asciiWordOccurs(word, in: text[...])
    }

    /// `asciiWordOccurs` in a slice (a document's bytes, `ScalarText.searchBytes`), its ends as the text's.
    static func asciiWordOccurs(_ word: [UInt8], in text: ArraySlice<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        guard !word.isEmpty, word.count <= text.count else { return false }
        let start = text.startIndex
        let stop = text.endIndex
        var i = start
        while i + word.count <= stop {
            guard text[i] == word[0], text[i..<(i + word.count)].elementsEqual(word) else {
                i += 1
                continue
            }
            let end = i + word.count
            if (i == start || !isLetter(text[i - 1])) && (end == stop || !isLetter(text[end])) { return true }
            i = end
        }
        return false
    }

    /// Whether two names end in one surname spelled two ways, as transliterations do: the same first letter, and
    /// the surnames (five letters or more) differ by at most one letter changed, added, dropped or swapped with its
    /// neighbour (`Haddad` / `Hadad`, `Mashour` / `Machour`, `Abdalla` / `Adballa`), or have one consonant skeleton
    /// (`ContentReader.skeleton`, two consonants or more: `Kouri` / `Khoury`) or skeletons of three or more that
    /// differ so (`Mashnuk` / `Machnouk`). Two first names that begin with different letters are two people
    /// (`Andrew Johnson` / `Michael Jackson`), however alike the surnames.
    static func spelledAlike(_ x: String, _ y: String) -> Bool {
        spelledAlike(words: spellingWords(x), spellingWords(y))
    }

    /// A name's words with accents and case folded, as `spelledAlike` compares them.
    static func spellingWords(_ name: String) -> [String] {
        // An ASCII name has no accent, and its case folds byte by byte (`folded`), without bridging to Foundation.
        let folded =
            name.isASCII ? name.folded : name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return folded.split(separator: " ").map(String.init)
    }

    /// `spelledAlike` on two names' words already folded (`spellingWords`).
    static func spelledAlike(words wx: [String], _ wy: [String]) -> Bool {
        guard let sx = wx.last, let sy = wy.last, let fx = sx.first, fx == sy.first else { return false }
        if wx.count > 1, wy.count > 1, wx[0].first != wy[0].first { return false }
        if sx.count >= 5, sy.count >= 5, transpositionDistance(Array(sx), Array(sy)) <= 1 { return true }
        let kx = Array(ContentReader.skeleton(sx).dropFirst())
        let ky = Array(ContentReader.skeleton(sy).dropFirst())
        if kx.count >= 2 && kx == ky { return true }
        return kx.count >= 3 && ky.count >= 3 && transpositionDistance(kx, ky) <= 1
    }

    /// The least number of letters changed, added, dropped or swapped with a neighbour that turns `x` into `y`.
    static func transpositionDistance(_ x: [Character], _ y: [Character]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
