/// One speaker's words printed twice, near word for word: most of the shorter claim's index terms appear, in the same
/// order, in the other (`the pier will reopen before the summer, we promise` and `the pier will reopen before
/// summer`), and both claims credit the same named speaker. It is one statement relayed by two articles, not two
/// accounts that agree, so no agreement is proposed between the two; a figure changed or a denial added in one copy
/// is still proposed, by the rules that run before. Two speakers, or an outlet's own words, are not held to this:
/// two outlets that tell one plain fact may well word it alike.
///
/// A quotation is held to it whoever the speakers are called (`relayedQuotation`): the same post, statement or
/// eyewitness's words reproduced in two articles, one naming the speaker by surname and the other in full, one by
/// the person and the other by their office, one not at all, are still one statement.
enum NearCopy {
    /// The share of the shorter claim's terms that must appear, in order, in the other.
    static let share = 0.8
    /// The fewest terms the shorter claim needs: two short claims alike in a few words are not yet one text.
    static let fewestTerms = 4

    /// Whether the pair is one named speaker's statement printed twice in near the same words.
    static func relayed(_ pair: ClaimPair) -> Bool {
        guard pair.speakerA != nil, pair.speakerB != nil, !pair.namesA.isDescription, !pair.namesB.isDescription,
            QuoteVariants.maySpeakAlike(pair)
        else { return false }
        let (termsA, termsB) = pair.contentA.terms.sharedIDs(with: pair.contentB.terms)
        return holds(termsA, termsB)
    }

    /// Whether the pair is one quotation printed twice, whatever speakers the two articles name. Either the
    /// shorter claim's terms line up nearly whole (`share`, `fewestTerms`, in order) with the other's and the terms
    /// that line up lie inside the quotation marks of one side at least (`QuotedStretches`: the claim's own marks
    /// or a quotation it sits in), so that the shared words are someone's quoted words, not a fact two outlets
    /// tell alike (an article that prints the quoted words without marks relays them all the same); or one
    /// quotation of each claim lines up nearly whole with the other (`the pier stays shut," … "We ask` against
    /// `the pier stays shut`): the claims share one statement, cut at other places.
    static func relayedQuotation(_ pair: ClaimPair) -> Bool {
        // Cheaply first: a pair with no quotation on either side, or that shares too few terms for either test,
        // gathers no terms (the shared terms are counted over the claims' sorted term tables, no set made).
        let stretchesA = pair.quotedStretchesA
        let stretchesB = pair.quotedStretchesB
        guard !stretchesA.isEmpty || !stretchesB.isEmpty,
            min(pair.contentA.terms.termCount, pair.contentB.terms.termCount) >= fewestTerms,
            pair.contentA.terms.sharedTermCount(with: pair.contentB.terms) >= fewestTerms - 1
        else { return false }
        // The terms as numbers both claims read alike (`TermList.sharedIDs`): equal numbers are equal terms.
        let (termsA, termsB) = pair.contentA.terms.sharedIDs(with: pair.contentB.terms)
        let quotedA = quotations(pair.contentA, stretchesA, termsA)
        let quotedB = quotations(pair.contentB, stretchesB, termsB)
        guard !quotedA.isEmpty || !quotedB.isEmpty else { return false }
        if holds(termsA, termsB) {
            let needed = Int((share * Double(min(termsA.count, termsB.count))).rounded(.up))
            let allA = quotedA.flatMap { $0 }
            let allB = quotedB.flatMap { $0 }
            if allA.count >= needed && commonSubsequence(allA, termsB) >= needed { return true }
            if allB.count >= needed && commonSubsequence(termsA, allB) >= needed { return true }
        }
        return quotedA.contains { x in quotedB.contains { y in holds(x, y) } }
    }

    /// The index terms of each of a claim's quotations (its quoted word ranges, `QuotedStretches.ranges`), in
    /// order, as the numbers `ids` gives them (`ids` are the claim's words' terms, as `TermList.sharedIDs` gives
    /// them, one for each word with a term).
    static func quotations(_ content: ClaimContent, _ stretches: [Range<Int>], _ ids: [Int]) -> [[Int]] {
        // The place in `ids` of each word's term: words with no term take none.
        var place = [Int](repeating: -1, count: content.terms.count)
        var n = 0
        for k in 0..<content.terms.count where content.terms.id(at: k) != 0 {
            place[k] = n
            n += 1
        }
        return stretches.map { range in
            range.clamped(to: 0..<content.terms.count).compactMap { place[$0] >= 0 ? ids[place[$0]] : nil }
        }.filter { !$0.isEmpty }
    }

    /// Whether `share` of the shorter sequence, and at least `fewestTerms` of it, is a subsequence of the other.
    static func holds<T: Hashable>(_ a: [T], _ b: [T]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= fewestTerms else { return false }
        let needed = Int((share * Double(short.count)).rounded(.up))
        // A cheap bound first: terms of the shorter that the other lacks cannot be in the common subsequence.
        let present = Set(long)
        guard short.filter(present.contains).count >= needed else { return false }
        return commonSubsequence(short, long) >= needed
    }

    /// The length of the longest common subsequence, one row at a time.
    static func commonSubsequence<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
