/// Answers "does some span cover this one?" over many spans in logarithmic time, so that checking every
/// attribution against every other's content stays linear-logarithmic on articles with tens of thousands of them
/// (one attributed sentence repeated for megabytes). Spans are added in any order; queries see every span added
/// so far.
struct SpanCover {
    /// The distinct start offsets that spans may have, sorted (coordinates of the tree).
    private let starts: [Int]
    /// A Fenwick tree over `starts` holding the largest end of the spans starting at or before each coordinate.
    private var tree: [Int]

    /// A cover that will hold spans starting at the given offsets.
    init<S: Sequence>(startingAt offsets: S) where S.Element == Int {
        starts = Array(Set(offsets)).sorted()
        tree = [Int](repeating: Int.min, count: starts.count + 1)
    }

    /// A cover holding these spans.
    init(_ spans: [TextSpan]) {
        self.init(startingAt: spans.map(\.start))
        for span in spans { insert(span) }
    }

    /// Adds a span; its start must be one of the offsets the cover was made for.
    mutating func insert(_ span: TextSpan) {
        var i = SpanCover.count(of: starts, atMost: span.start)
        precondition(i > 0 && starts[i - 1] == span.start, "a span's start must be one the cover was made for")
        while i < tree.count {
            tree[i] = max(tree[i], span.end)
            i += i & -i
        }
    }

    /// The largest end of the spans starting at or before `offset`, or `Int.min` when none does.
    func largestEnd(startingAtOrBefore offset: Int) -> Int {
        var i = SpanCover.count(of: starts, atMost: offset)
        var best = Int.min
        while i > 0 {
            best = max(best, tree[i])
            i -= i & -i
        }
        return best
    }

    /// The largest end of the spans starting strictly before `offset`.
    func largestEnd(startingBefore offset: Int) -> Int { largestEnd(startingAtOrBefore: offset - 1) }

    /// Whether a span covers `low..<high` (starts at or before `low`, ends at or after `high`); with `strictly`,
    /// a span equal to `low..<high` does not count.
    func covers(_ low: Int, _ high: Int, strictly: Bool = false) -> Bool {
        if !strictly { return largestEnd(startingAtOrBefore: low) >= high }
        return largestEnd(startingBefore: low) >= high || largestEnd(startingAtOrBefore: low) > high
    }

    /// Whether a span holds the offset (starts at or before it and ends after it).
    func holds(_ offset: Int) -> Bool { largestEnd(startingAtOrBefore: offset) > offset }

    /// How many of the sorted values are at most `value`.
    private static func count(of sorted: [Int], atMost value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
