/// Whether the spans the tagger marks are fit to stand as a source or a content, and their tidy form: a source is
/// a noun phrase naming someone (its appositive and relative clause set aside, a dateline cut off), never a
/// fragment, a bare quantifier or a lone common noun; a content holds more than function words and starts after
/// its `that`.
extension SentenceContext {
    /// A source as a reader would cite it: `Howard, the younger brother of the director,` is `Howard` with the
    /// apposition aside; `Mr. Gunnels, who now works for the campaign` is `Mr. Gunnels`; `WASHINGTON — Hillary
    /// Clinton` is `Hillary Clinton`. Nil when what is left cannot name a speaker.
    func fitSource(_ range: Range<Int>, cue: Range<Int>) -> (source: Range<Int>, apposition: Range<Int>?)? {
        var a = range.lowerBound
        var b = range.upperBound
        // A dateline: capitals, then a dash, at the start of the paragraph.
        if let dash = (a..<b).first(where: { ["\u{2014}", "\u{2013}", "-", "--"].contains(tokens[$0].folded) }),
            dash > a, a == start || tokens[a].newlineBefore,
            (a..<dash).allSatisfy({ !tokens[$0].isWord || isAllCapitals(tokens[$0]) || tokens[$0].folded == "(" })
        {
            a = dash + 1
        }
        while a < b && !tokens[a].isWord && tokens[a].kind != .openingQuote { a += 1 }
        // `by several tipsters`, `and the police`, `according to an official`: the words that bring in a source
        // are not part of it.
        while a + 1 < b, ["by", "and", "or", "according", "to"].contains(tokens[a].folded) { a += 1 }
        while b > a && tokens[b - 1].kind == .punctuation && tokens[b - 1].folded != ")" { b -= 1 }
        guard a < b else { return nil }
        var apposition: Range<Int>?
        if let comma = (a..<b).first(where: { tokens[$0].folded == "," && !inQuote[$0] }), comma > a {
            let rest = (comma + 1)..<b
            let next = rest.isEmpty ? "" : tokens[rest.lowerBound].folded
            if ["who", "which", "whose", "that", "where"].contains(next) {
                // A relative clause ends the name.
                b = comma
            } else if !rest.contains(where: { ["and", "or"].contains(tokens[$0].folded) }),
                !rest.allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord })
            {
                // A descriptive appositive helps resolve the name; a proper-name one is part of it
                // (`the Observatory's chief, Rami Abdurrahman`) and lists stay whole (`X, Y and Z`).
                var c = rest.upperBound
                while c > rest.lowerBound && tokens[c - 1].kind == .punctuation { c -= 1 }
                apposition = rest.lowerBound < c ? rest.lowerBound..<c : nil
                b = comma
            }
        }
        // `political scientist Dossym Satpayev in Almaty`: a place after a name says where the speaker is.
        if let preposition = (a..<b).first(where: { ["in", "at", "from"].contains(tokens[$0].folded) }),
            preposition > a, tokens[preposition - 1].isCapitalized, preposition + 1 < b,
            ((preposition + 1)..<b).allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord })
        {
            b = preposition
        }
        // `the defence ministry on Saturday`: a day after the name says when, not who.
        if let preposition = (a..<b).first(where: { X.prepositions.contains(tokens[$0].folded) }), preposition > a,
            preposition + 1 < b,
            ((preposition + 1)..<b).allSatisfy({ !tokens[$0].isWord || X.weekdays.contains(tokens[$0].folded) })
        {
            b = preposition
        }
        let source = a..<b
        if isFitSource(source) { return (source, apposition) }
        // `most said`, `both agreed`: a quantifier right before its cue is the subject of a statement.
        let subject = source.count == 1 && source.upperBound == cue.lowerBound
        return subject && X.quantifiers.contains(tokens[a].folded) ? (source, apposition) : nil
    }

    /// Whether tokens can name a speaker: not a bare quantifier (`All`, `Both`, `one`), not a lone lowercase
    /// common noun (`operation`), not a fragment that ends in a pronoun after other words (`Sunni tradition it`),
    /// not only function words or time words.
    func isFitSource(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        guard let first = words.first, let last = words.last else { return false }
        let lastWord = tokens[last].folded
        if words.count == 1 {
            let token = tokens[first]
            if X.pronouns.contains(lastWord) || ["i", "you", "we", "us", "him", "her", "them"].contains(lastWord) {
                return true
            }
            if X.quantifiers.contains(lastWord) || X.quantities.contains(lastWord) || token.kind == .number {
                return false
            }
            // A lone lowercase word names nobody unless it is a word for speakers (`officials`, `police`).
            return token.isCapitalized || X.speakingNouns.contains(lastWord)
        }
        // `no government agency`, `they haven't`: a denied or negated subject credits nobody.
        if ["no", "none", "neither", "nobody"].contains(tokens[first].folded)
            || words.contains(where: { tokens[$0].folded == "not" || tokens[$0].folded.hasSuffix("n't") })
        {
            return false
        }
        if X.pronouns.contains(lastWord) && !["who", "which"].contains(lastWord) { return false }
        if X.determiners.contains(lastWord) || X.prepositions.contains(lastWord) || X.auxiliaries.contains(lastWord) {
            return false
        }
        return words.contains { !X.closedClass.contains(tokens[$0].folded) && !X.weekdays.contains(tokens[$0].folded) }
    }

    /// A content without its complementizer (`that the plan would fail`), or nil when it holds only function
    /// words (`But`).
    func fitContent(_ range: Range<Int>) -> Range<Int>? {
        var a = range.lowerBound
        if a + 1 < range.upperBound, tokens[a].folded == "that", tokens[a + 1].isWord,
            !X.auxiliaries.contains(tokens[a + 1].folded)
        {
            a += 1
        }
        let content = a..<range.upperBound
        let meaningful = content.contains {
            tokens[$0].isWord && !X.closedClass.contains(tokens[$0].folded)
                && !["but", "so", "yet"].contains(
                    tokens[$0].folded)
        }
        return meaningful ? content : nil
    }

    /// `Do you think ...?`, `Did he say ...?`: a question asks; it reports nothing.
    func isQuestion(source: Range<Int>?, cue: Range<Int>) -> Bool {
        let first = min(source?.lowerBound ?? cue.lowerBound, cue.lowerBound)
        return first > start && ["do", "does", "did"].contains(tokens[first - 1].folded)
    }
}
