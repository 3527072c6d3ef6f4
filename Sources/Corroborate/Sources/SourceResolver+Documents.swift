/// Documents: a document's attributions resolved in text order, so that pronouns find what came before, and the
/// source an outlet's own statements are credited to.
extension SourceResolver {
    /// Resolves every attribution of one document, in text order, so that pronouns find what came before, and
    /// leaves out those misread from a plural report noun (see `isSpuriousReportNoun`).
    /// A source named inside what another source says (`Brandt said the union had called off the strike`) is
    /// left out of the history a later `he said` looks back on: the pronoun continues the outer speaker.
    public func resolve(_ attributions: inout [Attribution], in document: Document, analysis: TextAnalysis) {
        var history: [Source] = []
        // The pronoun (`he`, `she`) each source was last taken as, for a possessive's possessor.
        var pronouns: [String: String] = [:]
        // The sources not named inside another's words, for person pronouns.
        var speakers: [Source] = []
        // People named in full so far, for surnames and titles alone.
        var people = noPeople
        // The contents of the attributions resolved so far.
        var contents = SpanCover(startingAt: attributions.lazy.flatMap(\.content.spans).map(\.start))
        let names = NameEvidence(analysis)
        // People named with a role outside the attributions, learned as the text reaches them.
        let passing = peopleNamedInPassing(document: document, analysis: analysis)
        var nextPassing = 0
        // The article's words, split when a registry surname alone first needs them.
        var articleWords: ArticleWords?
        // Where the article writes each capital, read when a surname alone first needs it.
        var surnames: SurnameIndex?
        // The registry aliases of the article's mentions, each looked up once.
        let aliases = AliasMemo(self, attributions: attributions.count, document: document)
        // Attributions read from a report noun taken for a cue (`Unsourced reports say`), left out at the end.
        var misread: [Int] = []
        // How many attributions start their source at each offset, for a report noun's twin on the verb.
        var sourceStarts: [Int: Int] = [:]
        for attribution in attributions {
            if let start = attribution.source?.spans.first?.start { sourceStarts[start, default: 0] += 1 }
        }
        for i in attributions.indices {
            let attribution = attributions[i]
            if let at = attribution.source?.spans.first?.start {
                while nextPassing < passing.count, passing[nextPassing].offset < at {
                    let (offset, mention) = passing[nextPassing]
                    nextPassing += 1
                    let person = resolveMention(
                        mention, apposition: nil, history: [], document: document, at: offset, analysis: analysis,
                        names: names, aliases: aliases)
                    guard (NamedPeople.nameWords(person)?.count ?? 0) >= 2 else { continue }
                    _ = people.read(
                        person, mention: mention, apposition: nil, fromRegistry: aliases.alias(of: mention) != nil,
                        inPassing: true
                    )
                }
            }
            var source: Source?
            var inside = false
            // A headline's run (`Ivo Kovac Says ...`) credits no one, but the name it gives is learned.
            var headline = false
            // A deed's subject (see below): credited with nothing, yet kept for the pronouns after it.
            var deed = false
            var fit: Role?
            if let written = attribution.source {
                let mention = withoutAdverbs(
                    lastLine(of: written, document: document, analysis: analysis), document: document,
                    analysis: analysis, names: names)
                if let cue = attribution.cue,
                    isSpuriousReportNoun(
                        mention, cue: cue, twinned: (written.spans.first.map { sourceStarts[$0.start] ?? 0 } ?? 0) > 1,
                        document: document, analysis: analysis, names: names)
                {
                    misread.append(i)
                    continue
                }
                // A headline's run, or a subject the cue says is no speaker (`Ida Holm is believed to`, `a woman
                // believed to be`); a name given (`a village called Tarsk`) is not even learned.
                headline =
                    attribution.cue.map {
                        isHeadlineCue($0, after: mention.extent, analysis: analysis)
                            || reportsNoSpeaker($0, mention: mention, analysis: analysis)
                            || opensPassiveInfinitive(mention, cue: $0, analysis: analysis)
                            || cueIsNoVerb($0, mention: mention, analysis: analysis)
                    } ?? false
                // The subject of a deed (`gunmen attacked a patrol`) speaks no words, but stays who a later pronoun
                // means.
                deed =
                    !headline
                    && (attribution.cue.map {
                        cueIsAnAct($0, content: attribution.content, mention: mention, analysis: analysis)
                    }
                        ?? false)
                headline = headline || deed
                let named = attribution.cue.map { isNameGiven(mention, cue: $0, analysis: analysis) } ?? false
                if !named,
                    headline
                        || isFitMention(
                            mention, cue: attribution.cue, document: document, analysis: analysis, names: names)
                {
                    fit = mention
                }
            }
            if let mention = fit {
                let start = mention.spans.first?.start ?? 0
                let pronoun = SourceResolver.personPronouns.contains(mention.text.lowercased())
                // `his spokesman`: the possessor is found as a pronoun's antecedent is.
                let possessive =
                    SourceResolver.words(mention.text).first.map {
                        SourceResolver.possessivePronouns[$0.folded] != nil
                    } ?? false
                // A surname the registry gives to someone else is read as the full name the article gives it.
                var name = mention.text
                // The registry's alias for the mention, for the surname and for `fromRegistry`.
                let alias = pronoun ? nil : aliases.alias(of: mention.text)
                if !pronoun,
                    let full = fullName(ofSurname: mention.text, alias: alias, in: document, words: &articleWords)
                {
                    name = full
                }
                source = resolveMention(
                    name, apposition: attribution.apposition?.text, history: pronoun || possessive ? speakers : history,
                    document: document, at: start, analysis: analysis, names: names, pronouns: pronouns,
                    aliases: aliases)
                // A surname alone that nothing resolves, no one credited so far has, and the article gave in full
                // before (`Felicia Sanders ... Sanders said`) is that person.
                if !pronoun, alias == nil, name == mention.text, let resolved = source, resolved.name == mention.text,
                    let surname = NamedPeople.surnameAlone(mention.text, titles: titlesAndRoleNouns),
                    !people.knows(surname: surname),
                    let full = givenFullName(
                        ofSurname: mention.text, before: start, document: document, analysis: analysis, names: names,
                        index: &surnames)
                {
                    source = resolveMention(
                        full, apposition: attribution.apposition?.text, history: history, document: document,
                        at: start, analysis: analysis, names: names, pronouns: pronouns, aliases: aliases)
                }
                if pronoun, let resolved = source, ["he", "she"].contains(mention.text.lowercased()) {
                    if someoneIntroducedSince(before: start, than: resolved, analysis: analysis) {
                        source = resolveMention(
                            name, apposition: nil, history: [], document: document, at: start, analysis: analysis,
                            names: names, aliases: aliases)
                    } else {
                        pronouns[resolved.name] = mention.text.lowercased()
                    }
                }
                inside = contents.holds(start)
                if let resolved = source, !pronoun {
                    let fromRegistry =
                        alias != nil || attribution.apposition.map { aliases.alias(of: $0.text) != nil } == true
                    source = people.read(
                        resolved, mention: mention.text, apposition: attribution.apposition?.text,
                        fromRegistry: fromRegistry)
                }
            }
            let subject = deed ? source : nil
            if headline { source = nil }
            for span in attribution.content.spans { contents.insert(span) }
            attributions[i].canonical = source
            if let subject {
                history.append(subject)
                if !inside { speakers.append(subject) }
            }
            if let via = attribution.via {
                attributions[i].viaCanonical = resolveMention(
                    via.text, apposition: nil, history: history, document: document, at: via.spans[0].start,
                    analysis: analysis, names: names, aliases: aliases)
            }
            if let source {
                history.append(source)
                if !inside { speakers.append(source) }
            }
        }
        if !misread.isEmpty {
            // One pass, not one removal each: a long text may hold many.
            let left = Set(misread)
            attributions = attributions.indices.filter { !left.contains($0) }.map { attributions[$0] }
        }
    }

    /// The source an outlet's own statements are credited to.
    public func outletSource(for document: Document) -> Source {
        if let outlet = document.metadata.outlet, let entry = lookupWhole(outlet) {
            return Source(name: entry.name, kind: .outlet, side: entry.side)
        }
        return Source(name: document.metadata.outlet ?? "unnamed outlet (\(document.name))", kind: .outlet)
    }
}
