/// Whether the spans the tagger marks are fit to stand as a source or a content, and their tidy form: a source is
/// a noun phrase naming someone (its appositive and relative clause set aside, a dateline cut off), never a
/// fragment, a bare quantifier or a lone common noun; a content holds more than function words and starts after
/// its `that`.
extension SentenceContext {
    /// A source as a reader would cite it: `Howard, the younger brother of the director,` is `Howard` with the
    /// apposition aside; `Mr. Aldane, who now works for the council` is `Mr. Aldane`; `LISBON — Maria
    /// Fonseca` is `Maria Fonseca`. Nil when what is left cannot name a speaker.
    func fitSource(_ range: Range<Int>, cue: Range<Int>, broad: Bool = false)
        -> (source: Range<Int>, apposition: Range<Int>?)?
    {
        var a = range.lowerBound
        var b = range.upperBound
        // A dateline: capitals, then a dash, at the start of the paragraph.
        if let dash = (a..<b).first(where: { ["\u{2014}", "\u{2013}", "-", "--"].contains(tokens[$0].folded) }),
            dash > a, a == start || tokens[a].newlineBefore,
            (a..<dash).allSatisfy({ !tokens[$0].isWord || isAllCapitals(tokens[$0]) || tokens[$0].folded == "(" })
        {
            a = dash + 1
        }
        // `14.05 The Harbour Gazette`, `09:40 police said`: a live blog's time stamp before the name. A figure that
        // opens the span before a lowercase word or a percent sign is the source's own (`74 percent of likely
        // voters`, `74% of voters`), unless it is shaped as a time or a year.
        func ownFigure(_ k: Int) -> Bool {
            guard k == range.lowerBound, tokens[k].kind == .number, k + 1 < b, !isYear(tokens[k]),
                !tokens[k].folded.contains(where: { $0 == "." || $0 == ":" })
            else { return false }
            let next = tokens[k + 1]
            return (next.isWord && !next.isCapitalized) || next.folded == "%"
        }
        while a < b
            && (!tokens[a].isWord || (tokens[a].kind == .number && a + 1 < b && !ownFigure(a)))
            && tokens[a].kind != .openingQuote
        {
            a += 1
        }
        // `Sometimes neighbours`: an adverb before the subject is not part of it.
        while a + 1 < b, isAdverb(tokens[a]) { a += 1 }
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
        // `historian Lena Brandt in Graz`: a place after a name says where the speaker is.
        if let preposition = (a..<b).first(where: { ["in", "at", "from"].contains(tokens[$0].folded) }),
            preposition > a, tokens[preposition - 1].isCapitalized, preposition + 1 < b,
            ((preposition + 1)..<b).allSatisfy({ tokens[$0].isCapitalized || !tokens[$0].isWord })
        {
            b = preposition
        }
        // `the defence ministry on Saturday`, `the news site on Aug. 6`, `X late Wednesday afternoon`: a time after
        // the name says when, not who.
        if let preposition = (a..<b).first(where: { p in
            X.prepositions.contains(tokens[p].folded) && p > a && p + 1 < b
                && ((p + 1)..<b).allSatisfy({ !tokens[$0].isWord || isTimeWord(tokens[$0]) })
        }) {
            b = preposition
        }
        // `More than 4 in 10 say`: a share written as a proportion runs to its second number.
        while b > a, b + 2 <= cue.lowerBound, tokens[b - 1].kind == .number, tokens[b].folded == "in",
            tokens[b + 1].kind == .number
        {
            b += 2
        }
        // `the council initially`, `The skipper directly thanks the crew`: an adverb ends the subject.
        if let adverb = ((a + 1)..<max(a + 1, b)).first(where: { isAdverb(tokens[$0]) }) { b = adverb }
        let source = a..<b
        // `a large blast`, `a loud blast`: after `a`, a verb's bare form is a noun, and the phrase no statement.
        if ["a", "an"].contains(tokens[a].folded), source.upperBound == cue.lowerBound,
            isBareForm(tokens[cue.lowerBound])
        {
            return nil
        }
        if isFitSource(source) || (broad && isBroadSource(source)) { return (source, apposition) }
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

    /// Whether tokens can be a source in PolNeAR's broad convention, which credits more subjects than a
    /// statement's speaker: a negated one (`Neither the mayor nor the council`, `None of the candidates`, `No
    /// one`), a share of people (`42 percent`, `Six in 10`, `Two-thirds`), a lone lowercase noun for people
    /// (`strategists`, `analyst`) and a pronoun with a contraction (`he's`, `they're`).
    func isBroadSource(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        guard let first = words.first, let last = words.last else { return false }
        let lastWord = tokens[last].folded
        let firstWord = tokens[first].folded
        if words.count == 1 {
            let token = tokens[first]
            if token.kind == .number || (X.quantities.contains(firstWord) && firstWord != "one") { return true }
            if ["nobody", "none"].contains(firstWord) { return true }
            if !token.isCapitalized && isSpeakerNoun(firstWord) { return true }
            // `he's`, `they're`, `who'd`: the pronoun speaks, whatever the contraction adds.
            if let mark = firstWord.firstIndex(of: "'"),
                ["he", "she", "they", "we", "i", "you", "who", "let"].contains(String(firstWord[..<mark]))
            {
                return true
            }
            return false
        }
        if X.determiners.contains(lastWord) || X.prepositions.contains(lastWord) || X.auxiliaries.contains(lastWord)
            || isAdverb(tokens[last])
        {
            return false
        }
        if ["no", "none", "neither", "nobody"].contains(firstWord) {
            return lastWord == "one" || !X.closedClass.contains(lastWord)
        }
        let share = words.contains { tokens[$0].kind == .number || X.quantities.contains(tokens[$0].folded) }
        return share && (tokens[last].kind == .number || !X.closedClass.contains(lastWord) || lastWord == "percent")
    }

    /// Whether the last word of a name appears capitalised outside this sentence, within a few thousand tokens
    /// (a bounded look, so a transcript of many `NAME:` lines stays linear).
    func isNamedElsewhere(_ range: Range<Int>) -> Bool {
        guard let last = range.last(where: { tokens[$0].isWord }) else { return false }
        let word = tokens[last].folded
        let window = 4000
        let before = max(0, start - window)..<start
        let after = end..<min(tokens.count, end + window)
        return before.contains { tokens[$0].folded == word && tokens[$0].isCapitalized }
            || after.contains { tokens[$0].folded == word && tokens[$0].isCapitalized }
    }

    /// Whether a subject is one personal pronoun (`he`, `they`; not `it`, which may be a thing that shows).
    func isPersonalPronoun(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        return words.count == 1 && ["he", "she", "i", "we", "you", "they"].contains(tokens[words[0]].folded)
    }

    /// Whether a subject is one capitalised word opening the sentence that the text also writes capitalised
    /// inside a sentence (`Dorn`, after `Anton Dorn`), so a name, not a common word's capital (`Snapshots`).
    func isOpeningName(_ range: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        guard words.count == 1, case let token = tokens[words[0]], token.isCapitalized, !isAllCapitals(token) else {
            return false
        }
        let window = 4000
        let around = max(0, start - window)..<min(tokens.count, end + window)
        return around.contains {
            $0 > 0 && $0 != words[0] && tokens[$0].folded == token.folded && tokens[$0].isCapitalized
                && !tokens[$0].newlineBefore && tokens[$0 - 1].isWord
        }
    }

    /// Whether a subject names someone: a capitalised name (not the capital a sentence opens with) or a noun for
    /// speakers at its head, before any participle or preposition (`Snapshots shared on social media` do not).
    func namesSomeone(_ range: Range<Int>) -> Bool {
        let head = range.prefix {
            !X.prepositions.contains(tokens[$0].folded) && tokens[$0].folded != "of"
                && !(tokens[$0].folded.hasSuffix("ed") && !tokens[$0].isCapitalized && $0 > range.lowerBound
                    && $0 + 1 < range.upperBound && X.participleFollowers.contains(tokens[$0 + 1].folded))
        }
        return head.contains {
            let token = tokens[$0]
            guard token.isWord, !X.closedClass.contains(token.folded) else { return false }
            // A sentence's first word is capitalised anyway: it names someone when all capitals, possessive
            // (`Clinton's emails`) or followed by another capitalised word.
            let opensName =
                isAllCapitals(token) || token.folded.hasSuffix("'s") || token.folded.hasSuffix("\u{2019}s")
                || ($0 + 1 < end && tokens[$0 + 1].isCapitalized) || ($0 + 1 < end && tokens[$0 + 1].folded == "'s")
            if token.isCapitalized && ($0 > start || opensName) { return true }
            return isSpeakerNoun(token.folded) || X.quantities.contains(token.folded)
        }
    }

    /// Whether a statement's subject can speak, in the default convention (PolNeAR's broad one also credits
    /// possessors of nominal cues, `Trump's claim`, and things that show): someone named, a noun for speakers or
    /// for what speaks for them (`the memo`), a pronoun or a number of people; `the pier`, `the ferry timetable`,
    /// `its side`, `Velmora's`, `Dorn sailed` and `Snapshots` (that show) cannot.
    func canSpeak(_ range: Range<Int>, cue: Range<Int>) -> Bool {
        let words = range.filter { tokens[$0].isWord }
        guard let last = words.last else { return false }
        let lastWord = tokens[last].folded
        // `Snapshots showed`, `Sonar readings indicate`: a thing shows or indicates, but says nothing; with a cue
        // of evidence the source must name someone.
        if cue.contains(where: {
            index.words[TokenFacts.hash(tokens[$0].folded.utf8) | 1].classes & index.evidenceClass != 0
        }),
            index.evidenceClass != 0, !namesSomeone(range), !isPersonalPronoun(range), !isOpeningName(range)
        {
            return false
        }
        // `Background: ...`, `Timeline: ...`: a label before a colon names a speaker only if the text names them elsewhere.
        if tokens[cue.lowerBound].folded == ":", !isNamedElsewhere(range) { return false }
        // `Velmora's`, `Mr. Dorn's`: a possessor without what it possesses.
        if lastWord == "'s" || lastWord.hasSuffix("'s") || lastWord.hasSuffix("\u{2019}s") { return false }
        // `Dorn sailed`, `the Coastguard released harbour footage`, `GPS logs`: a name followed by lowercase words
        // that do not end in a word for speakers is a clause or a thing, not someone who speaks.
        if let lastName = words.last(where: {
            (tokens[$0].isCapitalized || isParticleName($0)) && !X.closedClass.contains(tokens[$0].folded)
                && !isOpeningCapital($0)
        }),
            lastName != last, !tokens[lastName].folded.hasSuffix("'s"), !tokens[lastName].folded.hasSuffix("\u{2019}s"),
            tokens[lastName + 1].folded != "'s",
            !((lastName + 1)..<range.upperBound).contains(where: { ["and", "or", ","].contains(tokens[$0].folded) }),
            case let tail = words.filter({ $0 > lastName }), tail.count <= 3,
            let head = tail.prefix(while: { !X.prepositions.contains(tokens[$0].folded) && tokens[$0].folded != "of" })
                .last,
            !isSpeakerNoun(tokens[head].folded), !X.documentSpeakers.contains(tokens[head].folded)
        {
            return false
        }
        if namesSomeone(range) { return true }
        if words.count == 1, case let word = tokens[words[0]].folded,
            X.pronouns.contains(word) || ["i", "you", "we", "us", "him", "her", "them"].contains(word)
        {
            return true
        }
        // Its head, before any preposition: `the indictments filed against them` are not `them`.
        let head = words.prefix { !X.prepositions.contains(tokens[$0].folded) && tokens[$0].folded != "of" }
        // `Kerry said`, `Turkey has vowed`: one capitalised word opening the sentence is a name.
        if words.count == 1, tokens[words[0]].isCapitalized { return true }
        if let first = head.first, X.quantifiers.contains(tokens[first].folded) { return true }
        // `About 9 percent said`, `At least half of voters say`: a share of people, as polls report them; so is a
        // count the subject ends in (`More than 4 in 10 say`, `Some 300 signed`).
        if words.contains(where: { X.quantities.contains(tokens[$0].folded) }) { return true }
        if let lastToken = range.last(where: { tokens[$0].kind != .punctuation }), tokens[lastToken].kind == .number,
            !isYear(tokens[lastToken]),
            words.allSatisfy({
                tokens[$0].kind == .number || X.closedClass.contains(tokens[$0].folded)
                    || X.shareWords.contains(tokens[$0].folded)
            })
        {
            return true
        }
        return head.contains { X.documentSpeakers.contains(tokens[$0].folded) }
    }

    /// Whether a token is a surname behind a lower-case particle (`al-Karbouli`: `String.isParticleName`).
    func isParticleName(_ i: Int) -> Bool {
        !tokens[i].isCapitalized && document.text(of: tokens[i].span).isParticleName
    }

    /// Whether a token is the capital a sentence opens with on a common word (`Nearly half`, `More than six`,
    /// `Only a few`), which names nobody: a word of the closed classes, of number or share, or an adverb.
    func isOpeningCapital(_ i: Int) -> Bool {
        guard i == start || (i > start && tokens[i - 1].kind == .openingQuote) else { return false }
        let word = tokens[i].folded
        return X.closedClass.contains(word) || X.quantities.contains(word) || X.quantifiers.contains(word)
            || X.shareWords.contains(word) || X.spanAdverbs.contains(word)
            || (word.count > 4 && word.hasSuffix("ly") && !X.lyNouns.contains(word) && !X.lyAdjectives.contains(word))
    }

    /// A number written as a year (`2016`), which counts no people.
    func isYear(_ token: Token) -> Bool {
        token.folded.count == 4 && token.folded.allSatisfy(\.isNumber)
    }

    /// Whether a content is a noun phrase alone (`an early battle`, `its own state in May`): no clause, infinitive
    /// or quotation, so a cue of commitment before it reports an act rather than a statement.
    func isBareNounPhrase(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { tokens[$0].isWord || tokens[$0].isQuote }) else { return false }
        let opening = tokens[first].folded
        if tokens[first].isQuote || X.clauseWords.contains(opening) || ["to", "if", "whether"].contains(opening) {
            return false
        }
        let finite = X.modals.union(X.passiveAuxiliaries).union(["has", "have", "had", "do", "does", "did", "'s"])
        return !range.contains {
            // A capitalised `May` is the month.
            tokens[$0].isQuote || (finite.contains(tokens[$0].folded) && !tokens[$0].isCapitalized)
                || tokens[$0].folded == "to"
                || (X.pronouns.contains(tokens[$0].folded) && !["it", "which"].contains(tokens[$0].folded))
                || ["i", "we", "you"].contains(tokens[$0].folded) || tokens[$0].folded.hasSuffix("n't")
        }
    }

    /// A lowercase adverb (`initially`, `allegedly`, `even`, `sometimes`), which never belongs to a source.
    func isAdverb(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.folded
        if X.spanAdverbs.contains(word) { return true }
        return word.count > 4 && word.hasSuffix("ly") && !X.lyNouns.contains(word) && !X.lyAdjectives.contains(word)
    }

    /// A word of time: a weekday, a month, a number, `morning`, `late`.
    func isTimeWord(_ token: Token) -> Bool {
        token.kind == .number || X.weekdays.contains(token.folded) || X.timeWords.contains(token.folded)
            || CalendarDate.monthNames[token.folded] != nil
    }

    /// Whether a cue word is a verb's bare form (`blast`, not `blasts`, `blasted` or `told`).
    func isBareForm(_ token: Token) -> Bool {
        let word = token.folded
        return token.kind == .word && !token.isCapitalized && !word.hasSuffix("s") && !word.hasSuffix("ed")
            && !word.hasSuffix("ing") && !X.pastCueForms.contains(word) && !X.irregularPasts.contains(word)
    }

    /// A noun for someone who can speak: the speaking nouns, or a noun for a person by its ending (`supporters`,
    /// `officers`, `residents`, `analysts`, `congressman`).
    func isSpeakerNoun(_ word: String) -> Bool {
        if X.speakingNouns.contains(word) || X.speakerNouns.contains(word) || X.registryNouns.contains(word) {
            return true
        }
        // Singular `-er` and `-or` name things as often (`water`, `letter`): those are listed as speaker nouns.
        let endings = [
            "ers", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "man", "men", "woman", "women",
            "person", "people", "yst", "ysts",
        ]
        // A stem of three letters or more before the ending: `officers`, not `went` or `sent`.
        return endings.contains { word.hasSuffix($0) && word.count >= $0.count + 3 }
    }

    /// A content without its complementizer (`that the plan would fail`), or nil when it holds only function
    /// words (`But`). With `--broad` the complementizer stays, as PolNeAR marks it.
    func fitContent(_ range: Range<Int>, keepsThat: Bool = false) -> Range<Int>? {
        var a = range.lowerBound
        if !keepsThat, a + 1 < range.upperBound, tokens[a].folded == "that", tokens[a + 1].isWord,
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
