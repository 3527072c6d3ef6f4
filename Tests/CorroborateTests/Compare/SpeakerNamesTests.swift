import Testing

@testable import Corroborate

/// A source's name read once per run for the speaker rules (`SpeakerNames`), rather than for every candidate pair:
/// claims that share a name share one reading, and a pair built with the run's readings tells speakers apart as
/// the rules say. Names invented for these tests.
@Suite("Speaker names read once per run")
struct SpeakerNamesTests {
    static func claim(_ source: String, kind: SourceKind, id: String, document: Int) -> Claim {
        Claim(
            id: id, document: document, attribution: 0, source: Source(name: source, kind: kind), via: nil,
            text: "The ferry to the north pier leaves at six.", spans: [TextSpan(0, 42)], sentence: 0,
            isDirectQuote: false,
            frame: ClaimFrame(
                kinds: [], places: [], actors: [], contextPlaces: [], quantities: [], time: nil, negated: false,
                negation: nil, hedges: [], manner: [], state: []))
    }

    @Test("Claims credited to one name share one reading of it; another name has its own")
    func sharedPerName() {
        let claims = [
            SpeakerNamesTests.claim("Ines Varga", kind: .official, id: "a", document: 0),
            SpeakerNamesTests.claim("harbour master", kind: .anonymous, id: "b", document: 0),
            SpeakerNamesTests.claim("Ines Varga", kind: .official, id: "c", document: 1),
            SpeakerNamesTests.claim("Regional Ferry Board", kind: .government, id: "d", document: 2),
        ]
        let table = SpeakerNames.table(claims)
        #expect(table.count == claims.count)
        #expect(table[0] === table[2])
        #expect(table[0] !== table[1])
        #expect(table[3] !== table[0] && table[3] !== table[1])
        #expect(table[0].names == ["ines", "varga"])
        #expect(table[3].initials == "rfb")
        #expect(table[1].isDescription)
        #expect(table[3].voiceWords == ["regional", "ferry", "board"])
        #expect(table[0].spelling == ["ines", "varga"])
        #expect(SpeakerNames(Source(name: "Zoë Kovač", kind: .official)).spelling == ["zoe", "kovac"])
    }

    @Test(
        "A pair built with the run's readings may quote one speaker only where the names allow it",
        arguments: [
            // A name in common.
            ("Ines Varga", SourceKind.official, "port engineer Ines Varga", SourceKind.official, true),
            // A one-word name that is the other's initials, either way round.
            ("RFB", .government, "Regional Ferry Board", .government, true),
            ("Regional Ferry Board", .government, "RFB", .government, true),
            // Two named people, initials alike.
            ("Jon Smolt", .official, "Jane Sarnek", .official, false),
            // A speaker known only by a description may be anyone.
            ("Ines Varga", .official, "one neighbour", .anonymous, true),
        ])
    func pairSpeakers(a: String, kindA: SourceKind, b: String, kindB: SourceKind, alike: Bool) {
        let claims = [
            SpeakerNamesTests.claim(a, kind: kindA, id: "a", document: 0),
            SpeakerNamesTests.claim(b, kind: kindB, id: "b", document: 1),
        ]
        let table = SpeakerNames.table(claims)
        let content = ClaimContent(
            words: [], terms: [], weights: [:], skeletons: [], quantities: [], numbers: [:], negations: [],
            creditedDenial: nil, refutation: nil, revision: nil, opposites: [], quoted: [], isQuestion: false,
            years: [])
        let pair = ClaimPair(
            a: claims[0], b: claims[1], contentA: content, contentB: content, similarity: 0, shared: [],
            documents: [], names: (table[0], table[1]))
        #expect(QuoteVariants.maySpeakAlike(pair) == alike)
        #expect(QuoteVariants.maySpeakAlike(pair.swapped) == alike)
    }
}
