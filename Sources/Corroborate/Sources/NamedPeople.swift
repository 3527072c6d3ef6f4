/// The people an article has named so far, so that later mentions are read as a reader reads them: a surname
/// alone (`Kovac`, `Mr. Kovac`) is the person last named in full with that surname, and a title alone (`the
/// minister`, `the brigade's spokeswoman`) is the person last named with that role word. Two people who
/// share a surname stay two sources; a bare surname goes to the one named last.
struct NamedPeople {
    private struct Person {
        var source: Source
        /// Folded words said of the person when named: the words before the name and the apposition.
        var roles: Set<String>
        /// Every folded word said of the person when named, not only role nouns (`harbour` of `Harbour Board CEO
        /// Ida Holm`), so `the Harbour CEO` can be read as her.
        var context: Set<String>
        /// Whether the article named the person only outside its attributions so far (`Harbour Board CEO Ida
        /// Holm toured the quay`).
        var inPassing: Bool
    }

    /// Role nouns a title mention may end with (`minister`, `spokeswoman`, `director`, `ceo`): the last word of
    /// every registry title, courtesies and abbreviations aside, and the sources file's role words.
    let roleNouns: Set<String>
    private var people: [Person] = []

    init(titles: [String], roleWords: [String] = []) {
        var nouns: Set<String> = Set(roleWords.map(\.folded))
        for title in titles {
            guard let last = SourceResolver.words(title.folded).last, last.count > 2,
                last.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" })
            else { continue }
            nouns.insert(last)
        }
        roleNouns = nouns
    }

    /// Kinds a named person is given: by office, by the armed group they speak for, or none in particular.
    private static let personKinds: Set<SourceKind> = [.official, .other, .military, .rebelFaction, .militantGroup]

    /// The one capitalised word of a mention that is not a title or role word (`Kovac` in `Minister Kovac`),
    /// folded; nil when the mention names more than a surname.
    static func surnameAlone(_ mention: String, titles: Set<String>) -> String? {
        let names = SourceResolver.words(mention).filter { word in
            word.unicodeScalars.first?.isUppercaseLetter == true && !titles.contains(word.folded)
                && !courtesies.contains(word.folded.trimmingPeriods())
        }
        return names.count == 1 ? names[0].folded : nil
    }

    private static let courtesies: Set<String> = ["mr", "mrs", "ms", "dr", "sir", "the"]

    /// The capitalised words of a person's name, or nil when `source` is not one person named.
    static func nameWords(_ source: Source) -> [String]? {
        guard source.members == nil, personKinds.contains(source.kind) else { return nil }
        let words = SourceResolver.words(source.name)
        guard !words.isEmpty, words.allSatisfy({ $0.unicodeScalars.first?.isUppercaseLetter == true }) else {
            return nil
        }
        return words
    }

    /// The source a reader takes `source` (resolved from `mention`) to be; a person named in full is
    /// remembered with the role words around the name.
    /// A person named in passing (`inPassing`) is found by a later surname or role noun only when no person an
    /// attribution named fits: `Kovac said` after a quoted Lena Kovac and an Ivo Kovac named in passing is hers.
    mutating func read(
        _ source: Source, mention: String, apposition: String?, fromRegistry: Bool, inPassing: Bool = false
    ) -> Source {
        let mentionWords = SourceResolver.words(mention).map(\.folded)
        // A surname alone that the registry gives to someone else (`Kovac` for a minister it knows) is the person
        // this article named in full with that surname (`Ivo Kovac` earlier on), when it named one.
        if fromRegistry, let words = NamedPeople.nameWords(source), words.count >= 2,
            let surname = words.last?.folded, NamedPeople.surnameAlone(mention, titles: roleNouns) == surname,
            let person = last(where: { person in
                let full = SourceResolver.words(person.source.name)
                return person.source != source && full.count >= 2 && full.last?.folded == surname
            })
        {
            return person.source
        }
        // `The CEO` keeps the capitals of its sentence's start; it is no name.
        if !fromRegistry, let person = holder(of: mention) { return person }
        if let words = NamedPeople.nameWords(source) {
            if words.count == 1, !fromRegistry {
                let surname = words[0].folded
                if let person = last(where: { person in
                    let full = SourceResolver.words(person.source.name)
                    return full.count >= 2 && full.last?.folded == surname
                }) {
                    return person.source
                }
                return source
            }
            let nameWords = Set(words.map(\.folded))
            var context = Set(mentionWords.filter { !nameWords.contains($0) })
            var roles = context.intersection(roleNouns)
            if let apposition {
                // An apposition's role is its head (`the mother of a worker` is a mother, not a worker; `a nurse
                // who treated the driver`, `a lawyer representing the victim` are a nurse and a lawyer).
                let words = SourceResolver.words(apposition).map(\.folded)
                context.formUnion(words)
                let end =
                    words.indices.first { k in
                        NamedPeople.rolePrepositions.contains(words[k]) || NamedPeople.relatives.contains(words[k])
                            || (k > 0 && words[k].hasSuffix("ing"))
                    } ?? words.count
                roles.formUnion(Set(words[..<end]).intersection(roleNouns))
            }
            if let i = people.lastIndex(where: { $0.source == source }) {
                people[i].roles.formUnion(roles)
                people[i].context.formUnion(context)
                if !inPassing { people[i].inPassing = false }
            } else if words.count >= 2 || fromRegistry {
                people.append(Person(source: source, roles: roles, context: context, inPassing: inPassing))
            }
            return source
        }
        return source
    }

    /// Whether the article has named someone in full with this folded surname so far (`Lena Kovac` for `kovac`).
    func knows(surname: String) -> Bool {
        people.contains { person in
            let full = SourceResolver.words(person.source.name)
            return full.count >= 2 && full.last?.folded == surname
        }
    }

    /// The last person named who satisfies `wanted`, one an attribution named before another one named in
    /// passing; the one named in passing when the attribution's name holds its words (`Harbour Chief Ida Holm` and
    /// `Ida Holm` are one person).
    private func last(where wanted: (Person) -> Bool) -> Person? {
        guard let latest = people.last(where: wanted) else { return nil }
        guard latest.inPassing, let named = people.last(where: { !$0.inPassing && wanted($0) }) else { return latest }
        let words = Set(SourceResolver.words(named.source.name).map(\.folded))
        return SourceResolver.words(latest.source.name).allSatisfy { words.contains($0.folded) } ? latest : named
    }

    /// Prepositions after a role noun that say where the person works (`the CEO of the harbour board`).
    private static let rolePrepositions: Set<String> = ["of", "at", "for", "with", "from", "in"]
    /// Words of a role's qualifier that say nothing of whom it names (`the`, `and`, its prepositions).
    private static let qualifierGlue: Set<String> = rolePrepositions.union(["the", "and"])
    /// Relative words that end an apposition's head (`a nurse who ...`).
    private static let relatives: Set<String> = ["who", "whose", "whom", "which", "that"]

    /// The person a definite description stands for (`the minister`, `the fire brigade's spokeswoman`, `the
    /// Harbour CEO`, `the CEO of the harbour board`): the one last named with its role noun, when every name the
    /// description holds was said of that person too; `the official` is the official last named. Nil otherwise.
    private func holder(of mention: String) -> Source? {
        let raw = SourceResolver.words(mention)
        let folded = raw.map(\.folded)
        guard folded.count >= 2, folded[0] == "the" else { return nil }
        let end =
            folded.indices.dropFirst(2).first { NamedPeople.rolePrepositions.contains(folded[$0]) } ?? folded.count
        let head = folded[end - 1]
        guard roleNouns.contains(head) else { return nil }
        // The capitalised words besides role nouns (`Harbour` of `the Harbour CEO`) must have been said of the person.
        let names = raw.indices.dropFirst().filter { i in
            raw[i].unicodeScalars.first?.isUppercaseLetter == true && !roleNouns.contains(folded[i])
        }.map { NameEvidence.bare(folded[$0]) }
        // So must the words of what follows the role noun (`the CEO of a rival mill` is someone else).
        let qualifier = folded[end...].dropFirst().filter { !NamedPeople.qualifierGlue.contains($0) }
        if let person = last(where: { $0.roles.contains(head) }),
            names.allSatisfy({ person.context.contains($0) || person.context.contains($0 + "'s") }),
            qualifier.allSatisfy({ person.context.contains($0) })
        {
            return person.source
        }
        // `the official`: an official is whoever the article last named as one.
        if head == "official", end == folded.count, folded.count == 2 {
            return last(where: { $0.source.kind == .official })?.source
        }
        return nil
    }
}

extension NamedPeople {
    /// One name per person across articles: a surname alone in one article (`Kovac`) is the full name another
    /// article gives (`Lena Kovac`) when exactly one person named in full has that surname; with two, it stays.
    static func unifyNames(_ claims: inout [Claim]) {
        // Surname -> full name -> the source first named so.
        var fullNames: [String: [String: Source]] = [:]
        for claim in claims {
            guard let words = nameWords(claim.source), words.count >= 2, let last = words.last else { continue }
            if fullNames[last.folded]?[claim.source.name] == nil {
                fullNames[last.folded, default: [:]][claim.source.name] = claim.source
            }
        }
        for i in claims.indices {
            guard let words = nameWords(claims[i].source), words.count == 1,
                let candidates = fullNames[words[0].folded], candidates.count == 1, let person = candidates.first?.value
            else { continue }
            claims[i].source = person
        }
    }
}
