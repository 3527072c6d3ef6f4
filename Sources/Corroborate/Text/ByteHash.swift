/// A hash of bytes that is the same on every run and machine (Swift's `Hasher` is seeded per process): the tagger's
/// features, the word table and the string table read words by it, and a tagger file is checked with it.
enum ByteHash {
    /// 64-bit FNV-1a over the bytes.
    @inline(__always)
    static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}
