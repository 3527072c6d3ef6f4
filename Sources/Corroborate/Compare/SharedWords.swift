/// The words two candidate claims share (`ClaimPair.shared`), made into a set of strings only when a rule first
/// reads them so. Most pairs are settled by rules that ask only whether there are any (`isEmpty`), and a set of
/// strings for each of a run's millions of pairs was a tenth of the pair loop's work.
///
/// One pair's words are read on the thread that compares the pair (hence unchecked sendability); a pair and its
/// swapped copy share one value, so the set is made once for both.
final class SharedWords: @unchecked Sendable {
    /// Whether the claims share no word.
    let isEmpty: Bool
    /// The set, once made (at once when given as one).
    private var made: Set<String>?
    /// What it is made from: the ids of all the terms the claims share (numbers and skeletons too, left out when
    /// the set is made) and the run's terms.
    private let ids: [Int]
    private let terms: CandidateIndex.Terms?

    /// Words already made into a set.
    init(_ words: Set<String>) {
        isEmpty = words.isEmpty
        made = words
        ids = []
        terms = nil
    }

    /// The words of a candidate pair, made when first read.
    init(_ pair: CandidateIndex.Pair) {
        ids = pair.sharedTermIDs
        isEmpty = ids.allSatisfy { pair.terms.skeleton[$0] }
        terms = pair.terms
    }

    /// The shared words as a set: the shared terms without numbers and skeletons (`#`), no string built for those.
    var words: Set<String> {
        if let made { return made }
        var words = Set<String>(minimumCapacity: ids.count)
        if let terms { for id in ids where !terms.skeleton[id] { words.insert(terms.names[id]) } }
        made = words
        return words
    }
}
