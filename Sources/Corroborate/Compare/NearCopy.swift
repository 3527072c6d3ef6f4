/// One speaker's words printed twice, near word for word: most of the shorter claim's index terms appear, in the same
/// order, in the other (`the pier will reopen before the summer, we promise` and `the pier will reopen before
/// summer`), and both claims credit the same named speaker. It is one statement relayed by two articles, not two
/// accounts that agree, so no agreement is proposed between the two; a figure changed or a denial added in one copy
/// is still proposed, by the rules that run before. Two speakers, or an outlet's own words, are not held to this:
/// two outlets that tell one plain fact may well word it alike.
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
        return holds(pair.contentA.terms.compactMap { $0 }, pair.contentB.terms.compactMap { $0 })
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
