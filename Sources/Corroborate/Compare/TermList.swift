/// The index term of each word of a claim (nil for function words), read like an array of optional strings but
/// kept as one small number a word: the place of the term among the claim's distinct terms, which the claim's
/// `TermWeights` already hold (the two share one buffer).
///
/// A claim's words repeat its distinct terms, and an optional string is 16 bytes a word: every claim of a run
/// holds its terms from the claims stage to the end of the comparison, so four bytes a word is most of the saving.
struct TermList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The distinct terms, sorted; a claim's weights table, or a table of the list's own when a term is missing
    /// from it.
    private var table: [TermWeights.Element]
    /// Per word, 0 for no term, or the term's place in `table` plus one.
    private var ids: [UInt32]

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }

    /// The terms, found in `weights` (the claim's distinct terms) where every term is there, so that the list
    /// holds no second copy of them.
    init(_ terms: [String?], weights: TermWeights) {
        if let ids = TermList.ids(terms, in: weights.entries) {
            table = weights.entries
            self.ids = ids
            return
        }
        table = Set(terms.compactMap { $0 }).sorted().map { (key: $0, value: 0.0) }
        self.ids = TermList.ids(terms, in: table) ?? []
    }

    init(arrayLiteral elements: String?...) { self.init(elements, weights: TermWeights()) }

    /// Each term's place in `table` plus one (0 for nil), or nil when a term is not there.
    private static func ids(_ terms: [String?], in table: [TermWeights.Element]) -> [UInt32]? {
        var ids: [UInt32] = []
        ids.reserveCapacity(terms.count)
        for term in terms {
            guard let term else {
                ids.append(0)
                continue
            }
            let low = TermWeights.position(of: term, in: table)
            guard low < table.count, table[low].key == term else { return nil }
            ids.append(UInt32(low + 1))
        }
        return ids
    }

    subscript(position: Int) -> String? {
        get {
            let id = ids[position]
            return id == 0 ? nil : table[Int(id) - 1].key
        }
        set {
            var terms = Array(self)
            terms[position] = newValue
            self = TermList(terms, weights: TermWeights())
        }
    }

    static func == (lhs: TermList, rhs: TermList) -> Bool { lhs.elementsEqual(rhs) }
}
