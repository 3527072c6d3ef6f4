import Foundation

/// Denials (`was not the wife of ...` against `detained the second wife of ...`): what a denial is about, the roles
/// the two clauses give their words, and whether the asserting claim states what is denied.
extension Opposition {
    /// Prepositions that place what they govern (`not in Harwich`, `nowhere near the border`).
    static let locatives: Set<String> = ["in", "at", "near", "inside", "from", "on", "within"]

    /// Verbs of denial that, in the passive, say what happened to their subject (`was dismissed as campaign
    /// manager`, `were rejected at the border`): what follows them is not denied.
    static let denyingVerbs: Set<String> = ["denied", "rejected", "dismissed", "refuted"]

    /// Whether a denial's cue is a verb of denial in the passive (`was dismissed`, `had been rejected`).
    static func passiveDenial(_ cue: Range<Int>, in content: ClaimContent) -> Bool {
        guard cue.count == 1, denyingVerbs.contains(content.words[cue.lowerBound].key) else { return false }
        return (max(0, cue.lowerBound - 2)..<cue.lowerBound).contains {
            passiveAuxiliaries.contains(content.words[$0].key)
        }
    }

    /// Whether a claim credited with a denying verb is a noun phrase of things one grants or refuses (`[denying]
    /// requests for more lifeguards`, `[denied] permission to land`): one of `grantables` among
    /// its first four words as the head of its phrase (a function word or the end after it; not `bid rigging`), no
    /// verb of its own before a relative word, and not opened by `any`, `ever` or a verb in `-ing` (`denied any
    /// request`, `denied filing an appeal` deny a statement). The verb refuses them.
    func refused(_ content: ClaimContent, _ scalars: ScalarText) -> Bool {
        let words = content.words
        // After `that` (`dismissed claims that appeals take a year`) the claim is a clause, whatever its words.
        guard let first = words.first, scalars.word(before: first.span.start).text != "that",
            !["any", "ever"].contains(first.key), !first.key.hasSuffix("ing"),
            words.indices.prefix(4).contains(where: { i in
                grantables.contains(words[i].key) && (i + 1 == words.count || content.terms[i + 1] == nil)
            })
        else { return false }
        return !ContentReader.verbBeforeRelative(words[...], verbs: verbForms)
    }

    /// Whether a clause grants or obtains what a refusal refuses: one of `grantingVerbs` up to four words before one
    /// of `grantables` in it (`granted the request`, `gave reporters access`, `won its appeal`), or in the two words
    /// before the claim when the claim opens with the thing (`agreed to [demands for a recount]`, the attribution's
    /// cue). The thing heads its phrase (not `an entry ban`). A verb of receiving or issuing grants only what one
    /// is given, as its own object (`issued visas`, `received bail`; not `received requests for permits`):
    /// `received requests` and `issued demands` tell of requests made.
    func granted(_ content: ClaimContent, _ clause: Range<Int>, _ scalars: ScalarText) -> Bool {
        let words = content.words
        if clause.contains(where: { i in
            grantables.contains(words[i].key) && (i + 1 == words.count || content.terms[i + 1] == nil)
                && (max(clause.lowerBound, i - 4)..<i).contains { v in
                    // A verb of receiving takes the thing as its own object: no preposition between.
                    grants(words[v].key, words[i].key)
                        && (grantingVerbs.contains(words[v].key)
                            || !(v + 1..<i).contains { Opposition.objectBreaks.contains(words[$0].key) })
                }
        }) {
            return true
        }
        guard let first = words.first,
            let thing = words.prefix(4).first(where: { grantables.contains($0.key) })?.key
        else { return false }
        let before = scalars.word(before: first.span.start)
        return grants(before.text, thing) || grants(scalars.word(before: before.start).text, thing)
    }

    /// Words that end a verb's object before a later noun (`received requests for permits`): prepositions.
    static let objectBreaks: Set<String> = ["for", "about", "of", "on", "over", "against", "to", "from", "with"]

    /// Whether `verb` grants or obtains `thing`: a granting verb over any grantable, a verb of receiving or issuing
    /// over one that is given.
    private func grants(_ verb: String, _ thing: String) -> Bool {
        grantingVerbs.contains(verb) || (receivingVerbs.contains(verb) && givenThings.contains(thing))
    }

    /// Denials that quantify the subject (`none of the hospitals have the facilities`): what they deny is the
    /// predicate after the noun phrase.
    static let partitives: Set<String> = ["none", "neither", "nobody", "nothing"]

    /// Denials of a noun phrase rather than a verb (`no official notification`, `none of the bodies`).
    static let determiners: Set<String> = ["no", "none", "nothing", "nobody", "neither", "nor"]

    /// The word a denial is about: the first content word it governs (`not captured`, `never in Harwich`); for a
    /// denial of a noun phrase, the phrase's head noun (`notification` in `no official notification from`).
    static func focus(of negation: (cue: Range<Int>, scope: Range<Int>), in content: ClaimContent) -> Int? {
        if isNounDenial(negation, in: content) {
            // The run of content words that opens the scope (function words before it skipped, `of the` in
            // `none of the bodies`): its last word is the head.
            var head: Int?
            var started = false
            for k in negation.scope {
                let key = content.words[k].key
                // A participle after the head describes it (`bodies found in`): the phrase ends there.
                if head != nil && (key.hasSuffix("ed") || key.hasSuffix("ing")) { break }
                if let term = content.terms[k] {
                    if !term.hasPrefix("#") { head = k }
                    started = true
                } else if started {
                    break
                }
            }
            if let head { return head }
        }
        return negation.scope.first(where: { k in content.terms[k].map { !$0.hasPrefix("#") } ?? false })
            ?? negation.scope.first(where: { content.terms[$0] != nil })
    }

    /// `b` denies what `a` asserts: the first content word the denial governs is in the aligned clause of `a`,
    /// asserted there, most of what is denied is said there, and the subjects are not different.
    func denial(_ pair: ClaimPair) -> Proposal? {
        let pos = pair.contentA
        let neg = pair.contentB
        // The asserting side says something: two content words at least (`the ceasefire` alone asserts nothing).
        guard pos.weights.count >= 2 else { return nil }
        for negation in neg.negations {
            let clauseN =
                negation.cue.isEmpty
                ? (neg.clauses.first ?? 0..<neg.words.count) : neg.clause(of: negation.cue.lowerBound)
            // A denial in the passive, under a condition, a fear or a withheld judgement, or the consequence of a
            // counterfactual (`without the bypass, the market would not have survived`), denies nothing.
            if !negation.cue.isEmpty
                && (Opposition.passiveDenial(negation.cue, in: neg) || neg.isUncommitted(negation.cue.lowerBound)
                    || Opposition.counterfactual(negation.cue, in: neg))
            {
                continue
            }
            guard let focus = Opposition.focus(of: negation, in: neg),
                let focusTerm = neg.terms[focus],
                let alignment = PropositionAlignment.align(
                    pos, neg, rarity: pair.rarity, fixedB: clauseN, weights: pair.clauseWeights, predicates: false)
            else { continue }
            let clauseP = alignment.clauseA
            // Another time, another happening.
            if ClaimContent.timesApart(pos, clauseP, neg, clauseN) { continue }
            // A denying verb over things one grants refuses them (`denying requests for more lifeguards`): it
            // contradicts a side that grants them (`the board granted the requests`), not one that tells of them
            // being made or turned down.
            if negation.cue.isEmpty, refused(neg, pair.documents[pair.b.document].scalars),
                !granted(pos, clauseP, pair.documents[pair.a.document].scalars)
            {
                continue
            }
            // The denying claim asserts what it denies elsewhere (`ten were caught ... and dozens more that were
            // not caught`): the denial is about something else, and the claim says what the other side says.
            if Opposition.assertsElsewhere(focusTerm, outside: negation.scope, in: neg) { continue }
            let termsP = pos.contentTerms(in: clauseP)
            // `could not get the pumps to work` denies that they worked: the other clause must say that verb, or the
            // causative itself (`did not get enough votes to pass` against `got enough votes`).
            if let caused = Opposition.causedPredicate(negation.scope, focus: focus, in: neg),
                let causedTerm = neg.terms[caused], !termsP.contains(where: { Opposition.sameStem(causedTerm, $0) }),
                let causative = negation.scope.first.flatMap({ Opposition.causatives[neg.words[$0].key] }),
                !clauseP.contains(where: { Opposition.causatives[pos.words[$0].key] == causative })
            {
                continue
            }
            // `disputed the harbour board's claim`: a denial of a statement named, not told, contradicts that
            // statement's owner, so the other side must be credited to a name the denial gives; a claim that only
            // mentions such claims (`staff say the board's claims about the pier are accurate`) is another speaker's.
            if negation.cue.isEmpty, ContentReader.namesStatement(neg.words, statements: statementNouns) {
                let owners = Set(neg.terms.compactMap { $0 }.filter { $0.hasPrefix("~") })
                let credited = Set(
                    pair.a.source.name.split(separator: " ").map { ContentReader.skeleton(String($0).lowercased()) })
                if owners.isDisjoint(with: credited) { continue }
            }
            // The head of what is denied is said in the other clause, and asserted there: not denied, not under
            // a condition, not where a judgement is withheld.
            // What an attempt or a call aims at is not done (`tried to raise the ferry`): the deed, when the
            // clause also states it (`tried to storm the barracks and stormed them`), is what the denial meets.
            guard
                let asserted = clauseP.first(where: { pos.terms[$0] == focusTerm && !attempted($0, in: pos) }),
                !pos.isDenied(asserted),
                !pos.isUncommitted(asserted), !Opposition.privative(before: asserted, in: pos),
                !Opposition.hedged(asserted, in: pos), !Opposition.required(asserted, in: pos),
                // Retold as another's words (`the mayor asserted that the pier had closed`): not the side's own;
                // nor a denial so retold (`she asserted that the pier had not closed`).
                !inReportedSpeech(asserted, in: pos), !namedFalsehood(asserted, in: pos),
                negation.cue.isEmpty || !inReportedSpeech(negation.cue.lowerBound, in: neg)
            else { continue }
            // A likeness is no statement of fact: `felt like he was in a cell` does not say he was in one.
            if likened(asserted, in: pos) { continue }
            // What a `where` or `who` clause says describes a place or a person (`the quay where the old ferry
            // sank`): background to the clause's own proposition, which is what a denial must meet.
            if described(asserted, in: pos) { continue }
            // A condition opened anywhere before it in the claim (`if the mayor meant it, then the bridge is
            // closed`) leaves it unasserted, however the clauses were cut.
            if conditioned(asserted, in: pos) { continue }
            // What a noun of supposition puts forward (`the idea that the pier will close`) is neither asserted nor
            // denied by the claim. Commas end the supposition's clause, so the texts are read.
            let docs = pair.documents
            let (scalarsP, scalarsN) = (docs[pair.a.document].scalars, docs[pair.b.document].scalars)
            // Nor is what a hearsay noun carries or a sentence asks (`rumours that the pier will close`).
            if proposed(asserted, in: pos, scalarsP) || unvoiced(asserted, in: pos, scalarsP)
                || (!negation.cue.isEmpty
                    && (proposed(negation.cue.lowerBound, in: neg, scalarsN)
                        || unvoiced(negation.cue.lowerBound, in: neg, scalarsN)))
            {
                continue
            }
            let nounDenial = Opposition.isNounDenial(negation, in: neg)
            // A participle describing a noun (`the released files`, `the board's released files`) asserts nothing a
            // denial could contradict. A denied noun is no participle, whatever its ending (`children`, `women`).
            if !nounDenial,
                Opposition.role(asserted, in: pos) == .attributive || Opposition.possessed(asserted, in: pos)
            {
                continue
            }
            // A denied noun is the head on the other side too, not a word describing another noun (`no rail
            // access` does not deny `rail tickets`).
            if nounDenial && Opposition.modifies(asserted, in: pos) { continue }
            // What a denied noun phrase says of its head is said of the same head on the other side, within three
            // words of it (`no perfect plan` does not deny `the harbour plan`; `not a coastal town` does not deny
            // `the town`; `no paved airstrip` does not deny `a paved road to the airstrip`).
            let nearAsserted = Set(
                (max(clauseP.lowerBound, asserted - 3)..<min(clauseP.upperBound, asserted + 4)).compactMap {
                    pos.terms[$0]
                })
            if nounDenial, !negation.cue.isEmpty,
                (negation.cue.upperBound..<max(negation.cue.upperBound, focus)).contains(where: { j in
                    neg.terms[j].map { !$0.hasPrefix("#") && !nearAsserted.contains($0) } == true
                })
            {
                continue
            }
            // A denied figure (`does not weigh 21 grams more`) is denied of that value only: the other side must
            // state it (`weighs 21 grams more`), not another (`weighs 0.8 grams more`) or none.
            if !Opposition.statesDeniedFigure(negation, neg, clauseP, pos) { continue }
            // Both sides deny it (`plenty of others that did not get turned back` quoted twice): they agree.
            if pos.words.indices.contains(where: { pos.terms[$0] == focusTerm && pos.isDenied($0) }) { continue }
            // `failed to show up` does not deny that documents `show`: a verb with its particle is another verb.
            if Opposition.particle(after: focus, in: neg) != Opposition.particle(after: asserted, in: pos) { continue }
            // The other clause denies or refutes nothing itself: two denials agree, they do not conflict.
            if Opposition.negates(clauseP, pos) { continue }
            let subjectN =
                negation.cue.isEmpty
                ? Set<String>() : Opposition.ownSubject(neg, in: clauseN, before: negation.cue.lowerBound)
            // `None of the bodies found in the grave belongs to the students`: a denial that opens its clause
            // denies the whole clause, whose predicate comes after the noun phrase; most of it must be said on
            // the other side.
            let cueWord =
                negation.cue.isEmpty
                ? (neg.creditedDenial?.lowercased() ?? "") : neg.words[negation.cue.lowerBound].key
            // One speaker's `I have no lobbyists` against the same speaker's clause about someone else denies what the
            // speaker has, not the whole clause (`ownPossession`).
            let wholeClause =
                (subjectN.isEmpty && Opposition.determiners.contains(cueWord)
                    && !ownPossession(pair, before: negation.cue.lowerBound, in: neg, clause: clauseN, other: clauseP))
                || Opposition.partitives.contains(cueWord)
            let scope = wholeClause ? negation.scope.lowerBound..<clauseN.upperBound : negation.scope
            let scopeTerms = neg.contentTerms(in: scope)
            let scopeShared = scopeTerms.intersection(termsP)
            let scopeShare = Double(scopeShared.count) / Double(max(scopeTerms.count, 1))
            // What a partitive denies is its predicate, at the end of the clause (`none of the boats found in
            // the harbour belongs to the fishermen`): half the scope is said on the other side, and its last content
            // word is asserted there plainly, not hedged (`raising fears the hold might carry weapons`).
            // Names are who it is about; what is denied of them is the rest (`neither Lund nor Brandt played a
            // part in the audit` does not deny that `Lund and Brandt keep their posts`).
            let contentScope = scopeTerms.filter { !$0.hasPrefix("~") && !neg.isName($0, in: clauseN) }
            let contentShare =
                Double(contentScope.intersection(termsP).count) / Double(max(contentScope.count, 1))
            if wholeClause {
                guard scopeShare >= 0.5, contentScope.count < 2 || contentShare >= 0.5,
                    let last = scope.last(where: { neg.terms[$0].map { !$0.hasPrefix("#") } ?? false }),
                    let lastTerm = neg.terms[last],
                    clauseP.contains(where: { k in
                        pos.terms[k] == lastTerm && !pos.isDenied(k) && !pos.isUncommitted(k)
                            && !Opposition.hedged(k, in: pos)
                    })
                else { continue }
            }
            // A denied noun meets the other side only as an argument of what it asserts, not as a dependent of
            // another noun (`the cost of fuel`, `left her deputy in charge`), unless the denial's own predicate
            // is said there too (`no tenants were evicted` against `the eviction of the tenants`).
            if nounDenial, dependent(asserted, in: pos),
                !(Opposition.predicateHead(in: scope, of: neg).flatMap { neg.terms[$0] }.map { v in
                    termsP.contains { Opposition.sameStem(v, $0) }
                } ?? false)
            {
                continue
            }
            // A participle inside the other side's subject (`the tolls being collected will pay`) is no predicate
            // a denial meets; nor is a name alone what a denial of a name's doing denies (`neither Lund nor Brandt
            // signed`: the other side must say `signed`); nor is a denial that picks out some of a noun (`lifeguards
            // who were never trained`) said of the other side's subject.
            if !nounDenial && Opposition.insideSubject(asserted, in: pos, scalarsP) { continue }
            if let done = namedPredicate(focus, scope: negation.scope, clause: clauseN, in: neg),
                !(neg.terms[done].map { v in termsP.contains { Opposition.sameStem(v, $0) } }
                    ?? clauseP.contains { pos.words[$0].key == neg.words[done].key })
            {
                continue
            }
            // Unless the other side says it of every one (`every borrower had an income`, `both tenants`).
            if !negation.cue.isEmpty,
                Opposition.restricted(negation.cue.lowerBound, in: neg, scalarsN, verbs: verbForms),
                !clauseP.contains(where: { ["all", "every", "each", "both"].contains(pos.words[$0].key) })
            {
                continue
            }
            // A denial of a whole clause, one by a verb of denial (`denied reports the mayor was resigning`) or one
            // credited to its speaker (`denied that the striker had been sold`) denies the clause's predicate, not
            // only its subject: the word after the clause's auxiliary (`sold`, `damaged` in `none of the boats were
            // damaged in the storm`) is said on the other side too. `the striker trained alone` or `the storm tore the
            // boats loose` names the same players or boats, not what is denied of them.
            if wholeClause || negation.cue.isEmpty || ContentReader.denyingVerbs.contains(cueWord),
                let predicate = Opposition.predicateHead(in: scope, of: neg),
                let predicateTerm = neg.terms[predicate]
            {
                if !termsP.contains(where: { Opposition.sameStem(predicateTerm, $0) }) { continue }
                // Said on the other side only as a participle that introduces someone or something (`a woman named
                // Saja Kovac` against `neither of his wives is named Saja Kovac`): the other side names a person;
                // it does not state what the denial denies of them.
                let said = clauseP.filter { k in pos.terms[k].map { Opposition.sameStem(predicateTerm, $0) } ?? false }
                if !said.isEmpty && said.allSatisfy({ Opposition.introducing($0, in: pos) }) { continue }
            }
            // A denial of a name alone (`not the United States`) says nothing unless it places the subject
            // elsewhere (`Brandt was not in Harwich`): a place after a preposition, the subjects the same.
            let deniesNameOnly = !scopeShared.isEmpty && scopeShared.allSatisfy { $0.hasPrefix("~") }
            if deniesNameOnly {
                let opener = neg.words[negation.scope.lowerBound].key
                guard Opposition.locatives.contains(opener) else { continue }
            }
            let subjectP = Opposition.ownSubject(pos, in: clauseP, before: asserted)
            // Said of many of a kind (`a large number of prank videos are staged`), not of the one the denial speaks
            // of (`the prank video was not staged`).
            if !negation.cue.isEmpty,
                Opposition.classAgainstInstance(
                    pos, clauseP, before: asserted, neg, clauseN, before: negation.cue.lowerBound, verbs: verbForms)
            {
                continue
            }
            let (doerN, doerP, match) = Opposition.alignRoles(
                denying: (neg, focus, clauseN, subjectN), asserting: (pos, asserted, clauseP, subjectP))
            // A denial about another subject denies nothing the other side says; nor one about other named things
            // (`not helping with the Rail Authority audit` against `helping with the Harbour
            // Authority's audit`).
            if match == .different
                || Opposition.namedApart(pos, around: asserted, neg, around: focus, shared: alignment.shared)
                || subjectsNamedApart(neg, doerN, clauseN, pos, doerP, clauseP)
                || doingsApart(neg, clauseN, before: focus, pos, clauseP, before: asserted)
            {
                continue
            }
            if deniesNameOnly && match != .same { continue }
            // A passive denial is about its subject (`the nun, whose age wasn't given` against `a nun has given
            // birth`; `the names of the miners were not released` against `the hospital released the miners`): the
            // head of that subject is said in the other clause.
            if !nounDenial,
                let patient = Opposition.passivePatient(
                    negation, focus: focus, clause: clauseN, in: neg, verbs: verbForms),
                let patientTerm = neg.terms[patient], !termsP.contains(patientTerm)
            {
                continue
            }
            // A denied verb takes the same object on both sides (`would not sell the farm` denies `sold the farm`,
            // not `sold the cattle`): the head of the phrase it governs is said in the other clause.
            if !wholeClause, !nounDenial,
                let object = Opposition.objectHead(after: focus, within: negation.scope, in: neg),
                let objectTerm = neg.terms[object], !termsP.contains(objectTerm)
            {
                continue
            }
            // With no subject to go by, the alignment is not shown: a pronoun (`he would not release them`) may be
            // anyone. Only denials without a subject by their form stand: of a whole clause (`none of the boats
            // ... belongs to`), of existence (`there were never plans to`), or credited to a speaker (`denied that`).
            if match == .unknown
                && !(wholeClause || negation.cue.isEmpty || Opposition.existential(negation.cue, in: neg))
            {
                continue
            }
            if match == .unknown && scopeShared.count < 2 && alignment.shared.count < 3 { continue }
            // The polarity of each side over the aligned proposition: when the asserting side denies any of the
            // denied words too (`they were not marked secret` against `none was marked secret`), or a verb of
            // hindrance or doubt governs what it says (`blocked the inspectors' access` against `the inspectors
            // cannot access it`), both deny it: they agree, or at least do not conflict.
            // A removal (`scrapped the night ferry`) says the thing is gone, as the denial (`no night ferry will
            // run`) does; a verb of non-occurrence (`stayed away from work`, `the opening was delayed`) says it did
            // not happen, as `did not go back to work` or `could not be opened on time` does.
            if Opposition.deniesToo(scopeTerms, pos) || impeded(asserted, in: pos) || debunked(asserted, in: pos)
                || (nounDenial && counterfeit(asserted, in: pos))
                || removed(asserted, in: pos)
                || unrealised(asserted, in: pos, except: Set(neg.words[scope].map(\.key)))
            {
                continue
            }
            // A noun denied outright against the same noun found wanting (`no rail access` against `poor rail
            // access`): the two say one thing in two strengths.
            if (nounDenial || Opposition.privatives.contains(cueWord)) && wanting(asserted, in: pos) { continue }
            var f = Opposition.sideFeatures(pair, alignment, asserting: clauseP, denying: clauseN)
            f[.denial] = 1
            f[.scopeShare] = scopeShare
            f[.subjectMatched] = PairFeatures.flag(match == .same)
            f[.subjectUnknown] = PairFeatures.flag(match == .unknown)
            f[.focusIsName] = PairFeatures.flag(focusTerm.hasPrefix("~") || neg.isName(focusTerm, in: clauseN))
            f[.nominal] = PairFeatures.flag(neg.nominalNegations.contains(negation.cue.lowerBound))
            f[.creditedDenial] = PairFeatures.flag(negation.cue.isEmpty)
            let cue =
                negation.cue.isEmpty
                ? (neg.creditedDenial ?? "denied") : neg.words[negation.cue].map(\.text).joined(separator: " ")
            let denied = negation.scope.filter { k in neg.terms[k].map { termsP.contains($0) } == true }
            let deniedText = (denied.isEmpty ? [focus] : denied).map { neg.words[$0].text }.joined(separator: " ")
            let end = max(focus, denied.last ?? focus) + 1
            let relation = pair.relation(
                .conflict, rule: "denial: “\(cue)” over the aligned proposition", score: 0.5,
                explanation:
                    "\(pair.a.source.name) states it and \(pair.b.source.name) denies it: “\(cue)” governs “\(deniedText)”, which the aligned clause of \(pair.a.source.name) asserts (\(Opposition.alignmentText(pair, alignment)); subjects \(Opposition.subjectText(match, doerN.intersection(doerP)))).",
                evidence: [
                    pair.evidence(
                        pair.a, pos, max(clauseP.lowerBound, asserted - 4)..<min(clauseP.upperBound, asserted + 4)),
                    pair.evidence(pair.b, neg, (negation.cue.isEmpty ? focus : negation.cue.lowerBound)..<end),
                ])
            return Proposal(relation: relation, family: .conflict, features: f)
        }
        return nil
    }

    /// Whether a denial is of a noun phrase (`no official notification`; `not the rapper`, `never a soldier`),
    /// whose focus is the phrase's head rather than a verb.
    static func isNounDenial(_ negation: (cue: Range<Int>, scope: Range<Int>), in content: ClaimContent) -> Bool {
        guard negation.cue.count == 1 else { return false }
        let cue = content.words[negation.cue.lowerBound].key
        if Opposition.determiners.contains(cue) { return true }
        return ["not", "never"].contains(cue)
            && negation.scope.first.map { ["a", "an", "the"].contains(content.words[$0].key) } == true
    }

    /// The head of what a verb governs: after at most three function words (`for a`, `to the`), the last word of
    /// the first run of content words (`the Harbour Authority audit` gives `audit`), numbers aside; nil when the
    /// verb governs nothing within the scope.
    static func objectHead(after k: Int, within scope: Range<Int>, in content: ClaimContent) -> Int? {
        var j = k + 1
        if particle(after: k, in: content) != nil { j += 1 }
        var skipped = 0
        while j < scope.upperBound, content.terms[j] == nil {
            skipped += 1
            if skipped > 3 { return nil }
            j += 1
        }
        var head: Int?
        while j < scope.upperBound, let term = content.terms[j] {
            if !term.hasPrefix("#") { head = j }
            j += 1
        }
        return head
    }

    /// Whether word `k` is a participle between a possessive and a noun (`the board's released files`).
    static func possessed(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        guard k > 0, k + 1 < words.count, words[k].key.hasSuffix("ed"), content.terms[k + 1] != nil,
            !words[k + 1].isNumber
        else { return false }
        let before = words[k - 1].key
        return before.hasSuffix("'s") || before.hasSuffix("’s") || before.hasSuffix("s'")
    }

    /// Whether word `k` describes the noun after it: a lower-case content word follows directly (`rail` in
    /// `rail tickets`), not a verb form.
    static func modifies(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        guard k + 1 < words.count, content.terms[k + 1] != nil, !words[k + 1].isNumber else { return false }
        let next = words[k + 1]
        if next.text.unicodeScalars.first?.isUppercaseLetter == true { return false }
        return !next.key.hasSuffix("ed") && !next.key.hasSuffix("ing") && !next.key.hasSuffix("ly")
            && !ClaimContent.auxiliaries.contains(next.key)
    }

    /// Particles that make a verb another verb (`show up`, `turn out`, `carry on`).
    static let particles: Set<String> = ["up", "out", "off", "down", "away"]

    /// The particle right after word `k`, if any.
    static func particle(after k: Int, in content: ClaimContent) -> String? {
        guard k + 1 < content.words.count, particles.contains(content.words[k + 1].key) else { return nil }
        return content.words[k + 1].key
    }

    /// Whether a claim asserts a term outside a denial's scope: not denied, not under a condition or a withheld
    /// judgement there.
    static func assertsElsewhere(_ term: String, outside scope: Range<Int>, in content: ClaimContent) -> Bool {
        content.words.indices.contains { k in
            !scope.contains(k) && content.terms[k] == term && !content.isDenied(k) && !content.isUncommitted(k)
        }
    }
}
