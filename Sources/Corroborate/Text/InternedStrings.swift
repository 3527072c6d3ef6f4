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
///
/// Words are looked up by their UTF-8 bytes in an open-addressing table of their own (a cheap hash of the bytes,
/// compared byte for byte), so that a word read from a document's bytes needs no `String` unless it is new; a
/// string with scalars past ASCII keeps `String`'s own equality (canonical equivalence) in a dictionary.
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

    /// The ids a shard has handed out, under its lock: ASCII strings in `slots`, the others in `ids`.
    /// Its fields are read and written only under its lock, so they skip the dynamic exclusivity checks (a
    /// tenth of the instructions of looking up a word that is known).
    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        /// Open addressing over ASCII strings: a slot holds the string's 32-bit hash (high half) and its number
        /// in the shard plus one (low half); 0 is an empty slot. At most half full.
        @exclusivity(unchecked) var slots = [UInt64](repeating: 0, count: 256)
        @exclusivity(unchecked) var ids: [String: UInt32] = [:]
        @exclusivity(unchecked) var count = 0
    }

    private static let shards: [Shard] = (0..<shardCount).map { _ in Shard() }

    /// The id of `string`, stored the first time it is seen.
    static func id(_ string: String) -> UInt32 {
        var bytes = string
        return bytes.withUTF8 { utf8 in
            if utf8.allSatisfy({ $0 < 0x80 }) { return asciiID(utf8) { string } }
            return otherID(string, utf8: utf8)
        }
    }

    /// The id of the string whose bytes, all ASCII, are `utf8`; the string is made only the first time.
    static func id(ascii utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        asciiID(utf8) { String(decoding: utf8, as: UTF8.self) }
    }

    /// The shard of a string, from its first and last bytes and its length: cheap, and spread enough for words.
    @inline(__always)
    private static func shardIndex(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        (Int(utf8.first ?? 0) &+ Int(utf8.last ?? 0) &* 7 &+ utf8.count) & (shardCount - 1)
    }

    /// FNV-1a over the bytes, folded to 32 bits.
    @inline(__always)
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let h = ByteHash.fnv1a(utf8)
        return (h ^ (h >> 32)) & 0xffff_ffff
    }

    private static func asciiID(_ utf8: UnsafeBufferPointer<UInt8>, make: () -> String) -> UInt32 {
        let s = shardIndex(utf8)
        let tag = hash(utf8)
        let shard = shards[s]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        var mask = shard.slots.count - 1
        var slot = Int(tag) & mask
        while true {
            let entry = shard.slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let local = Int(entry & 0xffff_ffff) - 1
                if sameBytes(string(shard: s, local: local), utf8) { return UInt32(local << shardBits | s) }
            }
            slot = (slot + 1) & mask
        }
        let local = store(make(), in: shard, index: s)
        shard.slots[slot] = tag << 32 | UInt64(local + 1)
        if shard.count * 2 > shard.slots.count {
            // Twice the slots, each entry placed again by its hash.
            let old = shard.slots
            shard.slots = [UInt64](repeating: 0, count: old.count * 2)
            mask = shard.slots.count - 1
            for entry in old where entry != 0 {
                var slot = Int(entry >> 32) & mask
                while shard.slots[slot] != 0 { slot = (slot + 1) & mask }
                shard.slots[slot] = entry
            }
        }
        return UInt32(local << shardBits | s)
    }

    /// A string with scalars past ASCII: `String` equality, unless it is canonically an ASCII string (its only
    /// scalars past ASCII are `asciiForms`), which then shares that string's id.
    private static func otherID(_ string: String, utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if string.unicodeScalars.allSatisfy({ $0.value < 0x80 || asciiForms[$0] != nil }) {
            let bytes = string.unicodeScalars.map { asciiForms[$0] ?? UInt8($0.value) }
            return bytes.withUnsafeBufferPointer { asciiID($0) { string } }
        }
        let s = shardIndex(utf8)
        let shard = shards[s]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        if let id = shard.ids[string] { return id }
        let id = UInt32(store(string, in: shard, index: s) << shardBits | s)
        shard.ids[string] = id
        return id
    }

    /// Stores a new string in a shard (under its lock) and returns its number there.
    private static func store(_ string: String, in shard: Shard, index s: Int) -> Int {
        let local = shard.count
        precondition(local < chunksPerShard << chunkBits, "too many distinct strings")
        let slot = s * chunksPerShard + local >> chunkBits
        if chunks[slot] == nil { chunks[slot] = .allocate(capacity: chunkSize) }
        (chunks[slot]! + (local & (chunkSize - 1))).initialize(to: string)
        shard.count = local + 1
        return local
    }

    /// Whether a stored string is the one whose ASCII bytes are `utf8`: the same bytes, or (for a string stored
    /// past ASCII by `otherID`) the same once its three ASCII-equivalent scalars are read as ASCII.
    private static func sameBytes(_ stored: String, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var stored = stored
        let same = stored.withUTF8 {
            $0.count == utf8.count && (utf8.isEmpty || memcmp($0.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        if same || stored.utf8.count == utf8.count { return same }
        return stored.unicodeScalars.map { asciiForms[$0] ?? UInt8(truncatingIfNeeded: $0.value) }.elementsEqual(utf8)
    }

    /// The only scalars past ASCII that are canonically equivalent to ASCII ones: the Kelvin sign, the Greek
    /// question mark and varia.
    private static let asciiForms: [Unicode.Scalar: UInt8] = ["\u{212A}": 75, "\u{037E}": 59, "\u{1FEF}": 96]

    @inline(__always)
    private static func string(shard s: Int, local: Int) -> String {
        chunks[s * chunksPerShard + local >> chunkBits]![local & (chunkSize - 1)]
    }

    /// The string of an id `id(_:)` handed out.
    static func string(_ id: UInt32) -> String {
        string(shard: Int(id) & (shardCount - 1), local: Int(id) >> shardBits)
    }
}
