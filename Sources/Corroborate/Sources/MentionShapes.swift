/// What a mention's shape says about who speaks: a document gives way to whoever issued it (`Anton Dorn's Facebook
/// page` is Anton Dorn, `a statement from the ministry` the ministry); a person named with a description beside
/// the name (`Ilse Brandt, head of the union`, `the harbour master, Ilse Brandt`, `Greg Tamsin of the
/// Ferry Workers Association`) is that person, the description kept to give the kind.
extension SourceResolver {
    /// Prepositions after which capitalised words say where someone is or works, not who they are.
    static let placePrepositions: Set<String> = ["of", "from", "in", "at", "with", "for"]
    /// Titles of courtesy, said of a person whatever their office (`Mr.`, `Dr.`).
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof"]
    static let possessivePronouns: [String: String] = [
        "his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we",
    ]
    /// Words before a document noun that say nothing of who issued it.
    static let documentModifiers: Set<String> = [
        "the", "a", "an", "this", "that", "own", "later", "earlier", "latest", "new", "recent", "most", "previous",
        "first", "second", "official", "public", "written", "joint", "brief", "short", "separate", "same",
    ]

    /// The words naming who issued the document a mention names, or nil when it names no document or no issuer:
    /// `X's page`, `his email` (the pronoun), `the VCG update`, `a message from X`, `a page registered to X`,
    /// `X in their statement`.
    /// With `names`, one word before the document, with no determiner, names its issuer also when it is a body's
    /// noun (`Police reports`, `Commission reports`) or a name the article writes inside a sentence (see
    /// `speaksOrIsNamed`).
    func issuer(ofDocument words: [String], names evidence: NameEvidence? = nil) -> String? {
        let folded = words.map(\.folded)
        // A capitalised `Post` or `Update` is a masthead's word, not a document.
        guard
            let d = words.indices.last(where: {
                documentNouns.contains(folded[$0]) && words[$0].unicodeScalars.first?.isUppercaseLetter != true
            })
        else { return nil }
        // The document heads the phrase: it ends it or what follows says who issued it (`Several news sources,
        // including the website X` name no document's issuer).
        // `an article in the Harbour Gazette`: a capitalised name after `in` publishes the document.
        var named = d + 2
        if named < words.count, folded[named] == "the" { named += 1 }
        // Not after a plural report noun when no article opens the name (`reports in Kyiv say`): a place, as
        // likely as a paper.
        let inName =
            named < words.count && folded[d + 1] == "in" && isNameWord(words[named])
            && (folded[named - 1] == "the" || !SourceResolver.isPlural(folded[d]))
        let issuedBy: Set<String> = ["from", "by", "of", "to", "with", "registered", "issued", "released", "posted"]
        guard d == words.count - 1 || issuedBy.contains(folded[d + 1]) || inName,
            !folded[..<d].contains(where: { ["and", "including", "or"].contains($0) })
        else { return nil }
        // After the document: `from X`, `by X`, `of X`, `registered to X`, `with X`.
        // `an analysis of 3,000 meals by the Gazette`: `by` names the author, `of` may name the topic.
        let after = inName ? ["in"] : ["from", "by", "of", "to", "with"]
        if let p = folded[(d + 1)...].firstIndex(of: "by")
            ?? folded[(d + 1)...].firstIndex(where: { after.contains($0) }),
            !(folded[p] == "of" && p + 1 < words.count && words[p + 1].first?.isNumber == true)
        {
            let rest = words[(p + 1)...].drop { SourceResolver.documentModifiers.contains($0.folded) }
            // `reports from the town` name where they come from, not who issued them: words in lower case issue a
            // document only with a noun for someone who speaks (`the ministry`, `local officials`).
            if !rest.isEmpty, canIssue(rest) { return rest.joined(separator: " ") }
        }
        var before = Array(words[..<d])
        // `Velmora Ferries in their statement`: the issuer stands before `in`.
        if let i = before.firstIndex(where: { $0.folded == "in" }), i > 0 {
            return before[..<i].joined(separator: " ")
        }
        // A possessor: `Dorn's`, `his`.
        if let k = before.lastIndex(where: {
            $0.folded.hasSuffix("'s") || SourceResolver.possessivePronouns[$0.folded] != nil
        }) {
            if let pronoun = SourceResolver.possessivePronouns[before[k].folded] { return pronoun }
            before[k] = String(before[k].dropLast(2))
            let owner = before[...k].drop { SourceResolver.documentModifiers.contains($0.folded) }
            return owner.isEmpty ? nil : owner.joined(separator: " ")
        }
        // `the VCG update`, `a foreign ministry statement`: the words before it, when they name someone.
        let owner = Array(before.drop { SourceResolver.documentModifiers.contains($0.folded) })
        // `One Velmora-based website`: a number's capital opens no name.
        guard let first = owner.first, !AttributionExtractor.quantities.contains(first.folded) else { return nil }
        // One capitalised word names someone when written in capitals (`VCG`); `Unverified reports` do not.
        let capitalised = owner.filter { $0.unicodeScalars.first?.isUppercaseLetter == true }
        // `a Gazette report`: one capitalised word after a determiner is a name, unless it says a nation
        // (`Velmoran reports`, `a Dutch study`, `a Greek report`) or a time (`a Monday statement`).
        let time =
            AttributionExtractor.weekdays.contains(first.folded) || CalendarDate.monthNames[first.folded] != nil
        let afterDeterminer =
            owner.count == 1 && before.count > owner.count && capitalised.count == 1 && !time
            && !SourceResolver.isNationality(first.folded)
        let names =
            capitalised.count >= 2 || afterDeterminer
            || (owner.count == 1 && first.unicodeScalars.allSatisfy { !$0.isLowercaseLetter })
            || kind(of: owner.map(\.folded)) != nil || lookup(owner.joined(separator: " ")) != nil
            || (owner.count == 1 && before.count == 1 && !time
                && evidence.map { speaksOrIsNamed(first, names: $0) } == true)
        return names ? owner.joined(separator: " ") : nil
    }

    /// Whether the one word before a document noun, with no determiner (`a Greek study` is read above), may
    /// issue it: a body's noun in any case (`Police`, `Commission`, `court documents`), or a capitalised name the
    /// article writes inside a sentence too (`Brellworks`); never a nation's adjective (`Russian reports`,
    /// `Iraqi reports`) nor a word for where or when (`Local reports`, `media reports` name no one).
    private func speaksOrIsNamed(_ word: String, names: NameEvidence) -> Bool {
        let folded = word.folded
        if demonyms.contains(NameEvidence.bare(folded)) || SourceResolver.isNationAdjective(word)
            || folded.hasSuffix("i")
        {
            return false
        }
        return bodyNouns.contains(folded)
            || (word.unicodeScalars.first?.isUppercaseLetter == true && names.isName(folded))
    }

    /// Whether a capitalised word's ending says a nation or a people (`Velmoran`, `Tarski`, `Brellish`,
    /// `Orvese`) rather than someone who issues a document.
    static func isNationality(_ folded: String) -> Bool {
        ["i", "n", "ese", "ish", "ian", "ch", "sh", "ek", "ss", "ai"].contains { folded.hasSuffix($0) }
    }

    /// The person a mention names beside a description, with the description: `Ilse Brandt, head of
    /// the ... Union`, `the ferry line's skipper, Anton Dorn`, `Greg Tamsin of the ... Association`. Nil when no
    /// name of two or more capitalised words stands apart from the description.
    func namedPerson(in mention: String, words: [String]) -> (person: String, description: String)? {
        if let comma = mention.firstIndex(of: ",") {
            let head = String(mention[..<comma]).trimmingWhitespace()
            let tail = String(mention[mention.index(after: comma)...]).trimmingWhitespace()
            let tailWords = SourceResolver.words(tail)
            let headWords = SourceResolver.words(head)
            if isPersonName(headWords), let first = tailWords.first,
                first.unicodeScalars.first?.isUppercaseLetter != true || describesRole(tail)
            {
                return (head, tail)
            }
            // `Holm, a pilot for the harbour board`: one name word before a role the article gives it.
            if headWords.count == 1, let only = headWords.first, isNameWord(only), !titles.contains(only.folded),
                !isRoleWord(only), !bodyNouns.contains(only.folded), lookup(head) == nil,
                tailWords.first.map({ ["a", "an", "the"].contains($0.folded) }) == true, describesRole(tail)
            {
                return (head, tail)
            }
            if !mention[mention.index(after: comma)...].contains(","), isPersonName(tailWords), !head.isEmpty {
                return (tail, head)
            }
            // `Ida Holm of Tarsk, Velmora`: the place after the comma ends the description after the name.
            return personBeforePreposition(headWords).map { ($0.person, $0.description + ", " + tail) }
        }
        return personBeforePreposition(words)
    }

    /// `Greg Tamsin of the ... Association`, `Mr. Tamsin of Harbourline`: a name just before a preposition (a
    /// courtesy title and one name word will do; not `Velmoran Ministry of`, whose adjective is no courtesy), with
    /// what follows the preposition as its description.
    private func personBeforePreposition(_ words: [String]) -> (person: String, description: String)? {
        guard let p = words.firstIndex(where: { SourceResolver.placePrepositions.contains($0.folded) }), p >= 2
        else { return nil }
        var s = p
        while s > 0 && isNameWord(words[s - 1]) && !titles.contains(words[s - 1].folded) { s -= 1 }
        let courtesy =
            s > 0 && SourceResolver.courtesyTitles.contains(words[s - 1].folded.trimmingPeriods())
        let titled = p - s == 1 && courtesy && !isRoleWord(words[s])
        guard p - s >= 2 && isPersonName(Array(words[s..<p])) || titled, p + 1 < words.count else { return nil }
        return (words[..<p].joined(separator: " "), words[(p + 1)...].joined(separator: " "))
    }

    /// Whether the words after a name's comma describe what the person is rather than name someone else
    /// (`Tarsk Rail's night dispatcher`, `Velmora's ferry warden and board treasurer`): a role word or title
    /// among the first four words, a word in lower case somewhere, and no further speaker named beside this one
    /// (`Mayor Oren Mahl and police chief Dan Roe` is a list of speakers, see `namesAnotherSpeaker`).
    private func describesRole(_ text: String) -> Bool {
        let words = SourceResolver.words(text)
        guard !isPersonName(words), !namesAnotherSpeaker(text),
            words.contains(where: { word in
                word.unicodeScalars.first?.isLowercaseLetter == true && !isNameWord(word)
                    && !["and", "or"].contains(word.folded)
            })
        else { return false }
        return words.prefix(4).contains { word in
            let bare = FrameWord.dropPossessive(word)
            return isRoleWord(bare) || titles.contains(bare.folded)
        }
    }

    /// Whether the words after a name's comma name a further speaker, which makes them a list of speakers and
    /// not a description of the first. The signs read here:
    /// - a title then a full name at their start (`Mayor Oren Mahl ...`);
    /// - after `and`, a full name (two or more name words, no titles) just before the next comma, `and` or
    ///   preposition, or the end (`... and Velmora Mayor Oren Mahl`, `... and Orvik Guild's Lena Vale`), not
    ///   a name run that only qualifies a noun after it (`... and twice Orvik Regatta winner`);
    /// - a later comma's part that is a full name alone (`..., Oren Mahl`).
    ///
    /// A description may name someone or something inside it after a preposition (`an aide to Mayor Oren Mahl`,
    /// `and a director of the Tarsk Rail Board`), which is no further speaker. Other shapes may still slip through.
    private func namesAnotherSpeaker(_ text: String) -> Bool {
        let words = SourceResolver.words(text)
        var j = 0
        while j < words.count,
            titles.contains(words[j].folded) || isRoleWord(words[j]) || bodyNouns.contains(words[j].folded)
        {
            j += 1
        }
        // At the start, a full name counts only after a title (`Velmora Ferry Board treasurer and ...` names no one).
        if j > 0 {
            var k = j
            while k < words.count, isNameWord(words[k]), !titles.contains(words[k].folded) { k += 1 }
            if k - j >= 2 && isPersonName(Array(words[j..<k])) { return true }
        }
        let parts = text.split(separator: ",").map { SourceResolver.words(String($0)) }
        if parts.dropFirst().contains(where: isPersonName) { return true }
        let stops = SourceResolver.placePrepositions.union(["to", "and", "or"])
        return parts.contains { part in
            part.indices.contains { a in
                guard part[a].folded == "and" else { return false }
                let end = part[(a + 1)...].firstIndex { stops.contains($0.folded) } ?? part.endIndex
                var start = end
                while start > a + 1, isNameWord(part[start - 1]), !titles.contains(part[start - 1].folded) {
                    start -= 1
                }
                return end - start >= 2 && isPersonName(Array(part[start..<end]))
            }
        }
    }

    /// The person or body a mention names before a description holding a registry entry, when the name alone is
    /// no registry entry: `Ivo Kovac, a former envoy to the Union` is Ivo Kovac, `the Velmoran embassy in
    /// Tarsk` the embassy (without its place as a description). Nil when the registry entry is the speaker's own
    /// name. `registered` is whether `lookup(mention)` finds a registry entry in the mention, which the caller
    /// has asked already.
    func speakerBeforeDescription(
        _ mention: String, words: [String], registered: Bool
    ) -> (name: String, description: String?)? {
        guard registered else { return nil }
        if mention.containsText(","), let (person, description) = namedPerson(in: mention, words: words),
            lookup(person) == nil, !person.contains(",")
        {
            return (person, description)
        }
        let folded = words.map(\.folded)
        if let p = folded.firstIndex(where: { ["in", "at"].contains($0) }), p >= 2, bodyNouns.contains(folded[p - 1]),
            case let name = words[..<p].joined(separator: " "), lookup(name) == nil
        {
            // The place says where the body is, not what it is.
            return (name, nil)
        }
        return nil
    }

    /// Whether a one-word alias of a country or a capital opens a longer name (`the Velmora Glassworks`,
    /// `staff of the Velmora Tile Museum`): a capitalised word after it that is no title, role word (a plural one
    /// included when it ends the capitalised words, so title case reads as lower case: `Velmora Officials`,
    /// `Velmora Sources`, but `the Velmora Welders Union` is the union), verb of saying, weekday or month makes
    /// the place part of another body's name, not the government speaking. A weekday or month dates what the
    /// government said (`Velmora Tuesday rejected ...`, wire style).
    func opensLongerName(_ alias: Alias, at i: Int, in raw: [String]) -> Bool {
        guard alias.words.count == 1, alias.entry.kind == .government, i + 1 < raw.count else { return false }
        let next = raw[i + 1]
        let date = AttributionExtractor.weekdays.contains(next.folded) || CalendarDate.monthNames[next.folded] != nil
        // A wire-style weekday after the plural ends the name (`Moscow Officials Tuesday said`); a month may be a
        // word of it (`May Day`).
        let runGoesOn =
            i + 2 < raw.count && raw[i + 2].unicodeScalars.first?.isUppercaseLetter == true
            && !AttributionExtractor.weekdays.contains(raw[i + 2].folded)
        return next.unicodeScalars.first?.isUppercaseLetter == true && !titles.contains(next.folded)
            && !isRoleWord(next) && (runGoesOn || !isPluralRoleWord(next))
            && !cueWords.cueForms.contains(next.folded) && !next.hasSuffix("'s") && !date
    }

    /// Whether words after a document noun's `from`, `by` or `of` may name its issuer: a capitalised word, a
    /// number, or a noun for someone who speaks or a kind of source (`the ministry`, `officials`, `state media`).
    func canIssue(_ words: ArraySlice<String>) -> Bool {
        if words.contains(where: { word in
            word.unicodeScalars.contains { $0.isUppercaseLetter || ("0"..."9").contains($0) }
                || !word.unicodeScalars.contains(where: \.isLowercaseLetter)
        }) {
            return true
        }
        let folded = words.map(\.folded)
        // `the statement by the two`: the people counted before.
        return kind(of: folded) != nil || folded.contains(where: AttributionExtractor.quantities.contains)
            || folded.contains { word in
                let singular = SourceResolver.isPlural(word) ? String(word.dropLast()) : word
                // Not the speaker nouns for a place (`the town said`): after `from`, a place is where it comes from.
                return [word, singular].contains { noun in
                    AttributionExtractor.speakingNouns.contains(noun)
                        || AttributionExtractor.registryNouns.contains(noun)
                        || SourceResolver.anonymousNouns.contains(noun) || isRoleWord(noun) || bodyNouns.contains(noun)
                }
                    || isPluralRoleWord(word) || SourceResolver.collectiveNouns.contains(word)
            }
    }

    /// Whether an alias matched in a mention is only part of another name there: an outlet's name followed by
    /// `of` and a capitalised word (`The Times of India`, `the Post of Tarsk`), or an abbreviation ending the
    /// mention right after a capitalised word that is no title, determiner or role word (`Metro UK`, `Harbour
    /// Radio AP`: a masthead's last word, not the country or agency; `The UK`, `Former UK officials` are kept).
    func isInsideAnotherName(_ alias: Alias, at i: Int, in raw: [String]) -> Bool {
        let end = i + alias.words.count
        if alias.entry.kind == .media, end + 1 < raw.count, raw[end].folded == "of",
            raw[end + 1].unicodeScalars.first?.isUppercaseLetter == true
        {
            return true
        }
        guard alias.caseSensitive, i > 0, end == raw.count else { return false }
        let before = raw[i - 1]
        let word = before.folded
        // A nation's adjective describes the abbreviation's body (`French AFP`, `Turkish NTV`), names no other.
        return before.unicodeScalars.first?.isUppercaseLetter == true && !titles.contains(word) && !isRoleWord(before)
            && !SourceResolver.isNationality(word) && !demonyms.contains(NameEvidence.bare(word))
            && !AttributionExtractor.determiners.contains(word) && !AttributionExtractor.quantifiers.contains(word)
            && !before.hasSuffix("'s")
            && !cueWords.cueForms.contains(word)
    }

    /// Whether every word the registry writes with a capital in an alias is capitalised in the mention (a short
    /// abbreviation is matched as written anyway).
    func capitalsMatch(_ alias: Alias, at i: Int, in raw: [String]) -> Bool {
        guard !alias.caseSensitive else { return true }
        for (k, capital) in alias.capitals.enumerated() where capital {
            guard i + k < raw.count, raw[i + k].unicodeScalars.first?.isUppercaseLetter == true else { return false }
        }
        return true
    }

    /// Whether a word is the plural of a role word (`officials`, `residents`, `deputies`, `firemen`) or an unnamed
    /// source's noun (`sources`).
    func isPluralRoleWord(_ word: String) -> Bool {
        let folded = word.folded
        guard folded.count > 3, SourceResolver.isPlural(folded) else { return false }
        if SourceResolver.anonymousNouns.contains(folded) { return true }
        let singulars =
            folded.hasSuffix("men")
            ? [String(folded.dropLast(3)) + "man"]
            : folded.hasSuffix("ies")
                ? [String(folded.dropLast(3)) + "y"] : [String(folded.dropLast()), String(folded.dropLast(2))]
        return singulars.contains(where: isRoleWord)
    }

    /// Two or more name words, not a body's name (`Human Rights Council`) nor a title alone (`Prime Minister`).
    func isPersonName(_ words: [String]) -> Bool {
        words.count >= 2 && words.count <= 5 && words.allSatisfy(isNameWord)
            && !bodyNouns.contains(words.last!.folded) && !titles.contains(words.last!.folded)
            && !AttributionExtractor.determiners.contains(words[0].folded)
            && !(descriptorsOrKinds(words))
    }

    private func descriptorsOrKinds(_ words: [String]) -> Bool {
        kind(of: words.map(\.folded)) != nil && words.count <= 2
    }

    /// The name written after a noun for what a body is (`the blog Quay Notes`, `Velmoran newspaper Al-Tarsk`,
    /// `a shipping company Harbourline`) or after a `-based` word (`Velmora-based Harbourline`): the capitalised
    /// words that end the mention, or nil when none do or they are only titles and role words (`the police
    /// Chief`). The type nouns are the sources file's descriptors and body nouns, written in lower case.
    func nameAfterType(_ words: [String]) -> String? {
        guard
            let k = words.lastIndex(where: { word in
                SourceResolver.isBasedAdjective(word)
                    || (word.unicodeScalars.first?.isLowercaseLetter == true
                        && (descriptors.contains(word.folded) || bodyNouns.contains(word.folded)))
            }), k + 1 < words.count
        else { return nil }
        let name = words[(k + 1)...]
        guard name.allSatisfy({ $0.unicodeScalars.contains(where: \.isUppercaseLetter) }),
            !name.allSatisfy({ titles.contains($0.folded) || isRoleWord($0) })
        else { return nil }
        return name.joined(separator: " ").replacingApostrophes()
    }

    /// Whether a word says where something is based (`Velmora-based`): an adjective, never a name's word.
    static func isBasedAdjective(_ word: String) -> Bool {
        word.folded.hasSuffix("-based")
    }

    /// Whether a word is a role word (`CEO`, `Sgt.`, `co-founder`): a noun for what a person is or does, from the
    /// sources file's role words and the last words of its titles.
    func isRoleWord(_ word: String) -> Bool {
        let folded = word.folded.trimmingPeriods()
        // A role of two letters is an abbreviation written in capitals (`DA`, `MP`); `Da` is a name's particle.
        let bare = word.trimmingPeriods()
        if bare.count == 2, bare != bare.uppercased(), bare != bare.lowercased() { return false }
        if roleWords.contains(folded) || noPeople.roleNouns.contains(folded) { return true }
        // `co-founder`, `ex-minister`: the role is the hyphenated word's last part.
        if let dash = folded.lastIndex(of: "-") {
            return roleWords.contains(String(folded[folded.index(after: dash)...]))
        }
        return false
    }

    /// Whether a capitalised word before `count` name words ends a description rather than opening the name:
    /// a role word before two name words (`Sophomore Ida Holm`, `Harbour CEO Ida Holm`), or before one when the
    /// article also writes the role word in lower case (`Presenter Ida` with `the presenter` elsewhere), so a given
    /// name that is also a noun keeps its place.
    func endsDescription(_ word: String, before count: Int, names: NameEvidence) -> Bool {
        guard count >= 1, isRoleWord(word) else { return false }
        return count >= 2 || names.isWrittenLowercase(word.folded.trimmingPeriods())
    }

    /// A word of a person's name: capitalised, or a particle such as `al-Hasaynah`, `bin`, `de`.
    func isNameWord(_ word: String) -> Bool {
        if word.unicodeScalars.first?.isUppercaseLetter == true { return !word.hasSuffix("'s") }
        let folded = word.folded
        return ["al", "bin", "ibn", "de", "van", "von", "da", "el"].contains(folded) || folded.hasPrefix("al-")
            || folded.hasPrefix("el-")
    }
}
