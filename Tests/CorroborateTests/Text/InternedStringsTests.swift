import Dispatch
import Testing

@testable import Corroborate

/// Claims hold their words as ids in one table of the run: an id must read back as the string it was given for,
/// one string must get one id whatever thread asks, and two strings two ids.
@Suite("Interned strings")
struct InternedStringsTests {
    @Test(
        "A string's id reads back as the string, and asking again gives the same id",
        arguments: [
            "harbour", "Harbour", "", "a", "ferry-master's", "\u{00E9}cluse", "a word longer than fifteen bytes",
        ])
    func roundTrip(string: String) {
        let id = InternedStrings.id(string)
        #expect(InternedStrings.string(id) == string)
        #expect(InternedStrings.id(string) == id)
    }

    @Test("Strings that differ only in case or by one letter get different ids")
    func distinct() {
        let ids = ["quay", "Quay", "quays", "quey"].map(InternedStrings.id)
        #expect(Set(ids).count == 4)
    }

    @Test("Threads interning the same words at once agree on every id, and each reads back")
    func concurrent() {
        let words = (0..<5000).map { "pier\($0 % 1700)-\($0 % 3)" }
        let box = ResultBox<[UInt32]>(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            _ = box.set(k, (k % 2 == 0 ? words : words.reversed()).map(InternedStrings.id))
        }
        let runs = box.values()
        for (k, run) in runs.enumerated() {
            let ids = k % 2 == 0 ? run : run.reversed()
            #expect(ids == runs[0])
        }
        #expect(zip(words, runs[0]).allSatisfy { InternedStrings.string($1) == $0 })
        #expect(Set(runs[0]).count == Set(words).count)
    }
}
