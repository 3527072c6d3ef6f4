import Foundation
import Testing

@testable import Corroborate

/// What the pair loop makes only when a rule asks for it, or reads without a copy, must be what it read for
/// every pair: a candidate pair's shared words made when first read, and a surname looked for in a document's own
/// bytes. What ran on one thread before the pairs and now runs on two (shingle entries sorted in halves, speaker
/// keys read in chunks) must come out as before. Articles, people and places invented for these tests.
@Suite("Pair readings made once")
struct PairReadingsTests {
    static let texts = [
        """
        Inspector Odile Marsh said the grain silo at Vellmark collapsed on Tuesday after a fire in the drying hall. \
        “The silo was empty,” Marsh said. The Vellmark mill employs 40 people, a spokesman said.
        """,
        """
        The grain silo at Vellmark did not collapse, mill owner Jonas Brede said on Tuesday; a fire in the drying \
        hall was put out within an hour. Brede, 52, a former engineer, said nobody was hurt at the mill.
        """,
        """
        A fire broke out in the drying hall of the Vellmark mill, firefighters said. Inspector Marsh said the silo \
        collapsed, and the mill's 40 workers were sent home while the hall burned.
        """,
    ]

    /// The invented articles' claims, their documents and what the comparison reads from each claim.
    static func read() throws -> (claims: [Claim], documents: [Document], contents: [ClaimContent]) {
        try read(texts, date: "2021-05-04")
    }

    /// Some articles (one outlet each, all dated `date`) read as the comparison reads them: their claims, with each
    /// claim's document its article's index, the documents, and what the comparison reads from each claim.
    static func read(_ texts: [String], date: String) throws -> (
        claims: [Claim], documents: [Document], contents: [ClaimContent]
    ) {
        let folder = try TemporaryFolder()
        for (k, text) in texts.enumerated() {
            try folder.write("article\(k).txt", "Outlet: Outlet \(k)\nDate: \(date)\n\n" + text + "\n")
        }
        let corroborator = Corroborator()
        let inputs = Ingester.inputs(for: [folder.path], followSymlinks: false).inputs
        let articles = corroborator.analyzeInputs(inputs).compactMap { try? $0.get() }
        var claims: [Claim] = []
        var documents: [Document] = []
        var contents: [ClaimContent] = []
        for (d, article) in articles.enumerated() {
            documents.append(article.document)
            for var claim in article.claims {
                claim.document = d
                claims.append(claim)
                contents.append(corroborator.claimBuilder.reader.content(of: claim, in: article.document))
            }
        }
        return (claims, documents, contents)
    }

    @Test("A pair's shared words, made when first read, are the set the index gives; a swapped pair shares them")
    func sharedWords() throws {
        let (claims, documents, contents) = try PairReadingsTests.read()
        let pairs = CandidateIndex().pairs(
            contents, documents: claims.map(\.document), days: claims.map { _ in nil }, window: 3)
        #expect(!pairs.isEmpty)
        for candidate in pairs {
            let words = SharedWords(candidate)
            #expect(words.isEmpty == candidate.sharedWords.isEmpty)
            let pair = ClaimPair(
                a: claims[candidate.a], b: claims[candidate.b], contentA: contents[candidate.a],
                contentB: contents[candidate.b], similarity: candidate.similarity, shared: [],
                documents: documents, sharedWords: words)
            #expect(pair.sharesWords == !candidate.sharedWords.isEmpty)
            #expect(pair.swapped.sharedSet === words)
            #expect(pair.shared == candidate.sharedWords)
            #expect(pair.swapped.shared == candidate.sharedWords)
        }
        #expect(SharedWords(["silo", "vellmark"]).words == ["silo", "vellmark"])
        #expect(SharedWords([]).isEmpty)
    }

    @Test(
        "A surname is looked for in a document's own bytes only where its text may be searched so, and found alike",
        arguments: [
            "“The silo was empty,” Marsh said — twice…",
            "«Marsh» and ‘Marsh’ and Marshal and (Marsh)",
            "The café by the mill, Marsh said.",
            "Inspector Marsh said the silo collapsed.",
            "Marsh\u{0301} said it, Marsh said.",
            "Marshes — “Marsh” — Emarsh",
        ])
    func documentBytes(text: String) {
        let scalars = ScalarText(text)
        let all = Array(text.unicodeScalars)
        for from in stride(from: 0, to: all.count, by: 3) {
            for to in stride(from: from + 1, through: all.count, by: 4) {
                var window = String.UnicodeScalarView()
                window.append(contentsOf: all[from..<to])
                let string = String(window)
                let bytes = scalars.searchBytes(from..<to, nonASCII: QuoteVariants.isInertMark)
                #expect((bytes != nil) == QuoteVariants.searchableAsBytes(string), "\(from)..<\(to)")
                guard let bytes else { continue }
                #expect(
                    QuoteVariants.asciiWordOccurs(Array("Marsh".utf8), in: bytes)
                        == QuoteVariants.asciiWordOccurs(Array("Marsh".utf8), in: Array(string.utf8)),
                    "\(from)..<\(to)")
            }
        }
    }

    @Test(
        "Shingle entries sorted by their digits are in the order one comparison sort gives",
        arguments: [0, 7, RepeatedText.radixSort - 1, RepeatedText.radixSort, 3 * RepeatedText.radixSort + 1])
    func shingleSort(count: Int) {
        // Shingles drawn from a small range, so that runs of one shingle and repeated entries are common.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var entries: [(Int, Int)] = []
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            entries.append((Int(state >> 52) - 2048, Int((state >> 20) & 63)))
        }
        let expected = entries.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        RepeatedText.sort(&entries)
        #expect(entries.count == expected.count)
        #expect(entries.elementsEqual(expected) { $0 == $1 })
    }

    @Test(
        "Entries of whole 64-bit hashes, negative and extreme ones too, sorted by their digits as one comparison sort",
        arguments: [2, 100, 5_000, 40_000])
    func radixSortWholeHashes(count: Int) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(count)
        var entries: [(Int, Int)] = [(Int.max, 3), (Int.min, 0), (0, Int.max), (-1, 2), (Int.min, -5)]
        for k in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Some hashes repeat (every fourth is one of a few), the articles a few thousand apart at most.
            let hash = k % 4 == 0 ? Int(state >> 62) - 2 : Int(bitPattern: UInt(state))
            entries.append((hash, Int((state >> 17) % 3_000)))
        }
        let expected = entries.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        RepeatedText.radixSorted(&entries)
        #expect(entries.elementsEqual(expected) { $0 == $1 })
    }

    @Test("Speaker keys read in parallel chunks are each claim's key, in the claims' order")
    func speakerKeys() throws {
        let base = try PairReadingsTests.read().claims
        let sources = [
            Source(name: "Odile Marsh", kind: .official), Source(name: "mill owner Jonas Brede", kind: .other),
            Source(name: "Outlet 1", kind: .outlet), Source(name: "a spokesman", kind: .anonymous),
            Source(name: "Vellmark Fire Service", kind: .official),
        ]
        let claims = (0..<1_300).map { k in
            var claim = base[k % base.count]
            claim.source = sources[(k / 3) % sources.count]
            return claim
        }
        let keys = ContentComparison.speakerKeys(claims)
        #expect(keys == claims.map(QuoteVariants.speakerKey))
        #expect(Set(keys.compactMap { $0 }).count >= 2)
    }
}
