/// A set of spans that answers "does anything here overlap this span?" in logarithmic time: spans sorted by
/// start, with the furthest end reached so far, so that a long article's sentences are not each checked against
/// every attribution.
struct SpanCoverage: Sendable {
    private let starts: [Int]
    private let furthestEnd: [Int]

    init(_ spans: [TextSpan]) {
        let sorted = spans.sorted()
        starts = sorted.map(\.start)
        var furthest: [Int] = []
        furthest.reserveCapacity(sorted.count)
        var reach = Int.min
        for span in sorted {
            reach = max(reach, span.end)
            furthest.append(reach)
        }
        furthestEnd = furthest
    }

    /// Whether any span overlaps `span`: among the spans starting before its end, the furthest end passes its start.
    func overlaps(_ span: TextSpan) -> Bool {
        // The number of spans starting before span.end.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < span.end { low = middle + 1 } else { high = middle }
        }
        return low > 0 && furthestEnd[low - 1] > span.start
    }
}
