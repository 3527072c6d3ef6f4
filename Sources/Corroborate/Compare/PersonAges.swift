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
    /// The oldest age read.
    static let oldest = 110
    /// Two articles dated more than this many days apart may both be right about an age (a year has passed).
    static let yearApart = 366
    /// Ages one year apart in articles dated more than this many days apart may tell a birthday, not a slip.
    static let birthdayApart = 30
    /// Ages this far apart are more likely two people of one name (a father and a son) than one slip.
    static let generation = 15
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
    }

    /// A name's word as names are matched: lowercased, without accents or a full stop.
    static func key(_ word: String) -> String {
        var folded =
            word.utf8.allSatisfy { $0 < 0x80 }
            ? word.lowercased() : word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
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
            // A whole number alone: not part of `1,200`, `4.5`, `2:15:30`, `B52` or `24th`.
            guard e - i <= 3,
                i == 0 || !(isWordScalar(s[i - 1]) || [".", ",", ":"].contains(s[i - 1])),
                e == s.count
                    || !(isWordScalar(s[e])
                        || ([".", ",", ":"].contains(s[e]) && e + 1 < s.count && isDigit(s[e + 1])))
            else { continue }
            var value = 0
            for k in i..<e { value = value * 10 + Int(s[k].value - 48) }
            guard value >= 1, value <= oldest, !endsWith(" and ", at: e + 5, in: s) || !nextIsDigit(e + 5, in: s),
                !inList(i, in: s)
            else { continue }
            let number = TextSpan(i, e)
            let yearOld = literal("-year-old", at: e, in: s)
            // `46-year-old Ilse Brandt`.
            if let length = yearOld, e + length < s.count, s[e + length] == " ",
                let name = nameAfter(e + length + 1, in: s)
            {
                result.append(
                    Mention(
                        name: name.words, starts: name.starts, before: nil, age: value,
                        span: TextSpan(i, name.end), number: number))
                continue
            }
            // `Brandt, a 46-year-old`.
            if let length = yearOld {
                for opening in [", a ", ", an "] where endsWith(opening, at: i, in: s) {
                    if let name = nameBefore(i - opening.unicodeScalars.count, in: s) {
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
            if endsWith(", aged ", at: i, in: s) {
                opening = ", aged "
            } else if endsWith(", ", at: i, in: s),
                e == s.count || s[e] == "\n"
                    || ((s[e] == "," || s[e] == ".") && (e + 1 == s.count || isSpace(s[e + 1])))
            {
                opening = ", "
            } else {
                continue
            }
            if let name = nameBefore(i - opening.unicodeScalars.count, in: s) {
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
        guard s[from].properties.isUppercase, s[from].properties.isAlphabetic, s[to - 1].properties.isAlphabetic,
            (from..<to).contains(where: { s[$0].properties.isLowercase })
        else { return nil }
        return plainWord(from, to, in: s)
    }

    private static func plainWord(_ from: Int, _ to: Int, in s: ScalarText) -> String {
        var word = String.UnicodeScalarView()
        for k in from..<to { word.append(s[k]) }
        return String(word)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" }
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool { isDigit(c) || c.properties.isAlphabetic }
    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c == "-" || c == "'" || c == "’" || c == "\u{2011}"
    }
    private static func nextIsDigit(_ k: Int, in s: ScalarText) -> Bool { k < s.count && isDigit(s[k]) }

    /// Whether the figure at `k` stands in a sentence that sets figures apart by semicolons (`Kovac, 24; Brun, 18`).
    private static func inList(_ k: Int, in s: ScalarText) -> Bool {
        var from = k
        while from > 0, !(s[from - 1] == "\n" || (s[from - 1] == " " && from >= 2 && s[from - 2] == ".")) { from -= 1 }
        var to = k
        while to < s.count, s[to] != "\n", !(s[to] == "." && (to + 1 == s.count || isSpace(s[to + 1]))) { to += 1 }
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
            let isName = PersonAges.nameWord(k, e, in: s) != nil
            if isName {
                if adjacent, let p = last, p.isName, isFirstName(p.text) {
                    result.firstNames[key, default: []].insert(p.key)
                }
                inPlace = adjacent && last.map { $0.isName ? inPlace : locatives.contains($0.key) } == true
                if inPlace { result.places.insert(key) }
                if recent.contains(where: kin.contains) { result.kin.insert(key) }
                if qualifiers.contains(key), let p = last, p.isName, adjacent || s[p.end] == "," {
                    result.qualified.insert(p.key)
                }
            } else {
                inPlace = false
            }
            last = (key, text, e, isName)
            recent.append(key)
            if recent.count > 3 { recent.removeFirst() }
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

    /// Each article's ages by person (surname and first name, as `key` folds them), with the claim holding each
    /// (in its words or its source's: `Ilse Brandt, 46, said`), and the surnames it writes with a qualifier
    /// (`Jr`); a person the article gives two ages, or who is no one in particular, is left out.
    func stated(_ claims: [Claim], documents: [Document]) -> [(ages: [String: Stated], qualified: Set<String>)] {
        var byDocument = [[Int]](repeating: [], count: documents.count)
        for (k, claim) in claims.enumerated() { byDocument[claim.document].append(k) }
        let members = byDocument
        let box = ResultBox<([String: Stated], Set<String>)>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { d in
            let scalars = documents[d].scalars
            let found = PersonAges.mentions(in: scalars).filter(mayNamePerson)
            let names = found.isEmpty ? Surnames() : surnames(in: scalars)
            var result: [String: Stated] = [:]
            var twice = Set<String>()
            for mention in found {
                guard let surname = mention.name.last, isSurname(surname) else { continue }
                let last = PersonAges.key(surname)
                guard !names.places.contains(last) else { continue }
                var first: String?
                if mention.name.count >= 2, isFirstName(mention.name[mention.name.count - 2]) {
                    first = PersonAges.key(mention.name[mention.name.count - 2])
                } else if mention.name.count == 1, !names.kin.contains(last), let known = names.firstNames[last],
                    known.count == 1
                {
                    // The surname alone (not after a title: `Mrs Brandt` may be the wife of the only Brandt named
                    // in full).
                    first = known.first
                }
                guard let first else { continue }
                // The claim that holds the age: the first in the article's order whose words cover it, else whose
                // source is the name (`Ilse Brandt, 46, said`).
                func covers(_ span: TextSpan) -> Bool {
                    span.start <= mention.number.start && mention.number.end <= span.end
                }
                guard
                    let claim = members[d].first(where: { claims[$0].spans.contains(where: covers) })
                        ?? members[d].first(where: { claims[$0].sourceSpans.contains { $0.overlaps(mention.span) } })
                else { continue }
                let person = first + " " + last
                if let seen = result[person] {
                    if seen.age != mention.age { twice.insert(person) }
                } else {
                    result[person] = Stated(document: d, claim: claim, age: mention.age, mention: mention)
                }
            }
            for person in twice { result[person] = nil }
            _ = box.set(d, (result, names.qualified))
        }
        return box.takeValues().map { (ages: $0.0, qualified: $0.1) }
    }

    /// The flags between articles: for each person, each age's first article agrees with every later article
    /// that gives that age, and the first articles of two ages contradict each other (or the first pair of their
    /// articles `related` allows). Articles about unrelated stories, wire copies of one report and articles a
    /// year apart are not set against each other.
    func relations(
        _ claims: [Claim], documents: [Document], related: (Int, Int) -> Bool = { _, _ in true }
    ) -> [Relation] {
        var byPerson: [String: [Stated]] = [:]
        // Surnames some article writes with `Jr` or `Sr`: two people of one name, whose ages are left alone.
        var qualified = Set<String>()
        for article in stated(claims, documents: documents) {
            for (person, stated) in article.ages { byPerson[person, default: []].append(stated) }
            qualified.formUnion(article.qualified)
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
            guard all.count >= 2, let surname = person.split(separator: " ").last, !qualified.contains(String(surname))
            else { continue }
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
                    guard abs(ages[x] - ages[y]) < PersonAges.generation else { continue }
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
        // The words from the first name (or the surname written alone) to the age: no title or word before them.
        func evidence(_ s: Stated, _ claim: Claim) -> RelationEvidence {
            let m = s.mention
            let named =
                m.name.count >= 2 && isFirstName(m.name[m.name.count - 2]) ? m.name.count - 2 : m.name.count - 1
            var span = m.span
            if m.starts[0] == m.span.start { span.start = m.starts[named] }
            return RelationEvidence(
                claim: claim.id, source: claim.source.name, sourceKind: claim.source.kind,
                document: documents[s.document].name, words: documents[s.document].text(of: span), span: span)
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
