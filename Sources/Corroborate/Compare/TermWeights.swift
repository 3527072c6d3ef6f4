/// A claim's distinct index terms with their weights, read like a dictionary (`weights[term]`, `keys`, `for (term,
/// weight) in weights`) but kept as one array sorted by term, in storage of its own size.
///
/// Every claim of a run holds its terms from the claims stage to the end of the comparison: a dictionary of a
/// dozen terms takes a table of 16 or 32 slots with its own header, about twice what the terms need, and the
/// comparison only walks the terms (looking one up, as `check` does, is a binary search over a dozen).
struct TermWeights: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    typealias Element = (key: String, value: Double)

    /// The terms, sorted, each once (shared with the claim's `TermList`).
    private(set) var entries: [Element]

    init() { entries = [] }

    init(_ weights: [String: Double]) {
        var entries: [Element] = []
        entries.reserveCapacity(weights.count)
        entries.append(contentsOf: weights)
        entries.sort { $0.key < $1.key }
        self.entries = entries
    }

    init(dictionaryLiteral elements: (String, Double)...) {
        var weights: [String: Double] = [:]
        for (key, value) in elements { weights[key] = value }
        self.init(weights)
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// The terms, in sorted order.
    var keys: LazyMapSequence<[Element], String> { entries.lazy.map(\.key) }

    /// The weight of a term, or nil when the claim does not hold it; setting nil removes the term.
    subscript(key: String) -> Double? {
        get {
            let k = position(of: key)
            return k < entries.count && entries[k].key == key ? entries[k].value : nil
        }
        set {
            let k = position(of: key)
            let present = k < entries.count && entries[k].key == key
            switch (present, newValue) {
            case (true, let value?): entries[k].value = value
            case (true, nil): entries.remove(at: k)
            case (false, let value?): entries.insert((key, value), at: k)
            case (false, nil): break
            }
        }
    }

    /// Where `key` is or would be inserted, by binary search.
    private func position(of key: String) -> Int { TermWeights.position(of: key, in: entries) }

    /// The place of `key` in entries sorted by key, or where it would be inserted (a binary search).
    static func position(of key: String, in entries: [Element]) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].key < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func makeIterator() -> IndexingIterator<[Element]> { entries.makeIterator() }

    static func == (lhs: TermWeights, rhs: TermWeights) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
