/// A quotation signed with a dash and a name: `"The ferry is late again." ― Ida Holm` at the end of its paragraph,
/// or the name alone on the next line (`- Ida Holm, Tarsk.`), as collections of readers' comments and embedded posts
/// credit their speakers. No verb is written, so the cue tagger (which marks words) never finds it: the dash is the
/// cue, the name the source and the paragraph's quotation the content.
enum Epigraph {
    /// Dashes that sign a quotation.
    static let dashes: Set<String> = ["\u{2015}", "\u{2014}", "\u{2013}", "-"]
    /// Words in a name, at most.
    static let longestName = 5
    /// Tokens in the signed paragraph, at most.
    static let longestQuotation = 400

    /// The signed quotations of a document, as token ranges: the dash, the name, the quotation (from the quotation
    /// mark opening its paragraph to the one closing it, right before the dash or its line).
    static func find(in tokens: [Token]) -> [(dash: Int, name: Range<Int>, quotation: Range<Int>)] {
        var found: [(dash: Int, name: Range<Int>, quotation: Range<Int>)] = []
        for d in tokens.indices.dropFirst() where tokens[d].kind == .punctuation && dashes.contains(tokens[d].folded) {
            // The quotation mark right before the dash, on its line or ending the line before.
            let mark = d - 1
            guard tokens[mark].isQuote, let name = signature(after: d, in: tokens),
                let opening = paragraphStart(before: mark, in: tokens), tokens[opening].isQuote,
                mark - opening >= 2
            else { continue }
            found.append((d, name, opening..<(mark + 1)))
        }
        return found
    }

    /// A post signed as embedded posts are (`Spider burrows under a man's skin— Daily Mail Online (@MailOnline)
    /// October 16, 2014`): its dash, its name, its words as tokens and where they start (inside the first token when
    /// the year before them ran into it: `May 2, 2024The ferry left`).
    struct Post {
        var dash: Int
        var name: Range<Int>
        var words: Range<Int>
        var start: Int
        /// Where the signature (dash, name, handle and date) ends, as an offset.
        var signed: Int = 0
    }

    /// The posts of a document, whose words need no quotation marks (the handle and the date say it is a post):
    /// those on the dash's line before it, or on the line before when the signature has a line of its own; after
    /// any earlier signature on the line, however long the line (a page's posts joined into one).
    static func posts(in tokens: [Token]) -> [Post] {
        var found: [Post] = []
        // The token after the last signature and where its words start: a post on the same line starts there.
        var signed = 0
        var signedAt = 0
        for d in tokens.indices.dropFirst() where tokens[d].kind == .punctuation && dashes.contains(tokens[d].folded) {
            guard let name = postName(after: d, in: tokens),
                let (end, glued) = postDate(after: name.upperBound, in: tokens)
            else { continue }
            defer {
                signed = end
                signedAt = end < tokens.count ? tokens[end].span.start + glued : 0
            }
            let last = d - 1
            // Back to the line's start or the last signature, whichever comes first.
            var first = last
            while first > signed && !tokens[first].newlineBefore {
                first -= 1
                if last - first > longestQuotation { break }
            }
            guard last - first <= longestQuotation, last >= first else { continue }
            let start = first == signed ? max(tokens[first].span.start, signedAt) : tokens[first].span.start
            // Words, not one glued year's remains (`2024Wow`) or a lone word.
            guard start < tokens[last].span.end, last > first || start > tokens[first].span.start else { continue }
            let signatureEnd = glued > 0 ? tokens[end].span.start + glued : tokens[end - 1].span.end
            found.append(Post(dash: d, name: name, words: first..<(last + 1), start: start, signed: signatureEnd))
        }
        return found
    }

    /// The name a post is signed with, after its dash: one to `longestName` words on the dash's line, in any case
    /// (`— nicole kidman (@niicolekidman)`: the handle after it says it is a name), up to the bracket.
    static func postName(after d: Int, in tokens: [Token]) -> Range<Int>? {
        let first = d + 1
        var end = first
        while end < tokens.count, end - first < longestName, !tokens[end].newlineBefore,
            tokens[end].kind == .word || (end > first && (tokens[end].folded == "." || tokens[end].kind == .number))
        {
            end += 1
        }
        guard end > first, end < tokens.count, tokens[end].folded == "(", tokens[end - 1].kind != .punctuation else {
            return nil
        }
        return first..<end
    }

    /// Where a post's handle and date end (`(@MailOnline) October 16, 2014`), given the token after its name: a
    /// handle in brackets, then a month's name opening a date on the same line. `glued` counts the digits of a
    /// year run into the next post's first word (`October 6, 2014The seam ...`, where a page's lines were joined):
    /// they are the date's, the rest of the token the next post's.
    static func postDate(after k: Int, in tokens: [Token]) -> (end: Int, glued: Int)? {
        guard k + 2 < tokens.count, tokens[k].folded == "(", tokens[k + 1].folded == "@" else { return nil }
        // The handle: words, numbers and underscores written together (`@drew_m_2`).
        var close = k + 2
        while close < tokens.count, close < k + 12, !tokens[close].spaceBefore,
            tokens[close].kind == .word || tokens[close].kind == .number || tokens[close].folded == "_"
        {
            close += 1
        }
        guard close > k + 2, close + 1 < tokens.count, tokens[close].folded == ")",
            CalendarDate.monthNames[tokens[close + 1].folded] != nil, !tokens[close + 1].newlineBefore
        else { return nil }
        // The day, a comma and the year, when written, on the same line.
        let month = close + 1
        var end = month + 1
        while end < tokens.count, end < month + 4, !tokens[end].newlineBefore,
            tokens[end].kind == .number || tokens[end].folded == ","
        {
            end += 1
        }
        if end < tokens.count, !tokens[end].newlineBefore, tokens[end].kind == .word, tokens[end - 1].folded == "," {
            let digits = tokens[end].folded.prefix { $0.isNumber }.count
            if digits == 4 { return (end, digits) }
        }
        return (end, 0)
    }

    /// The name after a dash: one to `longestName` capitalised words with no space before the first or one space,
    /// ending its line or followed by a comma, a parenthesis or a closing full stop (`― Ida Holm (@idaholm) May 2`,
    /// `- Ida Holm, Tarsk.`).
    static func signature(after d: Int, in tokens: [Token]) -> Range<Int>? {
        let first = d + 1
        guard first < tokens.count, !tokens[first].newlineBefore else { return nil }
        var end = first
        while end < tokens.count, end - first < longestName, !(end > first && tokens[end].newlineBefore) {
            let token = tokens[end]
            if token.kind == .word && token.isCapitalized {
                end += 1
            } else if token.folded == ".", end > first, !token.spaceBefore, end + 1 < tokens.count,
                !tokens[end + 1].newlineBefore, tokens[end + 1].isCapitalized
            {
                end += 1  // `Mr. Holm`, `J. Holm`
            } else {
                break
            }
        }
        guard end > first, Epigraph.mayName(tokens[first..<end]) else { return nil }
        if end == tokens.count || tokens[end].newlineBefore { return first..<end }
        switch tokens[end].folded {
        case ",", "(": return first..<end
        case ".": return end + 1 == tokens.count || tokens[end + 1].newlineBefore ? first..<end : nil
        default: return nil
        }
    }

    /// Whether words after a dash may be a name: not opened by a day or month (`- Monday, May 3`), and, one word
    /// alone, not an answer or a grammar word (`- No.`, `- Nobody.`).
    static func mayName(_ words: ArraySlice<Token>) -> Bool {
        guard let first = words.first?.folded else { return false }
        if AttributionExtractor.weekdays.contains(first) || CalendarDate.monthNames[first] != nil { return false }
        return words.count > 1 || !(answerWords.contains(first) || AttributionExtractor.closedClass.contains(first))
    }

    /// One-word answers and quantifiers that a dash may introduce in a question-and-answer layout.
    static let answerWords: Set<String> = [
        "yes", "no", "none", "nobody", "nothing", "never", "maybe", "perhaps", "all", "both", "some", "many",
        "everyone", "everybody", "anyone", "someone", "thanks", "ok", "okay", "sure", "absolutely", "exactly",
    ]

    /// `attributions` with each content that runs on past the end of a post's words (`ends`, sorted) into its
    /// signature ended there: the name, the handle and the date are no part of what is said.
    static func ending(_ attributions: [Attribution], atPosts ends: [Int], document: Document) -> [Attribution] {
        var result = attributions
        for i in result.indices {
            let content = result[i].content.extent
            // The first post ending inside the content, found by bisection.
            var low = 0
            var high = ends.count
            while low < high {
                let mid = (low + high) / 2
                if ends[mid] <= content.start { low = mid + 1 } else { high = mid }
            }
            guard low < ends.count, ends[low] < content.end else { continue }
            let cut = ends[low]
            let spans = result[i].content.spans.compactMap { span in
                span.start < cut ? TextSpan(span.start, min(span.end, cut)) : nil
            }
            result[i].content = Role(
                text: spans.map { document.text(of: $0) }.joined(separator: " … "), spans: spans)
        }
        return result
    }

    /// Whether an attribution's source is the first person (`I`, `we`): the signed writer telling of herself.
    static func firstPerson(_ attribution: Attribution) -> Bool {
        ["i", "we"].contains(attribution.source?.text.lowercased() ?? "")
    }

    /// The first token of the paragraph holding token `t` (the first after a line break), when it is at most
    /// `longestQuotation` tokens back.
    static func paragraphStart(before t: Int, in tokens: [Token]) -> Int? {
        var k = t
        while k > 0 && !tokens[k].newlineBefore {
            k -= 1
            if t - k > longestQuotation { return nil }
        }
        return k
    }
}

extension AttributionExtractor {
    /// `results` (in text order) with the document's signed quotations (`Epigraph`) added in their places, each
    /// unless an attribution's content already covers its quotation (it has a speaker) or its dash, or an
    /// attribution's cue (not a first-person one) lies outside its quotation marks (the paragraph names its speaker
    /// in the text). One merge of
    /// two ordered lists, with the contents looked up in a `SpanCover`: linear-logarithmic however many there are.
    func addingEpigraphs(to found: [Attribution], document: Document, analysis: TextAnalysis) -> [Attribution] {
        let tokens = analysis.tokens
        let allPosts = Epigraph.posts(in: tokens)
        let postAt = Dictionary(allPosts.map { ($0.dash, $0) }, uniquingKeysWith: { first, _ in first })
        // A quotation signed as a post (`"..." — Ida Holm (@idaholm) May 2`) is a signed quotation, its words not
        // reaching back past an earlier post on its line.
        let quoted = Epigraph.find(in: tokens).map { dash, name, quotation in
            let first = max(quotation.lowerBound, postAt[dash]?.words.lowerBound ?? 0)
            return Epigraph.Post(
                dash: dash, name: name, words: first..<quotation.upperBound, start: tokens[first].span.start)
        }
        let quotedDashes = Set(quoted.map(\.dash))
        let posts = allPosts.filter { !quotedDashes.contains($0.dash) }
        let signed = (quoted + posts).sorted { $0.dash < $1.dash }
        guard !signed.isEmpty else { return found }
        // Contents that ran on into a post's signature end where its words do, their hedges read again (the
        // date's `May` is no hedge).
        var results = Epigraph.ending(found, atPosts: allPosts.map { tokens[$0.dash - 1].span.end }, document: document)
        for i in results.indices where results[i].content != found[i].content {
            results[i].hedges = hedges(in: results[i].content, tokens: tokens, analysis: analysis)
        }
        // Read inside a post's signature (`nobody told— Ida Holm (@idaholm) May 2`, its content the name and date):
        // no statement.
        let signatures = SpanCover(allPosts.map { TextSpan(tokens[$0.dash].span.start, $0.signed) })
        results.removeAll { attribution in attribution.content.spans.first.map { signatures.holds($0.start) } ?? false }
        // A post holding a statement found in its words (`Police say the road is shut— Ida Holm (@idaholm) May 2`)
        // is left to it.
        let roleStarts = SpanCoverage(
            results.filter { !Epigraph.firstPerson($0) }.flatMap { attribution in
                (attribution.content.spans + (attribution.cue?.spans ?? [])).map { TextSpan($0.start, $0.start + 1) }
            })
        let postDashes = Set(posts.map(\.dash))
        let contents = SpanCover(results.flatMap(\.content.spans))
        // Where the attributions' cues start: a cue outside the quotation marks of the signed paragraph (`"...,"
        // the spokesperson told reporters. "..."`) credits its quotations in the text, and the name after the dash
        // is a byline. A cue inside them is the signed speaker's own words (`"He said it over and over"`).
        // A first-person speaker (`"...," I told my neighbour, "..."`) is the signed writer telling of herself.
        let cues = Set(
            results.compactMap { attribution in
                Epigraph.firstPerson(attribution) ? nil : attribution.cue?.extent.start
            })
        func narrated(_ quotation: Range<Int>) -> Bool {
            // The paragraph opens with its quotation mark, whichever way it is written (`”Fear. ...”`).
            var inside = true
            for t in quotation.dropFirst() {
                if tokens[t].kind == .openingQuote {
                    inside = true
                } else if tokens[t].kind == .closingQuote {
                    inside = false
                } else if !inside, cues.contains(tokens[t].span.start) {
                    return true
                }
            }
            return false
        }
        var merged: [Attribution] = []
        merged.reserveCapacity(results.count + signed.count)
        var next = 0
        for signature in signed {
            let (dash, name, quotation) = (signature.dash, signature.name, signature.words)
            let content = TextSpan(signature.start, tokens[quotation.upperBound - 1].span.end)
            let cue = tokens[dash].span
            let post = postDashes.contains(dash)
            guard !contents.covers(content.start, content.end), !contents.holds(cue.start),
                post ? !roleStarts.overlaps(content) && !contents.holds(content.start) : !narrated(quotation),
                let sentence = analysis.sentenceIndex(containing: cue.start)
            else { continue }
            let source = TextSpan(tokens[name.lowerBound].span.start, tokens[name.upperBound - 1].span.end)
            let contentRole = Role(text: document.text(of: content), spans: [content])
            var attribution = Attribution(
                source: Role(text: document.text(of: source), spans: [source]),
                cue: Role(text: document.text(of: cue), spans: [cue]), content: contentRole, via: nil,
                apposition: nil, rule: post ? "post" : "epigraph", isDirectQuote: true, hedges: [], sentence: sentence)
            attribution.hedges = hedges(in: contentRole, tokens: tokens, analysis: analysis)
            while next < results.count
                && (results[next].sentence < sentence
                    || (results[next].sentence == sentence && (results[next].cue?.extent.start ?? 0) <= cue.start))
            {
                merged.append(results[next])
                next += 1
            }
            merged.append(attribution)
        }
        merged.append(contentsOf: results[next...])
        guard !posts.isEmpty else { return merged }
        // A first person inside a post credited to its author (`I think ...`) is the author: the post says so.
        let credited = SpanCover(merged.filter { $0.rule == "post" }.map(\.content.extent))
        return merged.filter { attribution in
            guard attribution.rule != "post", Epigraph.firstPerson(attribution), let cue = attribution.cue
            else { return true }
            return !credited.holds(cue.extent.start)
        }
    }
}
