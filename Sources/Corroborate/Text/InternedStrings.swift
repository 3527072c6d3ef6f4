import Foundation

/// Strings held by the million as 32-bit ids: every claim keeps its words (text and key) from the per-article
/// stages to the end of the comparison, and a word written as two ids takes 8 bytes where two strings take 32.
///
/// One table serves the whole process, so that an id means the same string in every article and a word is read
/// back without being told which table it came from. A string is stored once, the first time it is seen, and
/// never removed: the table grows with the vocabulary of the run (tens of thousands of distinct words), not with
/// the number of words. Strings are spread over 16 shards, each with its own lock, so that the threads of the
/// per-article stages seldom wait for each other. Reading an id takes no lock and no reference count: a string
/// is written before its id is handed out and never moved (strings live in fixed-size chunks, found through one
/// table of chunk pointers made once).
enum InternedStrings {
    private static let shardBits = 4
    private static let shardCount = 1 << shardBits
    private static let chunkBits = 14
    private static let chunkSize = 1 << chunkBits
    /// Chunks per shard: 2^(32 - 4 - 14), so that any 32-bit id has a place.
    private static let chunksPerShard = 1 << (32 - shardBits - chunkBits)

    /// Where each shard's chunks are: shard `s`'s chunk `c` at `s * chunksPerShard + c` (2 MB of pointers).
    nonisolated(unsafe) private static let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<String>?>.allocate(capacity: shardCount * chunksPerShard)
        table.initialize(repeating: nil, count: shardCount * chunksPerShard)
        return table
    }()

    /// The ids a shard has handed out, under its lock.
    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var ids: [String: UInt32] = [:]
        var count = 0
    }

    private static let shards: [Shard] = (0..<shardCount).map { _ in Shard() }

    /// The id of `string`, stored the first time it is seen.
    static func id(_ string: String) -> UInt32 {
        let utf8 = string.utf8
        // The shard from the first and last bytes and the length: cheap, and spread enough for words.
        let s = (Int(utf8.first ?? 0) &+ Int(utf8.last ?? 0) &* 7 &+ utf8.count) & (shardCount - 1)
        let shard = shards[s]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        if let id = shard.ids[string] { return id }
        let local = shard.count
        precondition(local < chunksPerShard << chunkBits, "too many distinct strings")
        let slot = s * chunksPerShard + local >> chunkBits
        if chunks[slot] == nil { chunks[slot] = .allocate(capacity: chunkSize) }
        (chunks[slot]! + (local & (chunkSize - 1))).initialize(to: string)
        shard.count = local + 1
        let id = UInt32(local << shardBits | s)
        shard.ids[string] = id
        return id
    }

    /// The string of an id `id(_:)` handed out.
    static func string(_ id: UInt32) -> String {
        let s = Int(id) & (shardCount - 1)
        let local = Int(id) >> shardBits
        return chunks[s * chunksPerShard + local >> chunkBits]![local & (chunkSize - 1)]
    }
}
