import Foundation

extension Array where Element: Sendable {
    /// Sorts as `sort(by:)` does, which is stable (elements that compare equal keep their order): the two halves
    /// of a long array (`ParallelSort.minimum` elements or more) are sorted at once on two threads and then
    /// merged, taking from the first half on ties, which gives the same order as one stable sort of the whole.
    /// The comparison's last sorts (of every flag) ran on one thread while the other core idled.
    mutating func parallelSort(by less: @Sendable (Element, Element) -> Bool) {
        guard count >= ParallelSort.minimum else {
            sort(by: less)
            return
        }
        let middle = count / 2
        let halves = [Array(self[..<middle]), Array(self[middle...])]
        let box = ResultBox<[Element]>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            var part = halves[half]
            part.sort(by: less)
            _ = box.set(half, part)
        }
        let sorted = box.takeValues()
        let (a, b) = (sorted[0], sorted[1])
        var i = 0
        var j = 0
        for k in indices {
            if j < b.count && (i == a.count || less(b[j], a[i])) {
                self[k] = b[j]
                j += 1
            } else {
                self[k] = a[i]
                i += 1
            }
        }
    }
}

extension Array where Element: Sendable {
    /// As `parallelSort(by:)`, for elements that are costly to move (a relation holds a dozen strings and arrays):
    /// their positions are sorted and each element is moved once, not once per merge pass. Elements that compare
    /// equal keep their order, as in a stable sort.
    mutating func parallelSortByPosition(by less: @Sendable (Element, Element) -> Bool) {
        let elements = self
        var order = [Int32](0..<Int32(count))
        elements.withUnsafeBufferPointer { items in
            // Read in place: the sort's closure sees the buffer, not a copy of each element it compares.
            nonisolated(unsafe) let items = items
            order.parallelSort { less(items[Int($0)], items[Int($1)]) }
        }
        self = order.map { elements[Int($0)] }
    }
}

/// Where `Array.parallelSort(by:)` starts sorting on two threads.
enum ParallelSort {
    /// The fewest elements sorted as two halves: below it, one thread's sort is quicker than starting two.
    static let minimum = 1 << 12
}
