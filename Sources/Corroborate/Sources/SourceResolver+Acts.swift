/// Cues read as deeds or as names given, not as acts of saying: the tagger marks `attacked`, `showed`, `knew` or
/// `called` wherever they stand, but `Tarsk gunmen attacked a patrol`, `the fever showed up at a clinic`, `she knew
/// about the raid` and `an aid agency called Velmora Relief` credit their subject with no statement. The report
/// then leaves the statement to the outlet rather than crediting a speaker who said nothing.
///
/// The verbs come from `cues.json`'s `acts` (see `CueLexicon.Acts`), read on the tokens around the cue, so the
/// rules hold on any story.
extension SourceResolver {
    /// Whether an attribution's cue reports a deed rather than words, so that its subject is no speaker:
    /// - a verb of force (`attack`, `strike`) whose object (its words before a preposition or a comma) opens
    ///   with a plural of, or in at most five words closes on, a lower-case noun for a place, a vehicle or a unit (`targets`:
    ///   `Tarsk gunmen attacked a patrol near the border`, `attacked targets every day`; not `the town council`,
    ///   `the Velmora Post`), or whose content opens with a word for casualties or goes on with a comma and one
    ///   (`attacks killed two`, `attacked the quay, killing two`; not `the fire that killed three`), and no
    ///   quotation, `as` or opening `that` (not `Kovac attacked the senator for his vote`, nor `attacked the plan
    ///   as reckless`);
    /// - a verb with the particle that makes it a motion right after it (`the fever showed up at a clinic`);
    /// - a verb with the object noun that makes an idiom of a deed among the content's first three words (`the
    ///   blast claimed the lives of six`, `claimed 30 lives`);
    /// - a verb of thought with `about` or `of` right after it, in the cue or after it (`the reporter who knew
    ///   about the raid`): a topic, not a proposition.
    func cueIsAnAct(_ cue: Role, content: Role, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        let cueTokens = SourceResolver.tokenRange(of: cue.extent, analysis: analysis)
        guard let verb = cueTokens.last(where: { tokens[$0].kind == .word }) else { return false }
        let word = tokens[verb].folded
        let acts = SourceResolver.actWords
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
            let target = opensPlural || (object.count <= 5 && object.last.map(isTarget) == true)
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

        init(_ acts: CueLexicon.Acts) {
            func forms(_ entry: String) -> [String] {
                let listed = entry.split(separator: "|").map { String($0).folded }
                guard let base = listed.first else { return [] }
                return CueIndex.inflections(of: base) + listed.dropFirst()
            }
            force = Set(acts.force.flatMap(forms))
            targets = Set(acts.targets.map(\.folded))
            casualties = Set(acts.casualties.map(\.folded))
            topics = Set(acts.topics.flatMap(forms))
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

    static let actWords = ActWords(Knowledge.builtIn.cues.acts)
}
