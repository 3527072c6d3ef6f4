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

    /// The id of a term (its place in the table plus one, as the words hold it), or nil when no entry is the
    /// term: a word holds the term exactly when `id(at:)` is this id, so a scan for it compares integers.
    func id(of term: String) -> UInt32? {
        let low = TermWeights.position(of: term, in: table)
        return low < table.count && table[low].key == term ? UInt32(low + 1) : nil
    }

    /// The id of word `position`'s term (0 for none).
    func id(at position: Int) -> UInt32 { ids[position] }

    /// How many words have a term (the list's non-nil entries), counted without gathering them.
    var termCount: Int { ids.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } }

    /// How many distinct terms the two lists share: `Set(compactMap { $0 })` of one intersected with the other's
    /// terms, counted by one merge of the two sorted tables (only the entries each list uses), with no string
    /// hashed and no set made. Tables of more than 64 entries take the sets.
    func sharedTermCount(with other: TermList) -> Int {
        guard table.count <= 64, other.table.count <= 64 else {
            return Set(compactMap { $0 }).intersection(other.compactMap { $0 }).count
        }
        let used = usedMask
        let otherUsed = other.usedMask
        var count = 0
        mergeTables(
            with: other, keeps: { used & (1 << UInt64($0)) != 0 }, otherKeeps: { otherUsed & (1 << UInt64($0)) != 0 },
            match: { _, _ in count += 1 })
        return count
    }

    /// Walks this list's sorted table and `other`'s once, calling `match` with the places of each term both hold;
    /// places that `keeps` or `otherKeeps` turn down are passed over.
    @inline(__always)
    private func mergeTables(
        with other: TermList, keeps: (Int) -> Bool = { _ in true }, otherKeeps: (Int) -> Bool = { _ in true },
        match: (Int, Int) -> Void
    ) {
        var i = 0
        var j = 0
        while i < table.count && j < other.table.count {
            guard keeps(i) else {
                i += 1
                continue
            }
            guard otherKeeps(j) else {
                j += 1
                continue
            }
            let x = table[i].key
            let y = other.table[j].key
            if x == y {
                match(i, j)
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// Each word's term (words with none left out, as `compactMap { $0 }` leaves them) as a number that the same
    /// term has in both lists: the term's id in `self` (its place in this table plus one) for this list, and for
    /// `other` the id in `self` of its term, or 0 when `self` lacks it. Equal numbers across the two are equal
    /// terms, so rules that compare one claim's terms with another's (`NearCopy`) compare integers instead of
    /// hashing and comparing strings. The two sorted tables are merged once.
    func sharedIDs(with other: TermList) -> (mine: [Int], theirs: [Int]) {
        var translated = [Int](repeating: 0, count: other.table.count)
        mergeTables(with: other, match: { i, j in translated[j] = i + 1 })
        var mine: [Int] = []
        mine.reserveCapacity(ids.count)
        for id in ids where id != 0 { mine.append(Int(id)) }
        var theirs: [Int] = []
        theirs.reserveCapacity(other.ids.count)
        for id in other.ids where id != 0 { theirs.append(translated[Int(id) - 1]) }
        return (mine, theirs)
    }

    /// The table entries some word uses, a bit each (tables of at most 64 entries).
    private var usedMask: UInt64 {
        var mask: UInt64 = 0
        for id in ids where id != 0 { mask |= 1 << UInt64(id - 1) }
        return mask
    }

    static func == (lhs: TermList, rhs: TermList) -> Bool { lhs.elementsEqual(rhs) }
}
