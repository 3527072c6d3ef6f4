import Testing

@testable import Corroborate

/// What every pair of a run shares (documents, names, figures, rarity) sits in one `ClaimPair.Run` that a pair's copies
/// and its `swapped` view hold once: the swapped view must see every per-side field from the other side and the
/// same run, and a pair changed after a copy must change alone, on the side it names. Articles, people and places
/// invented for `PairReadingsTests`.
@Suite("Claim pair run and sides")
struct ClaimPairRunTests {
    /// A pair of the first two invented claims from different articles, with every per-side field told apart.
    static func pair() throws -> ClaimPair {
        let (claims, documents, contents) = try PairReadingsTests.read()
        let k = try #require(claims.firstIndex { $0.document != claims[0].document })
        return ClaimPair(
            a: claims[0], b: claims[k], contentA: contents[0], contentB: contents[k], similarity: 0.5,
            shared: ["silo"], documents: documents, speakers: ("speaker a", "speaker b"),
            names: (SpeakerNames(claims[0].source), SpeakerNames(claims[k].source)), retold: (true, false),
            rejectedRetelling: (false, true), documentNames: ["first", "second", "third"],
            stretches: ([0..<1], [2..<4]), clauseWeights: (ClauseWeights.Claim([1.5]), ClauseWeights.Claim([2.5, 3.5])))
    }

    @Test("A swapped pair sees each side's fields from the other side, and swapped twice is the pair again")
    func swappedSides() throws {
        let pair = try ClaimPairRunTests.pair()
        let other = pair.swapped
        #expect(other.a.document == pair.b.document && other.b.document == pair.a.document)
        #expect(other.contentA.words.count == pair.contentB.words.count)
        #expect(other.contentB.words.count == pair.contentA.words.count)
        #expect(other.speakerA == "speaker b" && other.speakerB == "speaker a")
        #expect(other.namesA === pair.namesB && other.namesB === pair.namesA)
        #expect(other.retold == (false, true) && other.rejectedRetelling == (true, false))
        #expect(other.quotedStretchesA == [2..<4] && other.quotedStretchesB == [0..<1])
        #expect(other.stretches.map { $0.a == [2..<4] && $0.b == [0..<1] } == true)
        #expect(other.clauseWeights.map { Array($0.a) == [2.5, 3.5] && Array($0.b) == [1.5] } == true)
        #expect(other.similarity == 0.5 && other.shared == ["silo"] && other.documentNames == pair.documentNames)
        #expect(other.run === pair.run)
        let back = other.swapped
        #expect(back.a.document == pair.a.document && back.speakerA == "speaker a" && back.retold == (true, false))
        #expect(back.quotedStretchesA == [0..<1])
    }

    @Test("A pair changed after a copy changes alone, and a swapped pair's change lands on the side it names")
    func changesAlone() throws {
        let pair = try ClaimPairRunTests.pair()
        var other = pair.swapped
        other.stretches = ([5..<6], [7..<8])
        other.retold = (true, true)
        other.similarity = 0.25
        #expect(other.quotedStretchesA == [5..<6] && other.swapped.quotedStretchesB == [5..<6])
        #expect(other.swapped.quotedStretchesA == [7..<8] && other.retold == (true, true))
        #expect(pair.quotedStretchesA == [0..<1] && pair.quotedStretchesB == [2..<4])
        #expect(pair.retold == (true, false) && pair.similarity == 0.5 && other.similarity == 0.25)
        var copy = pair
        copy.a = pair.b
        // A copy shares the run (one retain), whatever else it changes.
        #expect(copy.run === pair.run && copy.documentNames == ["first", "second", "third"])
        #expect(copy.a.document == pair.b.document && pair.a.document != pair.b.document)
        #expect(copy.swapped.b.document == pair.b.document)
    }
}
