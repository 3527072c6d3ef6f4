import Corroborate
import Foundation
import Testing

/// Inputs a hostile or careless user gives: links out of the tree, the run's own reports, names that are not
/// text, copies of one article. Each is run through the binary, as the user would.
@Suite("Hostile input")
struct HostileInputTests {
    typealias CLI = CommandLineTests

    static let article = "Outlet: Test Wire\n\nThe ministry said the talks failed on Monday.\n"

    /// The seeds copied into `folder/articles`, for runs that need real contradictions.
    static func seedCopy(in folder: TemporaryFolder) throws -> String {
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixture.seeds) where name.hasSuffix(".txt") {
            try folder.write("articles/" + name, Data(contentsOf: URL(fileURLWithPath: Fixture.seeds + "/" + name)))
        }
        return folder.path + "/articles"
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func count(_ key: String, in report: [String: Any]) -> Int {
        (report[key] as? [Any])?.count ?? -1
    }

    @Test("A symbolic link that leads out of the folder is refused with a line, unless --follow-symlinks")
    func linkOutOfTree() throws {
        let folder = try TemporaryFolder()
        try folder.write("secret.txt", "The password is swordfish, the administrator said.\n")
        try folder.write("articles/a.txt", Self.article)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/articles/passwd.txt", withDestinationPath: folder.path + "/secret.txt")
        try folder.write("elsewhere/b.txt", "The colonel said the bridge had been destroyed.\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/articles/more", withDestinationPath: "../elsewhere")
        let run = try CLI.corroborate(["report", "articles", "--format", "json"], in: folder.path)
        #expect(run.status == 1)
        #expect(!run.output.contains("swordfish") && !run.output.contains("bridge"))
        let real = FileSystemTestPath.real(folder.path)
        #expect(
            run.errors == """
                corroborate: articles/more: cannot be read (symbolic link to \(real)/elsewhere, outside \(real)/articles; \
                skipped (--follow-symlinks reads it))
                corroborate: articles/passwd.txt: cannot be read (symbolic link to \(real)/secret.txt, outside \
                \(real)/articles; skipped (--follow-symlinks reads it))

                """)
        let followed = try CLI.corroborate(
            ["report", "articles", "--format", "json", "--follow-symlinks", "--quiet"], in: folder.path)
        #expect(followed.status == 0)
        #expect(followed.output.contains("swordfish") && followed.output.contains("bridge"))
    }

    @Test("A link inside the folder is read once, as the file it names")
    func linkInsideTree() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.article)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/articles/alias.txt", withDestinationPath: "a.txt")
        let run = try CLI.corroborate(["report", "articles", "--format", "json"], in: folder.path)
        #expect(run.status == 0)
        #expect(Self.count("documents", in: try Self.json(run.output)) == 1)
        #expect(run.errors == "corroborate: articles/alias.txt: warning: the same file as articles/a.txt; read once\n")
    }

    @Test("A report folder inside the input folder is never read back: a second run counts what the first did")
    func outputInsideInput() throws {
        let folder = try TemporaryFolder()
        let articles = try Self.seedCopy(in: folder)
        let arguments = ["report", articles, "--output", articles + "/out/", "--quiet"]
        let first = try CLI.corroborate(arguments)
        #expect(first.status == 0)
        let firstReport = try Self.json(try #require(folder.read("articles/out/report.json")))
        let second = try CLI.corroborate(arguments)
        #expect(second.status == 0)
        #expect(second.errors == "")
        let secondReport = try Self.json(try #require(folder.read("articles/out/report.json")))
        #expect(Self.count("documents", in: secondReport) == 3)
        for key in ["documents", "claims", "relations"] {
            #expect(Self.count(key, in: secondReport) == Self.count(key, in: firstReport), "\(key)")
        }
        // Copied elsewhere, an old report is still recognised as one and skipped.
        try FileManager.default.copyItem(atPath: articles + "/out/report.html", toPath: articles + "/old.html")
        // Skipping one is a note, not a bad input: exit 0, and --quiet leaves the note out.
        let third = try CLI.corroborate(["report", articles, "--format", "json", "--quiet"])
        #expect(third.status == 0)
        #expect(third.errors == "")
        #expect(Self.count("documents", in: try Self.json(third.output)) == 3)
        let noted = try CLI.corroborate(["report", articles, "--format", "json"])
        #expect(noted.status == 0)
        let notes = noted.errors.split(separator: "\n").filter { !$0.contains("warning:") }
        #expect(
            notes == [
                "corroborate: \(articles)/old.html: a report written by Corroborate, not an article; skipped",
                "corroborate: \(articles)/out/report.html: a report written by Corroborate, not an article; skipped",
            ])
    }

    @Test("Dangling and looping links, a name that is not UTF-8 and a path past PATH_MAX are each named, exit 1")
    func skippedEntriesNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.article)
        let articles = folder.path + "/articles"
        try FileManager.default.createSymbolicLink(atPath: articles + "/dangling.txt", withDestinationPath: "nowhere")
        try FileManager.default.createSymbolicLink(atPath: articles + "/loop.txt", withDestinationPath: "loop.txt")
        // A Latin-1 name: "caf\xe9.txt".
        var name = Array((articles + "/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9)]
        name += Array(".txt".utf8CString)
        let descriptor = open(name, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let deep = try Self.deepFile(under: articles + "/deep")
        let run = try CLI.corroborate(["report", "articles", "--format", "json"], in: folder.path)
        #expect(run.status == 1)
        #expect(Self.count("documents", in: try Self.json(run.output)) == 1)
        let lines = run.errors.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "corroborate: articles/caf\\xE9.txt: cannot be read (its name is not UTF-8; rename it to read it)"))
        #expect(lines.contains("corroborate: articles/dangling.txt: cannot be read (broken symbolic link)"))
        #expect(lines.contains("corroborate: articles/loop.txt: cannot be read (symbolic link that loops)"))
        #expect(lines.contains { $0.hasPrefix("corroborate: articles/deep/") && $0.hasSuffix("bytes)") })
        #expect(lines.count == 4)
        #expect(deep.utf8.count > Int(PATH_MAX))
    }

    @Test("A folder that cannot be read is named with the system's reason, not as holding no articles")
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.article)
        try folder.write("articles/closed/b.txt", Self.article)
        chmod(folder.path + "/articles/closed", 0)
        defer { chmod(folder.path + "/articles/closed", 0o755) }
        let run = try CLI.corroborate(["report", "articles", "--format", "json"], in: folder.path)
        if geteuid() == 0 {
            // Root reads every folder; the case is a user's, and then the line below is what they see.
            #expect(run.status == 0)
        } else {
            #expect(run.status == 1)
            #expect(run.errors == "corroborate: articles/closed: cannot be read (permission denied)\n")
        }
    }

    @Test("A file name holding a newline or an escape is one line on standard error, its controls made visible")
    func controlCharactersInNames() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.article)
        try folder.write("articles/bad\nname\u{1B}[2J.txt", "")
        let run = try CLI.corroborate(["report", "articles", "--format", "json"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.errors == "corroborate: articles/bad\\nname\\u{1B}[2J.txt: file is empty\n")
    }

    @Test("Escape sequences in an article's text do not reach the terminal report")
    func controlCharactersInText() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Title: Calm \u{1B}[2J\u{1B}[31mday\n" + Self.article)
        let run = try CLI.corroborate(["sources", "a.txt"], in: folder.path)
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.output.contains("Calm \\u{1B}[2J\\u{1B}[31mday"))
    }

    @Test("The same file given twice, or a byte-identical copy, is analysed once and said so")
    func identicalInputs() throws {
        let folder = try TemporaryFolder()
        let articles = try Self.seedCopy(in: folder)
        let first = try #require(folder.names(in: "articles").first)
        try FileManager.default.copyItem(atPath: articles + "/" + first, toPath: folder.path + "/copy.txt")
        let run = try CLI.corroborate(
            ["report", "articles", "articles/" + first, "copy.txt", "--format", "json"], in: folder.path)
        #expect(run.status == 0)
        let report = try Self.json(run.output)
        #expect(Self.count("documents", in: report) == 3)
        #expect(
            run.errors.split(separator: "\n").filter { !$0.contains("left out") } == [
                "corroborate: articles/\(first): warning: the same file as articles/\(first); read once",
                "corroborate: copy.txt: warning: the same text as articles/\(first); analysed once",
            ])
        let alone = try CLI.corroborate(["report", "articles", "--format", "json", "--quiet"], in: folder.path)
        #expect(Self.count("relations", in: report) == Self.count("relations", in: try Self.json(alone.output)))
    }

    @Test("Standard input is capped like a file: past 20,000,000 bytes it is refused, not read on")
    func standardInputCap() throws {
        let line = Data("The minister said the talks failed.\n".utf8)
        var input = Data(capacity: 21_000_000)
        while input.count <= 20_000_000 { input.append(line) }
        let run = try CLI.corroborate(["report", "-", "--format", "json"], input: input)
        #expect(run.status == 2)
        #expect(
            run.errors
                == "corroborate: -: over the limit of 20,000,000 bytes for one article (more than that); skipped\n"
                + "corroborate: no article could be read\n")
    }

    @Test("A page's declared windows-1251 charset is honoured: its Cyrillic reads as written, and ingest says so")
    func declaredCharset() throws {
        let document = try Fixture.read("hostile/windows-1251.html")
        #expect(document.metadata.title == "Переговоры сорваны")
        #expect(document.text.contains("Министр заявил, что переговоры в Женеве сорвались в понедельник."))
        #expect(document.warnings == ["read as windows-1251, as the page declares"])
    }

    @Test("A doctype's internal subset is not the title or the first paragraph, and its entities stay inert")
    func doctypeSubset() throws {
        let document = try Fixture.read("hostile/doctype-subset.html")
        #expect(document.metadata.title == "Talks fail")
        #expect(document.text.hasPrefix("The ministry said the talks in Geneva failed on Monday."))
        #expect(
            !document.text.contains("ENTITY") && !document.text.contains("root:") && !document.text.contains("BOOM"))
        #expect(document.warnings == ["the doctype's internal subset (DTD declarations) was ignored"])
    }

    @Test("An element with 50,000 attributes keeps its text; the attributes past 256 are dropped and said so")
    func manyAttributes() throws {
        let page = StressInput.attributes.generate(bytes: 600_000)
        let document = try Ingester().document(from: page, path: "attributes.html")
        #expect(document.text == "The minister said the talks had failed.")
        #expect(document.warnings == ["1 element(s) with over 256 attributes; the rest were dropped"])
        #expect(String(decoding: page, as: UTF8.self).contains(" a50000=\"v\""))
    }

    /// A file whose path is longer than PATH_MAX, made one folder at a time with `mkdirat`, since no call takes a
    /// path that long. Returns the path.
    static func deepFile(under root: String) throws -> String {
        #expect(mkdir(root, 0o755) == 0)
        var descriptor = open(root, O_RDONLY | O_DIRECTORY)
        var path = root
        let segment = String(repeating: "d", count: 200)
        while path.utf8.count <= Int(PATH_MAX) + 10 {
            #expect(mkdirat(descriptor, segment, 0o755) == 0)
            let next = openat(descriptor, segment, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            path += "/" + segment
        }
        let file = openat(descriptor, "a.txt", O_WRONLY | O_CREAT, 0o644)
        #expect(file >= 0)
        close(file)
        close(descriptor)
        return path + "/a.txt"
    }
}

/// Real paths in expectations (the temporary folder may sit behind a link, as /tmp does on macOS).
enum FileSystemTestPath {
    static func real(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
