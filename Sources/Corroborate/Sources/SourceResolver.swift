/// Gives every source mention a canonical source: registry aliases (longest match), several sources credited
/// together, anonymous sources, pronouns and shorthands (`It`, `he`, `the group`, `the report`) resolved to
/// the entity they stand for, titles stripped from people's names, and a kind from the mention's words.
public struct SourceResolver: Sendable {
    struct Alias: Sendable {
        var words: [String]
        var caseSensitive: Bool
        var entry: SourceRegistry.Entry
        /// `entry.nameWords`, made once here: building the set on every lookup was a tenth of resolving sources.
        var nameWords: Set<String>
        /// For each word, whether the registry writes it with a capital: met in lower case, the alias needs the
        /// article's support (`the Post` is a paper, `the post` on a forum is not).
        var capitals: [Bool] = []
        /// The start of the entry's first capitalised name word (`Syri` of `Syrian state media`, `Washingt` of
        /// `The Washington Post`; see `AliasSupport`).
        var nameStem: String?
        /// `nameStem` when the alias, as matched, needs the article's support to name the entry: a description
        /// any story may use (`state media`, `the regime`), or a capitalised alias met in lower case (`the post`).
        var supportStem: String?
    }

    private let aliasesByFirstWord: [String: [Alias]]
    private let kindWords: [(SourceKind, [[String]])]
    /// `kindWords`' one-word phrases, each with the place in `kindWords` of the first kind that has it, so that
    /// `kind(of:)` looks a mention's words up once instead of comparing them with every phrase.
    private let kindOfWord: [String: Int]
    let titles: Set<String>
    /// The titles and the role nouns together, as a surname alone is read against them (made once, not per mention).
    let titlesAndRoleNouns: Set<String>
    let descriptors: Set<String>
    /// Nouns heading a body's name and nouns for what a source issues (see `SourceRegistry`).
    let bodyNouns: Set<String>
    let documentNouns: Set<String>
    /// Nouns for what a person is or does (`ceo`, `sergeant`, `niece`; see `SourceRegistry.roleWords`).
    let roleWords: Set<String>
    /// The role words stemmed as the comparison stems words, so a plural (`witnesses`) finds its role.
    let roleStems: Set<String>
    /// The people an article names, empty, with the role nouns the registry's titles give.
    let noPeople: NamedPeople
    /// The registry's one-word titles that say one of its nations (`Velmoran` beside the country `Velmora`): a
    /// known list, so a body's or an outlet's name of the same ending (`Union`) is never taken for one.
    let demonyms: Set<String>
    /// The run's cue lexicon's `acts` (the built-in ones and any a `--cues` file adds), by which a cue is read
    /// as a deed rather than words (see `cueIsAnAct`).
    let acts: ActWords
    /// The run's cue verbs, cue classes and irregular verb forms (see `CueWords`).
    let cueWords: CueWords

    /// A resolver reading deeds by `acts` and everything else by the built-in cue lexicon and comparison words.
    @available(
        *, deprecated, message: "pass the run's whole cue lexicon and comparison words: init(registry:cues:comparison:)"
    )
    public init(registry: SourceRegistry = Knowledge.builtIn.sources, acts: CueLexicon.Acts) {
        var cues = Knowledge.builtIn.cues
        cues.acts = acts
        self.init(registry: registry, cues: cues)
    }

    /// A resolver for the registry's sources, reading cues, deeds and verb forms by the run's cue lexicon and
    /// comparison words (the built-in ones unless the run's, merged with `--cues` and `--comparison` files, are
    /// given).
    public init(
        registry: SourceRegistry = Knowledge.builtIn.sources, cues: CueLexicon = Knowledge.builtIn.cues,
        comparison: ComparisonWords = Knowledge.builtIn.comparison
    ) {
        acts = ActWords(cues.acts)
        cueWords = CueWords(cues: cues, comparison: comparison)
        var index: [String: [Alias]] = [:]
        for entry in registry.sources {
            let nameWords = entry.nameWords
            for alias in entry.aliases + [entry.name] {
                let isShortCapitals = alias.count <= 4 && alias.unicodeScalars.allSatisfy { !$0.isLowercaseLetter }
                let words = SourceResolver.words(isShortCapitals ? alias : alias.folded)
                guard let first = words.first else { continue }
                let written = SourceResolver.words(alias)
                let capitals =
                    written.count == words.count
                    ? written.map { $0.unicodeScalars.first?.isUppercaseLetter == true }
                    : Array(repeating: false, count: words.count)
                index[first, default: []].append(
                    Alias(
                        words: words, caseSensitive: isShortCapitals, entry: entry, nameWords: nameWords,
                        capitals: capitals, nameStem: AliasSupport.stem(of: entry.name),
                        supportStem: isShortCapitals ? nil : AliasSupport.stem(alias: written, entry: entry)))
            }
        }
        for key in index.keys { index[key]!.sort { $0.words.count > $1.words.count } }
        aliasesByFirstWord = index
        let order: [SourceKind] = [
            .anonymous, .stateMedia, .monitoringGroup, .internationalOrg, .military, .government, .official, .media,
            .militantGroup, .rebelFaction,
        ]
        kindWords = order.map { kind in
            (kind, (registry.kindWords[kind.rawValue] ?? []).map { SourceResolver.words($0.folded) })
        }
        var kindOfWord: [String: Int] = [:]
        for (place, (_, phrases)) in kindWords.enumerated() {
            for phrase in phrases where phrase.count == 1 && kindOfWord[phrase[0]] == nil {
                kindOfWord[phrase[0]] = place
            }
        }
        self.kindOfWord = kindOfWord
        // `Sen.` is also matched as the word `Sen` that `words(_:)` makes of it.
        titles = Set(registry.titles.flatMap { [$0.folded, $0.folded.trimmingPeriods()] })
        descriptors = Set(registry.descriptors.map(\.folded))
        bodyNouns = Set(registry.bodyNouns.map(\.folded))
        documentNouns = Set(registry.documentNouns.map(\.folded))
        roleWords = Set(registry.roleWords.map(\.folded))
        roleStems = Set(roleWords.map(ContentReader.stem))
        noPeople = NamedPeople(titles: registry.titles, roleWords: registry.roleWords)
        titlesAndRoleNouns = titles.union(noPeople.roleNouns)
        // A country's one-word name in the registry (`Velmora`) and a title opening as it does (`Velmoran`).
        let countries = Set(
            registry.sources.filter { $0.kind == .government }.flatMap { [$0.name] + $0.aliases }.map(\.folded)
                .filter { $0.count >= 4 && $0.unicodeScalars.allSatisfy(\.properties.isAlphabetic) })
        let stems = Set(countries.map { String($0.prefix(4)) })
        let roles = roleWords
        demonyms = Set(
            registry.titles.filter { title in
                title.unicodeScalars.first?.isUppercaseLetter == true
                    && title.unicodeScalars.dropFirst().allSatisfy(\.properties.isLowercase)
            }.map(\.folded).filter {
                stems.contains(String($0.prefix(4))) && !countries.contains($0) && !roles.contains($0)
            })
    }

    static let personPronouns: Set<String> = ["he", "she", "him", "her", "i"]
    private static let thingPronouns: Set<String> = ["it", "they", "we"]
    private static let shorthands: [String: Set<SourceKind>] = [
        "group": [.militantGroup, .rebelFaction, .monitoringGroup], "report": [.media, .stateMedia],
        "agency": [.media, .stateMedia], "newspaper": [.media], "paper": [.media], "army": [.military],
        "military": [.military], "ministry": [.government], "government": [.government], "statement": [],
        "monitor": [.monitoringGroup], "faction": [.rebelFaction], "militants": [.militantGroup],
        "broadcaster": [.media, .stateMedia], "channel": [.media, .stateMedia],
        "organization": [.internationalOrg, .monitoringGroup],
        "organisation": [.internationalOrg, .monitoringGroup], "official": [.official], "campaign": [],
    ]

    func resolveMention(
        _ mention: String, apposition: String?, history: [Source], document: Document, at offset: Int,
        analysis: TextAnalysis, names: NameEvidence? = nil, pronouns: [String: String] = [:],
        aliases: AliasMemo? = nil
    ) -> Source {
        let names = names ?? NameEvidence(analysis)
        // `Mitch McConnell (R-Ky.)`: the party and state in parentheses are not part of the name.
        if mention.hasSuffix(")"), let open = mention.firstIndex(of: "("),
            case let head = mention[..<open].trimmingCharacters(in: .whitespaces), !head.isEmpty
        {
            return resolveMention(
                head, apposition: apposition, history: history, document: document, at: offset, analysis: analysis,
                names: names, aliases: aliases)
        }
        // With the article's memo, the mention is split and looked up in the registry once for the article;
        // without it, the lookup waits below the pronouns.
        let reading = aliases?.reading(of: mention)
        let words = reading?.words ?? SourceResolver.words(mention)
        let folded = reading?.folded ?? words.map(\.folded)
        // Pronouns and relative pronouns.
        if folded.count == 1 {
            let word = folded[0]
            if SourceResolver.personPronouns.contains(word) {
                // `he` is one person: never `doctors` or `his kidnappers` said before.
                if let person = history.last(where: { isPerson($0) && !namesSeveral($0) }) { return person }
            } else if SourceResolver.thingPronouns.contains(word) {
                if let thing = history.last(where: { !isPerson($0) && $0.kind != .multiple }) ?? history.last {
                    return thing
                }
            } else if word == "who" || word == "which" {
                if let antecedent = antecedent(
                    before: offset, person: word == "who", document: document, analysis: analysis)
                {
                    return resolveMention(
                        antecedent, apposition: nil, history: history, document: document, at: offset,
                        analysis: analysis, names: names, aliases: aliases)
                }
            }
        }
        // The registry entry the mention names, asked once: the tests below and the last lookup share it (and,
        // with the article's memo, every other question about the same mention).
        let registered = (reading.map(\.alias) ?? supported(lookupAlias(words: words, folded: folded), in: document))?
            .entry
        // A document speaks for whoever issued it: `Anton Dorn's Facebook page`, `a statement from the ministry`.
        if registered == nil, let issuer = issuer(ofDocument: words, names: names) {
            return resolveMention(
                issuer, apposition: apposition, history: history, document: document, at: offset, analysis: analysis,
                names: names, aliases: aliases)
        }
        // Shorthands: `the group`, `the report`, `the army`.
        if folded.count == 2, folded[0] == "the", let kinds = SourceResolver.shorthands[folded[1]], !kinds.isEmpty,
            registered == nil, let match = history.last(where: { kinds.contains($0.kind) })
        {
            return match
        }
        if let owned = possessed(
            words: words, history: history, document: document, at: offset, names: names, pronouns: pronouns)
        {
            if owned.name.isEmpty { return owned.source }
            return resolveMention(
                owned.name, apposition: nil, history: history, document: document, at: offset, analysis: analysis,
                names: names, aliases: aliases)
        }
        if let anonymous = anonymousSource(words: words, folded: folded, document: document) { return anonymous }
        if let multiple = multipleSources(
            mention, history: history, document: document, at: offset, analysis: analysis, names: names)
        {
            return multiple
        }
        // `Ivo Kovac, a former envoy to the Union`, `the Velmoran embassy in Tarsk`: a person's name or a body's
        // before a description or a place is who speaks; a registry entry named in the description is where
        // they come from or work.
        if let speaker = speakerBeforeDescription(mention, words: words, registered: registered != nil) {
            return resolveMention(
                speaker.name, apposition: speaker.description, history: history, document: document, at: offset,
                analysis: analysis, names: names, aliases: aliases)
        }
        // `the US army`, `US troops`: a government's alias before a noun for armed forces (its last one or two
        // words) names the forces, on the government's side, as `the Russian army` does, not the government.
        if let entry = registered, entry.kind == .government, kind(of: Array(folded.suffix(2))) == .military {
            var forces = unknownSource(
                words: words, folded: folded, apposition: apposition, mention: mention, names: names)
            forces.side = entry.side
            return forces
        }
        let personName = isPersonName(words)
        if let entry = registered ?? (personName ? nil : apposition.flatMap { lookupAlias($0, memo: aliases)?.entry }) {
            return Source(name: entry.name, kind: entry.kind, side: entry.side)
        }
        // `Ilse Brandt, head of the union`, `Greg Tamsin of the Ferry Workers Association`: the person.
        if let (person, description) = namedPerson(in: mention, words: words) {
            return resolveMention(
                person, apposition: description, history: history, document: document, at: offset,
                analysis: analysis, names: names, aliases: aliases)
        }
        return unknownSource(words: words, folded: folded, apposition: apposition, mention: mention, names: names)
    }

    func isPerson(_ source: Source) -> Bool {
        source.kind == .official || source.kind == .other
            || (source.kind == .anonymous && !source.name.contains("media"))
    }

    /// The registry entry one of whose aliases is the whole name (a leading `The` aside), never one of its
    /// words: a masthead ending in `UK` is not the United Kingdom, and one sharing `Times` with a registry entry
    /// is not that paper.
    func lookupWhole(_ name: String) -> SourceRegistry.Entry? {
        var words = SourceResolver.words(name)
        if words.first?.folded == "the" { words.removeFirst() }
        guard let entry = lookup(words.joined(separator: " ")) else { return nil }
        let folded = words.map(\.folded)
        let whole = (entry.aliases + [entry.name]).contains { alias in
            var aliasWords = SourceResolver.words(alias).map(\.folded)
            if aliasWords.first == "the" { aliasWords.removeFirst() }
            return aliasWords == folded
        }
        return whole ? entry : nil
    }

    /// The registry entry whose alias is the longest whole-word match in the mention.
    func lookup(_ mention: String) -> SourceRegistry.Entry? { lookupAlias(mention)?.entry }

    /// The alias of `lookup(_:)`'s match, which knows its entry's name words.
    func lookupAlias(_ mention: String) -> Alias? {
        let raw = SourceResolver.words(mention)
        return lookupAlias(words: raw, folded: raw.map(\.folded))
    }

    /// `lookupAlias(_:)` asked through an article's memo, when the caller has one.
    func lookupAlias(_ mention: String, memo: AliasMemo?) -> Alias? {
        memo.map { $0.alias(of: mention) } ?? lookupAlias(mention)
    }

    /// The registry alias of a mention already split into its words (`raw`, as `SourceResolver.words` splits it)
    /// and folded: `resolveMention` and `AliasMemo` have both, and ask once for the tests that need it.
    func lookupAlias(words raw: [String], folded: [String]) -> Alias? {
        var best: (length: Int, entry: Alias)?
        // Whether the best match so far was met in lower case where the registry writes capitals: an alias as
        // long met as written replaces it (`Turkish president Tayyip Erdogan` is Erdogan by his name).
        var bestInLowerCase = false
        for i in raw.indices {
            for alias in aliasesByFirstWord[folded[i]] ?? [] {
                let length = best?.length ?? 0
                guard i + alias.words.count <= raw.count,
                    alias.words.count > length || (alias.words.count == length && bestInLowerCase)
                else { continue }
                guard !namesSomeoneElse(alias, at: i, in: raw) else { continue }
                let slice = alias.caseSensitive ? raw[i..<(i + alias.words.count)] : folded[i..<(i + alias.words.count)]
                if slice.elementsEqual(alias.words), !opensLongerName(alias, at: i, in: raw),
                    !isInsideAnotherName(alias, at: i, in: raw)
                {
                    var matched = alias
                    let asWritten = capitalsMatch(alias, at: i, in: raw)
                    if !asWritten {
                        guard alias.words.count > length else { continue }
                        matched.supportStem = alias.nameStem
                    }
                    best = (alias.words.count, matched)
                    bestInLowerCase = !asWritten
                }
            }
            for alias in aliasesByFirstWord[raw[i]] ?? [] where alias.caseSensitive {
                guard i + alias.words.count <= raw.count, alias.words.count > (best?.length ?? 0) else { continue }
                guard !opensLongerName(alias, at: i, in: raw), !isInsideAnotherName(alias, at: i, in: raw) else {
                    continue
                }
                if raw[i..<(i + alias.words.count)].elementsEqual(alias.words) {
                    best = (alias.words.count, alias)
                    bestInLowerCase = false
                }
            }
        }
        return best?.entry
    }

    /// `alias` if `document` supports it (see `AliasSupport`), for a lookup made without the article's memo.
    func supported(_ alias: Alias?, in document: Document) -> Alias? {
        guard let alias else { return nil }
        return AliasSupport.isSupported(alias, in: document.text) ? alias : nil
    }

    /// The full name the article gives a surname that the registry knows as someone else's: with `Ivo Kovac` in
    /// the text, a later `Kovac said` is Ivo Kovac, not the registry's Dana Kovac. Nil when the mention is not a
    /// registry person's surname alone, or the article names no one else with it.
    /// `words` are the article's words, split on the first call that needs them and kept for the next.
    /// `alias` is `lookupAlias(mention)`, which the caller asks for its own use as well.
    func fullName(
        ofSurname mention: String, alias: Alias?, in document: Document, words article: inout ArticleWords?
    ) -> String? {
        guard let alias, alias.entry.person == true,
            let surname = NamedPeople.surnameAlone(mention, titles: titlesAndRoleNouns),
            SourceResolver.words(alias.entry.name).last?.folded == surname
        else { return nil }
        let own = alias.nameWords
        if article == nil { article = ArticleWords(document.text) }
        let (words, folded) = (article!.words, article!.folded)
        for i in words.indices.dropFirst() where folded[i] == surname {
            let given = words[i - 1]
            // A given name: capitalised, not a title, and never written in lower case in the article (`But`): the
            // words are searched, as only a few candidates an article ask, where a set of every word cost more.
            guard given.unicodeScalars.first?.isUppercaseLetter == true, given.count > 1, !isTitle(given),
                !own.contains(folded[i - 1]), !words.contains(given.lowercased())
            else { continue }
            return given + " " + words[i]
        }
        return nil
    }

    /// Whether a one-word alias of a person (a surname, `Kovac` for `Lena Kovac`) stands in the mention after a
    /// given name of someone else's (`Ivo Kovac`): that is another person with the same surname, not the entry.
    private func namesSomeoneElse(_ alias: Alias, at i: Int, in raw: [String]) -> Bool {
        guard alias.words.count == 1, alias.entry.person == true, i > 0 else { return false }
        let before = raw[i - 1]
        guard before.unicodeScalars.first?.isUppercaseLetter == true, !titles.contains(before.folded) else {
            return false
        }
        return !alias.nameWords.contains(before.folded)
    }

    /// Whether a word is a title or a role word (`Secretary`, `Mr.`, `minister`), not part of a name.
    func isTitle(_ word: String) -> Bool {
        titles.contains(word.folded) || noPeople.roleNouns.contains(word.folded)
    }

    /// The kind an armed group's or army's role gives a person (`rebel commander`, `army spokesman`), if any.
    func roleKind(_ folded: [String]) -> SourceKind? {
        for wanted in [SourceKind.rebelFaction, .militantGroup, .military] {
            for (kind, phrases) in kindWords where kind == wanted {
                for phrase in phrases where !phrase.isEmpty && folded.count >= phrase.count {
                    for i in 0...(folded.count - phrase.count)
                    where folded[i..<(i + phrase.count)].elementsEqual(phrase) {
                        return kind
                    }
                }
            }
        }
        return nil
    }

    /// A kind from the mention's words (`minister` = official, `state TV` = state media), if any.
    /// The first kind (in `kindWords`' order) with a phrase among the words: the first with a one-word phrase
    /// there is looked up, and only the kinds before it are searched for longer phrases.
    func kind(of folded: [String]) -> SourceKind? {
        var first = kindWords.count
        for word in folded {
            if let place = kindOfWord[word], place < first { first = place }
        }
        for (kind, phrases) in kindWords[..<first] {
            for phrase in phrases where phrase.count >= 2 {
                if folded.count >= phrase.count {
                    for i in 0...(folded.count - phrase.count)
                    where folded[i..<(i + phrase.count)].elementsEqual(phrase) {
                        return kind
                    }
                }
            }
        }
        return first < kindWords.count ? kindWords[first].0 : nil
    }

    /// A source the registry does not know: titles stripped from a person's name, determiners from a group's.
    private func unknownSource(
        words: [String], folded: [String], apposition: String?, mention: String, names: NameEvidence
    ) -> Source {
        var kind = kind(of: folded)
        if kind == nil, let apposition { kind = self.kind(of: SourceResolver.words(apposition).map(\.folded)) }
        // A person: trailing capitalised words after any titles or role words (`Harbour Board CEO Ida Holm`).
        var nameStart = words.count
        while nameStart > 0, let first = words[nameStart - 1].unicodeScalars.first, first.isUppercaseLetter,
            !titles.contains(words[nameStart - 1].folded),
            !endsDescription(words[nameStart - 1], before: words.count - nameStart, names: names),
            !SourceResolver.isBasedAdjective(words[nameStart - 1])
        {
            nameStart -= 1
        }
        var name = words[nameStart...]
        // `Gazette's Mara Lind`, `Velmora Radio's Mara Lind`: the outlet or body before a person's name is not part
        // of it.
        if let k = name.lastIndex(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }),
            name.endIndex - k - 1 >= 2, let last = name.last, !isRoleWord(last)
        {
            name = name[(k + 1)...]
        }
        let title = nameStart > 0 ? words[nameStart - 1].folded : ""
        let hasTitle = titles.contains(title)
        // `the harbour board's press officer Ida Holm`, `Velmora Radio presenter Ida Holm`: a role word before a
        // name of two words makes a person whatever body or outlet the words before it name.
        let hasRole = nameStart > 0 && name.count >= 1 && isRoleWord(words[nameStart - 1])
        // `Mr.`, `Dr.`: a courtesy, not an office.
        let isOffice = hasTitle && !SourceResolver.courtesyTitles.contains(title.trimmingPeriods())
        // `Velmora's Transport Ministry` is a body; `dockers from North Quay` are not a person named after a place.
        let isBody = folded.last.map(bodyNouns.contains) == true
        // The word before the capitalised run, role words and an inner `of` included (`Secretary of State`):
        // `fans of Presenter Ida Holm` are not her.
        var runStart = nameStart
        while runStart > 0,
            words[runStart - 1].unicodeScalars.first?.isUppercaseLetter == true
                || (words[runStart - 1].folded == "of" && runStart >= 2
                    && words[runStart - 2].unicodeScalars.first?.isUppercaseLetter == true)
        {
            runStart -= 1
        }
        // `a man from the Tarsk Delta`: a place after `from`, `in` or `at` and its article is no name of one
        // ordinary person before it, who speaks for no one. Plural people and bodies (`Engineers at the Brell
        // Dam`, `Gunmen from the ...`) and those who speak for a body (`The spokesman for the ...`, `A lawyer for
        // the ...`) speak for what the text names after them, as without the article.
        let afterArticle =
            nameStart > 2 && title == "the" && ["from", "in", "at"].contains(words[nameStart - 2].folded)
            && SourceResolver.lonePeople.contains(words[nameStart - 3].folded)
        let afterPreposition =
            (nameStart > 0 && SourceResolver.placePrepositions.contains(title)) || afterArticle
            || (hasRole && runStart > 0 && SourceResolver.placePrepositions.contains(words[runStart - 1].folded))
        let isPerson =
            name.count >= 2 || (name.count == 1 && hasTitle) || (name.count == 1 && words.count == 1 && kind == nil)
        // `State TV`: a title's word before a descriptor names a broadcaster, not a person called `TV`.
        let nameIsDescriptor = name.allSatisfy { descriptors.contains($0.folded) }
        if (isPerson || (name.count == 1 && hasRole)) && !isBody && !afterPreposition && !nameIsDescriptor {
            let personName = name.joined(separator: " ").replacingApostrophes()
            if kind == nil || kind == .official || hasTitle || (hasRole && name.count >= 2) {
                // A person speaks for what their role words name: a rebel commander for a rebel faction.
                if let role = roleKind(words[..<nameStart].map(\.folded)) {
                    return Source(name: personName, kind: role)
                }
                let official = isOffice || kind == .official || (hasRole && self.kind(of: [title]) == .official)
                return Source(name: personName, kind: official ? .official : .other)
            }
        }
        var kept = words
        while let first = kept.first, ["the", "a", "an", "some", "several", "many"].contains(first.folded) {
            kept.removeFirst()
        }
        // `the blog Quay Notes`, `Velmoran newspaper Al-Tarsk`, `Velmora-based Harbourline`: a noun for what the body
        // is, and the words before it, are no part of the name written after it.
        if let name = nameAfterType(kept) { return Source(name: name, kind: kind ?? .other) }
        // A broadcaster or paper named with its descriptors (`private NTV television`) is its name (`NTV`).
        var core = kept[...]
        // Only descriptors written as common words: `Daily Harbour`, `Radio Velmora` and `Quay News` are mastheads.
        func isDescriptor(_ word: String) -> Bool {
            descriptors.contains(word.folded) && word.unicodeScalars.first?.isUppercaseLetter != true
        }
        while let last = core.last, isDescriptor(last), core.count > 1 { core.removeLast() }
        // `the Tarsk-based site` names no site.
        if core.count == 1, let only = core.first, SourceResolver.isBasedAdjective(only) { core = kept[...] }
        // A capitalised descriptor opening the mention before an acronym is the sentence's capital (`Private NTV`),
        // unless the acronym is a descriptor too (`State TV` is no broadcaster called `TV`).
        while let first = core.first, core.count > 1,
            isDescriptor(first)
                || (descriptors.contains(first.folded)
                    && core.dropFirst().allSatisfy { $0.uppercased() == $0 && !descriptors.contains($0.folded) })
        {
            core.removeFirst()
        }
        // Not when what is left opens with a number's capital (`One Velmora-based` of `One Velmora-based website`),
        // nor when it is a nation's adjective (`Velmoran` of `Velmoran state television`), which names no outlet.
        if core.count < kept.count, core.allSatisfy({ $0.unicodeScalars.first?.isUppercaseLetter == true }),
            core.first.map({ !AttributionExtractor.quantities.contains($0.folded) }) ?? true,
            !(core.last.map(SourceResolver.isNationAdjective) ?? false)
        {
            return Source(name: core.joined(separator: " "), kind: kind ?? .media)
        }
        var text = kept.joined(separator: " ")
        // `Local rebels` opens a sentence; `the Lincoln actor` has a capital of its own, kept, and so has a name
        // the article capitalises inside its sentences (`Velmora police`) or a possessive (`Velmora's ministry`).
        if let first = kept.first, kept.count > 1, kept.count == words.count, !isPersonName(Array(kept)),
            !names.isName(first),
            first.unicodeScalars.contains(where: \.isLowercaseLetter),
            kept.dropFirst().allSatisfy({ !($0.unicodeScalars.first?.isUppercaseLetter ?? false) }),
            !SourceResolver.isNationAdjective(first), !first.hasSuffix("ian"), !first.hasSuffix("i")
        {
            text = first.lowercased() + " " + kept.dropFirst().joined(separator: " ")
        }
        return Source(name: text.isEmpty ? mention : text, kind: kind ?? .other)
    }
}

extension SourceResolver {
    /// Whether a capitalised word has a nation adjective's ending (`Velmoran`, `Tarskese`, `Orlish`; `-an` in a
    /// word of six letters or more, so that `Human` and `Urban` are not).
    static func isNationAdjective(_ word: String) -> Bool {
        let folded = word.folded
        return word.unicodeScalars.contains(where: \.isLowercaseLetter)
            && ((folded.hasSuffix("an") && folded.count >= 6) || folded.hasSuffix("ese") || folded.hasSuffix("ish"))
    }

    /// Nouns for one ordinary person, who speaks for no body: a place after them (`a resident from the ...`) is
    /// where they are, not whom they speak for.
    static let lonePeople: Set<String> = [
        "man", "woman", "person", "resident", "villager", "local", "boy", "girl", "neighbour", "neighbor",
        "passer-by", "bystander", "onlooker", "fisherman", "farmer",
    ]

    /// Nouns for several people that take no plural `-s` and end in no `-men` (`staff`, `police`, `clergy`).
    static let collectiveNouns: Set<String> = [
        "people", "children", "staff", "crew", "police", "folk", "personnel", "media", "public", "clergy", "youth",
        "militia",
    ]

    /// Whether a folded noun speaks of several: a plural in `-s` (not `-ss`: `witness`), in `-men` (`gunmen`,
    /// `women`), or a collective noun (`clergy`).
    static func isPlural(_ folded: String) -> Bool {
        collectiveNouns.contains(folded) || folded.hasSuffix("men")
            || (folded.hasSuffix("s") && !folded.hasSuffix("ss"))
    }
}

extension String {
    /// Curly apostrophes made straight, so one name has one spelling.
    func replacingApostrophes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
}
