import Corroborate
import Foundation
import Testing

@Suite("Source resolution reads the run's cue verbs and verb forms, a user's files included")
struct RunCueWordsTests {
    /// Which file of the run a case extends.
    enum FileKind: String, Sendable { case cues, comparison }

    /// The canonical name of the attribution whose source mention is `mention` and whose cue is `cue`, analysed
    /// with `knowledge`; nil when it has no canonical source, and a failed expectation when it is not found.
    private func canonical(_ text: String, mention: String, cue: String, knowledge: Knowledge) throws -> String? {
        let document = try Fixture.document(text)
        let attribution = Corroborator(knowledge: knowledge).analyze(document).attributions.first {
            $0.source?.text == mention && $0.cue?.text == cue
        }
        #expect(attribution != nil, "no attribution \(mention) / \(cue)")
        return attribution?.canonical?.name
    }

    @Test(
        "After `added`, a verb form or a cue verb only a user's file knows opens a clause, so the subject is the source with that file only",
        arguments: [
            // An irregular past the comparison words do not list: `added the burglar slunk` reads as a deed
            // (`added` a burglar), until a user's file lists the form.
            (
                "Lena Kovac added the burglar slunk away before dawn.", "Lena Kovac", FileKind.comparison,
                #"{"irregularForms": ["slink|slunk"]}"#
            ),
            // A cue verb the lexicon does not list: `the mayor opines` opens a clause only once it is a cue.
            (
                "Ivo Marek added the mayor opines otherwise about the harbour.", "Ivo Marek", FileKind.cues,
                #"{"verbs": [{"lemma": "opine", "frame": "speech", "forms": ["opine", "opines", "opined"]}]}"#
            ),
        ])
    func userWords(text: String, mention: String, kind: FileKind, file json: String) throws {
        #expect(try canonical(text, mention: mention, cue: "added", knowledge: .builtIn) == nil)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(kind.rawValue + ".json")
        try Data(json.utf8).write(to: file)
        let knowledge =
            switch kind {
            case .cues: try Knowledge.with(cues: file.path)
            case .comparison: try Knowledge.with(comparison: file.path)
            }
        #expect(try canonical(text, mention: mention, cue: "added", knowledge: knowledge) == mention)
    }
}
