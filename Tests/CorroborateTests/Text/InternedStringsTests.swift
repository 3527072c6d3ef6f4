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

    @Test(
        "A word looked up by its bytes gets the id of the same string, whichever way it is asked first",
        arguments: ["lockkeeper", "Lockkeeper's", "quay-7", "x"])
    func bytes(word: String) {
        let fromBytes = Array(word.utf8).withUnsafeBufferPointer { InternedStrings.id(ascii: $0) }
        #expect(InternedStrings.id(word) == fromBytes)
        #expect(InternedStrings.string(fromBytes) == word)
        let fresh = "bytes-first-" + word
        let freshID = Array(fresh.utf8).withUnsafeBufferPointer { InternedStrings.id(ascii: $0) }
        #expect(InternedStrings.id(fresh) == freshID)
    }

    @Test("A word with a Kelvin sign, canonically its ASCII spelling, shares that spelling's id, asked either way")
    func canonicalASCII() {
        let ascii = "Kilnworth"
        let kelvin = "\u{212A}ilnworth"
        #expect(InternedStrings.id(ascii) == InternedStrings.id(kelvin))
        let kelvinFirst = "\u{212A}ilnmoor"
        let id = InternedStrings.id(kelvinFirst)
        #expect(InternedStrings.id("Kilnmoor") == id)
        #expect(Array("Kilnmoor".utf8).withUnsafeBufferPointer { InternedStrings.id(ascii: $0) } == id)
        #expect(InternedStrings.id("Kilnmoors") != id)
    }

    @Test("Tens of thousands of distinct words, more than a shard's first table holds, each keep their own id")
    func growth() {
        let words = (0..<40_000).map { "wharf\($0)" }
        let ids = words.map(InternedStrings.id)
        #expect(Set(ids).count == words.count)
        #expect(zip(words, ids).allSatisfy { InternedStrings.string($1) == $0 && InternedStrings.id($0) == $1 })
    }
}
