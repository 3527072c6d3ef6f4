import Foundation

/// Refutations (`false`, `unrelated`, `a hoax`): a claim that rejects a statement as a whole, next to words of a
/// clause the other claim asserts.
extension Opposition {
    /// `b` rejects a statement as a whole (`false`, `unrelated`) next to words of a clause that `a` asserts.
    func refutation(_ pair: ClaimPair) -> Proposal? {
        // Both sides reject something (`a fake press release ... the hoax` against `completely fake`): the
        // asserting side does not state what the other rejects; most often both reject the same story.
        guard let word = pair.contentB.refutation, pair.contentA.refutation == nil,
            !pair.contentA.words.contains(where: { rejectionWords.contains($0.key) })
        else { return nil }
        let pos = pair.contentA
        let neg = pair.contentB
        let clauseR = neg.clause(of: word.lowerBound)
        // A report noun (`rumours`) names a story without calling it false (`first heard in rumours`, `the launch
        // fits the rumours`): it rejects one only when said of it (`are just rumours`, `dismissed as a rumour`).
        if word.count == 1, reportNouns.contains(neg.words[word.lowerBound].key),
            !Opposition.calledSo(word.lowerBound, in: neg)
        {
            return nil
        }
        guard !neg.isUncommitted(word.lowerBound),
            let alignment = PropositionAlignment.align(
                pos, neg, rarity: pair.rarity, fixedB: clauseR, weights: pair.clauseWeights, predicates: false),
            alignment.shared.count >= 2
        else { return nil }
        let clauseP = alignment.clauseA
        // The asserting clause neither refutes nor denies anything itself, and commits to what they share, at a
        // time that may be the same.
        if Opposition.negates(clauseP, pos) || ClaimContent.timesApart(pos, clauseP, neg, clauseR) { return nil }
        let sharedInP = clauseP.filter { k in pos.terms[k].map { alignment.shared.contains($0) } == true }
        // Shared words that only name what a report says (`in response to the rumours of her capture in the
        // town`: after a report noun and its `of`, `that` or `about`) assert nothing the rejection could contradict;
        // nor do words after `about` (`doubts about the article on the mayor's arrest`), which name a topic.
        let reported = sharedInP.filter { k in
            pos.words[k].text.unicodeScalars.first?.isUppercaseLetter != true
                && !pos.reportWords.contains(k)
                && (clauseP.lowerBound..<k).contains { r in
                    ((pos.reportWords.contains(r) || newsNouns.contains(pos.words[r].key)) && r + 1 < k
                        && ["of", "that", "about"].contains(pos.words[r + 1].key))
                        || Opposition.topic(r, before: k, in: pos)
                }
        }
        let said = sharedInP.filter { k in
            pos.words[k].text.unicodeScalars.first?.isUppercaseLetter != true && !pos.reportWords.contains(k)
        }
        if !said.isEmpty && reported.count == said.count { return nil }
        // Nor words said only as another's (`the mayor asserted that the pier had closed`).
        if !said.isEmpty && said.allSatisfy({ inReportedSpeech($0, in: pos) }) { return nil }
        // Shared words said only within a likeness (`felt as if he were in a cell`) assert nothing literally.
        if !said.isEmpty && said.allSatisfy({ likened($0, in: pos) }) { return nil }
        guard !sharedInP.isEmpty, !sharedInP.allSatisfy({ pos.isUncommitted($0) }),
            !sharedInP.contains(where: { pos.isDenied($0) }),
            !sharedInP.contains(where: { Opposition.hedged($0, in: pos) })
        else { return nil }
        // What is refuted comes before the word (`claims of a ceasefire ... are false`), or after a phrase
        // (`nothing to do with a gas leak`).
        let after = neg.words[word].count > 1 ? 6 : 0
        let near = max(clauseR.lowerBound, word.lowerBound - 8)..<min(clauseR.upperBound, word.upperBound + after)
        // A denied link (`X had nothing to do with Y`, `X is unrelated to Y`) is about its X: the last content word
        // before it (in `the pilots he hired were unrelated to the strike` it is the pilots) is
        // said in the asserting clause too. Two things denied a link together (`the blast and the comet are
        // unrelated`) contradict a link: the asserting claim says one (`linkWords`: `caused`, `a piece of`), not
        // only names the two (`the comet passed 40,000 km from Earth`). A denial of one's part (`Marek had nothing to
        // do with the bombing`) meets any clause that gives it one (`Marek was involved in the bombing`).
        let link = neg.words[word].map(\.key).joined(separator: " ")
        if linkRefutations.contains(link) {
            if let x = (max(0, word.lowerBound - 6)..<word.lowerBound).last(where: { k in
                neg.terms[k].map { !$0.hasPrefix("#") } == true
            }),
                let term = neg.terms[x], !pos.contentTerms(in: clauseP).contains(term)
            {
                return nil
            }
            let pairedThings =
                word.lowerBound >= 2 && neg.words[word.lowerBound - 1].key == "are"
                && (max(clauseR.lowerBound, word.lowerBound - 8)..<word.lowerBound - 1).contains {
                    neg.words[$0].key == "and"
                }
            // Anywhere in the claim: `because`, `due` may open a clause of their own (`prices rose because of
            // the strike`).
            if pairedThings && !pos.words.contains(where: { linkWords.contains($0.key) }) { return nil }
        }
        // A word that judges more than statements (`wrong`, `incorrect`) rejects a statement only when said of
        // one: a report noun or a statement before it (`the claim ... is incorrect`), not `things had gone wrong`
        // or `his use of the word was incorrect`.
        if evaluativeRefutations.contains(neg.words[word].map(\.key).joined(separator: " ")),
            !(near.lowerBound..<word.lowerBound).contains(where: { k in
                neg.reportWords.contains(k) || newsNouns.contains(neg.words[k].key)
                    || statementNouns.contains(neg.words[k].key)
            })
        {
            return nil
        }
        guard near.contains(where: { k in neg.terms[k].map { alignment.shared.contains($0) } == true }) else {
            return nil
        }
        // A statement named before the word (`the story was false`) that the asserting clause names too (`told him
        // to stop telling the story`): that clause talks about the story, it does not tell it. A figure it gives
        // (`the $72 million figure`) it states.
        if let noun = (max(clauseR.lowerBound, word.lowerBound - 10)..<word.lowerBound).last(where: { k in
            statementNouns.contains(neg.words[k].key)
        }),
            clauseP.contains(where: { k in
                pos.words[k].key == neg.words[noun].key
                    && !(max(clauseP.lowerBound, k - 3)..<k).contains { pos.words[$0].isNumber }
            })
        {
            return nil
        }
        // The refuted statement is what the asserting clause says, not only whom or what it is about: besides
        // names, the two share what is said of them (`Refutation.predicateWords`).
        if Opposition.predicateWords(refuted: clauseR, word: word, in: neg, asserted: pos.contentTerms(in: clauseP))
            .count < Opposition.refutedPredicateWords
        {
            return nil
        }
        // The refuted proposition is the other claim's: said of someone it describes (`the senator, who has
        // called the plan a hoax,`) the word is background; said of statements it does not name (`repeating false
        // statements`) it refutes nothing the other side says; after `the claim that`, the refuted proposition's
        // first word (its subject, most often) is said in the asserting clause.
        if !refutesProposition(word, within: near, in: neg, assertedTerms: pos.contentTerms(in: clauseP)) {
            return nil
        }
        // What is rejected is said of something: a shared word in lower case, used in the same role on both sides.
        // `the rumour that she was captured is not true` rejects `she was captured`, not `capturing parts of the
        // town` (another actor's doing) or `their captured nationals` (a description of other people).
        guard Opposition.sameRole(pos, clauseP, neg, near.lowerBound..<word.lowerBound, shared: alignment.shared),
            let anchor = near.first(where: { k in neg.terms[k].map { alignment.shared.contains($0) } == true }),
            let asserted = clauseP.first(where: { k in pos.terms[k] == neg.terms[anchor] }),
            !Opposition.namedApart(pos, around: asserted, neg, around: anchor, shared: alignment.shared)
        else { return nil }
        var f = Opposition.sideFeatures(pair, alignment, asserting: clauseP, denying: clauseR)
        f[.refutation] = 1
        let refuted = neg.contentTerms(in: clauseR).subtracting(neg.contentTerms(in: word))
        f[.scopeShare] = Double(refuted.intersection(alignment.shared).count) / Double(max(refuted.count, 1))
        f[.subjectUnknown] = 1
        let text = neg.words[word].map(\.text).joined(separator: " ")
        let relation = pair.relation(
            .conflict, rule: "refutation: “\(text)”", score: 0.5,
            explanation:
                "\(pair.b.source.name) calls it “\(text)” while \(pair.a.source.name) states it (\(Opposition.alignmentText(pair, alignment))).",
            evidence: [pair.evidence(pair.a, pos, clauseP), pair.evidence(pair.b, neg, near)])
        return Proposal(relation: relation, family: .conflict, features: f)
    }

    /// Words right before a report noun that call the story it names false or idle: a copula (`the reports are
    /// rumours`, `remain rumours`, `it's a rumour`) or `as` (`dismissed as rumours`).
    static let callingWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "as", "remain", "remains", "remained", "seem", "seems",
        "seemed", "it's", "that's", "they're",
    ]

    /// Words that may stand between a calling word and the report noun: articles and words that belittle the story
    /// (`are just a rumour`, `nothing but rumours`, `as mere rumours`).
    static let belittlingWords: Set<String> = [
        "a", "an", "the", "mere", "merely", "just", "only", "nothing", "but", "pure", "idle", "simply",
    ]

    /// Whether a report noun at word `k` is said of a statement as its judgement: a calling word right before it,
    /// articles and belittling words aside (`were just a rumour`, `dismissed as rumours`), not one a few words
    /// back (`as mentioned in rumours` names where a story was told).
    static func calledSo(_ k: Int, in content: ClaimContent) -> Bool {
        var j = k - 1
        while j >= 0 && belittlingWords.contains(content.words[j].key) { j -= 1 }
        return j >= 0 && callingWords.contains(content.words[j].key)
    }

    /// Whether word `r` is an `about` that opens a topic reaching word `k` (`doubts about the article`), not an
    /// approximation before a figure (`about 30 people`, `about a dozen`).
    static func topic(_ r: Int, before k: Int, in content: ClaimContent) -> Bool {
        guard content.words[r].key == "about", r + 1 < k else { return false }
        let next = content.words[r + 1]
        return !next.isNumber && !["a", "an", "half", "twice", "one", "two", "three"].contains(next.key)
    }

    /// How many words of what a refutation rejects, besides names, the asserting clause must say: a name or two
    /// and a setting (`Mayor Lind`, `the Korsby fair`) are what many statements are about; a rejected statement is
    /// met only when what it says of them is said too (`the story that Mayor Lind tumbled from a ladder at the
    /// Korsby fair is a hoax` against `Mayor Lind opened the Korsby fair`: one word, `fair`, no statement met).
    /// Words are told from names by their capital only, so a subject and setting written in lower case (`the
    /// mayor`, `the fair`) count as two words said. Chosen on development stories, checked on others.
    static let refutedPredicateWords = 2

    /// The terms of the refuting clause `refuted` (the refutation `word` itself, report words, names and figures
    /// left out) that the asserting clause also has among `asserted`: what the two say of what they are about. The
    /// whole clause, since the rejected statement may open it far before the word (`the story that the mayor
    /// tumbled from a ladder at the town fair on Saturday is a hoax`).
    static func predicateWords(
        refuted: Range<Int>, word: Range<Int>, in neg: ClaimContent, asserted: Set<String>
    ) -> Set<String> {
        Set(
            refuted.compactMap { k -> String? in
                guard !word.contains(k), !neg.reportWords.contains(k), let term = neg.terms[k],
                    !term.hasPrefix("~"), !term.hasPrefix("#"), asserted.contains(term),
                    neg.words[k].text.unicodeScalars.first?.isUppercaseLetter != true
                else { return nil }
                return term
            })
    }

    /// Whether a refutation word rejects a proposition the asserting clause (`assertedTerms`) can state: not a
    /// word in a relative clause describing someone (`who`), not one qualifying statements it leaves unnamed
    /// (`false statements`, with no `that`, `of` or `about` after the noun), and, when a statement noun opens the
    /// refuted proposition with `that`, that proposition's first content word is among the asserted terms.
    func refutesProposition(
        _ word: Range<Int>, within near: Range<Int>, in neg: ClaimContent, assertedTerms: Set<String>
    ) -> Bool {
        let words = neg.words
        let clause = neg.clause(of: word.lowerBound)
        let described = max(clause.lowerBound, word.lowerBound - 12)..<word.lowerBound
        // As written, so that an organisation's initials (`WHO`) are no relative pronoun.
        if described.contains(where: { ["who", "whom"].contains(words[$0].text) }) { return false }
        let statement: (Int) -> Bool = { k in
            neg.reportWords.contains(k) || statementNouns.contains(words[k].key)
        }
        let end = max(word.upperBound, min(clause.upperBound, word.upperBound + 4))
        if let noun = (word.upperBound..<end).first(where: statement),
            // The word describes the noun (`false, unkind and costly statements`), no phrase between.
            !(word.upperBound..<noun).contains(where: { k in
                !["and", "or"].contains(words[k].key) && Opposition.phraseEnds.contains(words[k].key)
            })
        {
            // `false statements that were made about him`: a `that` before a finite verb opens a description.
            let next = noun + 1 < words.count ? words[noun + 1].key : ""
            let then = noun + 2 < words.count ? words[noun + 2].key : ""
            if !["that", "of", "about"].contains(next)
                || (next == "that" && Opposition.finiteAuxiliaries.contains(then))
            {
                return false
            }
        }
        let opener = (max(0, word.lowerBound - 12)..<word.lowerBound).last { k in
            k + 1 < word.lowerBound && statement(k) && words[k + 1].key == "that"
        }
        if let opener,
            let first = (opener + 2..<word.lowerBound).first(where: { k in
                neg.terms[k].map { !$0.hasPrefix("#") } == true
            }),
            let term = neg.terms[first], !assertedTerms.contains(term)
        {
            return false
        }
        return true
    }
}
