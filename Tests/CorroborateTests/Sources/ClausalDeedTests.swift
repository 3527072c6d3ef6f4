import Corroborate
import Foundation
import Testing

@Suite("Verbs that report words only with a clause, cue words that are no verbs, and the run's own acts")
struct ClausalDeedTests {
    /// The attribution whose source mention is `mention` and whose cue is `cue` in a one-article text, analysed
    /// with `knowledge`: whether it was found, and its canonical source.
    private func canonical(
        _ text: String, mention: String, cue: String, knowledge: Knowledge = .builtIn
    ) throws -> (found: Bool, source: Source?) {
        let document = try Fixture.document(text)
        let attribution = Corroborator(knowledge: knowledge).analyze(document).attributions.first {
            $0.source?.text == mention && $0.cue?.text == cue
        }
        return (attribution != nil, attribution?.canonical)
    }

    @Test(
        "A verb of saying with a noun object, `to` and a verb, or a preposition is a deed; a participle or a noun as cue is no verb",
        arguments: [
            // A noun object.
            ("Velmora has agreed a truce with the rebels in the north.", "Velmora", "has agreed"),
            (
                "Divers found 12 bodies there, though harbour officials say as many as 20 were lost across three "
                    + "separate wrecks.", "Divers", "found"
            ),
            (
                "The top harbour official didn't mention Kovac, a Tarsk councillor, by name. But on several "
                    + "occasions, Marek said that public officials have a duty.", "The top harbour official",
                "didn't mention"
            ),
            (
                "Ivo Marek, a fisherman from Tarsk, has been criticised for his deals, adding a new dimension to the "
                    + "race.", "Ivo Marek", "adding"
            ),
            // `to` and a verb.
            (
                "In May, Velmora and Tarsk agreed to form a joint coast guard to patrol the strait.",
                "Velmora and Tarsk", "agreed"
            ),
            // A wh-word followed by `to`: no clause.
            ("After a neighbour showed Tomas Ferrel how to mend nets, he left school.", "a neighbour", "showed"),
            // A preposition.
            (
                "The family of the diver, Tomas Ferrel, said the port chief directly asked for the help of "
                    + "Marek's men at the quay.", "the port chief", "asked"
            ),
            // A participle after a preposition or an article: a modifier.
            (
                "Velmora for its part says it is holding talks with supposed envoys of the rebels in Tarsk.",
                "Velmora", "supposed"
            ),
            // A message noun before `was`: the subject of that verb.
            ("Tarsk Radio reports, but says the Velmoran report was probably false.", "the Velmoran", "report"),
            // A verb of force on a group of a plural target.
            (
                "On May 3, Tarsk city police attacked a group of villagers marching to the port.", "Tarsk city police",
                "attacked"
            ),
        ])
    func deed(text: String, mention: String, cue: String) throws {
        let result = try canonical(text, mention: mention, cue: cue)
        #expect(result.found)
        #expect(result.source == nil)
    }

    @Test(
        "The same verbs with a clause, a quotation or a colon after them, or a content before them, stay credited",
        arguments: [
            ("Lena Kovac agreed that the ferry was overloaded.", "Lena Kovac", "agreed", "Lena Kovac"),
            ("Divers found the ferry had sunk near the quay.", "Divers", "found", "Divers"),
            ("Ivo Marek added he would stay in Port Avel.", "Ivo Marek", "added", "Ivo Marek"),
            ("Ivo Marek added: \"We will stay in Port Avel.\"", "Ivo Marek", "added:", "Ivo Marek"),
            ("\"We will stay,\" Ivo Marek added.", "Ivo Marek", "added", "Ivo Marek"),
            ("Lena Kovac asked why the ferry had left Tarsk at night.", "Lena Kovac", "asked", "Lena Kovac"),
            ("Tomas Ferrel knew it was false.", "Tomas Ferrel", "knew", "Tomas Ferrel"),
            // A message's finding, a small clause, and a quotation after the comma.
            (
                "A new harbour poll shows Lena Kovac with a lead of ten points.", "A new harbour poll", "shows",
                "new harbour poll"
            ),
            ("Tarsk Radio finds voters shifting to the left in Velmora.", "Tarsk Radio", "finds", "Tarsk Radio"),
            ("Ivo Marek then asked the crowd, \"Can she stay?\"", "Ivo Marek", "then asked", "Ivo Marek"),
            // A participle before `was` after a relative: the mention argues what the relative stands for.
            ("Ivo Marek attacked a plan that he argued was failing the port.", "he", "argued", "Ivo Marek"),
            // A capitalised word after the participle is its object, not a copula.
            ("Ivo Marek condemned IS as a gang of killers.", "Ivo Marek", "condemned", "Ivo Marek"),
            // An object, then `to` and a verb: a request.
            ("The harbour board asked Velmora to help find the ferry.", "The harbour board", "asked", "harbour board"),
            ("Lena Kovac, after speaking to the crew, said the ferry was late.", "Lena Kovac", "said", "Lena Kovac"),
            // A verb of speech before the deed in the cue: what is said of the deed is a statement.
            (
                "Ivo Marek has denied agreeing to any truce with the rebels.", "Ivo Marek", "has denied agreeing",
                "Ivo Marek"
            ),
            (
                "The leader of the Tarsk fishermen has denied agreeing to any truce with Velmora.",
                "The leader of the Tarsk fishermen", "has denied agreeing", "leader of the Tarsk fishermen"
            ),
            // A clause with no `that`: a finite verb after the object's first word or after a name.
            ("Lena Kovac added the ferry sank last week near Tarsk.", "Lena Kovac", "added", "Lena Kovac"),
            ("Ivo Marek added Tarsk needs a new harbour master.", "Ivo Marek", "added", "Ivo Marek"),
            ("Nadia Okafor knew Marek lied to the harbour board.", "Nadia Okafor", "knew", "Nadia Okafor"),
            ("Lena Kovac showed the ferry left Tarsk without a permit.", "Lena Kovac", "showed", "Lena Kovac"),
            // A finding is no deed: only finding what the objects list names is (`found 12 bodies`).
            ("The coroner found the death of Tomas Ferrel accidental.", "The coroner", "found", "coroner"),
            // A question, and `to` and a verb after a long object.
            ("Nadia Okafor asked him, if the ferry sank, who would pay?", "Nadia Okafor", "asked", "Nadia Okafor"),
            (
                "Lena Kovac asked the owners of the three ferries still docked in Port Avel to move them.",
                "Lena Kovac", "asked", "Lena Kovac"
            ),
        ])
    func kept(text: String, mention: String, cue: String, name: String) throws {
        let result = try canonical(text, mention: mention, cue: cue)
        #expect(result.found)
        #expect(result.source?.name == name)
    }

    @Test("A verb a user's cue file lists as clausal makes its subject no source, with that file only")
    func userActs() throws {
        let text = "Ivo Marek claimed the trophy in Port Avel on Sunday."
        let builtIn = try canonical(text, mention: "Ivo Marek", cue: "claimed")
        #expect(builtIn.found)
        #expect(builtIn.source?.name == "Ivo Marek")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cues.json")
        try Data(#"{"acts": {"clausal": ["claim"]}}"#.utf8).write(to: file)
        let knowledge = try Knowledge.with(cues: file.path)
        let user = try canonical(text, mention: "Ivo Marek", cue: "claimed", knowledge: knowledge)
        #expect(user.found)
        #expect(user.source == nil)
    }
}
