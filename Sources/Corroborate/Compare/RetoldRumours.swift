import Foundation

/// Claims an article retells only to reject them (issue 28): `a post claimed the mayor had been arrested` in an
/// article that also says `the story is a hoax` or `the mayor was not arrested`. What the post said is not the
/// article's side: set against another article's `the mayor is free`, it makes no contradiction (both articles
/// reject the story), and set against an article that believes the story it makes no agreement either.
///
/// A claim is *retold* when a report, a post or a story carries it: the outlet's sentence names one (`reports`,
/// `rumours`, `claimed`, `a video`; report, statement and document nouns) or passes one on (`according to`, `posted`,
/// `surfaced`; `retellingWords`), an attribution's source is one (`the article said`), or the outlet's sentence holds
/// an attribution (`the clerks have branded the ledger "forged"`). A claim credited to a named speaker is that
/// speaker's side, not retold. A retold claim is *rejected* by its own article when
///   - it rejects what it retells itself (`the post claimed ..., a hoax`, `doctored to show ...`);
///   - another claim of the article denies or refutes it, by the same rules that find a contradiction across
///     articles (`Opposition`);
///   - or it is retold from a report, a post or a story, and the article rejects such a statement as a whole (`the
///     story is wildly inaccurate`, `dismissed the rumour`).
/// Only the retold side loses its voice: the rejecting claims of the same article still contradict an article that
/// asserts the story. A statement in the article's own voice that another of its own statements denies or refutes
/// is rejected the same way, whatever words carry it (a quoted headline set on a line of its own, then `he is not
/// dead`).
struct RetoldRumours: Sendable {
    /// Per claim index: retold (someone else's words carry it), or told in the article's own voice and denied in it.
    let retold: [Bool]
    /// Per claim index: retold and rejected by its own article.
    let rejected: [Bool]
    /// Per claim index: the article's own statement that another of its own statements contradicts with the opposite
    /// word for one thing (`a baby boy` and `a baby girl`, neither denied): the article speaks of two cases or cannot
    /// be read, and neither word is a side of an `opposite words` contradiction.
    let twoSided: [Bool]

    /// The word classes the reading uses.
    struct Words: Sendable {
        /// Words that pass on what others say (`retellingWords`).
        let retelling: PhraseTable<String>
        /// Nouns that name a statement, a report or a document (`statementNouns`, `reportNouns`, `documentNouns`):
        /// what a rejection of a statement as a whole is said of (`the story is false`).
        let statements: Set<String>
        /// Nouns that carry what others say (`reportNouns`, `documentNouns`: `rumours`, `a post`, `the video`), not
        /// the statement nouns that also name a figure or an idea (`the number`, `the notion`).
        let carriers: Set<String>
        /// Single-word negations (`negations`: `no`, `not`, `never`, `didn't`), for a report no one made.
        let negations: Set<String>

        init(_ words: ComparisonWords) {
            negations = Set(words.negations.filter { !$0.contains(" ") }.map(\.folded))
            retelling = PhraseTable(words.retellingWords.map { ($0, $0) })
            statements = Set((words.statementNouns + words.reportNouns + words.documentNouns).map(\.folded))
            carriers = Set((words.reportNouns + words.documentNouns).map(\.folded))
        }
    }

    /// Reads the run's claims article by article, the articles in parallel. `names` are the claims' sources'
    /// names as read once for the run (`SpeakerNames.table`).
    init(
        _ claims: [Claim], contents: [ClaimContent], documents: [Document], rarity: TermRarity,
        opposition: Opposition, words: Words, names: [SpeakerNames]
    ) {
        var members = [[Int]](repeating: [], count: documents.count)
        for (k, claim) in claims.enumerated() where claim.document < documents.count {
            members[claim.document].append(k)
        }
        let byDocument = members
        // What every pair of the run shares, made once (a pair of its own each made one).
        let run = ClaimPair.Run(documents: documents, rarity: rarity)
        let chunks = max(1, min(64, documents.count / 16))
        let box = ResultBox<[Entry]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part: [Entry] = []
            for d in (documents.count * chunk / chunks)..<(documents.count * (chunk + 1) / chunks) {
                part += RetoldRumours.read(
                    byDocument[d], claims: claims, contents: contents, run: run, names: names,
                    opposition: opposition, words: words)
            }
            _ = box.set(chunk, part)
        }
        var retold = [Bool](repeating: false, count: claims.count)
        var rejected = [Bool](repeating: false, count: claims.count)
        var twoSided = [Bool](repeating: false, count: claims.count)
        for entry in box.values().joined() {
            retold[entry.claim] = retold[entry.claim] || entry.retold
            rejected[entry.claim] = rejected[entry.claim] || entry.rejected
            twoSided[entry.claim] = twoSided[entry.claim] || entry.twoSided
        }
        self.retold = retold
        self.rejected = rejected
        self.twoSided = twoSided
    }

    /// What the reading of one article finds for one of its claims.
    typealias Entry = (claim: Int, retold: Bool, rejected: Bool, twoSided: Bool)

    /// How many claims apart, at most, an article's own statement and its own denial or opposite are read.
    static let window = 64

    /// A class of opposites and the word of a claim that holds one.
    struct ClassWord: Hashable {
        var `class`: Int
        var word: Int
    }

    /// The retold and the rejected claims of one article (`members`, indices into the run's claims); `run` holds
    /// the run's documents and rarity.
    static func read(
        _ members: [Int], claims: [Claim], contents: [ClaimContent], run: ClaimPair.Run, names: [SpeakerNames],
        opposition: Opposition, words: Words
    ) -> [Entry] {
        let documents = run.documents
        // The outlet's own sentence that holds an attribution (`on the forum, the clerks have branded the ledger
        // "forged"`) retells what the attribution's source said, as the attribution does.
        let attributed = Set(members.filter { claims[$0].attribution != nil }.map { claims[$0].sentence })
        let retold = members.filter { k in
            fromReport(claims[k], contents[k], documents[claims[k].document], words: words)
                || (claims[k].attribution == nil && attributed.contains(claims[k].sentence))
        }
        // The claims that reject something: a denial, a refutation, or a denial credited to a speaker.
        let rejecting = members.filter { k in
            let c = contents[k]
            return !c.negations.isEmpty || c.refutation != nil || c.creditedDenial != nil
                || rejection(in: c, opposition) != nil
        }
        var terms: [Int: Set<String>] = [:]
        func termsOf(_ k: Int) -> Set<String> {
            if let known = terms[k] { return known }
            let value = RetoldRumours.terms(of: contents[k])
            terms[k] = value
            return value
        }
        func opposed(_ k: Int, by r: Int) -> Bool {
            opposes(
                k, r, shared: termsOf(k).intersection(termsOf(r)), claims: claims, contents: contents, run: run,
                names: names, opposition)
        }
        // A statement the article makes in its own voice and denies or refutes in its own voice elsewhere is told
        // to be rejected, whatever words carry it (a quoted post or headline, `X has been found dead`, before `the
        // report is a hoax`): the article's side is the rejection. Two statements of its own with opposite words
        // for one thing (`a baby boy`, `a baby girl`) make neither word its side (`twoSided`).
        // What a negated report says no one said (`it was strange no one had reported a flash of light`) is no
        // one's statement: no side of a contradiction, and no agreement with a plain statement of it.
        let unsaid = members.filter { unreported(claims[$0], documents[claims[$0].document], opposition, words) }
        let retoldSet = Set(retold)
        let ownVoice = members.filter { claims[$0].attribution == nil && !retoldSet.contains($0) }
        // A denial that names a time the statement does not (`In 2019, Dahl was not arrested`) is about another
        // occasion; one that shares fewer than three words with the statement (its subject's name and what is
        // denied of it) may deny something else of the same article. Each statement is read against the article's
        // own denials at most `window` claims away, so a long article stays linear.
        let ownRejecting = rejecting.filter { claims[$0].attribution == nil }
        let position = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        func near(_ k: Int, _ r: Int) -> Bool { abs((position[k] ?? 0) - (position[r] ?? 0)) <= RetoldRumours.window }
        let denied = ownVoice.filter { k in
            ownRejecting.contains { r in
                r != k && near(k, r) && termsOf(k).intersection(termsOf(r)).count >= 3
                    && Set(contents[r].timeSlots.values).isSubset(of: Set(contents[k].timeSlots.values))
                    && opposed(k, by: r)
            }
        }
        // Opposite words are read between the statements left that hold one (a statement that contradicts one the
        // article denies, `Ivo Marek is alive` after `NOT dead` rejected `found dead`, is the article's side), each
        // against those of the same class of opposites, up to `window` claims away.
        let deniedSet = Set(denied)
        let left = ownVoice.filter { !deniedSet.contains($0) && !contents[$0].opposites.isEmpty }
        let classes = Dictionary(
            uniqueKeysWithValues: left.map { k in
                (k, Set(contents[k].opposites.flatMap { o in o.classes.map { ClassWord(class: $0, word: o.word) } }))
            })
        // Each pair once, the cheap tests first: a class both hold, with other words on each side (`closed`,
        // `open`); two shared words; no word that tells two things apart (`modifiedApart`).
        var twoSided = Set<Int>()
        for (i, k) in left.enumerated() {
            for r in left[(i + 1)..<min(left.count, i + 1 + RetoldRumours.window)] {
                guard !(twoSided.contains(k) && twoSided.contains(r)) else { continue }
                let wordsR = classes[r] ?? []
                let opposed = (classes[k] ?? []).contains { x in
                    wordsR.contains { y in
                        x.class == y.class && contents[k].words[x.word].key != contents[r].words[y.word].key
                    }
                }
                guard opposed else { continue }
                let shared = termsOf(k).intersection(termsOf(r))
                guard shared.count >= 2, !Opposition.modifiedApart(contents[k], contents[r], shared: shared),
                    contradict(
                        k, r, shared: shared, claims: claims, contents: contents, run: run, names: names, opposition)
                else { continue }
                twoSided.insert(k)
                twoSided.insert(r)
            }
        }
        let ownSides: [Entry] =
            denied.map { ($0, true, true, false) } + left.filter(twoSided.contains).map { ($0, false, false, true) }
        let own: [Entry] = ownSides + unsaid.map { ($0, true, true, false) }
        guard !retold.isEmpty else { return own }
        guard !rejecting.isEmpty else { return retold.map { ($0, true, false, false) } + own }
        // The claims that reject a statement as a whole (`the story is false`), read once for the article.
        let wholesale = rejecting.filter { rejectsStatement(contents[$0], opposition, words) }
        return retold.map { k in
            // The claim rejects what it retells itself (`the post claimed ..., a hoax`), or the article rejects a
            // report it names as a whole.
            if rejection(in: contents[k], opposition) != nil { return (k, true, true, false) }
            // A report rejected as a whole is this claim's when a report, post or story noun carries the claim (in
            // it or in the words before it: `a post claimed ...` and `the post is a hoax`), or the rejection names
            // something the claim says. A claim that only holds a retelling word in another sense (`officers posted
            // at the harbour`) is not reached by a rumour about the ferry rejected in the same article.
            if wholesale.contains(where: { $0 != k }),
                reported(claims[k], contents[k], documents[claims[k].document], words)
            {
                let document = documents[claims[k].document]
                let carried =
                    contents[k].words.contains { words.statements.contains(singular($0.key)) }
                    || lead(claims[k], document).contains { words.statements.contains(singular($0.key)) }
                if carried || wholesale.contains(where: { $0 != k && !termsOf(k).isDisjoint(with: termsOf($0)) }) {
                    return (k, true, true, false)
                }
            }
            let rejected = rejecting.contains { r in
                r != k && opposed(k, by: r)
            }
            return (k, true, rejected, false)
        } + own
    }

    /// Whether claim `r` of an article denies or refutes claim `k` of the same article, by the rules that find a
    /// contradiction across articles (`Opposition`); `shared` is the terms the two claims share. Every rule needs two
    /// shared words at least (a subject and what is denied of it).
    static func opposes(
        _ k: Int, _ r: Int, shared: Set<String>, claims: [Claim], contents: [ClaimContent], run: ClaimPair.Run,
        names: [SpeakerNames], _ opposition: Opposition
    ) -> Bool {
        guard shared.count >= 2 else { return false }
        let pair = pair(k, r, shared: shared, claims: claims, contents: contents, run: run, names: names)
        return opposition.denial(pair) != nil || opposition.refutation(pair) != nil
    }

    /// Whether two claims an article states in its own voice say opposite words of one thing (`a baby boy` and `a
    /// baby girl`): neither word is the article's side.
    static func contradict(
        _ k: Int, _ r: Int, shared: Set<String>, claims: [Claim], contents: [ClaimContent], run: ClaimPair.Run,
        names: [SpeakerNames], _ opposition: Opposition
    ) -> Bool {
        guard shared.count >= 2 else { return false }
        let pair = pair(k, r, shared: shared, claims: claims, contents: contents, run: run, names: names)
        return opposition.oppositeWords(pair) != nil
    }

    /// Two claims of one article as a pair of the run, with no speakers read.
    private static func pair(
        _ k: Int, _ r: Int, shared: Set<String>, claims: [Claim], contents: [ClaimContent], run: ClaimPair.Run,
        names: [SpeakerNames]
    ) -> ClaimPair {
        ClaimPair(
            a: claims[k], b: claims[r], contentA: contents[k], contentB: contents[r], similarity: 0,
            shared: shared, run: run, speakers: (nil, nil), names: (names[k], names[r]))
    }

    /// A claim's terms, without the figure keys (`#`).
    static func terms(of content: ClaimContent) -> Set<String> {
        Set(content.terms.compactMap { $0 }.filter { !$0.hasPrefix("#") })
    }

    /// Whether a claim names a report or passes one on (`reports claimed`, `according to`), or its source is a
    /// report, a post or a story: what an article rejects when it rejects such a statement as a whole (`the story
    /// is false`). A statement or a document named in passing (`a court statement names her`) is not enough there.
    static func reported(_ claim: Claim, _ content: ClaimContent, _ document: Document, _ words: Words) -> Bool {
        if carried(claim, document, words) { return true }
        if claim.attribution != nil { return false }
        return !content.reportWords.isEmpty
            || content.words.indices.contains { words.retelling.match(content.words, at: $0) != nil }
    }

    /// Whether a claim is retold from a report, a post or a story: its source is one (`the article said`,
    /// `according to several reports`), or the outlet's own sentence names a report or a document (`reports`,
    /// `claimed`, `a video`) or passes one on (`according to`, `surfaced`). A claim credited to a named speaker
    /// keeps its voice: `the militia says the mayor was captured` against `the mayor was never there` is a dispute
    /// between the militia and the other side, whatever the article that tells it believes.
    static func fromReport(_ claim: Claim, _ content: ClaimContent, _ document: Document, words: Words) -> Bool {
        if carried(claim, document, words) { return true }
        if claim.attribution != nil { return false }
        if !content.reportWords.isEmpty || content.words.contains(where: { words.carriers.contains($0.key) }) {
            return true
        }
        return content.words.indices.contains { words.retelling.match(content.words, at: $0) != nil }
    }

    /// Whether the source a sentence names for a claim is a report, a post or a story: a common noun among the
    /// words that name it (`several reports`, `according to a post on a forum`, though the post is then credited
    /// to the outlet), not a name with one (`the Daily Post`), and only in the noun phrase (`Isis, which media
    /// reports have quoted,` names no report).
    static func carried(_ claim: Claim, _ document: Document, _ words: Words) -> Bool {
        if claim.attribution == nil { return leadIn(claim, document, words) }
        // A source resolved to a name (`a blog linked to the militia` credited to the militia) is that speaker.
        if claim.source.name.split(separator: " ").contains(where: {
            $0.unicodeScalars.first?.isUppercaseLetter == true
        }) {
            return false
        }
        let names = claim.sourceSpans.map { document.text(of: $0) } + [claim.source.name]
        return names.contains { name in
            let phrase = name.prefix { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }
            return phrase.split(separator: " ").contains { word in
                guard word.unicodeScalars.first?.isUppercaseLetter != true else { return false }
                let folded = String(word).folded
                // A plural the lists leave out (`messages`, `posts`).
                return words.carriers.contains(folded)
                    || (folded.hasSuffix("s") && words.carriers.contains(String(folded.dropLast())))
            }
        }
    }

    /// Whether the words before an outlet's claim in its sentence name a report, a post or a story as a common noun
    /// or pass one on (`According to a post on a forum, ...`): a source that is no speaker is credited to the
    /// outlet (`Comparer.recreditUnfitSpeakers`), and these words are then all that tells the claim is retold.
    static func leadIn(_ claim: Claim, _ document: Document, _ words: Words) -> Bool {
        let lead = lead(claim, document)
        return lead.indices.contains { k in
            if words.retelling.match(lead, at: k) != nil { return true }
            let key = lead[k].key
            return lead[k].text.unicodeScalars.first?.isUppercaseLetter != true
                && (words.carriers.contains(key)
                    || (key.hasSuffix("s") && words.carriers.contains(String(key.dropLast()))))
        }
    }

    /// Whether a claim is what a negated report says no one said: the last word before it in its sentence (or the one
    /// before a last `that`, `on` or `about`) is a verb of saying or thinking (`Opposition.reportVerbs`), and a
    /// negation that is no verb (`no`, `not`, `never`, `didn't`; not `denied`, which takes its own object) stands
    /// among the three words before that verb with no punctuation between them (`no one had reported [a flash of
    /// light]`, `officials would not confirm that [the bridge collapsed]`, `the group has not commented on [the
    /// truce]`; not `police said [no one was hurt]`, `Nobody drowned, police said [...]`, `Olsen, never shy, said
    /// [...]`).
    static func unreported(_ claim: Claim, _ document: Document, _ opposition: Opposition, _ words: Words) -> Bool {
        let lead = lead(claim, document)
        guard var verb = lead.indices.last else { return false }
        if ["that", "on", "about", "upon"].contains(lead[verb].key), verb > 0 { verb -= 1 }
        guard opposition.reportVerbs.contains(lead[verb].key) else { return false }
        let scalars = document.scalars
        return (max(0, verb - 3)..<verb).contains { j in
            let key = lead[j].key
            guard words.negations.contains(key), ContentReader.isGrammaticalNegation(key) else { return false }
            let from = lead[j].span.end
            let to = min(lead[verb].span.start, scalars.count)
            return from >= to || !(from..<to).contains { ",;:()\u{2014}\u{2013}".unicodeScalars.contains(scalars[$0]) }
        }
    }

    /// A noun's key without a plural `s` (`reports`, `report`).
    static func singular(_ key: String) -> String { key.count > 3 && key.hasSuffix("s") ? String(key.dropLast()) : key }

    /// The words before a claim in its sentence, up to 160 scalars back (`A post circulating online claimed that`).
    static func lead(_ claim: Claim, _ document: Document) -> [FrameWord] {
        guard let start = claim.spans.first?.start, start > 0 else { return [] }
        let scalars = document.scalars
        var from = min(start, scalars.count)
        while from > 0 && start - from < 160 && !["." as Unicode.Scalar, "!", "?", "\n"].contains(scalars[from - 1]) {
            from -= 1
        }
        guard from < start else { return [] }
        return FrameWord.words(in: [TextSpan(from, start)], of: document)
    }

    /// The first word of a claim that rejects what it is said of (`a hoax`, `doctored to show`, `was false`): a
    /// rejection word that describes no noun after it (`a satirical weekly`, `a fake passport` describe one).
    static func rejection(in content: ClaimContent, _ opposition: Opposition) -> Int? {
        content.words.indices.first { k in
            opposition.rejectionWords.contains(content.words[k].key)
                && (k + 1 == content.words.count || content.terms[k + 1] == nil)
        }
    }

    /// Whether a claim rejects a statement as a whole: a rejection word (`rejection(in:)`) with a statement, report
    /// or document noun up to twelve words before it in its sentence (`the report may have drawn many readers but
    /// is wholly inaccurate`, `the post was a hoax`), or a verb of rejection with one up to three words after it
    /// (`dismissed the rumour`).
    static func rejectsStatement(_ content: ClaimContent, _ opposition: Opposition, _ words: Words) -> Bool {
        let keys = content.words.map(\.key)
        let sentenceOf: (Int) -> Range<Int> = { k in
            content.sentences.first { $0.contains(k) } ?? 0..<keys.count
        }
        for (k, key) in keys.enumerated() {
            let sentence = sentenceOf(k)
            if opposition.rejectionWords.contains(key), k + 1 == keys.count || content.terms[k + 1] == nil,
                (max(sentence.lowerBound, k - 12)..<k).contains(where: { words.statements.contains(keys[$0]) })
            {
                return true
            }
            if ContentReader.denyingVerbs.contains(key),
                (k + 1..<min(sentence.upperBound, k + 4)).contains(where: { words.statements.contains(keys[$0]) })
            {
                return true
            }
        }
        return false
    }
}
