import Foundation

/// Whether the words two aligned quotations do not share make another utterance. Each side's differing words are
/// normalised and paired off with the other side's before anything counts: one word written two ways (a hyphen or
/// a space in a compound, `cross-border`, `crossborder`, `cross border`; a spelling, `colour` and `color`; a
/// contraction; another form of one word, `importance` and `import`), a word that only moved (`miners
/// and companies` against `companies and miners`), a word or two of grammar put in or left out (`this` for `our`,
/// `still`, `you are`), and words one side leaves out where it marks the cut with an ellipsis. What is left (a
/// changed verb, noun, name, figure or negation) is another wording of what was said.
struct QuoteWording: Sendable {
    /// A differing word with its position in its quotation and its letters (lowercased, contractions written
    /// out, no hyphens or punctuation).
    struct Word: Sendable, Equatable {
        var position: Int
        var text: String
        var letters: String

        init(_ position: Int, _ text: String) {
            self.position = position
            self.text = text
            letters = QuoteWording.letters(text)
        }
    }

    /// The most words of grammar a side that may differ with no other change of wording.
    static let lightLimit = 2

    /// A word's letters and digits, lowercased, with a contraction or spoken form written out (`can't` as
    /// `cannot`, `gonna` as `goingto`).
    static func letters(_ word: String) -> String {
        asciiLetters(word) ?? scalarLetters(word)
    }

    /// `letters` read scalar by scalar with Unicode's properties: what any word takes.
    static func scalarLetters(_ word: String) -> String {
        String(
            QuoteVariants.spoken([word]).joined().lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            })
    }

    /// `letters` of a word of ASCII bytes with no carriage return (one byte a character), worked out on its bytes:
    /// the same answer as `scalarLetters`, whose array, lowercased copies and property lookups cost the quotation
    /// rules thousands of instructions a word. Nil for any other word. In ASCII the letters are `A` to `Z` and
    /// the digits `0` to `9` (no other ASCII scalar is alphabetic or numeric), and a contraction's ending is a
    /// suffix of bytes.
    static func asciiLetters(_ word: String) -> String? {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            let n = bytes.count
            guard n > 0 else { return "" }
            func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
            func kept(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) }
            // `spoken`: a spoken form written out, else a contraction's ending, else the word as it is.
            if n >= QuoteWording.spokenFormBytes.lowerBound && n <= QuoteWording.spokenFormBytes.upperBound {
                let key = String(unsafeUninitializedCapacity: n) { out in
                    for i in 0..<n { out[i] = lower(bytes[i]) }
                    return n
                }
                if let full = QuoteVariants.spokenForms[key] {
                    return String(decoding: full.utf8.map(lower).filter(kept), as: UTF8.self)
                }
            }
            var stem = n
            var written: [UInt8] = []
            for (ending, full) in QuoteWording.asciiContractions where n > ending.count {
                var same = true
                for i in 0..<ending.count where lower(bytes[n - ending.count + i]) != ending[i] {
                    same = false
                    break
                }
                guard same else { continue }
                stem = n - ending.count
                written = full
                break
            }
            return String(unsafeUninitializedCapacity: stem + written.count) { out in
                var m = 0
                for i in 0..<stem where kept(lower(bytes[i])) {
                    out[m] = lower(bytes[i])
                    m += 1
                }
                for byte in written where kept(lower(byte)) {
                    out[m] = lower(byte)
                    m += 1
                }
                return m
            }
        }
        return found ?? nil
    }

    /// The lengths in bytes of the spoken forms (`QuoteVariants.spokenForms`): a word of another length is none.
    static let spokenFormBytes: ClosedRange<Int> = {
        let counts = QuoteVariants.spokenForms.keys.map(\.utf8.count)
        return (counts.min() ?? 0)...(counts.max() ?? 0)
    }()

    /// `QuoteVariants.contractions` as bytes, in their order.
    static let asciiContractions: [([UInt8], [UInt8])] = QuoteVariants.contractions.map {
        (Array($0.0.utf8), Array($0.1.utf8))
    }

    /// Endings that make another form of one word, not another word or tense (`-ed` is not among them).
    static let endings: Set<Substring> = [
        "", "e", "s", "es", "ing", "ance", "ence", "ment", "ments", "ion", "ions", "ation", "ly", "ness", "ity", "al",
    ]

    /// Whether two single words are one word written or formed otherwise: the same letters; a spelling of five
    /// letters or more, one letter put in or left out, or one consonant for another, inside the word (the first
    /// and last letters kept: `colour`/`color`, `organise`/`organize`, not `million`/`billion`, `legal`/`illegal`,
    /// `agreed`/`agrees` or `write`/`wrote`); or one stem with another ending (`import`, `importance`). A negation
    /// or a figure is never another form of a different word.
    static func sameWord(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        if x.isEmpty || y.isEmpty || isNegationOrFigure(x) || isNegationOrFigure(y) { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if long.count >= 5 && long.count - short.count <= 1 && short.first == long.first && short.last == long.last
            && spellingSlip(Array(short), Array(long))
        {
            return true
        }
        let stem = zip(short, long).prefix { $0 == $1 }.count
        return stem >= 5 && stem >= short.count - 1 && endings.contains(short.dropFirst(stem))
            && endings.contains(long.dropFirst(stem))
    }

    /// Whether two single words, as written, are one word: `sameWord` on their letters, or one name transliterated
    /// two ways. The one rule every quote-variant decision uses for a word against a word.
    static func oneWord(_ a: String, _ b: String) -> Bool {
        oneWord(Word(0, a), Word(0, b))
    }

    /// `oneWord` on two differing words whose letters are already read.
    static func oneWord(_ a: Word, _ b: Word) -> Bool {
        sameWord(a.letters, b.letters) || sameNameTransliterated(a, b)
    }

    /// Whether two capitalised words are one name written in two transliterations, by the rule that takes two
    /// speakers' names for one (`QuoteVariants.spelledAlike`: the same first letter, and a letter apart or one
    /// consonant skeleton). A negation or figure is never a name, nor a name cut short another spelling of it.
    static func sameNameTransliterated(_ a: Word, _ b: Word) -> Bool {
        guard a.text.first?.isUppercase == true, b.text.first?.isUppercase == true else { return false }
        let x = a.letters
        let y = b.letters
        // A name cut short (`Matt` for `Matthew`) is another wording of it, not another spelling.
        guard x.count >= 4, y.count >= 4, !x.hasPrefix(y), !y.hasPrefix(x), !isNegationOrFigure(x),
            !isNegationOrFigure(y)
        else { return false }
        return QuoteVariants.spelledAlike(x, y)
    }

    /// Whether `long` is `short` with one letter put in, or (of one length) with one consonant for another.
    private static func spellingSlip(_ short: [Character], _ long: [Character]) -> Bool {
        let head = zip(short, long).prefix { $0 == $1 }.count
        if short.count == long.count {
            let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
            return head < short.count && short[(head + 1)...] == long[(head + 1)...]
                && !vowels.contains(short[head]) && !vowels.contains(long[head])
        }
        return short[head...] == long[(head + 1)...]
    }

    /// Letters of a negation (`not`, `never`, a contraction such as `didn't`) or a figure.
    static func isNegationOrFigure(_ letters: String) -> Bool {
        letters.hasSuffix("not") || ["no", "never", "none", "nobody", "nothing", "neither", "nor"].contains(letters)
            || letters.unicodeScalars.contains { $0.properties.numericType != nil }
            || QuoteAlignment.numerals[letters] != nil
    }

    /// Whether the differing words `a` and `b` say something else. `wordsA` and `wordsB` are every word of the two
    /// quotations, as written (a word that moved is found there); `elidedA` and `elidedB` tell whether a side marks
    /// a cut with an ellipsis inside the aligned stretch. `lightWords` are words of grammar (`lightWords` in
    /// comparison.json) whose insertion, dropping or swap for another changes no statement when there are at most
    /// `lightLimit` of them a side. What is left changes what is said only as `changesMeaning` tells.
    /// `movableA` and `movableB`, when given, are the letters of the words of each quotation that are not lined up
    /// word for word with the other (its differing words and those outside the aligned stretch): only these may be
    /// where a word of the other side moved to. A word lined up in its own place on both sides (`a coalition
    /// against the raiders`) is not where another word went (`a trend against` for `a trend amongst`, further on).
    static func differs(
        _ a: [Word], _ b: [Word], wordsA: [String], wordsB: [String], elidedA: Bool, elidedB: Bool,
        lightWords: Set<String>, meaning: Meaning, movableA: Set<String>? = nil, movableB: Set<String>? = nil
    ) -> Bool {
        var restA = a
        var restB = b
        // A compound written as one word on one side and as two (or with a hyphen read as a space) on the other.
        joinCompounds(&restA, &restB)
        joinCompounds(&restB, &restA)
        // An acronym on one side for the capitalised words it stands for on the other (`UN`, `U.N.` for `United
        // Nations`).
        joinInitials(&restA, &restB)
        joinInitials(&restB, &restA)
        // One word each side written or formed otherwise.
        for word in restA {
            if let k = restB.firstIndex(where: { oneWord($0, word) }) {
                restB.remove(at: k)
                restA.removeAll { $0 == word }
            }
        }
        // A word the other quotation also has, elsewhere and not lined up there: the same words in another order.
        let allA = Set(wordsA.map(letters))
        let allB = Set(wordsB.map(letters))
        let elsewhereA = movableA ?? allA
        let elsewhereB = movableB ?? allB
        restA.removeAll { !isNegationOrFigure($0.letters) && elsewhereB.contains($0.letters) }
        restB.removeAll { !isNegationOrFigure($0.letters) && elsewhereA.contains($0.letters) }
        // A first name or title one side adds before a name both quotations give (`Ada Holm` for `Holm`): the same
        // person. A name the other side writes another way in that place (`Matt` for `Matthew`) is a difference.
        func capitalised(_ words: [Word]) -> Bool { words.contains { $0.text.first?.isUppercase == true } }
        if !capitalised(restB) { restA.removeAll { givenName($0, wordsA, other: allB) } }
        if !capitalised(restA) { restB.removeAll { givenName($0, wordsB, other: allA) } }
        // A word or two of grammar a side.
        let lightA = restA.filter { lightWords.contains($0.letters) }
        let lightB = restB.filter { lightWords.contains($0.letters) }
        if lightA.count <= lightLimit && lightB.count <= lightLimit {
            restA.removeAll { lightWords.contains($0.letters) }
            restB.removeAll { lightWords.contains($0.letters) }
        }
        // Words one side leaves out and marks so (`no notification ... that`): a cut, not another wording.
        // A negation or a figure left out is no cut: it changes what is said.
        if restA.isEmpty && elidedA && !restB.contains(where: { isNegationOrFigure($0.letters) }) { restB = [] }
        if restB.isEmpty && elidedB && !restA.contains(where: { isNegationOrFigure($0.letters) }) { restA = [] }
        return changesMeaning(restA, restB, wordsA: wordsA, wordsB: wordsB, meaning: meaning)
    }

    /// Where two content words of `a` trade places in `b` (`the fire after the blast` against `the blast after the
    /// fire`), and nothing else differs but words of grammar: each side has both, in the other order, with the same
    /// words between them, and those are one or more order words (`orderWords` in comparison.json: `after`,
    /// `behind`, `than`) followed by at most `tradeGrammar` words of grammar (`lightWords`). Across anything else
    /// two words may trade places and say the same: a coordinator or a list (`the miners and the companies`, `before
    /// or after`), a relation that holds both ways (`met with`, `borders`, `as big as`), a frame said twice (`we
    /// fixed the crane. we fixed the hull.`). Nor do they when the same order word stands within `tradeReach` words
    /// before the first (two phrases of one kind in another order: `the row after the vote after the storm`). The
    /// result is, on each side, the positions from the first traded word to the second; nil when no two words trade
    /// places so.
    static func traded(_ a: [Word], _ b: [Word], wordsA: [String], wordsB: [String], meaning: Meaning) -> (
        a: ClosedRange<Int>, b: ClosedRange<Int>
    )? {
        func content(_ w: Word) -> Bool {
            !w.letters.isEmpty && !meaning.function.contains(w.letters) && !meaning.light.contains(w.letters)
        }
        // Order words first, then words of grammar only.
        func ordering(_ between: [String]) -> Bool {
            let orders = between.prefix { meaning.order.contains($0) }.count
            let rest = between.dropFirst(orders)
            return orders > 0 && rest.count <= tradeGrammar && rest.allSatisfy(meaning.light.contains)
        }
        for x in a where content(x) {
            for y in a where content(y) && y.position > x.position && y.letters != x.letters {
                guard let first = b.first(where: { $0.letters == y.letters }),
                    let second = b.first(where: { $0.letters == x.letters && $0.position > first.position }),
                    y.position < wordsA.count, second.position < wordsB.count
                else { continue }
                let between = wordsA[(x.position + 1)..<y.position].map(letters)
                guard between == wordsB[(first.position + 1)..<second.position].map(letters), ordering(between)
                else { continue }
                // Nothing else differs but words of grammar.
                let others = a.filter { $0 != x && $0 != y } + b.filter { $0 != first && $0 != second }
                guard others.allSatisfy({ meaning.light.contains($0.letters) }) else { continue }
                let before = wordsA[max(0, x.position - tradeReach)..<x.position].map(letters)
                guard !before.contains(between[0]) else { continue }
                return (x.position...y.position, first.position...second.position)
            }
        }
        return nil
    }

    /// How many words before the first traded word are read for the same order word.
    static let tradeReach = 3

    /// The most words of grammar beside the order word between two traded words (`after the`, `instead of the`).
    static let tradeGrammar = 2

    /// The word classes that say whether a difference left between two quotations changes what is said: irregular
    /// forms of one verb (`irregularForms` in comparison.json, each form to its base), modal verbs, words of
    /// grammar, and figure qualifiers (`about`, `nearly`: the last word of each of the events' qualifiers).
    struct Meaning: Sendable {
        var lemmas: [String: String] = [:]
        var modals: Set<String> = []
        var light: Set<String> = []
        var qualifiers: Set<String> = []
        /// Function words (`stopwords` in comparison.json): no content word of a phrase left out.
        var function: Set<String> = []
        /// Words that set two things in an order no reader reverses (`orderWords` in comparison.json).
        var order: Set<String> = []
        /// Words that turn against what came before or open a quotation without saying anything of their own
        /// (`contrasts` and `openingWords` in comparison.json: `though`, `of course`, `um`), word by word: not what
        /// the speaker states.
        var connectives: Set<String> = []
    }

    /// The fewest content words a phrase one side leaves out of the middle of a quotation, with no ellipsis, must
    /// hold to change what is said (`from the harbour board` left out; not `back` or `at all`).
    static let omittedContent = 2

    /// Whether the words left differing change what is said (issue 28): a figure or a negation on either side, a
    /// modal (`will` for `may`), a qualifier put before a figure (`about twenty`), or a word replaced by another on
    /// both sides, once forms of one verb (`hung`, `hanged`), one stem (`agreed`, `agrees`) and a slip of one
    /// letter in a long word are paired off, or a phrase of `omittedContent` content words or more left out of
    /// one side. A word or two only one side has (`returned back`, `some`, `at all`) leaves what is said as it
    /// was: the same quotation, no variant.
    static func changesMeaning(_ a: [Word], _ b: [Word], wordsA: [String], wordsB: [String], meaning: Meaning)
        -> Bool
    {
        var restA = a
        var restB = b
        func lemma(_ w: Word) -> String { meaning.lemmas[w.letters] ?? ContentReader.stem(w.letters) }
        func paired(_ x: Word, _ y: Word) -> Bool {
            if isNegationOrFigure(x.letters) || isNegationOrFigure(y.letters) { return false }
            if meaning.modals.contains(x.letters) || meaning.modals.contains(y.letters) { return false }
            return lemma(x) == lemma(y) || slip(x.letters, y.letters)
        }
        for word in restA {
            if let k = restB.firstIndex(where: { paired(word, $0) }) {
                restB.remove(at: k)
                restA.removeAll { $0 == word }
            }
        }
        func marked(_ w: Word, _ words: [String]) -> Bool {
            if isNegationOrFigure(w.letters) || meaning.modals.contains(w.letters) { return true }
            guard meaning.qualifiers.contains(w.letters), w.position + 1 < words.count else { return false }
            return isNegationOrFigure(letters(words[w.position + 1]))
        }
        if restA.contains(where: { marked($0, wordsA) }) || restB.contains(where: { marked($0, wordsB) }) {
            return true
        }
        let heavyA = restA.filter { !meaning.light.contains($0.letters) }
        let heavyB = restB.filter { !meaning.light.contains($0.letters) }
        if !heavyA.isEmpty && !heavyB.isEmpty { return true }
        func content(_ words: [Word]) -> Int { words.filter { !meaning.function.contains($0.letters) }.count }
        return max(content(heavyA), content(heavyB)) >= omittedContent
    }

    /// Whether two long words (six letters or more, of one length) differ in one letter after their first three:
    /// a slip of transcription (`thread` for `threat`), not another word.
    static func slip(_ x: String, _ y: String) -> Bool {
        guard x.count == y.count, x.count >= 6, x.prefix(3) == y.prefix(3) else { return false }
        return zip(x, y).filter { $0 != $1 }.count == 1
    }

    /// Whether a capitalised word comes right before a capitalised word that the other quotation has (`other`, its
    /// words' letters): a first name or a title of a name both give.
    static func givenName(_ word: Word, _ words: [String], other: Set<String>) -> Bool {
        let next = word.position + 1
        guard word.text.first?.isUppercase == true, next < words.count, words[next].first?.isUppercase == true
        else { return false }
        return other.contains(letters(words[next]))
    }

    /// Removes from `x` two or three words next to each other whose letters together are one word of `y`, and
    /// that word (`cross border` and `crossborder`).
    private static func joinCompounds(_ x: inout [Word], _ y: inout [Word]) {
        var k = 0
        while k + 1 < x.count {
            var joined = false
            for length in [3, 2] where k + length <= x.count {
                let run = x[k..<(k + length)]
                guard zip(run, run.dropFirst()).allSatisfy({ $1.position == $0.position + 1 }) else { continue }
                let letters = run.map(\.letters).joined()
                if let j = y.firstIndex(where: { $0.letters == letters }) {
                    y.remove(at: j)
                    x.removeSubrange(k..<(k + length))
                    joined = true
                    break
                }
            }
            if !joined { k += 1 }
        }
    }

    /// Removes from `x` an acronym (two to five letters, written in capitals, with or without full stops) and from
    /// `y` the run of next-to-each-other words it stands for: capitalised words whose first letters spell it, small
    /// lowercase words between them left out of the initials (`Bureau of Roads` for `BR`, not `the roads`).
    private static func joinInitials(_ x: inout [Word], _ y: inout [Word]) {
        var k = 0
        while k < x.count {
            let acronym = x[k].letters
            let capitals = x[k].text.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard (2...5).contains(acronym.count), capitals.allSatisfy({ $0.properties.isUppercase }),
                let run = initialsRun(acronym, in: y)
            else {
                k += 1
                continue
            }
            y.removeSubrange(run)
            x.remove(at: k)
        }
    }

    /// The range of `words` (next to each other by position) whose capitalised words' first letters are
    /// `acronym`, beginning and ending with a capitalised word, with at most one small lowercase word between two.
    private static func initialsRun(_ acronym: String, in words: [Word]) -> Range<Int>? {
        for start in words.indices where words[start].text.first?.isUppercase == true {
            var initials = ""
            var end = start
            var previous = words[start].position - 1
            while end < words.count, words[end].position == previous + 1, initials.count < acronym.count {
                let word = words[end]
                if word.text.first?.isUppercase == true {
                    initials.append(contentsOf: word.letters.prefix(1))
                } else if word.letters.count > 3 || end == start {
                    break
                }
                previous = word.position
                end += 1
            }
            if initials == acronym, words[end - 1].text.first?.isUppercase == true { return start..<end }
        }
        return nil
    }

    /// Whether the text from `start` to `end` holds an ellipsis (`...`, `…` or `. . .`).
    static func hasEllipsis(_ scalars: ScalarText, from start: Int, to end: Int) -> Bool {
        guard start < end, start >= 0, end <= scalars.count else { return false }
        var dots = 0
        for s in scalars[start..<end] {
            if s == "\u{2026}" { return true }
            if s == "." {
                dots += 1
                if dots == 3 { return true }
            } else if s != " " {
                dots = 0
            }
        }
        return false
    }
}
