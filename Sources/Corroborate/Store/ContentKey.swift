/// A stable 64-bit FNV-1a hash as 16 hex digits. Swift's `Hasher` is seeded per process, so anything written to
/// the store (which article is already there, which claims a review is about) is keyed with this instead.
struct ContentKey {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        state ^= 0xFF
        state = state &* 0x100_0000_01b3
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The key of an article: its text and what its header says.
    static func article(_ document: Document) -> String {
        var key = ContentKey()
        key.add(document.text)
        let m = document.metadata
        for field in [m.title, m.outlet, m.author, m.date?.description, m.place, m.dateline] { key.add(field ?? "") }
        return key.hex
    }

    /// The key of the claims a relation joins, whatever their ids: each claim's source and words, sorted. A
    /// review is about these, so a relation between the same statements found again (from a page fetched
    /// anew, say) carries the same verdict.
    static func claims(_ claims: [(source: String, text: String)]) -> String {
        var key = ContentKey()
        for part in claims.map({ $0.source + "\u{1F}" + $0.text }).sorted() { key.add(part) }
        return key.hex
    }
}
