/// Noun phrases around a cue, walking left or right to a clause boundary: the spans a source can take.
extension SentenceContext {
    /// `About 9 percent`, `at least half of voters`: a number or a word of quantity within the first three words.
    func startsWithQuantity(_ range: Range<Int>) -> Bool {
        range.prefix(3).contains { tokens[$0].kind == .number || X.quantities.contains(tokens[$0].folded) }
    }

    /// `IS`, `US`: two or more capitals.
    func isAllCapitals(_ token: Token) -> Bool {
        token.isCapitalized && token.span.length >= 2
            && document.scalars[token.span.start..<token.span.end].allSatisfy { !$0.isLowercaseLetter }
    }

    func isBoundary(_ token: Token) -> Bool {
        // `IS`, `US`: capitals are names, not the verb `is` or the pronoun `us`.
        if isAllCapitals(token) { return false }
        if token.kind == .punctuation {
            return token.folded != "'" && token.folded != "&" && token.folded != "(" && token.folded != ")"
        }
        if token.isQuote { return true }
        return X.clauseWords.contains(token.folded) || X.auxiliaries.contains(token.folded)
    }

    /// `forcefully rejected`, `publicly urged`: a lowercase `-ly` word before a cue is an adverb, not the source
    /// (`a Clinton ally said`, `the family said` are nouns).
    func isMannerAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.folded.count > 5 && token.folded.hasSuffix("ly")
            && !X.lyNouns.contains(token.folded)
    }

    /// Skips auxiliaries, adverbs and short time phrases leftwards from `k` (exclusive); returns the new end.
    func skipLeft(from k: Int) -> Int {
        var j = k
        while j > start {
            let word = tokens[j - 1].folded
            if isAllCapitals(tokens[j - 1]) { break }
            if index.skip.contains(word) || X.weekdays.contains(word) || isMannerAdverb(tokens[j - 1]) {
                j -= 1
                continue
            }
            // `, meanwhile,` between the source and its cue.
            if word == ",", j - 2 > start, index.skip.contains(tokens[j - 2].folded), tokens[j - 3].folded == "," {
                j -= 3
                continue
            }
            break
        }
        return j
    }

    /// The noun phrase ending at `k` (exclusive), walking left to a clause boundary; lists joined by `and` or
    /// commas are kept whole (`The Observatory, Turkish state media and a rebel faction`).
    func leftNounPhrase(endingAt k: Int, floor: Int) -> Range<Int>? {
        guard k > floor else { return nil }
        // `Sen. Mitch McConnell (R-Ky.)`: a parenthesis after a name belongs to it.
        if tokens[k - 1].folded == ")" {
            var m = k - 2
            while m > floor && m > k - 10 && tokens[m].folded != "(" { m -= 1 }
            if m > floor, tokens[m].folded == "(", tokens[m - 1].isCapitalized,
                let name = leftNounPhrase(endingAt: m, floor: floor)
            {
                return name.lowerBound..<k
            }
        }
        if X.pronouns.contains(tokens[k - 1].folded) || tokens[k - 1].folded == "that" {
            // `another that attacked Clinton`: a relative `that` right after a noun is the source, as PolNeAR
            // marks it; `said that` is a complementizer.
            if tokens[k - 1].folded == "that" {
                let noun =
                    k - 2 >= floor && tokens[k - 2].isWord && !X.clauseWords.contains(tokens[k - 2].folded)
                    && index.match(tokens, at: k - 2, limit: end) == nil
                    && !X.auxiliaries.contains(tokens[k - 2].folded)
                return noun ? (k - 1)..<k : nil
            }
            return (k - 1)..<k
        }
        var a = k
        while a > floor && a > k - 12 {
            let token = tokens[a - 1]
            // `Sen. Mitch McConnell`: a full stop inside the sentence, right after a short capitalised word, ends
            // an abbreviated title (the segmenter did not end the sentence there).
            if token.folded == ".", a - 2 >= floor, tokens[a - 2].isCapitalized, tokens[a - 2].span.length <= 4,
                tokens[a - 2].span.end == token.span.start, a < k
            {
                a -= 1
                continue
            }
            if isBoundary(token)
                || !(token.isWord || token.folded == "'" || token.folded == "&" || token.folded == "("
                    || token.folded == ")")
            {
                break
            }
            if !token.isCapitalized && (token.folded.hasSuffix("ed") || X.pastCueForms.contains(token.folded)),
                index.match(tokens, at: a - 1, limit: end) != nil
            {
                break
            }
            if token.folded == "and" || token.folded == "or" { break }
            a -= 1
        }
        guard a < k else { return nil }
        // Lists: `X, Y and Z` or `X and Y`, when the earlier members are short noun phrases too.
        var listStart = a
        var sawAnd = false
        while listStart > floor {
            let joiner = tokens[listStart - 1].folded
            guard joiner == "and" || joiner == "or" || (joiner == "," && sawAnd) else { break }
            var b = listStart - 1
            while b > floor && b > listStart - 8 {
                let token = tokens[b - 1]
                if isBoundary(token) || !token.isWord || token.folded == "and" { break }
                b -= 1
            }
            let member = b..<(listStart - 1)
            guard !member.isEmpty, member.count <= 8 else { break }
            let atBoundary = b == floor || isBoundary(tokens[b - 1]) || tokens[b - 1].folded == "and"
            guard atBoundary, looksLikeNounPhrase(member) else { break }
            if joiner != "," { sawAnd = true }
            listStart = b
        }
        return listStart..<k
    }

    func looksLikeNounPhrase(_ range: Range<Int>) -> Bool {
        let first = tokens[range.lowerBound]
        if range.allSatisfy({ index.skip.contains(tokens[$0].folded) }) { return false }
        if range.contains(where: { !tokens[$0].isCapitalized && tokens[$0].folded.hasSuffix("ing") }) { return false }
        if first.isCapitalized || X.determiners.contains(first.folded) || first.kind == .number { return true }
        return range.count <= 3 && !range.contains(where: { tokens[$0].folded.hasSuffix("ed") })
    }

    /// The noun phrase starting at `k`, walking right: an inverted source (`said Turkish Prime Minister Binali
    /// Yildirim`), with a proper-name apposition kept (`the Observatory's chief, Rami Abdurrahman`).
    func rightNounPhrase(startingAt k: Int, limit: Int) -> Range<Int>? {
        var b = k
        while b < limit && b < k + 12 {
            let token = tokens[b]
            if token.folded == "," {
                // Keep `, Rami Abdurrahman,` when a capitalised name follows.
                var c = b + 1
                while c < limit && tokens[c].isCapitalized && tokens[c].isWord { c += 1 }
                if c > b + 1 && c - b <= 5 && (c == limit || tokens[c].kind == .punctuation) {
                    b = c
                    continue
                }
                break
            }
            if token.folded == "of" || token.folded == "for" || token.folded == "and" || token.folded == "by" {
                if b + 1 < limit && (tokens[b + 1].isCapitalized || X.determiners.contains(tokens[b + 1].folded)) {
                    b += 1
                    continue
                }
                break
            }
            // `said Mr. Aldane`, `said former Gov. Tom Ferris`: the full stop of an abbreviated title.
            if token.folded == ".", b > k, b + 1 < limit, tokens[b - 1].isCapitalized, tokens[b - 1].span.length <= 4,
                tokens[b - 1].span.end == token.span.start, tokens[b + 1].isCapitalized
            {
                b += 1
                continue
            }
            if isBoundary(token) || !token.isWord { break }
            // `said one owner of a stall that sells ...`: a relative clause ends the name.
            if b > k && ["that", "who", "which", "whose"].contains(token.folded) { break }
            if b > k && (X.prepositions.contains(token.folded) || X.weekdays.contains(token.folded)) { break }
            if b > k && token.kind == .word && !token.isCapitalized && token.folded.hasSuffix("ing") { break }
            b += 1
        }
        return b > k ? k..<b : nil
    }

}
