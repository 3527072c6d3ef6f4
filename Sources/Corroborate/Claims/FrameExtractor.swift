/// Reads a claim's frame from its words with the event lexicon: kinds of happening, places and actors (one name
/// per entity), quantities with measure and qualifier (numbers in words, percent, miles and km converted),
/// time resolved against the article date, negation, hedges, manner and state.
public struct FrameExtractor: Sendable {
    private let kinds: PhraseTable<String>
    private let manner: PhraseTable<String>
    private let state: PhraseTable<String>
    private let entities: PhraseTable<EntityAlias>
    private let measures: PhraseTable<String>
    private let qualifiers: PhraseTable<Quantity.Qualifier>
    private let numberWords: [String: Double]
    /// The keys of `numberWords`, by interned id: asked of every word.
    private let numberWordIDs: WordIDSet
    private let negation: PhraseTable<String>
    private let hedges: PhraseTable<String>
    /// Words that start a phrase in any table: every other word is skipped with one lookup.
    private let firstWords: Set<String>
    /// The same by interned id, for the words' keys.
    private let firstWordIDs: WordIDSet

    public init(lexicon: EventLexicon = Knowledge.builtIn.events, cues: CueLexicon = Knowledge.builtIn.cues) {
        func table(_ classes: [String: [String]]) -> PhraseTable<String> {
            PhraseTable(classes.sorted { $0.key < $1.key }.flatMap { key, words in words.map { ($0, key) } })
        }
        kinds = table(lexicon.kinds)
        manner = table(lexicon.manner)
        state = table(lexicon.state)
        entities = PhraseTable(
            lexicon.entities.flatMap { entity in
                (entity.aliases + [entity.name]).map { alias in
                    (alias, EntityAlias(entity: entity, generic: !alias.contains(where: \.isUppercase)))
                }
            })
        measures = table(lexicon.measures)
        qualifiers = PhraseTable(
            lexicon.qualifiers.compactMap { key, value in Quantity.Qualifier(rawValue: value).map { (key, $0) } })
        numberWords = lexicon.numberWords
        numberWordIDs = WordIDSet(lexicon.numberWords.keys)
        negation = PhraseTable(lexicon.negation.map { ($0, $0) })
        hedges = PhraseTable(cues.hedges.map { ($0, $0) })
        firstWords = kinds.firstWords.union(manner.firstWords).union(state.firstWords).union(entities.firstWords)
            .union(negation.firstWords).union(hedges.firstWords)
        firstWordIDs = WordIDSet(firstWords)
    }

    /// Measures that say what happened to people outrank the nouns they count (`nine rebels were killed`).
    private static let measurePriority: [String: Int] = [
        "killed": 5, "wounded": 5, "trapped": 4, "arrested": 4, "refugees": 3, "area": 3, "distance": 3,
        "percent": 6, "villages": 2, "targets": 2, "fighters": 1,
    ]

    private static let timeUnits: Set<String> = [
        "year", "years", "old", "day", "days", "hour", "hours", "month", "months", "week", "weeks", "minute",
        "minutes", "decade", "decades", "time", "times", "am", "pm", "a.m", "p.m",
    ]

    public func frame(spans: [TextSpan], in document: Document, hedges known: [String] = []) -> ClaimFrame {
        frame(words: FrameWord.words(in: spans, of: document), in: document, hedges: known)
    }

    /// The frame of words already read from a document. `named` holds the entities the document names by a
    /// specific alias (read from the document when not given; an article's claims share one).
    func frame(
        words: [FrameWord], in document: Document, hedges known: [String] = [], named: NamedEntities? = nil
    ) -> ClaimFrame {
        let candidates = self.candidates(words)
        func evidence(_ label: String, _ range: Range<Int>) -> Evidence {
            let span = TextSpan(words[range.lowerBound].span.start, words[range.upperBound - 1].span.end)
            return Evidence(label: label, words: document.text(of: span), span: span)
        }
        var frame = ClaimFrame(
            kinds: [], places: [], actors: [], contextPlaces: [], quantities: [], time: nil, negated: false,
            negation: nil, hedges: known, manner: [], state: [])
        for (kind, range) in kinds.matches(in: words, candidates: candidates)
        where !frame.kinds.contains(where: { $0.label == kind }) {
            frame.kinds.append(evidence(kind, range))
        }
        frame.manner = manner.matches(in: words, candidates: candidates).map { evidence($0.value, $0.range) }
        frame.state = state.matches(in: words, candidates: candidates).map { evidence($0.value, $0.range) }
        let context = named ?? NamedEntities { self.namedEntities(in: document) }
        for (alias, range) in entities.matches(in: words, candidates: candidates) {
            let entity = alias.entity
            // A generic alias (`the border`, `troops`) names the entity only where the article names it, or
            // the place it lies in, specifically: a story about another border has no Syrian-Turkish one.
            if alias.generic && !context.names.contains(entity.name)
                && !(entity.parent.map(context.names.contains) ?? false)
            {
                continue
            }
            let e = evidence(entity.name, range)
            let mention = EntityMention(
                name: entity.name, words: e.words, span: e.span, parent: entity.parent, general: entity.general ?? false
            )
            if entity.type == "place" {
                if !frame.places.contains(where: { $0.name == entity.name }) { frame.places.append(mention) }
            } else if !frame.actors.contains(where: { $0.name == entity.name }) {
                frame.actors.append(mention)
            }
        }
        if let (word, range) = negation.matches(in: words, candidates: candidates).first {
            frame.negated = true
            frame.negation = evidence(word, range)
        }
        for (hedge, _) in hedges.matches(in: words, candidates: candidates) where !frame.hedges.contains(hedge) {
            frame.hedges.append(hedge)
        }
        frame.quantities = quantities(in: words, document: document)
        frame.time = time(in: words, document: document)
        return frame
    }

    /// Which words may start a phrase of some table.
    private func candidates(_ words: [FrameWord]) -> [Bool] {
        words.map {
            firstWordIDs.contains($0) || ($0.keepsCase && $0.caseKey != $0.key && firstWords.contains($0.caseKey))
        }
    }

    /// The entities a document names by a specific alias: one written with a capital (`Turkish border`,
    /// `Syrian army`), not a generic one (`the border`, `troops`).
    func namedEntities(in document: Document) -> Set<String> {
        let words = FrameWord.words(in: [TextSpan(0, document.scalars.count)], of: document)
        var names = Set<String>()
        for (alias, _) in entities.matches(in: words, candidates: candidates(words)) where !alias.generic {
            names.insert(alias.entity.name)
        }
        return names
    }

    // MARK: Quantities

    private func quantities(in words: [FrameWord], document: Document) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < words.count {
            guard let (value, length) = number(words, at: i, scalars: document.scalars) else {
                i += 1
                continue
            }
            let after = i + length
            // Years and days of months are not counts.
            if length == 1, words[i].isNumber, let v = Int(words[i].text),
                (1900...2100).contains(v) || ((1...31).contains(v) && isDay(words, i))
            {
                i = after
                continue
            }
            // Ages and durations (`5-year-old`, `nine hours`) are not counts of the event.
            if after < words.count, FrameExtractor.timeUnits.contains(words[after].folded) {
                i = after
                continue
            }
            var qualifier = Quantity.Qualifier.exact
            var start = i
            if let (q, from) = qualifiers.match(words, endingBefore: i) {
                qualifier = q
                start = from
            }
            var best: (measure: String, end: Int, priority: Int)?
            var j = after
            while j < min(words.count, after + 5) {
                if let (measure, n) = measures.match(words, at: j) {
                    let priority = FrameExtractor.measurePriority[measure] ?? 1
                    if best == nil || priority > best!.priority { best = (measure, j + n, priority) }
                }
                // A measure after a conjunction belongs to another figure (`nine people and wounded 28`).
                if ["and", "or", "but"].contains(words[j].folded) && j > after { break }
                if ["in", "from", "of"].contains(words[j].folded) && best != nil { break }
                j += 1
            }
            guard let measure = best else {
                i = after
                continue
            }
            var converted = value
            var unit: String?
            let unitWords = words[after..<min(words.count, measure.end)].map(\.folded)
            if measure.measure == "distance" {
                unit = "km"
                if unitWords.contains(where: { $0.hasPrefix("mile") }) { converted = value * 1.609344 }
            } else if measure.measure == "area" {
                unit = "km2"
                if unitWords.contains(where: { $0.hasPrefix("mile") }) { converted = value * 2.589988 }
            }
            let span = TextSpan(words[start].span.start, words[measure.end - 1].span.end)
            result.append(
                Quantity(
                    value: (converted * 100).rounded() / 100, measure: measure.measure, qualifier: qualifier,
                    unit: unit,
                    words: document.text(of: span), span: span))
            i = after
        }
        return result
    }

    /// A number at word `i` (digits, `3 million`, `nine`, `two dozen`, `dozens`), with how many words it takes.
    private func number(_ words: [FrameWord], at i: Int, scalars: ScalarText) -> (Double, Int)? {
        var value: Double?
        var length = 1
        if words[i].isNumber {
            value = Double(words[i].text.filter { $0 != "," })
        } else if numberWordIDs.contains(words[i]), let v = numberWords[words[i].folded] {
            guard let read = SpelledNumber.reading(words, at: i, value: v, numberWords: numberWords, scalars: scalars)
            else { return nil }
            value = read.value
            length = read.length
            // `two dozen`, `three hundred` (a number spelled in two words, `twenty-two`, is read whole).
            if read.length == 1, i + 1 < words.count, words[i + 1].folded == "dozen" {
                value = v * 12
                length = 2
            } else if read.length == 1, i + 1 < words.count, let unit = numberWords[words[i + 1].folded], unit == 100 {
                value = v * 100
                length = 2
            }
        } else if words[i].folded == "a", i + 1 < words.count, words[i + 1].folded == "dozen" {
            return (12, 2)
        }
        guard var v = value else { return nil }
        if i + length < words.count {
            switch words[i + length].folded {
            case "million":
                v *= 1_000_000
                length += 1
            case "thousand":
                v *= 1_000
                length += 1
            case "billion":
                v *= 1_000_000_000
                length += 1
            case "hundred":
                v *= 100
                length += 1
            default: break
            }
        }
        return (v, length)
    }

    private func isDay(_ words: [FrameWord], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        return CalendarDate.monthNames[words[i - 1].folded] != nil
    }

    // MARK: Time

    /// The words `time(in:document:)` looks for, by interned id: day and month names, `yesterday`, `today`,
    /// `tonight`, `last`.
    static let timeWords = WordIDSet(
        Array(CalendarDate.weekdayNames.keys) + Array(CalendarDate.monthNames.keys) + [
            "yesterday", "today", "tonight", "last",
        ])

    private func time(in words: [FrameWord], document: Document) -> TimeReference? {
        let base = document.metadata.date
        for (i, word) in words.enumerated() {
            // Most words are none of these: one bit read skips them before any lookup.
            guard FrameExtractor.timeWords.contains(word) else { continue }
            if let weekday = CalendarDate.weekdayNames[word.folded] {
                var date: CalendarDate?
                if let base {
                    // The latest such weekday on or before the article date.
                    date = base.adding(days: -((base.weekday - weekday + 7) % 7))
                }
                return TimeReference(words: word.text, date: date, monthDay: date.map(FrameExtractor.monthDay))
            }
            if word.folded == "yesterday" {
                let date = base?.adding(days: -1)
                return TimeReference(words: word.text, date: date, monthDay: date.map(FrameExtractor.monthDay))
            }
            if word.folded == "today" || word.folded == "tonight" {
                return TimeReference(words: word.text, date: base, monthDay: base.map(FrameExtractor.monthDay))
            }
            if let month = CalendarDate.monthNames[word.folded], word.text.first?.isUppercase == true,
                i + 1 < words.count, words[i + 1].isNumber, let day = Int(words[i + 1].text), (1...31).contains(day)
            {
                var year = base?.year
                if i + 2 < words.count, words[i + 2].isNumber, let y = Int(words[i + 2].text), (1900...2100).contains(y)
                {
                    year = y
                }
                if let y = year, let base,
                    CalendarDate(year: y, month: month, day: day).map({ $0 > base.adding(days: 7) }) == true
                {
                    year = y - 1
                }
                let date = year.flatMap { CalendarDate(year: $0, month: month, day: day) }
                let md = String(format2(month)) + "-" + format2(day)
                let span = TextSpan(word.span.start, words[i + 1].span.end)
                return TimeReference(words: document.text(of: span), date: date, monthDay: md)
            }
            if word.folded == "last", i + 1 < words.count, words[i + 1].folded == "month", let base {
                let month = base.month == 1 ? 12 : base.month - 1
                let year = base.month == 1 ? base.year - 1 : base.year
                return TimeReference(
                    words: "last month", date: CalendarDate(year: year, month: month, day: 15), monthDay: nil)
            }
        }
        return nil
    }

    static func monthDay(_ date: CalendarDate) -> String { format2(date.month) + "-" + format2(date.day) }
}

private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// An alias of an entity of the event lexicon, and whether it is generic: written without a capital (`the
/// border`, `troops`), so that any story may use it of its own border or troops.
struct EntityAlias: Sendable {
    var entity: EventLexicon.Entity
    var generic: Bool
}

/// The entities one article names by a specific alias, read from the whole article the first time a claim of it
/// uses a generic alias, then shared by its other claims.
final class NamedEntities {
    private let read: () -> Set<String>
    private(set) lazy var names: Set<String> = read()

    init(_ read: @escaping () -> Set<String>) { self.read = read }
}
