/// One token's features as table indices (each hashed feature masked to the tagger's table), written into storage
/// of fixed size that the caller lends for a whole sequence: the taggers write about fifty features for every token
/// they score, and an array's uniqueness and capacity checks on each of those writes cost as much as computing the
/// features.
struct FeatureBuffer {
    /// More features than any token has (the cue tagger writes 46, the role tagger at most 36).
    static let capacity = 64

    private let base: UnsafeMutablePointer<Int32>
    private let mask: Int
    private(set) var count = 0

    init(_ storage: UnsafeMutableBufferPointer<Int32>, mask: Int) {
        precondition(storage.count >= FeatureBuffer.capacity)
        base = storage.baseAddress!
        self.mask = mask
    }

    /// Calls `body` with a buffer for a tagger whose table indices `mask` keeps, its storage living for the call.
    static func with<R>(mask: Int, _ body: (inout FeatureBuffer) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { storage in
            var buffer = FeatureBuffer(storage, mask: mask)
            return try body(&buffer)
        }
    }

    /// Writes a hashed feature as its table index.
    @inline(__always)
    mutating func append(_ feature: Int) {
        precondition(count < FeatureBuffer.capacity, "more features than FeatureBuffer.capacity")
        base[count] = Int32(truncatingIfNeeded: feature & mask)
        count += 1
    }

    /// Forgets the features written (the storage is kept).
    mutating func removeAll(keepingCapacity: Bool) { count = 0 }

    /// Appends the table indices written, in order, to `indices`.
    func append(to indices: inout [Int32]) {
        indices.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }
}
