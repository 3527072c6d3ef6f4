/// A sparse vector: (term id, weight) pairs sorted by term id, as the candidate index and the story vectors
/// keep them.
typealias SparseVector = [(Int, Double)]

/// The dot product of two sparse vectors and the term ids they share, in one merge pass.
func sparseDot(_ x: SparseVector, _ y: SparseVector) -> (value: Double, shared: [Int]) {
    var shared: [Int] = []
    let value = sparseMerge(x, y) { shared.append($0) }
    return (value, shared)
}

/// The dot product alone, for where the shared terms are not needed: the same sum, in the same order, without
/// building the list.
func sparseDotValue(_ x: SparseVector, _ y: SparseVector) -> Double {
    sparseMerge(x, y) { _ in }
}

/// The merge pass of both: the sum of the products of the terms both vectors hold, in term order, each shared
/// term id given to `shared`.
@inline(__always)
private func sparseMerge(_ x: SparseVector, _ y: SparseVector, _ shared: (Int) -> Void) -> Double {
    var a = 0
    var b = 0
    var sum = 0.0
    while a < x.count && b < y.count {
        if x[a].0 == y[b].0 {
            sum += x[a].1 * y[b].1
            shared(x[a].0)
            a += 1
            b += 1
        } else if x[a].0 < y[b].0 {
            a += 1
        } else {
            b += 1
        }
    }
    return sum
}
