import Foundation
import Testing

@testable import Corroborate

@Suite("Reports")
struct ReportTests {
    @Test("The seeds' XML report validates against the published schema")
    func seedsValidate() {
        let xml = XMLReport.render(Fixture.seedAnalysis)
        #expect(SchemaValidator(schema: XMLReport.schema).problems(in: Array(xml.utf8)) == [])
    }

    @Test("The schema rejects a broken report with libxml2's message")
    func brokenRejected() {
        let xml = XMLReport.render(Fixture.seedAnalysis).replacingOccurrences(of: "<summary ", with: "<summery ")
        let problems = SchemaValidator(schema: XMLReport.schema).problems(in: Array(xml.utf8))
        #expect(problems == ["line 3: Element 'summery': This element is not expected. Expected is ( summary )."])
    }

    @Test("A report that is not well-formed is reported as such")
    func notWellFormed() {
        let problems = SchemaValidator(schema: XMLReport.schema).problems(in: Array("<corroboration>".utf8))
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("not well-formed XML: line 1:"))
    }

    @Test("Scripts, ampersands, control characters and right-to-left names survive every format safely")
    func hostileText() throws {
        let analysis = Corroborator().run(paths: [Fixture.path("text/hostile.txt")])
        #expect(analysis.articles.count == 1)

        let xml = XMLReport.render(analysis)
        #expect(SchemaValidator(schema: XMLReport.schema).problems(in: Array(xml.utf8)) == [])
        #expect(
            xml.contains("&lt;script&gt;alert(\"owned\")&lt;/script&gt;")
                || xml.contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;"))
        #expect(xml.contains("محمد العلي"))
        #expect(!xml.unicodeScalars.contains("\u{01}"))

        let html = HTMLReport.render(analysis)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;"))
        #expect(html.contains("rebels &amp; soldiers"))
        #expect(html.contains("محمد العلي"))
        #expect(!html.unicodeScalars.contains("\u{1B}"))
        #expect(!html.contains("<b>bold"))

        let json = JSONReport.render(analysis)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let documents = try #require(object?["documents"] as? [[String: Any]])
        #expect(
            (documents.first?["metadata"] as? [String: Any])?["title"] as? String
                == "Hostile <script>alert(\"x\")</script> & Co")
    }

    @Test("The JSON report keeps the contract's field names")
    func jsonContract() throws {
        let json = JSONReport.render(Fixture.seedAnalysis)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["claims", "events", "relations", "documents", "sources", "sourcing", "summary"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let claim = try #require((object["claims"] as? [[String: Any]])?.first)
        for key in ["id", "document", "attribution", "source", "text", "spans", "event", "frame"]
        where key != "attribution" && key != "event" {
            #expect(claim[key] != nil, "claim missing \(key)")
        }
        let relation = try #require((object["relations"] as? [[String: Any]])?.first)
        for key in ["id", "type", "claims", "rule", "score", "explanation", "evidence"] {
            #expect(relation[key] != nil, "relation missing \(key)")
        }
    }

    @Test("Reports/ holds what the README's command makes from seeds/ (regenerate with it when this fails)")
    func reportsAreFresh() throws {
        // Paths in the committed reports are relative (`seeds/...`), as the README's command gives them.
        let analysis = Fixture.seedAnalysis
        let prefix = Fixture.root + "/"
        for (name, text) in [
            ("report.json", JSONReport.render(analysis)), ("report.xml", XMLReport.render(analysis)),
            ("report.html", HTMLReport.render(analysis)), ("corroborate.xsd", XMLReport.schema),
        ] {
            let committed = try String(contentsOfFile: Fixture.root + "/Reports/" + name, encoding: .utf8)
            #expect(
                committed == text.replacingOccurrences(of: prefix, with: ""),
                "Reports/\(name) is stale: run the README's main command")
        }
    }

    @Test("Reports are written atomically and replace the old file whole")
    func atomicWrite() throws {
        let folder = NSTemporaryDirectory() + "corroborate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write("old", to: folder + "/report.json")
        try AtomicFile.write("new", to: folder + "/report.json")
        #expect(try String(contentsOfFile: folder + "/report.json", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
        #expect(throws: OutputError.self) { try AtomicFile.write("x", to: folder + "/missing/report.json") }
    }

    @Test("`corroborate text` shows the metadata and then exactly the text offsets refer to")
    func textDump() throws {
        let document = try Fixture.read("text/afp-dateline.txt")
        let expected = """
            path: \(Fixture.path("text/afp-dateline.txt"))
            format: text
            title: -
            outlet: AFP
            author: -
            date: -
            url: -
            place: Washington
            dateline: Washington (AFP) –
            characters: 173
            furniture (not analysed): 0-19 "Washington (AFP) –"
            --- text (offsets count Unicode scalars from the next line) ---
            Washington (AFP) – The United States on Sunday condemned the bombardment of Aleppo, a State Department spokesman said.

            "This is unacceptable," the spokesman told reporters.

            """
        #expect(TextDump.render(document) == expected)
    }
}

@Suite("Extraction lines")
struct ExtractionJSONLTests {
    @Test("Each line is JSON with the contract's fields, and every role's spans give back its text")
    func contract() throws {
        for article in Fixture.seedAnalysis.articles + [Corroborator().analyze(try Fixture.read("text/hostile.txt"))] {
            let lines = ExtractionJSONL.lines(for: article).split(separator: "\n")
            #expect(lines.count == article.attributions.count)
            for line in lines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                for key in ["document", "source", "cue", "content", "canonical", "kind"] {
                    #expect(object.keys.contains(key), "missing \(key)")
                }
                for key in ["source", "cue", "content"] {
                    guard let role = object[key] as? [String: Any] else { continue }
                    let spans = try #require(role["spans"] as? [[Int]])
                    let text = spans.map { article.document.text(of: TextSpan($0[0], $0[1])) }.joined(separator: " … ")
                    #expect(text == role["text"] as? String)
                }
            }
        }
    }

    @Test("An article with more attributions than a batch is streamed into the same JSON shape, in order")
    func streamedDocument() throws {
        let document = try Fixture.document(String(repeating: "X said Y. ", count: 6000), name: "said.txt")
        let analysis = Corroborator().compare([Corroborator().analyze(document)])
        #expect(analysis.articles[0].attributions.count > 4096)
        let json = JSONReport.render(analysis)
        let report = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let documents = try #require(report["documents"] as? [[String: Any]])
        let attributions = try #require(documents.first?["attributions"] as? [[String: Any]])
        #expect(attributions.count == analysis.articles[0].attributions.count)
        #expect(attributions.map { $0["id"] as? String } == attributions.indices.map { "d1-a\($0 + 1)" })
        #expect(documents.first?["path"] as? String == "said.txt")
        #expect(json.hasPrefix("{\"claims\":[") && json.contains("\"documents\":[{\"attributions\":[{"))
    }

    /// Collects what is written, in order.
    struct Collected: TextSink {
        var bytes: [UInt8] = []
        mutating func write(_ more: [UInt8]) { bytes.append(contentsOf: more) }
    }

    @Test(
        "Elements encoded in parallel batches are written in order, each batch while the next is encoded",
        arguments: [0, 1, 255, 4096, 4097, 10_000])
    func parallelBatchesInOrder(count: Int) throws {
        var sink = Collected()
        JSONReport.encodeInParallel(count: count, into: &sink) { "e\($0)" }
        let expected = (0..<count).map { "\"e\($0)\"" }.joined(separator: ",")
        #expect(String(decoding: sink.bytes, as: UTF8.self) == expected)
    }

    @Test("`validate` refuses an element with more attributes than any report has, without parsing it")
    func validateManyAttributes() throws {
        let folder = try TemporaryFolder()
        let attributes = (0..<50_000).map { " a\($0)=\"v\"" }.joined()
        try folder.write("r.xml", "<?xml version=\"1.0\"?>\n<corroborate\(attributes)/>\n")
        let run = try CommandLineTests.corroborate(["validate", "r.xml"], in: folder.path)
        #expect(run.status == 1)
        #expect(
            run.output == "r.xml: an element has more than 256 attributes, which no report has; not parsed\n")
    }
}
