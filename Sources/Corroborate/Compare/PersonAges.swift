import Foundation

/// A named person's age as articles write it next to the name (`Ilse Brandt, 46,`, `46-year-old Ilse Brandt`,
/// `Brandt, a 46-year-old`, `Brandt, aged 46`, `Brandt (46)`): two articles that give one person different ages
/// contradict each other, and the same age given by two articles is an agreement on it. The claims meet on the
/// person alone, which the term index does not pair: `Brandt, 46, was shot` and `Ilse Brandt, 47, stood guard`
/// share no other word.
///
/// One person is one surname with one first name: the name's own word before the surname, or the only first name
/// the article writes before that surname elsewhere (`Brandt, 46,` in an article that says `Ilse Brandt`). A
/// surname the article writes after two first names (two Brandts), or after none, is no one in particular, and
/// its ages are left alone; so is a person whose article gives two ages.
struct PersonAges: Sendable {
    /// Words that stand before a surname without being a first name (`Dr`, `Corporal`, `President`), lowercased
    /// and without a full stop: the registry's titles and role words.
    let notGiven: Set<String>
    /// Words of grammar, lowercased: a capitalised `The` or `But` is no first name.
    let stopwords: Set<String>
    /// The oldest age read.
    static let oldest = 110
    /// Two articles dated more than this many days apart may both be right about an age (a year has passed).
    static let yearApart = 366
    /// Ages one year apart in articles dated more than this many days apart may tell a birthday, not a slip.
    static let birthdayApart = 30
    /// The rule's name on its flags, and what `Comparer` leaves out when it links claims that state one thing.
    static let rule = "age of a named person"

    init(knowledge: Knowledge) {
        var words = Set<String>()
        for title in knowledge.sources.titles + knowledge.sources.roleWords {
            for word in title.split(separator: " ") { words.insert(PersonAges.key(String(word))) }
        }
        notGiven = words
        stopwords = knowledge.comparison.stopwords
    }

    /// A name's word as names are matched: lowercased, without accents or a full stop.
    static func key(_ word: String) -> String {
        var folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        while folded.hasSuffix(".") { folded.removeLast() }
        return folded
    }

    /// One age written next to a name.
    struct Mention: Sendable, Equatable {
        /// The name's words as written (titles and all), the surname last.
        var name: [String]
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
        return !notGiven.contains(k) && !stopwords.contains(k) && CalendarDate.monthNames[k] == nil
            && CalendarDate.weekdayNames[k] == nil
    }

    /// Whether a word may be a surname: two letters or more, not a word of grammar, a month or a weekday.
    func isSurname(_ word: String) -> Bool {
        let k = PersonAges.key(word)
        return k.count >= 2 && !stopwords.contains(k) && CalendarDate.monthNames[k] == nil
            && CalendarDate.weekdayNames[k] == nil && !notGiven.contains(k)
    }
}

// MARK: - Reading the text

extension PersonAges {
    /// Every age written next to a name in a text, in order.
    static func mentions(in s: ScalarText) -> [Mention] {
        var result: [Mention] = []
        var i = 0
        while i < s.count {
            guard isDigit(s[i]) else {
                i += 1
                continue
            }
            var e = i
            while e < s.count && isDigit(s[e]) { e += 1 }
            defer { i = e }
            // A whole number alone: not part of `1,200`, `4.5`, `B52` or `24th`.
            guard e - i <= 3, i == 0 || !(isWordScalar(s[i - 1]) || s[i - 1] == "." || s[i - 1] == ","),
                e == s.count
                    || !(isWordScalar(s[e]) || ((s[e] == "." || s[e] == ",") && e + 1 < s.count && isDigit(s[e + 1])))
            else { continue }
            var value = 0
            for k in i..<e { value = value * 10 + Int(s[k].value - 48) }
            guard value >= 1, value <= oldest else { continue }
            let number = TextSpan(i, e)
            let yearOld = literal("-year-old", at: e, in: s)
            // `46-year-old Ilse Brandt`.
            if let length = yearOld, let name = nameAfter(e + length + 1, in: s), e + length < s.count,
                s[e + length] == " "
            {
                result.append(Mention(name: name.words, age: value, span: TextSpan(i, name.end), number: number))
                continue
            }
            // `Brandt, a 46-year-old`.
            if yearOld != nil {
                for opening in [", a ", ", an "] where endsWith(opening, at: i, in: s) {
                    if let name = nameBefore(i - opening.unicodeScalars.count, in: s) {
                        result.append(
                            Mention(
                                name: name.words, age: value, span: TextSpan(name.start, e + yearOld!), number: number))
                    }
                }
                continue
            }
            // `Brandt, aged 46`, `Brandt (46)`, `Brandt, 46,`.
            let closes = e == s.count || [",", ".", ")", ";", ":", "\n"].contains(s[e])
            for (opening, closing) in [(", aged ", nil), (" (", ")" as Unicode.Scalar?), (", ", nil)]
            where endsWith(opening, at: i, in: s) {
                if let closing {
                    guard e < s.count, s[e] == closing else { continue }
                } else if opening == ", " {
                    guard closes else { continue }
                }
                if let name = nameBefore(i - opening.unicodeScalars.count, in: s) {
                    result.append(Mention(name: name.words, age: value, span: TextSpan(name.start, e), number: number))
                }
                break
            }
        }
        return result
    }

    /// The capitalised words (at most four) that end at `end`, each a word of letters (hyphens and apostrophes
    /// inside) that starts with a capital and holds a lower-case letter, one space between them.
    static func nameBefore(_ end: Int, in s: ScalarText) -> (words: [String], start: Int)? {
        var words: [String] = []
        var stop = end
        var start = end
        while words.count < 4 {
            var k = stop
            while k > 0 && isNameScalar(s[k - 1]) { k -= 1 }
            guard k < stop, let word = nameWord(k, stop, in: s) else { break }
            words.insert(word, at: 0)
            start = k
            guard k >= 2, s[k - 1] == " ", isNameScalar(s[k - 2]) else { break }
            stop = k - 1
        }
        return words.isEmpty ? nil : (words, start)
    }

    /// The capitalised words (at most four) that start at `start`, as `nameBefore` reads them; none when the last
    /// is possessive (`Brandt's`: the age may be another's).
    static func nameAfter(_ start: Int, in s: ScalarText) -> (words: [String], end: Int)? {
        var words: [String] = []
        var from = start
        var end = start
        while words.count < 4, from < s.count {
            var k = from
            while k < s.count && isNameScalar(s[k]) { k += 1 }
            guard k > from, let word = nameWord(from, k, in: s) else { break }
            words.append(word)
            end = k
            guard k + 1 < s.count, s[k] == " ", s[k + 1].properties.isUppercase else { break }
            from = k + 1
        }
        guard let last = words.last, !last.hasSuffix("'s"), !last.hasSuffix("’s") else { return nil }
        return (words, end)
    }

    /// The word `from..<to` if it is written like a name: a capital first, a lower-case letter in it, no
    /// apostrophe or hyphen at its ends.
    private static func nameWord(_ from: Int, _ to: Int, in s: ScalarText) -> String? {
        guard s[from].properties.isUppercase, s[from].properties.isAlphabetic, s[to - 1].properties.isAlphabetic,
            (from..<to).contains(where: { s[$0].properties.isLowercase })
        else { return nil }
        var word = String.UnicodeScalarView()
        for k in from..<to { word.append(s[k]) }
        return String(word)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool { isDigit(c) || c.properties.isAlphabetic }
    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c == "-" || c == "'" || c == "’" || c == "\u{2011}"
    }

    /// Whether `text` ends right before `at`.
    private static func endsWith(_ text: String, at: Int, in s: ScalarText) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard at >= scalars.count else { return false }
        for (k, c) in scalars.enumerated() where s[at - scalars.count + k] != c { return false }
        return true
    }

    /// The length of `-year-old` (any hyphen or dash) written at `at`, or nil.
    private static func literal(_ text: String, at: Int, in s: ScalarText) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard at + scalars.count <= s.count else { return nil }
        for (k, c) in scalars.enumerated() {
            let x = s[at + k]
            if c == "-" ? !["-", "\u{2010}", "\u{2011}", "\u{2013}"].contains(x) : x != c { return nil }
        }
        return scalars.count
    }

    /// For each surname (by `key`), the first names the text writes right before it (`Ilse` in `Ilse Brandt`).
    func firstNames(in s: ScalarText) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        var previous: (word: String, end: Int)?
        var k = 0
        while k < s.count {
            guard PersonAges.isNameScalar(s[k]), k == 0 || !PersonAges.isNameScalar(s[k - 1]) else {
                k += 1
                continue
            }
            var e = k
            while e < s.count && PersonAges.isNameScalar(s[e]) { e += 1 }
            if let word = PersonAges.nameWord(k, e, in: s) {
                if let p = previous, p.end + 1 == k, s[p.end] == " ", isFirstName(p.word) {
                    result[PersonAges.key(word), default: []].insert(PersonAges.key(p.word))
                }
                previous = (word, e)
            } else {
                previous = nil
            }
            k = e
        }
        return result
    }
}

// MARK: - Relating articles

extension PersonAges {
    /// One person's age in one article: the claim that holds it and the words.
    struct Stated: Sendable {
        var document: Int
        var claim: Int
        var age: Int
        var mention: Mention
    }

    /// Each article's ages by person (surname and first name, as `key` folds them), with the claim holding each;
    /// a person the article gives two ages, or who is no one in particular, is left out.
    func stated(_ claims: [Claim], documents: [Document]) -> [[String: Stated]] {
        var byDocument = [[Int]](repeating: [], count: documents.count)
        for (k, claim) in claims.enumerated() { byDocument[claim.document].append(k) }
        let members = byDocument
        let box = ResultBox<[String: Stated]>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { d in
            let scalars = documents[d].scalars
            let found = PersonAges.mentions(in: scalars)
            guard !found.isEmpty else {
                _ = box.set(d, [:])
                return
            }
            var known: [String: Set<String>]?
            var result: [String: Stated] = [:]
            var twice = Set<String>()
            for mention in found {
                guard let surname = mention.name.last, isSurname(surname) else { continue }
                let last = PersonAges.key(surname)
                var first: String?
                if mention.name.count >= 2, isFirstName(mention.name[mention.name.count - 2]) {
                    first = PersonAges.key(mention.name[mention.name.count - 2])
                } else {
                    if known == nil { known = firstNames(in: scalars) }
                    if let names = known?[last], names.count == 1 { first = names.first }
                }
                guard let first else { continue }
                // The claim that holds the age: the first in the article's order whose words cover it.
                guard
                    let claim = members[d].first(where: { k in
                        claims[k].spans.contains { $0.start <= mention.number.start && mention.number.end <= $0.end }
                    })
                else { continue }
                let person = first + " " + last
                if let seen = result[person] {
                    if seen.age != mention.age { twice.insert(person) }
                } else {
                    result[person] = Stated(document: d, claim: claim, age: mention.age, mention: mention)
                }
            }
            for person in twice { result[person] = nil }
            _ = box.set(d, result)
        }
        return box.takeValues()
    }

    /// The flags between articles: for each person, each age's first article agrees with every later article
    /// that gives that age, and the first articles of two ages contradict each other (or the first pair of their
    /// articles `related` allows). Articles about unrelated stories, wire copies of one report and articles a
    /// year apart are not set against each other.
    func relations(
        _ claims: [Claim], documents: [Document], related: (Int, Int) -> Bool = { _, _ in true }
    ) -> [Relation] {
        var byPerson: [String: [Stated]] = [:]
        for article in stated(claims, documents: documents) {
            for (person, stated) in article { byPerson[person, default: []].append(stated) }
        }
        let days = documents.map { $0.metadata.date?.dayNumber }
        func apart(_ x: Stated, _ y: Stated) -> Bool {
            if let a = claims[x.claim].copyGroup, a == claims[y.claim].copyGroup { return true }
            if !related(x.document, y.document) { return true }
            guard let dx = days[x.document], let dy = days[y.document] else { return false }
            let gap = abs(dx - dy)
            return gap > PersonAges.yearApart || (gap > PersonAges.birthdayApart && abs(x.age - y.age) == 1)
        }
        var result: [Relation] = []
        for person in byPerson.keys.sorted() {
            let all = byPerson[person]!.sorted { $0.document < $1.document }
            guard all.count >= 2 else { continue }
            var ages: [Int] = []
            for s in all where !ages.contains(s.age) { ages.append(s.age) }
            let byAge = ages.map { age in all.filter { $0.age == age } }
            for group in byAge {
                for other in group.dropFirst() where !apart(group[0], other) {
                    result.append(relation(.agreement, group[0], other, claims, documents, counts: nil))
                }
            }
            for x in byAge.indices {
                for y in byAge.indices where y > x {
                    let first = byAge[x].lazy.flatMap { a in byAge[y].lazy.map { (a, $0) } }.first {
                        !apart($0.0, $0.1)
                    }
                    guard let (a, b) = first else { continue }
                    result.append(
                        relation(
                            .numericConflict, a, b, claims, documents, counts: (byAge[x].count, byAge[y].count)))
                }
            }
        }
        return result
    }

    private func relation(
        _ type: Relation.Kind, _ x: Stated, _ y: Stated, _ claims: [Claim], _ documents: [Document],
        counts: (Int, Int)?
    ) -> Relation {
        let a = claims[x.claim]
        let b = claims[y.claim]
        func evidence(_ s: Stated, _ claim: Claim) -> RelationEvidence {
            RelationEvidence(
                claim: claim.id, source: claim.source.name, sourceKind: claim.source.kind,
                document: documents[s.document].name, words: documents[s.document].text(of: s.mention.span),
                span: s.mention.span)
        }
        // The person as the fuller mention writes first name and surname, titles left out.
        let fuller = x.mention.name.count >= y.mention.name.count ? x.mention.name : y.mention.name
        let name = (fuller.count >= 2 && isFirstName(fuller[fuller.count - 2]) ? fuller.suffix(2) : fuller.suffix(1))
            .joined(separator: " ")
        let nameA = documents[x.document].name
        let nameB = documents[y.document].name
        let explanation: String
        if let (countX, countY) = counts {
            func articles(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }
            explanation =
                "\(name) is \(x.age) in \(nameA) and \(y.age) in \(nameB): the age written next to the name (\(articles(countX)) \(countX == 1 ? "gives" : "give") \(x.age), \(articles(countY)) \(y.age))."
        } else {
            explanation = "\(name) is \(x.age) in \(nameA) and in \(nameB): the age written next to the name."
        }
        return Relation(
            id: "", type: type, claims: [a.id, b.id], rule: PersonAges.rule, score: type == .agreement ? 0.8 : 0.85,
            explanation: explanation, evidence: [evidence(x, a), evidence(y, b)],
            event: a.events.first(where: { b.events.contains($0) }))
    }
}
