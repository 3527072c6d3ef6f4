import Foundation

/// A named person's age as articles write it next to the name (`Ilse Brandt, 46,`, `46-year-old Ilse Brandt`,
/// `Brandt, a 46-year-old`, `Brandt, aged 46`): two articles that give one person different ages contradict each
/// other, and the same age given by two articles is an agreement on it. The claims meet on the person alone, which
/// the term index does not pair: `Brandt, 46, was shot` and `Ilse Brandt, 47, stood guard` share no other word.
///
/// One person is one surname with one first name: the name's own word before the surname, or, for a surname
/// written alone, the only first name the article writes before that surname elsewhere (`Brandt, 46,` in an article
/// that says `Ilse Brandt`). No first name is lent to a surname that a kinship word stands near somewhere in the
/// article (`her son, Tomas Brandt`: the mother is a Brandt too) or that a title or qualifier heads (`Mrs Brandt`,
/// `the elder Brandt`). A surname the article writes after two first names, or after none, is no one in particular;
/// so is a name after a preposition (`a man from East Tarsk, 46`, `the daughter of Ivo Marek, 7`) or a surname the
/// article writes after a locative anywhere (`in Port Avel`), one after a particle (`van der Berg`), one any article
/// writes with `Jr` or `Sr` (two people of one name), and a person whose article gives two ages.
struct PersonAges: Sendable {
    /// Words that stand before a surname without being a first name (`Dr`, `Corporal`, `President`), lowercased
    /// and without a full stop: the registry's titles and role words.
    let notGiven: Set<String>
    /// Words of grammar, lowercased: a capitalised `The` or `But` is no first name.
    let stopwords: Set<String>
    /// `nameParticles`, `nameQualifiers` and `namePrepositions` of comparison.json, and the events' `locatives`
    /// (after which a name is a place: `in Port Avel`).
    let particles: Set<String>
    let qualifiers: Set<String>
    let prepositions: Set<String>
    let locatives: Set<String>
    /// Words of kinship and sex (`genderedWords`): near a surname, they tell of two people who share it.
    let kin: Set<String>
    /// How an age is written next to a name, as the literal forms the reader matches.
    let forms: Forms
    /// The oldest age read.
    static let oldest = 110
    /// Two articles dated more than this many days apart may both be right about an age (a year has passed).
    static let yearApart = 366
    /// Ages one year apart in articles dated more than this many days apart may tell a birthday, not a slip.
    static let birthdayApart = 30
    /// Ages this far apart are more likely two people of one name (a father and a son) than one slip.
    static let generation = 15
    /// The articles of each age tried when looking for a pair to set against each other.
    static let tried = 20
    /// The rule's name on its flags, and what `Comparer` leaves out when it links claims that state one thing.
    static let rule = "age of a named person"

    init(knowledge: Knowledge) {
        var words = Set<String>()
        for title in knowledge.sources.titles + knowledge.sources.roleWords {
            for word in title.split(separator: " ") { words.insert(PersonAges.key(String(word))) }
        }
        notGiven = words
        let comparison = knowledge.comparison
        stopwords = comparison.stopwords
        particles = Set(comparison.nameParticles.map(PersonAges.key))
        qualifiers = Set(comparison.nameQualifiers.map(PersonAges.key))
        prepositions = Set(comparison.namePrepositions.map(PersonAges.key))
        locatives = Set(knowledge.events.locatives.map(PersonAges.key))
        kin = Set(comparison.genderedWords.joined().map(PersonAges.key))
        forms = Forms(comparison)
    }

    /// The forms of an age next to a name, from `ageWords`, `ageVerbs` and `ageArticles` of comparison.json: the
    /// word a hyphen joins to the figure (`-year-old`; each hyphen matches a hyphen, U+2010, a non-breaking hyphen or
    /// an en dash), the verb between a comma and the figure (`, aged `), and the article between a comma and the
    /// figure of an age word (`, a `). Entries are trimmed and lowercased, as the text must write them; an empty one
    /// is dropped (a bare hyphen would make `a 46-page report` an age). The age words, matched from the figure on,
    /// are tried longest first, so that one is never read as a shorter one it starts with.
    struct Forms: Sendable {
        let adjectives: [String]
        let verbs: [String]
        let articles: [String]

        init(_ comparison: ComparisonWords) {
            func longestFirst(_ words: [String], _ form: (String) -> String) -> [String] {
                let entries = words.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
                return Set(entries.map(form)).sorted {
                    ($0.unicodeScalars.count, $1) > ($1.unicodeScalars.count, $0)
                }
            }
            adjectives = longestFirst(comparison.ageWords) { "-" + $0 }
            verbs = longestFirst(comparison.ageVerbs) { ", " + $0 + " " }
            articles = longestFirst(comparison.ageArticles) { ", " + $0 + " " }
        }
    }

    /// A name's word as names are matched: lowercased, without accents or a full stop.
    static func key(_ word: String) -> String {
        // An ASCII word is lowercased byte by byte (`folded`, as word lists are matched); any other loses its
        // accents too.
        var folded =
            word.utf8.allSatisfy { $0 < 0x80 }
            ? word.folded : word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        while folded.hasSuffix(".") { folded.removeLast() }
        return folded
    }

    /// One age written next to a name.
    struct Mention: Sendable, Equatable {
        /// The name's words as written (titles and all), the surname last, and where each starts.
        var name: [String]
        var starts: [Int]
        /// The word right before the name, if one space sets it off (`from` in `a man from East Tarsk, 46`).
        var before: String?
        var age: Int
        /// The name and the age together, and the age's digits alone.
        var span: TextSpan
        var number: TextSpan
    }

    /// Whether a capitalised word before a surname may be a first name: not a title, a role, a word of grammar, a
    /// month or a weekday, not an abbreviation (`Cpl.`) nor written in capitals (`US`).
    func isFirstName(_ word: String) -> Bool {
        guard word.count >= 2, !word.hasSuffix("."), word.contains(where: \.isLowercase) else { return false }
        let k = PersonAges.key(word)
        return !notGiven.contains(k) && !stopwords.contains(k) && !prepositions.contains(k)
            && CalendarDate.monthNames[k] == nil && CalendarDate.weekdayNames[k] == nil
    }

    /// Whether a word may be a surname: two letters or more, not a word of grammar, a title, a month or a weekday.
    func isSurname(_ word: String) -> Bool {
        let k = PersonAges.key(word)
        return k.count >= 2 && !stopwords.contains(k) && CalendarDate.monthNames[k] == nil
            && CalendarDate.weekdayNames[k] == nil && !notGiven.contains(k) && !qualifiers.contains(k)
    }

    /// Whether a mention may name a person: no preposition, particle or qualifier right before it, no preposition
    /// inside it (`In Port Avel, a 46-year-old`).
    func mayNamePerson(_ mention: Mention) -> Bool {
        if let before = mention.before.map(PersonAges.key),
            prepositions.contains(before) || particles.contains(before) || qualifiers.contains(before)
        {
            return false
        }
        return !mention.name.contains { prepositions.contains(PersonAges.key($0)) }
    }
}

// MARK: - Reading the text

extension PersonAges {
    /// Every age written next to a name in a text, in order. A figure in a list of names and figures set apart by
    /// semicolons (a line-up, a score sheet, a table) is no age, nor one followed by `and` and another figure
    /// (`Kovac and Marek, aged 52 and 46`: whose is which?).
    func mentions(in s: ScalarText) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < s.count {
            guard PersonAges.isDigit(s[i]) else {
                i += 1
                continue
            }
            var e = i
            while e < s.count && PersonAges.isDigit(s[e]) { e += 1 }
            defer { i = e }
            // A whole number alone: not part of `1,200`, `4.5`, `2:15:30`, `B52` or `24th`.
            guard e - i <= 3,
                i == 0 || !(PersonAges.isWordScalar(s[i - 1]) || [".", ",", ":"].contains(s[i - 1])),
                e == s.count
                    || !(PersonAges.isWordScalar(s[e])
                        || ([".", ",", ":"].contains(s[e]) && e + 1 < s.count && PersonAges.isDigit(s[e + 1])))
            else { continue }
            var value = 0
            for k in i..<e { value = value * 10 + Int(s[k].value - 48) }
            guard value >= 1, value <= PersonAges.oldest,
                !PersonAges.endsWith(" and ", at: e + 5, in: s) || !PersonAges.nextIsDigit(e + 5, in: s)
            else { continue }
            let number = TextSpan(i, e)
            let yearOld = forms.adjectives.lazy.compactMap { PersonAges.literal($0, at: e, in: s) }.first
            // `46-year-old Ilse Brandt`.
            if let length = yearOld, e + length < s.count, s[e + length] == " ",
                let name = PersonAges.nameAfter(e + length + 1, in: s)
            {
                result.append(
                    Mention(
                        name: name.words, starts: name.starts, before: nil, age: value,
                        span: TextSpan(i, name.end), number: number))
                continue
            }
            // `Brandt, a 46-year-old`.
            if let length = yearOld {
                for opening in forms.articles where PersonAges.endsWith(opening, at: i, in: s) {
                    if let name = PersonAges.nameBefore(i - opening.unicodeScalars.count, in: s) {
                        result.append(
                            Mention(
                                name: name.words, starts: name.starts, before: name.before, age: value,
                                span: TextSpan(name.starts[0], e + length), number: number))
                    }
                }
                continue
            }
            // `Brandt, aged 46`, `Brandt, 46,`, `Brandt, 46.` (the end of a sentence).
            let opening: String
            if let verb = forms.verbs.first(where: { PersonAges.endsWith($0, at: i, in: s) }) {
                opening = verb
            } else if PersonAges.endsWith(", ", at: i, in: s),
                e == s.count || s[e] == "\n"
                    || ((s[e] == "," || s[e] == ".") && (e + 1 == s.count || PersonAges.isSpace(s[e + 1])))
            {
                opening = ", "
            } else {
                continue
            }
            if let name = PersonAges.nameBefore(i - opening.unicodeScalars.count, in: s), !PersonAges.inList(i, in: s) {
                result.append(
                    Mention(
                        name: name.words, starts: name.starts, before: name.before, age: value,
                        span: TextSpan(name.starts[0], e), number: number))
            }
        }
        return result
    }

    /// The capitalised words (at most four) that end at `end`, each a word of letters (hyphens and apostrophes
    /// inside) that starts with a capital and holds a lower-case letter, one space between them; and the word
    /// before them.
    static func nameBefore(_ end: Int, in s: ScalarText) -> (words: [String], starts: [Int], before: String?)? {
        var words: [String] = []
        var starts: [Int] = []
        var stop = end
        var before: String?
        while words.count < 4 {
            var k = stop
            while k > 0 && isNameScalar(s[k - 1]) { k -= 1 }
            guard k < stop, let word = nameWord(k, stop, in: s) else {
                // A word that is no name: the one before the run.
                if k < stop, stop < end { before = plainWord(k, stop, in: s) }
                break
            }
            words.insert(word, at: 0)
            starts.insert(k, at: 0)
            guard k >= 2, s[k - 1] == " ", isNameScalar(s[k - 2]) else { break }
            stop = k - 1
        }
        return words.isEmpty ? nil : (words, starts, before)
    }

    /// The capitalised words (at most four) that start at `start`, as `nameBefore` reads them; none when the last
    /// is possessive (`Brandt's`: the age may be another's) or a qualifier may follow it.
    static func nameAfter(_ start: Int, in s: ScalarText) -> (words: [String], starts: [Int], end: Int)? {
        var words: [String] = []
        var starts: [Int] = []
        var from = start
        var end = start
        while words.count < 4, from < s.count {
            var k = from
            while k < s.count && isNameScalar(s[k]) { k += 1 }
            guard k > from, let word = nameWord(from, k, in: s) else { break }
            words.append(word)
            starts.append(from)
            end = k
            guard k + 1 < s.count, s[k] == " ", s[k + 1].properties.isUppercase else { break }
            from = k + 1
        }
        guard let last = words.last, !last.hasSuffix("'s"), !last.hasSuffix("’s") else { return nil }
        return (words, starts, end)
    }

    /// The word `from..<to` if it is written like a name: a capital first, a lower-case letter in it, no
    /// apostrophe or hyphen at its ends.
    private static func nameWord(_ from: Int, _ to: Int, in s: ScalarText) -> String? {
        isNameShaped(from, to, in: s) ? plainWord(from, to, in: s) : nil
    }

    /// Whether `nameWord` would read `from..<to` as a name, without building the word.
    private static func isNameShaped(_ from: Int, _ to: Int, in s: ScalarText) -> Bool {
        s[from].properties.isUppercase && s[from].properties.isAlphabetic && s[to - 1].properties.isAlphabetic
            && (from..<to).contains(where: { s[$0].properties.isLowercase })
    }

    private static func plainWord(_ from: Int, _ to: Int, in s: ScalarText) -> String {
        var word = String.UnicodeScalarView()
        for k in from..<to { word.append(s[k]) }
        return String(word)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" }
    // `isLetter` is Unicode's `Alphabetic`, read without the property table for ASCII: the name walk asks it of
    // every scalar it passes.
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool { isDigit(c) || c.isLetter }
    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.isLetter || c == "-" || c == "'" || c == "’" || c == "\u{2011}"
    }
    private static func nextIsDigit(_ k: Int, in s: ScalarText) -> Bool { k < s.count && isDigit(s[k]) }

    static let listReach = 400

    /// Whether the figure at `k` stands in a sentence that sets figures apart by semicolons (`Kovac, 24; Brun, 18`).
    private static func inList(_ k: Int, in s: ScalarText) -> Bool {
        // At most `listReach` scalars either way: a text with no full stops is not read whole for every figure.
        var from = k
        while from > max(0, k - listReach),
            !(s[from - 1] == "\n" || (s[from - 1] == " " && from >= 2 && s[from - 2] == "."))
        {
            from -= 1
        }
        var to = k
        while to < min(s.count, k + listReach), s[to] != "\n",
            !(s[to] == "." && (to + 1 == s.count || isSpace(s[to + 1])))
        {
            to += 1
        }
        for j in max(from, 1)..<max(from, to) where s[j] == ";" && isDigit(s[j - 1]) { return true }
        return false
    }

    /// Whether `text` ends right before `at`.
    private static func endsWith(_ text: String, at: Int, in s: ScalarText) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard at >= scalars.count, at <= s.count else { return false }
        for (k, c) in scalars.enumerated() where s[at - scalars.count + k] != c { return false }
        return true
    }

    /// The length of `text` written at `at`, or nil; its hyphen (`-year-old`) matches a hyphen (U+002D or U+2010),
    /// a non-breaking hyphen or an en dash.
    private static func literal(_ text: String, at: Int, in s: ScalarText) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard at + scalars.count <= s.count else { return nil }
        for (k, c) in scalars.enumerated() {
            let x = s[at + k]
            if c == "-" ? !["-", "\u{2010}", "\u{2011}", "\u{2013}"].contains(x) : x != c { return nil }
        }
        return scalars.count
    }

    /// What an article writes around its surnames (by `key`): the first names right before each (`Ilse` in
    /// `Ilse Brandt`); the surnames it writes after a locative (`in Port Avel`: a place), with a kinship word up to
    /// three words before (`her son, Tomas Brandt`), and with a qualifier after (`Ivo Marek Jr`).
    struct Surnames: Sendable {
        var firstNames: [String: Set<String>] = [:]
        var places = Set<String>()
        var kin = Set<String>()
        var qualified = Set<String>()
    }

    /// `Surnames` of a text.
    func surnames(in s: ScalarText) -> Surnames {
        var result = Surnames()
        // The word before, and whether the run of names being read follows a locative (`in Port Avel`).
        var last: (key: String, text: String, end: Int, isName: Bool)?
        var inPlace = false
        var firstBefore: String?
        // The last three words, lowercased.
        var recent: [String] = []
        var k = 0
        while k < s.count {
            guard PersonAges.isNameScalar(s[k]), k == 0 || !PersonAges.isNameScalar(s[k - 1]) else {
                k += 1
                continue
            }
            var e = k
            while e < s.count && PersonAges.isNameScalar(s[e]) { e += 1 }
            let text = PersonAges.plainWord(k, e, in: s)
            let key = PersonAges.key(text)
            let adjacent = last.map { $0.end + 1 == k && s[$0.end] == " " } ?? false
            let isName = PersonAges.isNameShaped(k, e, in: s)
            if isName {
                if adjacent, let p = last, p.isName, isFirstName(p.text) {
                    result.firstNames[key, default: []].insert(p.key)
                }
                inPlace = adjacent && last.map { $0.isName ? inPlace : locatives.contains($0.key) } == true
                if inPlace { result.places.insert(key) }
                if recent.contains(where: kin.contains) { result.kin.insert(key) }
                if qualifiers.contains(key), let p = last, p.isName, adjacent || s[p.end] == "," {
                    // The person (`ivo marek`) when a first name comes before the surname, else every bearer of it.
                    result.qualified.insert(firstBefore.map { $0 + " " + p.key } ?? p.key)
                }
            } else {
                inPlace = false
            }
            // The first name before the word just read, for a qualifier after it (`Ivo Marek Jr`).
            firstBefore = isName && adjacent && last.map { $0.isName && isFirstName($0.text) } == true ? last?.key : nil
            last = (key, text, e, isName)
            recent.append(key)
            if recent.count > 3 { recent.removeFirst() }
            k = e
        }
        return result
    }
}
