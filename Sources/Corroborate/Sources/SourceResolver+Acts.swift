/// Cues read as deeds or as names given, not as acts of saying: the tagger marks `attacked`, `showed`, `knew` or
/// `called` wherever they stand, but `Tarsk gunmen attacked a patrol`, `the fever showed up at a clinic`, `she knew
/// about the raid` and `an aid agency called Velmora Relief` credit their subject with no statement. The report
/// then leaves the statement to the outlet rather than crediting a speaker who said nothing.
///
/// The verbs come from `cues.json`'s `acts` (see `CueLexicon.Acts`), read on the tokens around the cue, so the
/// rules hold on any story.
extension SourceResolver {
    /// Whether an attribution's cue reports a deed rather than words, so that its subject is no speaker (never when
    /// a verb that states a fact of the deed, `acts.statements`, comes before it in the cue: `has denied agreeing
    /// to a truce` is a statement):
    /// - a verb of force (`attack`, `strike`) whose object (its words before a preposition or a comma) opens
    ///   with a plural of, or in at most five words closes on, or in at most three words is followed by `of` and
    ///   a plural of (`a group of villagers`), a lower-case noun for a place, a vehicle or a unit (`targets`:
    ///   `Tarsk gunmen attacked a patrol near the border`, `attacked targets every day`; not `the town council`,
    ///   `the Velmora Post`), or whose content opens with a word for casualties or goes on with a comma and one
    ///   (`attacks killed two`, `attacked the quay, killing two`; not `the fire that killed three`), and no
    ///   quotation, `as` or opening `that` (not `Kovac attacked the senator for his vote`, nor `attacked the plan
    ///   as reckless`);
    /// - a verb with the particle that makes it a motion right after it (`the fever showed up at a clinic`);
    /// - a verb with the object noun that makes an idiom of a deed among the content's first three words (`the
    ///   blast claimed the lives of six`, `claimed 30 lives`);
    /// - a verb of thought with `about` or `of` right after it, in the cue or after it (`the reporter who knew
    ///   about the raid`): a topic, not a proposition;
    /// - a verb that reports words only with a clause after it (`acts.clausal`: `agree`, `show`, `add`, ...)
    ///   followed by no clause (see `takesNoClause`): `agreed a truce`, `showed reporters the quay`, `asked for help`
    ///   (not when the tagger took the preposition into the cue, `asked for`, `agreed with`, which stays a cue);
    ///   not when the subject names a message (`the survey shows a small gap`, `a poll found Kovac with a
    ///   lead`): what a poll or a report shows is its finding.
    func cueIsAnAct(_ cue: Role, content: Role, mention: Role? = nil, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let cueTokens = SourceResolver.tokenRange(of: cue.extent, analysis: analysis)
        guard let verb = cueTokens.last(where: { tokens[$0].kind == .word }) else { return false }
        let word = tokens[verb].folded
        let acts = self.acts
        // A verb that states a fact of a deed in `-ing` before it in the cue says something of the deed (`has
        // denied agreeing to`, `admitted firing`): the subject speaks. (`proposed building` proposes the deed.)
        if cueTokens.lowerBound < verb, word.hasSuffix("ing"),
            (cueTokens.lowerBound..<verb).contains(where: {
                acts.statements.contains(tokens[$0].folded)
            })
        {
            return false
        }
        let next = cueTokens.upperBound < tokens.count ? tokens[cueTokens.upperBound] : nil
        if let lemma = acts.phrasal[word], let next, next.kind == .word, !next.newlineBefore,
            lemma.contains(next.folded)
        {
            return true
        }
        if acts.topics.contains(word), let next, next.kind == .word, ["about", "of"].contains(next.folded) {
            return true
        }
        // The particle taken into the cue (`knew about`).
        if ["about", "of"].contains(word), verb > cueTokens.lowerBound, acts.topics.contains(tokens[verb - 1].folded) {
            return true
        }
        let message = mention.map { namesAMessage($0, analysis: analysis) } ?? false
        if acts.clausal.contains(word), !message,
            takesNoClause(after: cueTokens.upperBound, content: content, analysis: analysis)
        {
            return true
        }
        let contentTokens =
            content.spans.isEmpty
            ? cueTokens.upperBound..<cueTokens.upperBound
            : SourceResolver.tokenRange(of: content.extent, analysis: analysis)
        let contentWords = contentTokens.filter { tokens[$0].isWord }.map { tokens[$0].folded }
        // The idiom's noun, unless a verb follows it: `claimed lives could have been saved` says something.
        if let objects = acts.objects[word],
            let k = contentWords.prefix(3).firstIndex(where: objects.contains),
            k + 1 >= contentWords.count || !SourceResolver.opensClauseVerb(contentWords[k + 1])
        {
            return true
        }
        if acts.force.contains(word) {
            let speech =
                contentTokens.contains { tokens[$0].isQuote || tokens[$0].folded == "as" }
                || contentWords.first == "that"
            // The object: its words before a preposition or a comma (`an army patrol near`), at most five; its
            // head, the last of them, names the target, written in lower case (`the town council` and `the Velmora
            // Post` are no targets).
            let object = Array(
                contentTokens.prefix {
                    tokens[$0].folded != "," && !AttributionExtractor.prepositions.contains(tokens[$0].folded)
                        && tokens[$0].folded != "of"
                })
            func isTarget(_ k: Int) -> Bool {
                let word = tokens[k].folded
                return tokens[k].kind == .word && !tokens[k].isCapitalized
                    && (acts.targets.contains(word) || acts.targets.contains(String(word.dropLast())))
            }
            // The head closes a short object (`a patrol`); a bare plural opens one (`attacked targets every day`;
            // not a modifier, `attacked town officials`).
            let opensPlural = object.first.map { isTarget($0) && tokens[$0].folded.hasSuffix("s") } == true
            // A short quantity before `of` and a plural target right after it (`attacked a group of villagers`;
            // not `the handling of the fire`).
            let afterOf = contentTokens.lowerBound + object.count + 1
            let ofPlural =
                object.count <= 3 && afterOf < contentTokens.upperBound && tokens[afterOf - 1].folded == "of"
                && isTarget(afterOf) && tokens[afterOf].folded.hasSuffix("s")
            let target = opensPlural || ofPlural || (object.count <= 5 && object.last.map(isTarget) == true)
            // Casualties of the deed itself: a comma, then a casualty word (`attacked the quay, killing two`), or
            // the deed's own verb (`attacks killed two`), not one inside a clause of the object (`the fire that
            // killed three`).
            let casualties = contentTokens.indices.contains { i in
                let k = contentTokens[i]
                guard acts.casualties.contains(tokens[k].folded) else { return false }
                return i == contentTokens.startIndex || tokens[k - 1].folded == ","
            }
            return !speech && (target || casualties)
        }
        return false
    }

    /// Whether the words right after a cue open no clause, so that a verb of `acts.clausal` there is a deed: the
    /// first token after the cue is a word or a number on the cue's line (so `"...," Kovac added.` is no deed: its content
    /// stands before the cue), the content does not start before the cue, and none of the words up to the first
    /// comma, semicolon, full stop, parenthesis or line break (at most `clauseWindow`) is a sign of a clause or a
    /// quotation: a quotation mark or a colon, `that`, `if` or `whether`, a wh-word not followed by `to` (`asked
    /// why the ferry sank`, not `showed Kovac how to sail`), an auxiliary or a modal (`showed the ferry was
    /// late`), a subject pronoun (`added he would stay`), a cue verb (`added the mayor said`), a participle in
    /// `-ing` after a word that is no determiner nor preposition (`showed voters shifting`), a finite verb after
    /// the object's first word or after a name (`added the ferry sank`), a quotation right after the comma that
    /// ends the scan (`asked the crowd, "..."`), or `to` and a verb after an object (`asked the navy to help`: a
    /// request; not when the verb's first word is `to`); nor is a sentence that ends in a question mark. So `agreed
    /// a truce`, `agreed to build a wall`, `showed reporters the quay`, `asked for help` and `didn't mention Kovac`
    /// are deeds; `agreed that`, `added: "..."` and `knew it was false` report words.
    func takesNoClause(after cueEnd: Int, content: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard cueEnd < tokens.count, [.word, .number].contains(tokens[cueEnd].kind), !tokens[cueEnd].newlineBefore
        else {
            return false
        }
        if let start = content.spans.first?.start, start < tokens[cueEnd].span.start { return false }
        // A question (`asked him, if the pier shut, who would pay?`) reports words.
        var end = cueEnd
        while end < min(tokens.count, cueEnd + 4 * SourceResolver.clauseWindow), tokens[end].folded != ".",
            end == cueEnd || !tokens[end].newlineBefore
        {
            if tokens[end].folded == "?" { return false }
            end += 1
        }
        var k = cueEnd
        var words = 0
        while k < tokens.count, words < SourceResolver.clauseWindow {
            let token = tokens[k]
            if k > cueEnd, token.newlineBefore { break }
            if token.isQuote || token.kind == .openingQuote || token.folded == ":" { return false }
            if [",", ";", ".", "(", "\u{2014}", "--"].contains(token.folded) {
                // `asked the crowd, "Can she stay?"`: a quotation after the comma is what was said.
                if token.folded == ",", k + 1 < tokens.count,
                    tokens[k + 1].isQuote || tokens[k + 1].kind == .openingQuote
                {
                    return false
                }
                break
            }
            if token.kind == .word {
                let word = token.folded
                let next = k + 1 < tokens.count ? tokens[k + 1].folded : ""
                if SourceResolver.clauseOpeners.contains(word) { return false }
                if SourceResolver.whWords.contains(word), next != "to" { return false }
                // An object, then `to` and a verb: what the object is asked or told to do (`asked the navy to
                // help`), a report of words. Not after `to` right after the verb (`agreed to form a force to
                // guard the port`: the purpose of the deed), after a wh-word (`how to`), nor before a determiner, a
                // number or a name (`adding a dimension to the race`).
                if word == "to", k > cueEnd, tokens[cueEnd].folded != "to",
                    !SourceResolver.whWords.contains(tokens[k - 1].folded),
                    k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized,
                    !AttributionExtractor.determiners.contains(next)
                {
                    return false
                }
                if SourceResolver.opensClauseVerb(word) && !["not", "never", "also", "n't"].contains(word) {
                    return false
                }
                if SourceResolver.subjectPronouns.contains(word) || cueWords.cueForms.contains(word) {
                    return false
                }
                // A finite verb after the object's first word, or after a name, opens a clause with no `that`
                // (`added the ferry sank`, `knew Marek lied`, `added Tarsk needs a harbour master`): an irregular past
                // form, a form in `-ed`, or after a name a form in `-s`; not after a determiner or a preposition
                // (`showed the damaged homes`), nor as the word right after the verb's object (`showed reporters
                // damaged homes`).
                if k - 1 >= cueEnd, !token.isCapitalized, tokens[k - 1].kind == .word,
                    k - 1 > cueEnd || tokens[k - 1].isCapitalized
                {
                    let previous = tokens[k - 1].folded
                    let afterArticle =
                        AttributionExtractor.determiners.contains(previous)
                        || AttributionExtractor.prepositions.contains(previous) || ["of", "to"].contains(previous)
                    if !afterArticle && (cueWords.pastForms.contains(word) || word.hasSuffix("ed")) {
                        return false
                    }
                    if word.hasSuffix("s"), !word.hasSuffix("ss"), tokens[k - 1].isCapitalized { return false }
                }
                // An object and a participle in `-ing` (`shows voters shifting to the left`): a small clause.
                if k > cueEnd, word.hasSuffix("ing"), !token.isCapitalized, tokens[k - 1].kind == .word,
                    !AttributionExtractor.determiners.contains(tokens[k - 1].folded),
                    !AttributionExtractor.prepositions.contains(tokens[k - 1].folded), tokens[k - 1].folded != "of"
                {
                    return false
                }
                words += 1
            }
            k += 1
        }
        return true
    }

    /// Whether a one-word cue is no verb by its neighbours, so its attribution credits no one: after an article,
    /// a possessive determiner or a preposition on its line, a cue word ending in `-ed` is a participle used as
    /// a modifier (`talks with supposed envoys of the group`, `the alleged plot`, `his reported remarks`), never
    /// a verb with a subject (a gerund, `after saying`, a noun, `in a statement`, and a verb after `to` are not
    /// taken); and a message noun or a participle in `-ed` right before `is`, `was`, `are` or `were` is (or
    /// qualifies) the subject of that verb (`the Velmoran report was not credible`, `whether the diver described
    /// was Kovac`), not a report made by the words before it; not before a capitalised word (`condemned IS`), nor
    /// a participle whose mention is a pronoun or follows a relative word (`a class that he argued was failing`:
    /// the mention argues what the relative stands for).
    func cueIsNoVerb(_ cue: Role, mention: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let cueTokens = SourceResolver.tokenRange(of: cue.extent, analysis: analysis)
        guard cueTokens.count == 1, let verb = cueTokens.first, tokens[verb].kind == .word else { return false }
        let word = tokens[verb].folded
        if verb > 0, !tokens[verb].newlineBefore, word.hasSuffix("ed"),
            SourceResolver.modifierOpeners.contains(tokens[verb - 1].folded)
        {
            return true
        }
        if verb + 1 < tokens.count, !tokens[verb + 1].newlineBefore,
            cueWords.messageNouns.contains(word)
                || (word.hasSuffix("ed") && !subjectOfRelative(mention, analysis: analysis)
                    && !namesSomeone(mention, analysis: analysis)),
            !tokens[verb + 1].isCapitalized, ["is", "was", "are", "were"].contains(tokens[verb + 1].folded)
        {
            return true
        }
        return false
    }

    /// Whether a mention is written with a capital (`The reform Ivo Marek insisted was necessary`: a relative clause
    /// with no `that`, whose verb reports).
    func namesSomeone(_ mention: Role, analysis: TextAnalysis) -> Bool {
        SourceResolver.tokenRange(of: mention.extent, analysis: analysis).contains {
            analysis.tokens[$0].isCapitalized
        }
    }

    /// Whether a mention is a pronoun or stands right after `that`, `which`, `what`, `who` or `whom`: the subject
    /// of a relative clause whose verb reports (`the plan that Kovac argued was failing`).
    func subjectOfRelative(_ mention: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let range = SourceResolver.tokenRange(of: mention.extent, analysis: analysis)
        if range.count == 1, AttributionExtractor.pronouns.contains(tokens[range.lowerBound].folded) { return true }
        guard range.lowerBound > 0 else { return false }
        return ["that", "which", "what", "who", "whom"].contains(tokens[range.lowerBound - 1].folded)
    }

    /// Articles, possessive determiners and prepositions after which a cue word is a modifier or a noun
    /// (`the alleged`, `his reported`, `with supposed`): not `to`, nor demonstratives (`the report that claimed`).
    static let modifierOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "in", "at", "on", "during", "after",
        "before", "from", "via", "through", "with", "by", "over", "for", "about", "upon", "near", "of",
    ]

    /// Whether a mention holds a message noun in lower case, singular or plural (`a new national poll`, `the
    /// survey by the board`): a finding is what such a subject reports.
    func namesAMessage(_ mention: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        return SourceResolver.tokenRange(of: mention.extent, analysis: analysis).contains { k in
            let word = tokens[k].folded
            return tokens[k].kind == .word && !tokens[k].isCapitalized
                && (cueWords.messageNouns.contains(word)
                    || (word.hasSuffix("s") && cueWords.messageNouns.contains(String(word.dropLast()))))
        }
    }

    /// Words that open a clause said or asked: `agreed that`, `asked if`, `asked whether`.
    static let clauseOpeners: Set<String> = ["that", "if", "whether"]
    /// How many words after a clausal cue are read for a sign of a clause (`to` and a verb after a long object:
    /// `asked the owners of the three ferries still docked in the port to move them`).
    static let clauseWindow = 16
    /// Wh-words, which open a clause unless `to` follows (`how to`).
    static let whWords: Set<String> = ["what", "who", "whom", "whose", "which", "when", "where", "why", "how"]
    /// Pronouns that can only be a subject: one right after the verb opens a clause (`added he would stay`).
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i"]

    /// Whether a word is an auxiliary or a modal that makes the words before it a clause's subject (`lives could
    /// have been saved`): the grammar's auxiliaries, less `to` and `'s`.
    static func opensClauseVerb(_ word: String) -> Bool {
        AttributionExtractor.auxiliaries.contains(word) && word != "to" && word != "'s"
    }

    /// Whether a participle of report right after the mention opens a passive infinitive (`a woman believed to
    /// be his wife`, `the actors reported to be in contention`, `four men found to have ties`): the mention is
    /// what is believed or reported, and whoever believes or reports is not named. Only with `to be` or `to have`
    /// after the participle, so `claimed to be` (active: the subject claims) is not one.
    func opensPassiveInfinitive(_ mention: Role, cue: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let cueTokens = SourceResolver.tokenRange(of: cue.extent, analysis: analysis)
        guard let verb = cueTokens.last, cueTokens.count == 1, mention.extent.end <= cue.extent.start,
            verb + 2 < tokens.count, SourceResolver.passiveInfinitiveParticiples.contains(tokens[verb].folded),
            tokens[verb + 1].folded == "to", ["be", "have"].contains(tokens[verb + 2].folded)
        else { return false }
        return true
    }

    /// Participles of report whose passive infinitive (`believed to be`) leaves the reporter unnamed.
    static let passiveInfinitiveParticiples: Set<String> = SourceResolver.passiveReports.subtracting(["claimed"])
        .union(["found", "shown", "seen", "deemed", "described"])

    /// Whether a mention is the name a naming verb just before it gives (`a village called Tarsk`, `a show named
    /// Harbour Hour`): the object of `called`, `named` or `dubbed`, never its speaker; likewise whom a verb of
    /// telling right before the mention addresses (`Ivo Marek, a diver, told Velmora Radio: "..."`; after a comma
    /// only `tell` itself, since `the dam may burst, warned Ivo Marek` is an inversion). Not when a
    /// quotation closed on its punctuation, or one and a comma, stands right before the verb (`"Come in," called Kovac`, `"...,"
    /// warned Lena Kovac`), where the name after it is the speaker's.
    func isNameGiven(_ mention: Role, cue: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let cueTokens = SourceResolver.tokenRange(of: cue.extent, analysis: analysis)
        let first = analysis.tokenIndex(atOrAfter: mention.extent.start)
        guard cueTokens.upperBound == first, first < tokens.count, let verb = cueTokens.last else { return false }
        // `"Come in," called Kovac`: after a quotation closed on its punctuation, the name after the verb is the
        // speaker's (not after `a town in "the north" called Tarsk`).
        if let before = cueTokens.first.map({ $0 - 1 }), before > 0,
            (tokens[before].isQuote && tokens[before - 1].kind == .punctuation)
                || (tokens[before].folded == "," && tokens[before - 1].isQuote)
        {
            return false
        }
        // `Ivo Marek told Velmora Radio: "..."`: whom a verb of telling addresses hears; the subject speaks. (Not
        // after a comma but with `tell` itself: `the dam may burst, warned Ivo Marek` is an inversion.)
        if SourceResolver.tellForms.contains(tokens[verb].folded) {
            let comma = cueTokens.first.map { $0 > 0 && tokens[$0 - 1].folded == "," } ?? false
            return !comma || ["tell", "tells", "told", "telling"].contains(tokens[verb].folded)
        }
        guard SourceResolver.namingVerbs.contains(tokens[verb].folded) else { return false }
        return tokens[first].isCapitalized || tokens[first].isQuote
            || (tokens[first].folded == "the" && first + 1 < tokens.count && tokens[first + 1].isCapitalized)
    }

    /// Whether a naming verb after its subject gives a name and nothing more (`a group called the Harbour Watch,
    /// which ...`, `an app called Tarsk at the time`): after the verb, a name (capitalised words, an optional
    /// `the`, or a quotation) that no complement follows: after it, the end of the line, a punctuation mark or a
    /// function word. A complement, a determiner, a quotation
    /// or a lowercase content word after the name (`called Kovac a liar`, `called Kovac "reckless"`, `called Kovac
    /// reckless`), or a possessive (`called Kovac's plan a sham`) makes the verb one of saying.
    func namesWithoutComplement(after cueEnd: Int, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        var k = cueEnd
        guard k < tokens.count else { return false }
        if tokens[k].folded == "the", k + 1 < tokens.count, tokens[k + 1].isCapitalized { k += 1 }
        if tokens[k].kind == .openingQuote || tokens[k].isQuote {
            k += 1
            while k < tokens.count, !tokens[k].isQuote, k - cueEnd < 20 { k += 1 }
            guard k < tokens.count, tokens[k].isQuote else { return false }
            k += 1
        } else {
            guard tokens[k].isCapitalized else { return false }
            // The name's words, with `of`, `the`, `and` and the dot of an initial or a two-letter title between
            // capitals (`Brigade of the Harbour`, `Mr. Dorn`, `Ivo J. Marek`; not `Velmora Aid. At`).
            while k < tokens.count, !tokens[k].newlineBefore || k == cueEnd,
                tokens[k].isCapitalized
                    || (["of", "the", "and", "-"].contains(tokens[k].folded) && k + 1 < tokens.count
                        && tokens[k + 1].isCapitalized && !tokens[k + 1].newlineBefore)
                    || (tokens[k].folded == "." && k > cueEnd && tokens[k - 1].folded.count <= 2
                        && k + 1 < tokens.count && tokens[k + 1].isCapitalized && !tokens[k + 1].newlineBefore)
            {
                k += 1
            }
        }
        guard k < tokens.count, !tokens[k].newlineBefore else { return true }
        let next = tokens[k]
        // A possessive or a quotation after the name is the complement's (`called Kovac's plan a sham`, `called
        // Kovac "reckless"`).
        if next.folded == "'s" || next.folded == "\u{2019}s" || next.isQuote || next.folded == "'" { return false }
        if next.kind == .punctuation { return true }
        guard next.kind == .word else { return false }
        if AttributionExtractor.determiners.contains(next.folded) { return false }
        return AttributionExtractor.closedClass.contains(next.folded)
    }

    /// The tokens lying wholly inside a span.
    static func tokenRange(of span: TextSpan, analysis: TextAnalysis) -> Range<Int> {
        let tokens = analysis.tokens
        let first = analysis.tokenIndex(atOrAfter: span.start)
        var end = first
        while end < tokens.count, tokens[end].span.end <= span.end { end += 1 }
        return first..<max(first, end)
    }

    /// Verbs that give a name to what precedes them.
    static let namingVerbs: Set<String> = ["called", "named", "dubbed", "nicknamed", "titled", "entitled"]

    /// Every form of a lexicon entry `base|form|...`, folded: the base's regular inflections and the forms listed.
    static func forms(of entry: String) -> [String] {
        let listed = entry.split(separator: "|").map { String($0).folded }
        guard let base = listed.first else { return [] }
        return CueIndex.inflections(of: base) + listed.dropFirst()
    }

    /// `cues.json`'s acts, each verb's forms expanded (regular inflections and the forms `a|b` lists).
    struct ActWords {
        /// A form of a verb of force.
        var force: Set<String> = []
        /// The nouns a verb of force strikes as a deed, and the words for casualties.
        var targets: Set<String> = []
        var casualties: Set<String> = []
        /// A form of a phrasal verb, with the particles that make it a motion.
        var phrasal: [String: Set<String>] = [:]
        /// A form of a verb, with the object nouns that make it a deed.
        var objects: [String: Set<String>] = [:]
        /// A form of a verb of thought that takes a topic after `about` or `of`.
        var topics: Set<String> = []
        /// A form of a verb that reports words only with a clause, a quotation or a colon after it.
        var clausal: Set<String> = []
        /// A form of a verb that states a fact of a deed in `-ing` after it (`denied agreeing`).
        var statements: Set<String> = []

        init(_ acts: CueLexicon.Acts) {
            let forms = SourceResolver.forms(of:)
            force = Set(acts.force.flatMap(forms))
            targets = Set(acts.targets.map(\.folded))
            casualties = Set(acts.casualties.map(\.folded))
            topics = Set(acts.topics.flatMap(forms))
            clausal = Set(acts.clausal.flatMap(forms))
            statements = Set(acts.statements.flatMap(forms))
            for entry in acts.phrasal {
                let parts = entry.split(separator: " ").map(String.init)
                guard parts.count == 2 else { continue }
                for form in forms(parts[0]) { phrasal[form, default: []].insert(parts[1].folded) }
            }
            for entry in acts.objects {
                let parts = entry.split(separator: " ").map(String.init)
                guard parts.count == 2 else { continue }
                for form in forms(parts[0]) { objects[form, default: []].insert(parts[1].folded) }
            }
        }
    }

}
