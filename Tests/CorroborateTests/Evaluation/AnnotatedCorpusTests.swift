import Corroborate
import Foundation
import Testing

/// Gold spans of an annotated corpus count scalars in the file's own text; the ingester may leave lines out.
@Suite("Annotated corpus offsets")
struct AnnotatedCorpusTests {
    static let sentence = "Harbour master Anton Dorn said the ferry would resume service on Friday."

    /// A brat folder of one document with `text` and one attribution on `sentence` (its last copy in `text`).
    static func folder(_ text: String) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("brat-\(UUID().uuidString)")
        for sub in ["text", "attributions"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try text.write(to: root.appendingPathComponent("text/harbour.txt"), atomically: true, encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(
            (0...(scalars.count - sentence.unicodeScalars.count)).last {
                String(String.UnicodeScalarView(scalars[$0..<($0 + sentence.unicodeScalars.count)])) == sentence
            })
        func span(_ piece: String) -> (Int, Int) {
            let offset = sentence.range(of: piece).map {
                sentence.unicodeScalars.distance(
                    from: sentence.unicodeScalars.startIndex, to: $0.lowerBound)
            }!
            return (start + offset, start + offset + piece.unicodeScalars.count)
        }
        let (s, c, t) = (
            span("Harbour master Anton Dorn"), span("said"), span("the ferry would resume service on Friday")
        )
        let ann = """
            T1\tSource \(s.0) \(s.1)\tHarbour master Anton Dorn
            T2\tCue \(c.0) \(c.1)\tsaid
            T3\tContent \(t.0) \(t.1)\tthe ferry would resume service on Friday
            T4\tAttribution \(c.0) \(c.1)\tsaid
            E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1

            """
        try ann.write(
            to: root.appendingPathComponent("attributions/harbour_anna.ann"), atomically: true, encoding: .utf8)
        return root.path
    }

    @Test(
        "Gold spans follow the text when the ingester leaves out a header or a repeated line, and score as found",
        arguments: [
            "Byline: Mara Lindqvist\n\n\(sentence)\n",
            "Ferries wait at the quay in the morning.\nFerries wait at the quay in the morning.\n\n\(sentence)\n",
            "\(sentence)\n",
        ])
    func carried(_ text: String) throws {
        let folder = try Self.folder(text)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let corpus = try AnnotatedCorpus(folder: folder)
        let document = try Ingester().read(Ingester.Input(path: corpus.documents[0].text))
        let gold = corpus.gold(0, in: document)
        #expect(gold.count == 1)
        let spans = try #require(gold.first)
        let roles = [spans.source, spans.cue, spans.content].map { $0.map { document.text(of: $0) } }
        #expect(roles == [["Harbour master Anton Dorn"], ["said"], ["the ferry would resume service on Friday"]])
        let score = try BratScorer.evaluate(folder: folder, corroborator: Corroborator())
        #expect(score.gold == 1)
        #expect(score.f1("content") == 1)
        #expect(score.f1("cue") == 1)
    }
}
