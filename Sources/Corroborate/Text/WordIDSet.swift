/// A class of words (grammar words, cue words) asked about by a word's interned key id rather than its string: a
/// bit per id of `InternedStrings`, set for each member when the set is made, so that a word of a claim is tested
/// with one array read instead of a `String` read back, hashed and compared.
///
/// It answers what `Set<String>.contains` answers for the word's key. An ASCII member has one id, which every
/// string equal to it (byte for byte, or canonically through the three scalars `InternedStrings` reads as ASCII)
/// is given; a member past ASCII is kept as a string, and asked by the key's string, since two canonically equal
/// strings past ASCII may hold two ids.
struct WordIDSet: Sendable {
    /// A bit per interned id, up to the largest member's.
    private var bits: [UInt64] = []
    /// The members past ASCII.
    private var others: Set<String> = []

    init(_ words: some Sequence<String>) {
        for word in words {
            guard word.isASCII else {
                others.insert(word)
                continue
            }
            let id = Int(InternedStrings.id(word))
            if id >> 6 >= bits.count { bits.append(contentsOf: repeatElement(0, count: id >> 6 + 1 - bits.count)) }
            bits[id >> 6] |= 1 << UInt64(id & 63)
        }
    }

    /// Whether the string of `id` (an id `InternedStrings` handed out) is a member.
    @inline(__always)
    func contains(id: UInt32) -> Bool {
        let id = Int(id)
        if id >> 6 < bits.count && bits[id >> 6] & (1 << UInt64(id & 63)) != 0 { return true }
        return !others.isEmpty && others.contains(InternedStrings.string(UInt32(id)))
    }

    /// Whether the word's key is a member.
    @inline(__always)
    func contains(_ word: FrameWord) -> Bool { contains(id: word.keyID) }
}
