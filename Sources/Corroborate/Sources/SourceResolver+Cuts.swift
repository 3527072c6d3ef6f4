/// Mentions cut from a longer phrase, which name no speaker however they resolve: the tagger may stop a source
/// short of its noun (`American` of `American sources`), take the object of a preposition for the subject of the
/// clause after it (`Tarsk` of `a trip to Tarsk said doctors found`), or start it at a noun the clause before
/// governs (`a claim the ministry said was false`). The statement then stays the outlet's own rather than going
/// to a place, an adjective or a fragment.
///
/// Read on the tokens around the mention with the grammar word classes and the sources file's nouns, so the rules
/// hold on any story.
extension SourceResolver {
    /// Whether a mention, whose tokens are `first..<end` and whose words are `words`, is cut from a longer phrase:
    /// - **a modifier without its noun**: its last word is capitalised and, before the cue and on the same line,
    ///   lowercase words follow it at once, within three of which stands a noun for someone who speaks (a speaking,
    ///   role, body or speaker noun: `American sources in Tarsk gave`, `A Velmoran government spokesman told`,
    ///   `The Tarsk news site`), or the first of which is a noun-like word (no verb form, adverb or function word)
    ///   that the cue does not follow at once (`Another Velmoran citizen, Ivo Marek, says`, `Tarsk state prosecutor
    ///   Lena Kovac`);
    /// - **the object of a preposition**: a preposition of place, direction or topic stands right before it, in
    ///   the same line, and the cue comes after it (`a trip to Tarsk said doctors found`, `sailed close past Tarsk,
    ///   Ivo Marek told`); not `by`, `of`, `from`, `for`, `with`, nor a share's `about`, `over`, `under`, `around`
    ///   (`About 40 percent said`), which may open or join a speaker; nor a mention that possesses or modifies a
    ///   noun cue right after it (`responded to Kovac's call for`, `in reply to the Velmora pledge`), nor one whose
    ///   appositive is a person's name (`an adviser to the Tarsk Institute, Ivo Marek, said`);
    /// - **a body's name or a title cut before its `of` or `for`**: its last word is a capitalised body noun or
    ///   role word that `of` or `for` and a capitalised word follow at once, before the cue (`A spokeswoman with the
    ///   Department` of `the Department of Transport`, `Regional Director` for Ports Ivo Marek);
    /// - **whom a verb of telling addresses**: a form of `tell`, `inform`, `assure`, `warn`, `remind`, `notify`,
    ///   `brief` or `advise` stands right before it and the cue comes after it (`Ivo Marek told Velmora Radio
    ///   said`): the hearer, not the speaker;
    /// - **a message noun heading a clause's object**: it opens, after at most a determiner, with a lowercase
    ///   noun for a message that is no speaking noun (`claim`, `doubt`, `hope`), followed at once by a capitalised
    ///   word, a determiner and more words, or a lowercase word that is no function word, participle or possessive,
    ///   and it ends in no noun for
    ///   people (`a claim the ministry said was false` taken as `a claim DHS`, `expressed doubt federal agencies
    ///   are revealing`; not two words that end in one for people, `account holders`).
    func isCutMention(
        words: [Int], first: Int, end: Int, cue: Role?, analysis: TextAnalysis
    ) -> Bool {
        let tokens = analysis.tokens
        guard let cue, let head = words.first, let last = words.last, tokens[last].span.end <= cue.extent.start
        else { return false }
        let cueStart = analysis.tokenIndex(atOrAfter: cue.extent.start)
        // A modifier without its noun.
        // (Not inside the complement of a head that stands: `The leader of Tarsk's Islamic` is the leader.)
        let headStands = words.dropLast().contains { k in
            k + 1 < end && tokens[k + 1].folded == "of" && isSpeakerOrPeopleNoun(tokens[k].folded)
        }
        if tokens[last].isCapitalized, !headStands, !X.pronouns.contains(tokens[last].folded),
            !SourceResolver.objectPronouns.contains(tokens[last].folded), end < cueStart, !tokens[end].newlineBefore,
            tokens[end].spaceBefore, tokens[end].kind == .word, !tokens[end].isCapitalized
        {
            var k = end
            while k < cueStart, k - end < 3, tokens[k].kind == .word, !tokens[k].isCapitalized,
                !tokens[k].newlineBefore, !isFunctionWord(tokens[k].folded)
            {
                if isSpeakerOrPeopleNoun(tokens[k].folded) { return true }
                // A verb ends the walk: `Trump rallied supporters` is a clause, not a modifier.
                if isVerbLike(tokens[k].folded) { break }
                if k == end, k + 1 < cueStart, tokens[k + 1].folded == "," { return true }
                k += 1
            }
        }
        // A body's name or a title cut before its `of` or `for` (`A spokeswoman with the Department` of
        // Transport, `Regional Director` for Ports Ivo Marek).
        if tokens[last].isCapitalized, bodyNouns.contains(tokens[last].folded) || isRoleWord(tokens[last].folded),
            end + 1 < cueStart, ["of", "for"].contains(tokens[end].folded), !tokens[end].newlineBefore,
            tokens[end + 1].isCapitalized
        {
            return true
        }
        // Whom a verb of telling addresses (`Ivo Marek told Velmora Radio said` taken as source and cue).
        if first > 0, !tokens[first].newlineBefore, SourceResolver.tellForms.contains(tokens[first - 1].folded) {
            return true
        }
        // The object of a preposition (not the source of `according to`, nor a mention whose appositive is a
        // person's name: `an adviser to the Tarsk Institute, Ivo Marek, said`).
        if first > 0, !tokens[first].newlineBefore, tokens[first - 1].kind == .word,
            SourceResolver.objectPrepositions.contains(tokens[first - 1].folded),
            !(first > 1 && tokens[first - 2].folded == "according"),
            !endsInPersonName(words: words, analysis: analysis),
            !possessesCue(end: end, cueStart: cueStart, analysis: analysis)
        {
            return true
        }
        // A message noun heading a clause's object.
        var noun = head
        if X.determiners.contains(tokens[noun].folded), let second = words.dropFirst().first { noun = second }
        let message = tokens[noun].folded
        if !tokens[noun].isCapitalized, cueWords.messageNouns.contains(message), !isSpeakingWord(message),
            !isSpeakerOrPeopleNoun(message), let after = words.first(where: { $0 > noun }), after == noun + 1,
            !(after == last && isSpeakerOrPeopleNoun(tokens[last].folded))
        {
            let next = tokens[after]
            if next.isCapitalized { return !isTimeWord(next.folded) }
            if X.determiners.contains(next.folded), after < last { return true }
            return !isFunctionWord(next.folded) && !isVerbLike(next.folded) && !next.folded.hasPrefix("'")
                && !next.folded.hasPrefix("\u{2019}")
        }
        return false
    }

    /// A function word, an adverb or a word the lexicon skips between a source and its cue (`also`, `too`,
    /// `himself`): none continues a noun phrase.
    private func isFunctionWord(_ word: String) -> Bool {
        X.closedClass.contains(word) || cueWords.skipWords.contains(word)
            || X.sentenceAdverbs.contains(word) || X.spanAdverbs.contains(word)
            || (word.count > 4 && word.hasSuffix("ly") && !X.lyNouns.contains(word) && !X.lyAdjectives.contains(word))
            || word.hasSuffix("self") || word.hasSuffix("selves") || X.timeWords.contains(word)
            || X.weekdays.contains(word)
    }

    /// A word that may be a verb: an `-ed`, `-ing` or `-s` form, a past, or a form of a cue verb or class.
    private func isVerbLike(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("s") || X.irregularPasts.contains(word)
            || X.pastCueForms.contains(word) || cueWords.cueForms.contains(word)
            || cueWords.cueClassForms.contains(word)
    }

    /// Whether a mention is the possessor or the modifier of a noun cue right after it (`responded to Kovac's
    /// call for`, `in reply to the Velmora pledge`): whoever calls or pledges is then the mention, wherever it
    /// stands.
    private func possessesCue(end: Int, cueStart: Int, analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        var k = end
        if k < cueStart, ["'s", "\u{2019}s", "'", "\u{2019}"].contains(tokens[k].folded) { k += 1 }
        guard k == cueStart, k < tokens.count else { return false }
        let word = tokens[k].folded
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return k > end || cueWords.messageNouns.contains(word) || cueWords.messageNouns.contains(singular)
    }

    /// Whether the part of a mention after its last comma ends in two capitalised words (`..., Ivo Marek`,
    /// `..., former harbour master Ivo Marek`), a person named in apposition.
    private func endsInPersonName(words: [Int], analysis: TextAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard let a = words.first, let b = words.last, let comma = (a...b).last(where: { tokens[$0].folded == "," })
        else { return false }
        let name = words.filter { $0 > comma }.suffix(2)
        return name.count == 2 && name.allSatisfy { tokens[$0].isCapitalized }
    }

    /// A noun for someone who speaks or for people (`spokesman`, `sources`, `government`, `site`, `holders`),
    /// in the singular or the plural.
    private func isSpeakerOrPeopleNoun(_ word: String) -> Bool {
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        for form in [word, singular] {
            if isSpeakingWord(form) || isRoleWord(form) || bodyNouns.contains(form) || X.speakerNouns.contains(form) {
                return true
            }
        }
        return ["ers", "ors", "ist", "ists", "ian", "ians", "ents", "ants", "man", "men"].contains {
            word.hasSuffix($0) && word.count > $0.count + 2
        }
    }

    private typealias X = AttributionExtractor

    /// Prepositions of place, direction or topic, whose object is no subject (see `isCutMention`).
    static let objectPrepositions: Set<String> = [
        "to", "in", "at", "on", "into", "onto", "past", "near", "outside", "inside", "across", "through", "toward",
        "towards", "against", "via", "upon", "beyond", "behind", "within", "throughout", "amid",
    ]

    /// Every form of the verbs of telling, whose object is the hearer (`told`, `informs`, `warning`).
    static let tellForms: Set<String> = Set(AttributionExtractor.tellVerbs.flatMap(CueIndex.inflections(of:)))
        .union(["told"])
}
