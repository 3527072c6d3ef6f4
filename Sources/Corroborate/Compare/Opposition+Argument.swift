import Foundation

/// Whether a denial meets what the other side asserts, its predicate or an argument of it, rather than a word the
/// two only share (issue 28): a denied noun that the other side names as a dependent of another noun (`the cost of
/// harbour fuel`, `left her deputy in charge`) or inside a question clause (`asked how the fuel reached the
/// depot`); a participle inside the other side's subject (`the tolls being collected will pay ...`); a denial whose
/// focus is a name, of a predicate the other side does not say; and a denial inside a clause that picks out some of
/// a noun (`lifeguards who were never trained`). In each the two claims share words, not a proposition, so the
/// comparison abstains.
extension Opposition {
    /// The head of a clause's predicate in a denial's scope: the first content word after the first auxiliary
    /// (`was sold`, `were not damaged`, `is closing`), adverbs in `-ly` and further auxiliaries skipped; nil
    /// when the scope holds no auxiliary or none is followed by a content word within three words.
    static func predicateHead(in scope: Range<Int>, of content: ClaimContent) -> Int? {
        guard let aux = scope.first(where: { predicateAuxiliaries.contains(content.words[$0].key) }) else {
            return nil
        }
        for k in (aux + 1)..<min(scope.upperBound, aux + 4) {
            let key = content.words[k].key
            if predicateAuxiliaries.contains(key) || ["be", "been", "being"].contains(key) || key.hasSuffix("ly") {
                continue
            }
            guard let term = content.terms[k] else { continue }
            return term.hasPrefix("#") ? nil : k
        }
        return nil
    }

    /// Auxiliaries and negations that come before a clause's predicate (`was`, `were not`, `could never`).
    static let predicateAuxiliaries = finiteAuxiliaries.union(ClaimContent.auxiliaries)

    /// Whether two terms are one word in two forms the stemmer leaves apart (`nam` from `named` and `name`): equal,
    /// or one a prefix of the other of three letters at least.
    static func sameStem(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return short.count >= 3 && long.hasPrefix(short)
    }

    /// Prepositions that attach the noun phrase after them to the word before them (`the price of`, `a visit
    /// from`, `the timetable in`).
    static let prepositions: Set<String> = [
        "of", "from", "in", "on", "at", "for", "with", "about", "over", "into", "to", "by", "under", "against",
    ]

    /// Words that open a question clause inside another (`how the fuel is stored`, `what the board decided`).
    static let questionOpeners: Set<String> = ["how", "why", "what", "whether"]

    /// Verbs of asking after which a question clause asks rather than states (`asked how`, `wondered why`).
    static let askingVerbs: Set<String> = [
        "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "inquired", "queried",
    ]

    /// Openers that make a noun a definite one whose dependents are no arguments of the clause (`the`, `her`): the
    /// noun openers but `a`, `an` and `that`; an indefinite opener (`a stock of`) names a new thing made of what
    /// follows, and says that exists.
    static let definiteOpeners = nounOpeners.subtracting(["a", "an", "that"])

    /// Nouns of amount, container or group, and of a happening that needs its things: the phrase after them names
    /// what they hold, gather or act on, which they say exists (`a cache of rifles`, `the stock of diesel`, `a
    /// flood of letters`, `the discovery of rifles`).
    static let collectionNouns: Set<String> = [
        "amount", "amounts", "quantity", "quantities", "volume", "number", "lot", "lots", "plenty", "deal",
        "cache", "caches", "stock", "stocks", "stockpile", "supply", "supplies", "reserve", "reserves", "store",
        "shipment", "shipments", "load", "loads", "cargo", "consignment", "delivery", "batch", "batches",
        "crate", "crates", "box", "boxes", "barrel", "barrels", "sack", "sacks", "bag", "bags", "case", "cases",
        "pile", "piles", "heap", "heaps", "flood", "floods", "wave", "waves", "stream", "torrent", "host",
        "crowd", "crowds", "group", "groups", "band", "fleet", "herd", "flock", "swarm", "dozens", "hundreds",
        "thousands", "millions", "scores", "range", "series", "set", "collection", "array", "handful",
        "backlog", "convoy", "haul", "queue", "influx",
        // A happening that needs its things (`the discovery of rifles`, `the arrival of refugees`).
        "discovery", "discoveries", "seizure", "seizures", "arrival", "arrivals", "capture", "find", "finds",
        "recovery", "removal", "sale", "sales", "use", "presence", "deployment", "departure", "return", "existence",
    ]

    /// Nouns whose `of` phrase names things they do not say exist: a measure, a fear or risk, a lack, a question
    /// or an idea (`the cost of fuel`, `the threat of floods`, `a shortage of beds`, `talk of a strike`).
    static let relationalNouns: Set<String> = [
        "cost", "costs", "price", "prices", "value", "worth", "rate", "fear", "fears", "threat", "threats", "risk",
        "risks", "danger", "dangers", "lack", "shortage", "shortages", "absence", "need", "needs", "question",
        "questions", "issue", "idea", "notion", "prospect", "prospects", "possibility", "chance", "chances", "talk",
        "rumour", "rumours", "rumor", "rumors", "hope", "hopes", "promise", "promises", "demand", "demands",
    ]

    /// Whether a word ends in a possessive (`the court's`, `the tenants'`).
    static func possessive(_ key: String) -> Bool {
        key.hasSuffix("'s") || key.hasSuffix("’s") || key.hasSuffix("s'")
    }

    /// Whether word `k` is a dependent of another noun rather than an argument of its clause's predicate: its bare noun
    /// phrase (with the phrases `and` or `or` joins to it, six words at most), which names a kind, follows a
    /// preposition after a noun that a definite opener or a possessive opens (`the cost of harbour fuel`, `the price of
    /// tutors and coaches`, `left her deputy in charge`), or a question word opens it inside a question (`asked how the
    /// fuel reached the depot`). The head before the preposition must be a noun: not a verb (`filled with`, a word in
    /// `-ed`, or in `-s` after a noun), not a doing in `-ing` whose object the phrase is (`her handling of the fuel`),
    /// not a noun of amount, container or group (`the stock of diesel`), before `of` only a noun that does not say its
    /// things exist (`relationalNouns`: `the cost of`, not `the theft of`), and `a` or `an` does not open it (`a
    /// shipment of grain`). A phrase with a determiner, a possessive, a figure or a counting word names things it says
    /// exist (`the sluices of several weirs`), and is an argument. A question clause after a verb that states
    /// (`described how rifles were hidden`) states its content, and is an argument too. A verb ends the phrase (`the
    /// head of the board stored harbour fuel`): a word in `-ed` not after a determiner, a preposition, a question word
    /// or a possessive, or an irregular form (`kept`).
    func dependent(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        let clause = content.clause(of: k)
        let opens = { (i: Int) in
            let key = words[i].key
            return (Opposition.nounOpeners.contains(key) && key != "that") || Opposition.possessive(key)
        }
        var j = k - 1
        // A determiner, a possessive, a figure or a counting word makes the phrase name things of its own (`the
        // sluices of several weirs`, `a visit from her brother`): they are said to exist.
        var determined = false
        while j >= max(clause.lowerBound, k - 6) {
            let key = words[j].key
            if opens(j) || words[j].isNumber || ContentReader.countingWords.contains(key)
                || ["and", "or"].contains(key)
            {
                determined = determined || !["and", "or"].contains(key)
                j -= 1
                continue
            }
            guard content.terms[j] != nil, !verbForms.contains(key) else { break }
            if key.hasSuffix("ed"), j > 0, !opens(j - 1),
                !Opposition.prepositions.contains(words[j - 1].key),
                !Opposition.questionOpeners.contains(words[j - 1].key)
            {
                break
            }
            j -= 1
        }
        guard j >= clause.lowerBound else { return false }
        if Opposition.questionOpeners.contains(words[j].key) {
            return Opposition.asks(before: j, in: content, verbs: verbForms)
        }
        let head = j - 1
        guard !determined, Opposition.prepositions.contains(words[j].key), head >= clause.lowerBound,
            content.terms[head] != nil, !Opposition.collectionNouns.contains(words[head].key),
            // After `of`, only a noun that does not say its things exist (`the cost of fuel`, `fear of floods`);
            // any other (`the theft of rifles`, `the purchase of grain`) says they do.
            words[j].key != "of" || Opposition.relationalNouns.contains(words[head].key),
            !words[head].key.hasSuffix("ing"), !words[head].key.hasSuffix("ed"), !words[head].isNumber,
            !verbForms.contains(words[head].key)
        else { return false }
        // A word in `-s` after a noun is a verb (`the harbour fills with oil`).
        if words[head].key.hasSuffix("s"), head - 1 >= clause.lowerBound, !opens(head - 1) { return false }
        // A definite opener or a possessive opens the word's phrase, with content words only between.
        var i = head - 1
        while i >= max(clause.lowerBound, head - 4) {
            let key = words[i].key
            if Opposition.definiteOpeners.contains(key) || Opposition.possessive(key) { return true }
            guard content.terms[i] != nil, !opens(i) else { return false }
            i -= 1
        }
        return false
    }

    /// Whether the question clause that word `j` opens asks: `whether`, a claim that is a question, or a verb of
    /// asking right before it or with its object of three words or fewer between (`asked how`, `asked the harbour
    /// master how`), none of them a verb in `-ed` or `-s` or an irregular form. Any other verb between (`when
    /// asked, the captain shows how`, `described how`) governs the clause, and it states what it tells.
    static func asks(before j: Int, in content: ClaimContent, verbs: Set<String>) -> Bool {
        if content.words[j].key == "whether" || content.isQuestion { return true }
        for i in stride(from: j - 1, through: max(0, j - 4), by: -1) {
            let key = content.words[i].key
            if askingVerbs.contains(key) { return true }
            if verbLike(key, verbs: verbs) { return false }
        }
        return false
    }

    /// Whether a word may be a verb, read without a tagger: a word in `-ed` or `-s` that is no noun opener (`its`,
    /// `this`), or an irregular form (`verbs`: `told`, `kept`).
    static func verbLike(_ key: String, verbs: Set<String>) -> Bool {
        !nounOpeners.contains(key) && (key.hasSuffix("ed") || key.hasSuffix("s") || verbs.contains(key))
    }

    /// Whether word `k` is a participle inside the subject of a later verb (`the tolls being collected will pay`):
    /// a noun, `being` and the participle, and a finite verb later in its clause before any join or comma. The
    /// participle describes the noun; what the clause asserts is the later verb. Before a comma or in a clause
    /// that `with`, `despite` and the like open it is an absolute construction (`the pier being finished, the
    /// ferry docked`, `with the pier being finished the ferry docked`), which asserts the participle.
    static func insideSubject(_ k: Int, in content: ClaimContent, _ scalars: ScalarText) -> Bool {
        let words = content.words
        guard k >= 2, words[k - 1].key == "being", content.terms[k - 2] != nil else { return false }
        let clause = content.clause(of: k)
        // `with the pier being finished the ferry docked`: a clause opened by such a preposition is an absolute
        // phrase (`some of the passes being printed are` is still a subject).
        if absoluteOpeners.contains(words[clause.lowerBound].key) { return false }
        for i in (k + 1)..<clause.upperBound {
            let key = words[i].key
            if conjunctions.contains(key) || key == "that" { return false }
            if scalars.gap(between: words[i - 1], and: words[i], holdsAnyOf: ",;:()") { return false }
            if finiteAuxiliaries.contains(key) { return true }
        }
        return false
    }

    /// What a denial whose focus is a name denies of it (`neither Lund nor Brandt signed the lease`): the verb
    /// after the name, auxiliaries and the adverbs after them skipped before a content word (`has signed`, `did
    /// not sign`, `has ever signed`: `signed`, `sign`), nil when a form of `have` or `do` is left (`has a boat`),
    /// when it is an irregular verb form other than `be` (`took`), else the first content word after it in the
    /// scope that is no name or figure. Nil when the focus is no name or nothing follows it (`Brandt was not in
    /// Harwich`).
    func namedPredicate(_ focus: Int, scope: Range<Int>, clause: Range<Int>, in content: ClaimContent) -> Int? {
        guard let term = content.terms[focus], term.hasPrefix("~") || content.isName(term, in: clause),
            focus + 1 < scope.upperBound
        else { return nil }
        var verb = focus + 1
        while verb + 1 < scope.upperBound, Opposition.predicateAuxiliaries.contains(content.words[verb].key),
            !Opposition.passiveAuxiliaries.contains(content.words[verb].key)
        {
            // Adverbs after the auxiliary are skipped (`has ever signed`, `has actually signed`).
            var after = verb + 1
            while after + 1 < scope.upperBound, Opposition.adverb(content.words[after].key) { after += 1 }
            guard content.terms[after] != nil || Opposition.predicateAuxiliaries.contains(content.words[after].key)
            else { break }
            verb = after
        }
        let next = content.words[verb].key
        // A form of `have` or `do` left as the verb (`neither has a licence`) is compared as the other side writes
        // it (`have`), so it is left to the rest of the comparison.
        if Opposition.haveOrDo.contains(next) { return nil }
        if verbForms.contains(next), !Opposition.passiveAuxiliaries.contains(next) { return verb }
        return (verb..<scope.upperBound).first { i in
            content.terms[i].map { !$0.hasPrefix("~") && !$0.hasPrefix("#") && !content.isName($0, in: clause) }
                ?? false
        }
    }

    /// Words that open an absolute phrase before a clause (`with the pier being finished, ...`).
    static let absoluteOpeners: Set<String> = ["with", "without", "despite", "after", "before", "upon", "once"]

    /// Forms of `have` and `do`, which a denial of a name's doing may leave as its verb (`neither has a licence`).
    static let haveOrDo: Set<String> = ["has", "have", "had", "having", "do", "does", "did"]

    /// Whether a word is an adverb an auxiliary may have after it (`has ever`, `had actually`, `will still`).
    static func adverb(_ key: String) -> Bool {
        key.hasSuffix("ly") || ["ever", "never", "also", "still", "already", "yet", "just", "once"].contains(key)
    }

    /// Words that open a relative clause after a noun (`pupils who`, `crews that`).
    static let relativeOpeners: Set<String> = ["that", "who", "which"]

    /// Words before a noun and its relative clause that make the clause say what the subject did: a form of `be`
    /// (a cleft, `it was the clerk who`, or a predicate noun, `is the builder that`) and `only` or `among`.
    static let cleftMarkers: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "only", "among", "amongst",
    ]

    /// Whether noun `k` opens its clause as a subject: three words or fewer before it in the clause, none of them a
    /// verb (a word in `-ed` or `-s` other than an opener, an irregular form, an auxiliary): `those lifeguards`,
    /// `the Dalby crews`, not `Lund leads the councillors`.
    static func heads(_ k: Int, of clause: Range<Int>, in content: ClaimContent, verbs: Set<String>) -> Bool {
        guard k - clause.lowerBound <= 3 else { return false }
        return !(clause.lowerBound..<k).contains { i in
            let key = content.words[i].key
            return verbLike(key, verbs: verbs) || predicateAuxiliaries.contains(key)
        }
    }

    /// Whether word `k` is a plural noun with no determiner, right after a preposition (`loans to tenants`,
    /// `homes for families`): some of a kind, not given ones, so a relative clause after it picks out which.
    static func barePlural(_ k: Int, in content: ClaimContent, clause: Range<Int>) -> Bool {
        let key = content.words[k].key
        return k - 1 >= clause.lowerBound && key.count > 3 && key.hasSuffix("s")
            && !["ss", "us", "is"].contains(where: key.hasSuffix) && !singularsInS.contains(key)
            && prepositions.contains(content.words[k - 1].key)
    }

    /// Nouns in `-s` that are no plurals (`chaos`, `news`).
    static let singularsInS: Set<String> = [
        "news", "chaos", "series", "species", "means", "politics", "economics", "physics", "gas", "lens", "bias",
        "atlas", "canvas", "whereabouts", "headquarters",
    ]

    /// Whether a denial stands in a relative clause that picks out some of a noun (`lifeguards who were never
    /// trained are stewards`, `the crews that did not return`): a relative word right after a noun that is no
    /// name, with no comma between, an auxiliary or the cue right after it, and the cue within three words. Such a
    /// denial says which lifeguards or crews are meant; it does not deny the other side's proposition. After a
    /// comma (`Brandt, who did not sign`) the clause tells something of the noun, and is compared; so it is after
    /// a form of `be`, `only` or `among` earlier in the clause (`it was the clerk who did not sign`, `the only
    /// clerk who`), and unless the noun opens its clause (`heads`: not `joined the clerks who did not sign`, `Lund
    /// leads the clerks who`) or is a bare plural after a preposition (`loans to tenants who had no way to repay`).
    static func restricted(_ cue: Int, in content: ClaimContent, _ scalars: ScalarText, verbs: Set<String>) -> Bool {
        let words = content.words
        guard cue >= 2 else { return false }
        return (max(1, cue - 3)..<cue).contains { j in
            guard relativeOpeners.contains(words[j].key), let noun = content.terms[j - 1], !noun.hasPrefix("~")
            else { return false }
            let clause = content.clause(of: j - 1)
            let key = words[j - 1].key
            // A bare plural's cleft marker is its preposition or just before it (`only to borrowers who`, `among
            // families who`), not anywhere before (`broke its rules when it lent to tenants who`, `were given to`).
            let bare = barePlural(j - 1, in: content, clause: clause)
            let cleftFrom = bare ? max(clause.lowerBound, j - 3) : clause.lowerBound
            guard !content.isName(noun, in: clause),
                !(cleftFrom..<j).contains(where: { cleftMarkers.contains(words[$0].key) }),
                !key.hasSuffix("ed"), !verbs.contains(key), !predicateAuxiliaries.contains(key),
                bare || heads(j - 1, of: clause, in: content, verbs: verbs),
                !content.reportWords.contains(j - 1),
                !scalars.gap(between: words[j - 1], and: words[j], holdsAnyOf: ",;:()")
            else { return false }
            // `its finding that no boats moor`: a denial of a noun right after `that` opens a clause of its own.
            return (j + 1 == cue && !determiners.contains(words[cue].key))
                || predicateAuxiliaries.contains(words[j + 1].key)
        }
    }
}
