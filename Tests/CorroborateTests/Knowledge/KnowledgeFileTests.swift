import Foundation
import Testing

@testable import Corroborate

/// A user's knowledge file that cannot be used says where and why, in one line, before any analysis.
@Suite("Knowledge files")
struct KnowledgeFileTests {
    typealias CLI = CommandLineTests

    static let cases: [(option: String, content: String, message: String)] = [
        (
            "--sources", "{\"sources\": [\n  {\"name\": \"X\",, \"kind\": \"media\", \"aliases\": []}\n]}\n",
            "not valid JSON at line 2, column 16"
        ),
        (
            "--sources", "{\"sources\": [{\"name\": \"X\", \"kind\": \"wizard\", \"aliases\": []}]}",
            "bad value at sources[0].kind: \"wizard\" is not a valid SourceKind (one of \"monitoring-group\", "
                + "\"state-media\", \"media\", \"rebel-faction\", \"militant-group\", \"official\", \"government\", "
                + "\"military\", \"international-org\", \"anonymous\", \"multiple\", \"outlet\" or \"other\")"
        ),
        (
            "--sources", "{\"sources\": [{\"name\": 3, \"kind\": \"media\", \"aliases\": []}]}",
            "wrong type at sources[0].name: expected a string"
        ),
        (
            "--sources", "{\"sources\": [{\"kind\": \"media\", \"aliases\": []}]}",
            "missing the field \"name\" in sources[0]"
        ),
        (
            "--sources", "{}",
            "not a sources file: it has none of its fields; expected \"sources\", \"kindWords\", \"titles\", "
                + "\"opposingSides\", \"descriptors\", \"bodyNouns\", \"documentNouns\" or \"roleWords\""
        ),
        (
            "--sources", "{\"verbs\": [], \"hedges\": [\"reportedly\"]}",
            "not a sources file: it has the field(s) \"hedges\" and \"verbs\"; expected \"sources\", \"kindWords\", "
                + "\"titles\", \"opposingSides\", \"descriptors\", \"bodyNouns\", \"documentNouns\" or \"roleWords\""
        ),
        ("--cues", "[1, 2]", "not a cues file: the top level is not an object"),
        (
            "--events", "{\"kinds\": {\"ceasefire\": [\"truce\"]}, \"colour\": 1}",
            "not an events file: it has the field(s) \"colour\"; expected \"kinds\", \"manner\", \"state\", "
                + "\"conflicts\", \"entities\", \"measures\", \"qualifiers\", \"numberWords\", \"negation\", \"families\", \"placeTaken\" or \"locatives\""
        ),
    ]

    @Test("A bad knowledge file is one line naming the file, the place and the problem; exit 2", arguments: cases)
    func badFile(option: String, content: String, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("k.json", content)
        let run = try CLI.corroborate(["sources", Fixture.seeds, option, "k.json"], in: folder.path)
        #expect(run.status == 2)
        #expect(run.errors == "corroborate: k.json: \(message)\n")
        #expect(run.output == "")
    }

    @Test("A good file of the right format is accepted, with a description beside its fields")
    func goodFile() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "k.json",
            "{\"description\": \"mine\", \"sources\": [{\"name\": \"Kyiv Independent\", \"kind\": \"media\", "
                + "\"aliases\": [\"Kyiv Independent\"]}]}")
        let run = try CLI.corroborate(["sources", Fixture.seeds, "--sources", "k.json", "--quiet"], in: folder.path)
        #expect(run.status == 0)
    }

    static let messageCases: [(arguments: [String], status: Int32, errors: String)] = [
        (["text", "missing.txt"], 2, "corroborate: missing.txt: no such file or folder\n"),
        (["validate", "missing.xml"], 2, "corroborate: missing.xml: no such file or folder\n"),
        (["sources", "Fixtures/no-articles"], 2, "corroborate: no article could be read\n"),
    ]

    @Test(
        "Data errors are one line and the exit code the README gives, without the usage text", arguments: messageCases)
    func dataErrors(arguments: [String], status: Int32, errors: String) throws {
        let run = try CLI.corroborate(arguments)
        #expect(run.status == status)
        #expect(run.errors.hasSuffix(errors))
        #expect(!run.errors.contains("Usage:"))
    }

    @Test(
        "Counts that cannot be are refused as usage errors",
        arguments: [["bench", "--generate", "0"], ["bench", "--generate=-5"], ["bench", "seeds", "--scale", "1"]])
    func impossibleCounts(arguments: [String]) throws {
        let run = try CLI.corroborate(arguments)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: --"))
    }
}

/// The fields a user's knowledge file may hold are the fields the shipped files use: a class the shipped file
/// has (and the code reads) cannot be refused when a user's file extends it.
@Suite("Knowledge file fields")
struct KnowledgeFileFieldTests {
    static let formats: [(resource: String, fields: [String])] = [
        ("cues", CueLexicon.fields),
        ("sources", SourceRegistry.fields),
        ("events", EventLexicon.fields),
        ("comparison", ComparisonWords.fields),
    ]

    @Test("Every top-level field of a shipped knowledge file is one a user's file may hold", arguments: formats)
    func shippedFieldsAccepted(resource: String, fields: [String]) throws {
        let text = try #require(Knowledge.resourceText(resource, extension: "json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let refused = object.keys.filter { $0 != "description" && !fields.contains($0) }.sorted()
        #expect(refused == [])
    }
}
