/// Reads typed figures from a claim's words: numbers in digits or words (`1.2 million`, `a few million`, `12m`,
/// `$7m`), qualifiers (`at least`, `almost`), ranges (`13 to 15`, `between 13 and 14`), units converted to a
/// base (`186 miles`, `39ft`), ages (`eight-year-old`), and for counts the noun counted and what happened to it.
/// A figure restated in brackets (`12 meters (39 feet)`) is read once. Years, days of the month and clock times
/// are not figures.
struct QuantityReader: Sendable {
    let units: PhraseTable<ComparisonWords.UnitEntry>
    let multipliers: [String: Double]
    let vague: PhraseTable<Double>
    /// Vague amounts with no upper end (`unboundedVagueNumbers`: `millions`).
    let unboundedVague: PhraseTable<Bool>
    let numberWords: [String: Double]
    /// The keys of `numberWords`, by interned id: asked of every word.
    let numberWordIDs: WordIDSet
    let qualifiers: PhraseTable<Quantity.Qualifier>
    let aspects: [String: String]
    let people: Set<String>
    let outcomes: [String: String]
    let stopwords: Set<String>

    init(knowledge: Knowledge) {
        let words = knowledge.comparison
        units = PhraseTable(words.units.map { ($0.key, $0.value) })
        multipliers = words.multipliers
        vague = PhraseTable(words.vagueNumbers.map { ($0.key, $0.value) })
        unboundedVague = PhraseTable(words.unboundedVagueNumbers.map { ($0, true) })
        numberWords = knowledge.events.numberWords.filter { !$0.key.contains(" ") && $0.key != "hundreds" }
        numberWordIDs = WordIDSet(numberWords.keys)
        qualifiers = PhraseTable(
            knowledge.events.qualifiers.compactMap { key, value in
                Quantity.Qualifier(rawValue: value).map { (key, $0) }
            })
        var aspects: [String: String] = [:]
        for (aspect, list) in words.aspects.sorted(by: { $0.key < $1.key }) {
            for word in list where aspects[word.folded] == nil { aspects[word.folded] = aspect }
        }
        self.aspects = aspects
        people = Set(words.people.map { ContentReader.stem($0.folded) }).union(["girl", "boy", "teenager"])
        var outcomes: [String: String] = [:]
        for measure in ["killed", "wounded", "arrested", "trapped"] {
            for word in knowledge.events.measures[measure] ?? [] { outcomes[word.folded] = measure }
        }
        self.outcomes = outcomes
        stopwords = words.stopwords
    }

    /// A number at word `i`: value, words taken, and a unit glued to the digits (`12m`, `39ft`).
    private func number(_ words: [FrameWord], at i: Int, scalars: ScalarText) -> (Double, Int, String?)? {
        let word = words[i]
        var value: Double?
        var glued: String?
        var length = 1
        if word.isNumber {
            // Thousands are grouped by three digits: `10,00` is a slip, no amount to compare.
            let groups = word.text.split(separator: ".", maxSplits: 1).first?.split(separator: ",") ?? []
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            value = Double(word.text.filter { $0 != "," })
        } else if let first = word.key.unicodeScalars.first, first.hasNumericType {
            // `12m`, `39ft`, `7m`, `2bn`: digits with a unit or multiplier glued on.
            let digits = word.key.prefix { $0.isNumber || $0 == "." }
            let rest = String(word.key.dropFirst(digits.count))
            guard let v = Double(digits), !rest.isEmpty,
                multipliers[rest] != nil || units.match([FrameWord.plain(rest)], at: 0) != nil
            else { return nil }
            value = v
            glued = rest
        } else if let (v, n) = vague.match(words, at: i) {
            value = v
            length = n
        } else if numberWordIDs.contains(word), let v = numberWords[word.key] {
            guard let read = SpelledNumber.reading(words, at: i, value: v, numberWords: numberWords, scalars: scalars)
            else { return nil }
            value = read.value
            length = read.length
        }
        guard var v = value else { return nil }
        if let g = glued, let m = multipliers[g], !(g == "m" && !currency(before: word, scalars: scalars)) {
            v *= m
            glued = nil
        }
        while i + length < words.count, let m = multipliers[words[i + length].key], words[i + length].key.count > 2 {
            v *= m
            length += 1
        }
        // `three metres and a half`, `three and a half`.
        return (v, length, glued)
    }

    private func currency(before word: FrameWord, scalars: ScalarText) -> Bool {
        guard word.span.start > 0 else { return false }
        return "$£€".unicodeScalars.contains(scalars[word.span.start - 1])
    }

    private func isClock(_ word: FrameWord, scalars: ScalarText) -> Bool {
        let end = word.span.end
        let start = word.span.start
        return (end < scalars.count && scalars[end] == ":") || (start > 0 && scalars[start - 1] == ":")
    }

    /// The number at each word (see `number(_:at:scalars:)`), read once for `numbers` and `quantities`.
    func readings(of words: [FrameWord], document: Document) -> [(Double, Int, String?)?] {
        words.indices.map { number(words, at: $0, scalars: document.scalars) }
    }

    /// Every number in the words, figures or not, by word position, from their `readings`.
    func numbers(_ readings: [(Double, Int, String?)?]) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for (i, reading) in readings.enumerated() {
            if let (value, _, _) = reading { result[i] = value }
        }
        return result
    }

    func quantities(
        in words: [FrameWord], terms: [String?], document: Document, readings: [(Double, Int, String?)?]
    ) -> [TypedQuantity] {
        let scalars = document.scalars
        var result: [TypedQuantity] = []
        var i = 0
        while i < words.count {
            guard !isClock(words[i], scalars: scalars),
                let (stated, length, glued) = readings[i]
            else {
                i += 1
                continue
            }
            var value = stated
            var end = i + length
            // A year is four digits without a separator: `2,000 people` is a count.
            let isYear =
                words[i].isNumber && length == 1 && glued == nil && (1900...2100).contains(value)
                && words[i].text.utf8.count == 4
            // A day of a month is 1 to 31 (`since May 40 people died` counts 40 people).
            let isDay =
                value >= 1 && value <= 31 && value == value.rounded()
                && (i > 0 && CalendarDate.monthNames[words[i - 1].folded] != nil
                    || (end < words.count && CalendarDate.monthNames[words[end].folded] != nil))
            if isYear || isDay {
                i = end
                continue
            }
            var qualifier = Quantity.Qualifier.exact
            var start = i
            if let (q, from) = qualifiers.match(words, endingBefore: i) {
                qualifier = q
                start = from
            } else if i > 1, ["a", "an"].contains(words[i - 1].key),
                let (q, from) = qualifiers.match(words, endingBefore: i - 1)
            {
                // `nearly a dozen`, `about a hundred`.
                qualifier = q
                start = from
            }
            if vague.match(words, at: i) != nil { qualifier = .about }
            // `between 13 and 14`: a range, its opening word part of the figure.
            let between = start > 0 && words[start - 1].key == "between"
            if between { start -= 1 }
            // A range: `13 to 15`, `13-15`, `between 13 and 14`.
            var high = value
            if end + 1 < words.count, ["to", "and"].contains(words[end].key),
                let (v2, n2, _) = readings[end + 1], v2 > value
            {
                high = v2
                end += 1 + n2
            }
            // The unit: glued, the next words, or a currency sign before the number.
            var dimension = "count"
            var hyphenated = false
            var factor = 1.0
            var converted = false
            if let g = glued, let (entry, _) = units.match([FrameWord.plain(g)], at: 0) {
                dimension = entry.dimension
                factor = entry.factor
            } else if end < words.count, let (entry, n) = units.match(words, at: end) {
                dimension = entry.dimension
                factor = entry.factor
                hyphenated = hyphen(before: words[end], after: words[end - 1], scalars: scalars)
                end += n
            } else if currency(before: words[i], scalars: scalars) {
                let sign = scalars[words[i].span.start - 1]
                dimension = sign == "$" ? "currency:USD" : sign == "£" ? "currency:GBP" : "currency:EUR"
            } else if words[i].span.end < scalars.count, scalars[words[i].span.end] == "%" {
                dimension = "percent"
            }
            if dimension != "count" && !(dimension.hasPrefix("currency") || dimension == "percent") {
                converted = factor != 1 && factor != 1000 && factor != 3600 && factor != 86400
            }
            if end + 2 < words.count, words[end].key == "and", words[end + 1].key == "a", words[end + 2].key == "half" {
                value += 0.5
                high += 0.5
                end += 3
            }
            // Ages: `eight-year-old`, `nine years old`, `aged 13`.
            if end + 1 < words.count, ["year", "years"].contains(words[end].key), words[end + 1].key == "old" {
                dimension = "age"
                end += 2
            } else if start > 0, ["aged", "ages", "age"].contains(words[start - 1].key) {
                dimension = "age"
                if end < words.count, ["years", "year"].contains(words[end].key) { end += 1 }
            }
            if dimension == "duration", end < words.count, words[end].key == "old" {
                // An age is counted in years, whatever unit read the word `year`.
                dimension = "age"
                factor = 1
                converted = false
                end += 1
            }
            if dimension == "age" { factor = 1 }
            var quantity = TypedQuantity(
                low: value * factor, high: high * factor, qualifier: qualifier, dimension: dimension, aspect: nil,
                counted: nil, outcome: nil, converted: converted, words: start..<end,
                span: TextSpan(words[start].span.start, words[end - 1].span.end))
            quantity.vague = vague.match(words, at: i) != nil
            quantity.unbounded = quantity.vague && unboundedVague.match(words, at: i) != nil
            describe(&quantity, words: words, terms: terms, scalars: scalars)
            if quantity.dimension == "age" { quantity.names = names(near: quantity.words, words: words, terms: terms) }
            if hyphenated && !["age", "count"].contains(quantity.dimension) {
                quantity.measured = measuredNoun(after: end, words: words, terms: terms, scalars: scalars)
            }
            // `Brandt, 46,`: a number set off by commas after a name is the named person's age.
            if quantity.dimension == "count", quantity.counted == nil || end - i == 1,
                let name = apposedName(words, number: i, end: end, scalars: scalars), let term = terms[name]
            {
                quantity.dimension = "age"
                quantity.counted = term
                quantity.head = term
                quantity.outcome = nil
                quantity.names = names(near: quantity.words, words: words, terms: terms)
            }
            // A restatement in brackets (`12 meters (39 feet)`) is the same figure: read once, its range covering
            // both values, rounding looser.
            if let last = result.last, last.dimension == quantity.dimension, last.dimension != "count",
                bracketed(from: last.span.end, to: quantity.span.start, scalars: scalars)
            {
                result[result.count - 1].converted = true
                result[result.count - 1].low = min(last.low, quantity.low)
                result[result.count - 1].high = max(last.high, quantity.high)
                if result[result.count - 1].aspect == nil { result[result.count - 1].aspect = quantity.aspect }
                i = end
                continue
            }
            // A measure in two units (`5ft 3in`, `6 feet 2 inches`): the smaller unit adds to the larger.
            if let last = result.last, ["length", "mass"].contains(quantity.dimension),
                last.dimension == quantity.dimension, last.words.upperBound == quantity.words.lowerBound,
                quantity.low < last.low, last.low == last.high, quantity.low == quantity.high,
                scalars[last.span.end..<quantity.span.start].allSatisfy({ $0 == " " })
            {
                result[result.count - 1].low += quantity.low
                result[result.count - 1].high += quantity.high
                result[result.count - 1].words = last.words.lowerBound..<quantity.words.upperBound
                result[result.count - 1].span = TextSpan(last.span.start, quantity.span.end)
                if last.aspect == nil { result[result.count - 1].aspect = quantity.aspect }
                i = max(end, i + 1)
                continue
            }
            if quantity.dimension != "count" || quantity.counted != nil { result.append(quantity) }
            i = max(end, i + 1)
        }
        return result
    }

    /// The names (capitalised words) within three words of a figure: whose age it is.
    private func names(near range: Range<Int>, words: [FrameWord], terms: [String?]) -> Set<String> {
        var result = Set<String>()
        for k in max(0, range.lowerBound - 3)..<min(words.count, range.upperBound + 3) where !range.contains(k) {
            if words[k].text.unicodeScalars.first?.isUppercaseLetter == true, let term = terms[k], term.hasPrefix("~") {
                result.insert(term)
            }
        }
        return result
    }

    /// The name before a number in apposition (`Ilse Brandt, 46, ...`): a capitalised word, a comma, a
    /// whole number of years (1 to 120), then a comma, a full stop or the end.
    private func apposedName(_ words: [FrameWord], number i: Int, end: Int, scalars: ScalarText) -> Int? {
        guard i > 0, end == i + 1, words[i].isNumber, let v = Int(words[i].text), (1...120).contains(v),
            words[i - 1].text.unicodeScalars.first?.isUppercaseLetter == true, !words[i - 1].isNumber
        else { return nil }
        func between(_ from: Int, _ to: Int) -> [Unicode.Scalar] {
            guard from <= to, to <= scalars.count else { return [] }
            return Array(scalars[from..<to])
        }
        let before = between(words[i - 1].span.end, words[i].span.start)
        guard before.contains(","), before.allSatisfy({ $0 == "," || $0 == " " }) else { return nil }
        let afterEnd = end < words.count ? words[end].span.start : min(scalars.count, words[i].span.end + 2)
        let after = between(words[i].span.end, afterEnd)
        guard end == words.count || after.contains(",") || after.contains("."),
            after.allSatisfy({ $0 == "," || $0 == " " || $0 == "." })
        else { return nil }
        return i - 1
    }

    /// Whether only a hyphen stands between two words (`40-hectare`): a figure written as an adjective.
    private func hyphen(before word: FrameWord, after previous: FrameWord, scalars: ScalarText) -> Bool {
        let from = previous.span.end
        let to = word.span.start
        guard from < to, to <= scalars.count else { return false }
        return scalars[from..<to].allSatisfy { $0 == "-" || $0 == "‑" }
    }

    /// The terms of the noun an adjectival figure measures: up to two content words right after it, no
    /// punctuation, function word, figure, unit or aspect word between (`a 40-hectare park`, `the 12-metre
    /// dredging barge`). Empty when none follows (`a 40-hectare of ...`).
    private func measuredNoun(after end: Int, words: [FrameWord], terms: [String?], scalars: ScalarText)
        -> Set<String>
    {
        var result = Set<String>()
        var k = end
        while k < words.count && k < end + 2 {
            if scalars.gap(between: words[k - 1], and: words[k], holdsAnyOf: ",;:.()\"“”") { break }
            let key = words[k].key
            if words[k].isNumber || stopwords.contains(key) || aspects[key] != nil || units.match(words, at: k) != nil {
                break
            }
            if let term = terms[k], !term.hasPrefix("#") { result.insert(term) }
            k += 1
        }
        return result
    }

    private func bracketed(from: Int, to: Int, scalars: ScalarText) -> Bool {
        guard from <= to, to <= scalars.count, to - from <= 4 else { return false }
        return scalars[from..<to].contains("(")
    }

    /// The counted noun, the outcome and the aspect, from the words after (and just before) the figure.
    private func describe(_ q: inout TypedQuantity, words: [FrameWord], terms: [String?], scalars: ScalarText) {
        let after = q.words.upperBound
        if q.dimension == "count" {
            var run: [Int] = []
            var k = after
            while k < words.count && run.count < 3 {
                // The counted noun follows without punctuation (`wounded 24, state television said`).
                if scalars.gap(between: words[k - 1], and: words[k], holdsAnyOf: ",;:.()") { break }
                let key = words[k].key
                let isPeople = people.contains(ContentReader.stem(key))
                // A function word joined by a hyphen to a neighbour is part of the noun (`12 first-year pupils`).
                let joined =
                    (k + 1 < words.count && hyphen(before: words[k + 1], after: words[k], scalars: scalars))
                    || (k > after && hyphen(before: words[k], after: words[k - 1], scalars: scalars))
                if !isPeople && ((stopwords.contains(key) && !joined) || outcomes[key] != nil) { break }
                run.append(k)
                k += 1
            }
            if let k = run.first(where: { people.contains(ContentReader.stem(words[$0].key)) }) {
                q.counted = "person"
                q.head = terms[k]
            } else if let head = run.first(where: {
                q.high != 1 && words[$0].key.hasSuffix("s") && !words[$0].key.hasSuffix("ss")
            })
                ?? run.last(where: { !words[$0].key.hasSuffix("ed") && !words[$0].key.hasSuffix("ing") }),
                let term = terms[head], !term.hasPrefix("#")
            {
                q.counted = term
                q.head = term
            }
        }
        if q.dimension == "count" {
            // What happened to them: after the figure (`six people were killed`) or just before (`killed at least
            // ten people`).
            // The word right after first (`28 wounded`), then the words before (`killed at least ten`), then
            // the rest after (`six people were killed`).
            // The words before stop at a conjunction: in `30 injured and more than 40 cattle drowned`, the
            // second figure's outcome is not the first's.
            var before: [Int] = []
            for k in stride(from: q.words.lowerBound - 1, through: max(0, q.words.lowerBound - 3), by: -1) {
                if ["and", "or", "but", "while"].contains(words[k].key) { break }
                before.append(k)
            }
            let window =
                Array(after..<min(words.count, after + 1)) + before
                + Array(min(words.count, after + 1)..<min(words.count, after + 6))
            // An outcome word written with a capital inside its sentence, next to another such word, is part of a
            // name (`the Save Our Lives campaign`), not what happened to the counted; a headline's `Killed` alone is
            // still the outcome.
            func capital(_ k: Int) -> Bool {
                k > 0 && k < words.count && words[k].text.unicodeScalars.first?.isUppercaseLetter == true
                    && !scalars.gap(between: words[k - 1], and: words[k], holdsAnyOf: ".!?:\"“")
            }
            func named(_ k: Int) -> Bool { capital(k) && (capital(k - 1) || capital(k + 1)) }
            if let k = window.first(where: { outcomes[words[$0].key] != nil && !named($0) }) {
                q.outcome = outcomes[words[k].key]
            }
            // `28 wounded`, `killed nine`: a count of casualties counts people.
            if q.counted == nil && q.outcome != nil && ["killed", "wounded"].contains(q.outcome!) {
                q.counted = "person"
            }
        }
        if q.dimension == "age" {
            // What is aged: the noun after `-year-old` (`son`), or the one before `aged`.
            if after < words.count, let term = terms[after] { q.counted = term }
        }
        if q.dimension == "length" {
            // The aspect word after the figure (`12m wide`), else just before it (`a depth of 5 metres`); another
            // figure or `and` ends the search.
            var k = after
            while k < min(words.count, after + 3) {
                if let aspect = aspects[words[k].key] {
                    q.aspect = aspect
                    return
                }
                // Another figure, `and`, or a noun the figure describes (`a 12-meter pit near the depot`)
                // ends the search: the aspect would be the noun's, not the figure's.
                if words[k].isNumber || words[k].key == "and" { break }
                if !stopwords.contains(words[k].key) && units.match(words, at: k) == nil { break }
                k += 1
            }
            k = q.words.lowerBound - 1
            while k >= max(0, q.words.lowerBound - 3) {
                if words[k].isNumber || words[k].key == "and" { break }
                if let aspect = aspects[words[k].key] {
                    q.aspect = aspect
                    return
                }
                k -= 1
            }
        }
    }
}

extension FrameWord {
    /// A word made from a bare string, for matching a glued unit (`ft` of `39ft`) against a table.
    static func plain(_ text: String) -> FrameWord {
        let scalars = ScalarText(text)
        return FrameWord(scalars: scalars[...], span: TextSpan(0, scalars.count), isNumber: false)
    }
}
