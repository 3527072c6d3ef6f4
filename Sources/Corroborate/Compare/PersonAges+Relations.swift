import Foundation

/// How the ages of one person in several articles become flags: an agreement per article that repeats an age, a
/// contradiction per pair of ages, with the claims that hold them.
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
            let found = mentions(in: scalars).filter(mayNamePerson)
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
    /// `linked` says whether two claims (by index) are already related otherwise (by the event rules).
    func relations(
        _ claims: [Claim], documents: [Document], related: (Int, Int) -> Bool = { _, _ in true },
        linked: (Int, Int) -> Bool = { _, _ in false }
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
            if linked(x.claim, y.claim) || !related(x.document, y.document) { return true }
            guard let dx = days[x.document], let dy = days[y.document] else { return false }
            let gap = abs(dx - dy)
            // A birthday between two reports makes the later one a year older, not younger.
            let (earlier, later) = dx <= dy ? (x, y) : (y, x)
            return gap > PersonAges.yearApart || (gap > PersonAges.birthdayApart && later.age == earlier.age + 1)
        }
        var result: [Relation] = []
        for person in byPerson.keys.sorted() {
            let all = byPerson[person]!.sorted { $0.document < $1.document }
            guard all.count >= 2, let surname = person.split(separator: " ").last,
                !qualified.contains(person), !qualified.contains(String(surname))
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
                    // The first pair of their articles not apart, among the first few of each age (a person in
                    // thousands of articles is not every pair of them); the articles counted are those not apart
                    // from that pair.
                    let first = byAge[x].prefix(PersonAges.tried).lazy.flatMap { a in
                        byAge[y].prefix(PersonAges.tried).lazy.map { (a, $0) }
                    }.first { !apart($0.0, $0.1) }
                    guard let (a, b) = first else { continue }
                    let countA = byAge[x].filter { $0.document == a.document || !apart($0, b) }.count
                    let countB = byAge[y].filter { $0.document == b.document || !apart($0, a) }.count
                    result.append(relation(.numericConflict, a, b, claims, documents, counts: (countA, countB)))
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
