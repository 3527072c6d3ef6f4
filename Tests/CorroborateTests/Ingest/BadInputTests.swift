import Corroborate
import Foundation
import Testing

/// Bad input never crashes and never loses work: each problem is one line naming the file, and the rest is
/// analysed.
@Suite("Bad input")
struct BadInputTests {
    @Test("A folder with bad files among good ones: each bad one is named once, every readable one is analysed")
    func mixedFolder() {
        let analysis = Corroborator().run(paths: [Fixture.path("mixed")])
        let names = analysis.articles.map(\.document.name).sorted()
        #expect(
            names == [
                "dabiq.txt", "latin1.txt", "odd-quotes.txt", "unclosed-tags.html", "utf16.txt", "zero-width-bidi.txt",
            ])
        #expect(
            analysis.problems.map(\.description) == [
                Fixture.path("mixed/empty.txt") + ": file is empty",
                Fixture.path("mixed/photo.txt") + ": not a text article (a PNG image); skipped",
            ])
        // Readable files with a problem carry a warning instead.
        let warnings = analysis.warnings.map { "\($0.path.split(separator: "/").last!): \($0.message)" }
        #expect(warnings.contains("latin1.txt: not valid UTF-8; read as Windows-1252"))
        #expect(warnings.contains("utf16.txt: read as UTF-16 (little-endian, from its byte-order mark)"))
    }

    @Test("A missing path and a folder with no articles are reported; nothing else is lost")
    func missingAndEmptyFolder() {
        let analysis = Corroborator().run(paths: [
            Fixture.path("no-articles"), Fixture.path("nowhere.txt"), Fixture.seeds,
        ])
        #expect(analysis.articles.count == 3)
        #expect(
            analysis.problems.map(\.description) == [
                Fixture.path("no-articles") + ": folder holds no articles (looked for .txt, .text, .md, .html, .htm)",
                Fixture.path("nowhere.txt") + ": no such file or folder",
            ])
    }

    @Test("HTML with unclosed tags keeps its text")
    func unclosedTags() throws {
        let document = try Fixture.read("mixed/unclosed-tags.html")
        #expect(document.text.contains("The ministry said 14 soldiers were killed near Palmyra."))
        #expect(document.text.contains("and the army denied it."))
        #expect(document.text.contains("Residents said the shelling continued"))
    }

    @Test("Zero-width and bidirectional controls stay in the text (offsets match the file) and do not break words")
    func invisibleCharacters() throws {
        let document = try Fixture.read("mixed/zero-width-bidi.txt")
        let article = Corroborator().analyze(document)
        let ministry = try #require(article.attributions.first { $0.cue?.text == "said" })
        #expect(ministry.source?.text == "The ministry")
        #expect(ministry.content.text.contains("Aleppo"))
        #expect(
            document.scalars.count == Array(
                try String(contentsOfFile: Fixture.path("mixed/zero-width-bidi.txt"), encoding: .utf8).unicodeScalars
            ).count - 1)
    }

    @Test("500 quotation marks and no closing one: the document is analysed to its end")
    func manyQuotes() throws {
        let article = Corroborator().analyze(try Fixture.read("mixed/odd-quotes.txt"))
        #expect(
            article.attributions.contains { $0.source?.text == "The army" && $0.content.text == "the town was quiet" })
    }

    @Test("An article over the size limit is reported and skipped without being read into memory")
    func hugeArticle() throws {
        let folder = NSTemporaryDirectory() + "corroborate-huge-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let line = Data(String(repeating: "The army said the town was quiet. ", count: 1000).utf8)
        #expect(FileManager.default.createFile(atPath: folder + "/huge.txt", contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/huge.txt"))
        while try handle.offset() < 50_000_000 { handle.write(line) }
        try handle.close()
        try Data("The ministry said the talks failed.\n".utf8).write(to: URL(fileURLWithPath: folder + "/small.txt"))
        let analysis = Corroborator().run(paths: [folder])
        #expect(analysis.articles.map(\.document.name) == ["small.txt"])
        #expect(
            analysis.problems.map(\.description) == [
                folder
                    + "/huge.txt: over the limit of 20,000,000 bytes for one article (50,014,000 bytes); skipped"
            ])
    }

    @Test("A single line of a million characters is analysed")
    func millionCharacterLine() throws {
        // A page saved without line breaks: narrative, with an attributed sentence now and then.
        let narrative = String(
            repeating: "The convoy moved slowly through the damaged streets of the old city. ", count: 9)
        let paragraph = narrative + "Officials said the convoy reached the city centre. "
        let text = String(repeating: paragraph, count: 1_000_000 / paragraph.count + 1)
        let document = try Fixture.document(text, name: "long.txt")
        #expect(document.scalars.count > 1_000_000)
        #expect(!document.text.contains("\n"))
        let article = Corroborator().analyze(document)
        #expect(article.attributions.count == 1_000_000 / paragraph.count + 1)
    }
}
