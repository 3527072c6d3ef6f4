import Foundation

/// The same words written otherwise: a speaker's restart, spoken forms and contractions written out, spellings,
/// and words inside parentheses (the reporter's, not the speaker's).
extension QuoteVariants {
    /// The positions among `only` that a speaker repeated: each run of consecutive positions whose words come
    /// again right before or after it, or for two words or more within `restartReach` words (`once we sign` next
    /// to `once we sign the lease`; `who pays, in the end, who pays for the pier`).
    static func restarts(_ only: [Int], _ keys: [String]) -> Set<Int> {
        var result = Set<Int>()
        var start = 0
        let sorted = only.sorted()
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && sorted[end] == sorted[end - 1] + 1 { end += 1 }
            let from = sorted[start]
            let length = end - start
            let run = keys[from..<(from + length)]
            // A single word said again further off (`not ... not`) may be another statement: only a run of two
            // words or more is looked for beyond the words right next to it.
            let reach = length >= 2 ? restartReach : 0
            let after = stride(from: from + length, through: min(keys.count - length, from + length + reach), by: 1)
            let before = stride(from: from - length, through: max(0, from - length - reach), by: -1)
            if after.contains(where: { keys[$0..<($0 + length)] == run })
                || before.contains(where: { keys[$0..<($0 + length)] == run })
            {
                result.formUnion(sorted[start..<end])
            }
            start = end
        }
        return result
    }

    /// The positions among `only` that hold a filler or hesitation of speech (`phrases`, each as lowercased words:
    /// `uh`, `you know`), every word of the phrase among `only`. A filler of several words must be set off by
    /// punctuation (`setOff`, given the phrase's positions): `we will, you know, open` holds one, `don't you know
    /// the girls` does not.
    static func fillers(
        _ only: [Int], _ keys: [String], _ phrases: [[String]], setOff: (Range<Int>) -> Bool = { _ in true }
    ) -> Set<Int> {
        let differing = Set(only)
        var result = Set<Int>()
        for start in only.sorted() {
            for phrase in phrases where start + phrase.count <= keys.count {
                let span = start..<(start + phrase.count)
                if span.allSatisfy(differing.contains) && zip(span, phrase).allSatisfy({ keys[$0] == $1 })
                    && (phrase.count == 1 || setOff(span))
                {
                    result.formUnion(span)
                }
            }
        }
        return result
    }

    /// Whether the words `span` of a quotation (`words`, from its first) are set off by a comma or a dash right
    /// before or right after them in the text.
    static func setOff(_ span: Range<Int>, _ words: ArraySlice<FrameWord>, in document: Document) -> Bool {
        let marks: Set<Unicode.Scalar> = [",", "-", "\u{2013}", "\u{2014}", "\u{2026}", ";", "("]
        let first = words.startIndex + span.lowerBound
        let last = words.startIndex + span.upperBound - 1
        func between(_ from: Int, _ to: Int) -> Bool {
            guard from < to, from >= 0, to <= document.scalars.count else { return false }
            return document.scalars[from..<to].contains { marks.contains($0) }
        }
        let before = first > words.startIndex && between(words[first - 1].span.end, words[first].span.start)
        let after = last + 1 < words.endIndex && between(words[last].span.end, words[last + 1].span.start)
        return before || after
    }

    /// How many words may lie between a speaker's words and the same words said again.
    static let restartReach = 4

    /// Whether two runs of differing words are one wording written two ways: spacing or hyphens (`can not` and
    /// `cannot`, `300 km` and `300km`), one word spelt or transliterated otherwise (`QuoteWording.oneWord`), an
    /// abbreviation (`Sept.` and `September`, `UK` and `United Kingdom`). Words come with the full stop after
    /// them, if any.
    static func sameWordsWritten(_ a: [String], _ b: [String]) -> Bool {
        let x = a.map(QuoteWording.letters).joined()
        let y = b.map(QuoteWording.letters).joined()
        if x == y { return true }
        if x.isEmpty || y.isEmpty { return false }
        let (short, long, shortWords, longWords) = x.count <= y.count ? (x, y, a, b) : (y, x, b, a)
        // `Sept.` for `September`: the shorter, written with a full stop, a prefix of one longer word.
        if longWords.count == 1, shortWords.count == 1, shortWords[0].hasSuffix("."), short.count >= 3,
            long.hasPrefix(short)
        {
            return true
        }
        // `UK` for `United Kingdom`: the initials of the longer run's words.
        let initials = String(longWords.compactMap { $0.first }.map { Character($0.lowercased()) })
        if longWords.count >= 2 && short == initials { return true }
        // `Sgt` for `Sergeant`: a short capitalised word whose letters come in order in the other, from its first,
        // skipping some (a name cut short, `Matt` for `Matthew`, is another wording of it).
        if a.count == 1 && b.count == 1 && short.count >= 2 && short.count <= 4 && long.count >= short.count + 2,
            shortWords[0].first?.isUppercase == true, longWords[0].first?.isUppercase == true,
            short.first == long.first, !long.hasPrefix(short), QuoteVariants.inOrder(short, in: long)
        {
            return true
        }
        // One word each side: the rule the word-by-word comparison uses (`QuoteWording.oneWord`), so that
        // `million`/`billion` or `could`/`would` alone is another wording here too.
        if a.count == 1 && b.count == 1 {
            return QuoteWording.oneWord(a[0], b[0])
        }
        return false
    }

    /// Whether the letters of `short` come in order in `long` (not necessarily next to each other).
    static func inOrder(_ short: String, in long: String) -> Bool {
        var rest = Substring(long)
        for c in short {
            guard let k = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: k)...]
        }
        return true
    }

    /// Spoken forms and contractions written out (`gonna` is `going to`, `he's` is `he is`): one wording.
    static let spokenForms: [String: String] = [
        "gonna": "going to", "wanna": "want to", "gotta": "got to", "gimme": "give me", "lemme": "let me",
        "kinda": "kind of", "sorta": "sort of", "outta": "out of", "y'all": "you all", "ain't": "is not",
        "won't": "will not", "can't": "can not", "shan't": "shall not",
    ]
    static let contractions: [(String, String)] = [
        ("n't", " not"), ("'re", " are"), ("'ll", " will"), ("'ve", " have"), ("'m", " am"), ("'s", " is"),
        ("'d", " would"),
    ]

    /// Words with spoken forms and contractions written out, apostrophes made straight.
    static func spoken(_ words: [String]) -> [String] {
        words.map { word in
            // Most words hold no curly apostrophe (no 0xE2 lead byte): they are not handed to Foundation.
            let straight = word.utf8.contains(0xE2) ? word.replacingOccurrences(of: "\u{2019}", with: "'") : word
            let lower = straight.lowercased()
            if let full = spokenForms[lower] { return full }
            for (ending, full) in contractions where lower.hasSuffix(ending) && lower.count > ending.count {
                return String(lower.dropLast(ending.count)) + full
            }
            return straight
        }
    }

    /// Whether a word lies inside parentheses opened on its line (up to 60 characters before it).
    static func parenthesised(_ word: FrameWord, in document: Document) -> Bool {
        let scalars = document.scalars
        var p = word.span.start - 1
        while p >= 0 && p > word.span.start - 60 && scalars[p] != "\n" && scalars[p] != ")" {
            if scalars[p] == "(" {
                var q = word.span.end
                while q < scalars.count && q < word.span.end + 60 && scalars[q] != "\n" {
                    if scalars[q] == ")" { return true }
                    if scalars[q] == "(" { return false }
                    q += 1
                }
                return false
            }
            p -= 1
        }
        return false
    }

    /// Marks that end a sentence, a quotation or a gloss: a difference past one of them is another extent.
    static let breaks: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}", "\"", "\u{201C}", "\u{201D}", "(", ")", "\n"]

    /// Removes the changed endings of both sides (the words past the aligned stretches that are not a clipped
    /// extent) when either side's stretch is followed by the end of a sentence, a quotation or a gloss.
    static func dropEndingsPastBreak(
        _ alignment: inout QuoteAlignment, _ a: ClaimContent, _ x: Range<Int>, _ documentA: Document,
        _ b: ClaimContent, _ y: Range<Int>, _ documentB: Document
    ) {
        let tailA = alignment.onlyA.filter { $0 >= alignment.rangeA.upperBound && !alignment.extentA.contains($0) }
        let tailB = alignment.onlyB.filter { $0 >= alignment.rangeB.upperBound && !alignment.extentB.contains($0) }
        guard !tailA.isEmpty, !tailB.isEmpty else { return }
        func broken(_ c: ClaimContent, _ range: Range<Int>, _ aligned: Range<Int>, _ document: Document) -> Bool {
            let last = range.lowerBound + aligned.upperBound - 1
            guard last >= 0, last + 1 < c.words.count else { return true }
            return document.scalars.gap(between: c.words[last], and: c.words[last + 1], holdsAnyOf: breaks)
        }
        guard broken(a, x, alignment.rangeA, documentA) || broken(b, y, alignment.rangeB, documentB) else { return }
        alignment.onlyA.removeAll { tailA.contains($0) }
        alignment.onlyB.removeAll { tailB.contains($0) }
    }

    /// Marks that set a phrase off from what follows it in a sentence: a comma, a colon, a semicolon, a dash.
    static let asides: Set<Unicode.Scalar> = [",", ":", ";", "\u{2014}", "\u{2013}"]

    /// What sets an opening off from the words after it: the breaks and the asides.
    static let openingBreaks = breaks.union(asides)

    /// Removes the changed openings of both sides (the words before the aligned stretches, `withChangedOpening`) unless
    /// they are other words the speaker is quoted as saying: they are not when either side's opening is set off from
    /// its stretch by the end of a sentence, a quotation or a gloss, or by a comma, a colon or a dash (`asides`: `Well,
    /// the pier stays shut` against `Frankly, the pier stays shut`, an aside or a phrase put first); when one opening
    /// has no word the other lacks (`We have` against `We`: words one side adds, not a change); or when both openings,
    /// the words both have left out, hold only connectives and words that open a quotation without saying anything
    /// (`Though` against `Although`, `Of course` against `Naturally`), no figure nor negation (`Now` against `No` is a
    /// variant). Other function words are what is said (`We` against `They`, `Most` against `Few`).
    static func dropOpenings(
        _ alignment: inout QuoteAlignment, _ a: ClaimContent, _ x: Range<Int>, _ documentA: Document,
        _ b: ClaimContent, _ y: Range<Int>, _ documentB: Document, meaning: QuoteWording.Meaning
    ) {
        let openA = alignment.onlyA.filter { $0 < alignment.rangeA.lowerBound && !alignment.extentA.contains($0) }
        let openB = alignment.onlyB.filter { $0 < alignment.rangeB.lowerBound && !alignment.extentB.contains($0) }
        guard !openA.isEmpty, !openB.isEmpty else { return }
        func broken(_ c: ClaimContent, _ range: Range<Int>, _ aligned: Range<Int>, _ document: Document) -> Bool {
            let first = range.lowerBound + aligned.lowerBound
            guard first > 0, first < c.words.count else { return true }
            return document.scalars.gap(between: c.words[first - 1], and: c.words[first], holdsAnyOf: openingBreaks)
        }
        let lettersA = openA.map { QuoteWording.letters(a.words[x.lowerBound + $0].text) }
        let lettersB = openB.map { QuoteWording.letters(b.words[y.lowerBound + $0].text) }
        func slight(_ letters: [String]) -> Bool {
            letters.allSatisfy { meaning.connectives.contains($0) && !QuoteWording.isNegationOrFigure($0) }
        }
        // Words both openings have are no difference; when one opening has nothing else, the other adds words.
        let common = Set(lettersA).intersection(lettersB)
        let keptA = zip(openA, lettersA).filter { !common.contains($0.1) }
        let keptB = zip(openB, lettersB).filter { !common.contains($0.1) }
        let drop =
            broken(a, x, alignment.rangeA, documentA) || broken(b, y, alignment.rangeB, documentB)
            || keptA.isEmpty || keptB.isEmpty || slight(keptA.map(\.1)) && slight(keptB.map(\.1))
        let droppedA = drop ? Set(openA) : Set(openA).subtracting(keptA.map(\.0))
        let droppedB = drop ? Set(openB) : Set(openB).subtracting(keptB.map(\.0))
        alignment.onlyA.removeAll { droppedA.contains($0) }
        alignment.onlyB.removeAll { droppedB.contains($0) }
    }
}
