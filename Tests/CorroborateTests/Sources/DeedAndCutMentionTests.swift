import Corroborate
import Testing

@Suite("Sources fit to be speakers: deeds, names given, hearers and cut mentions")
struct DeedAndCutMentionTests {
    /// The canonical source of the attribution whose source mention is `mention` and whose cue is `cue` in a
    /// one-article text, and whether the extraction found that attribution at all.
    private func canonical(_ text: String, mention: String, cue: String) throws -> (found: Bool, source: Source?) {
        let document = try Fixture.document(text)
        let attribution = Corroborator().analyze(document).attributions.first {
            $0.source?.text == mention && $0.cue?.text == cue
        }
        return (attribution != nil, attribution?.canonical)
    }

    @Test(
        "A deed, a name given, a hearer, a passive subject or a cut mention credits no one",
        arguments: [
            // A verb of force without a quotation, a clause or `as`: a deed.
            (
                "Tarsk gunmen attacked a patrol near the border on Tuesday, killing two soldiers, the army said.",
                "Tarsk gunmen", "attacked"
            ),
            // An idiom of a deed: `claim lives`.
            (
                "Thirty people were arrested over the riot, which claimed the lives of six people and left 25 injured.",
                "which", "claimed"
            ),
            // A verb of thought before `about`: a topic, not a proposition.
            ("Lena Kovac, the reporter who knew about the raid, left Velmora on Monday.", "who", "knew about"),
            // A cue in the passive, adverbs between: the subject is acted on.
            ("The trio were eventually refused entry to Tarsk and flew home, Ivo Marek said.", "The trio", "refused"),
            // A participle of report opening a passive infinitive.
            ("Police said they are holding a woman believed to be the smuggler's wife.", "a woman", "believed"),
            (
                "Ferrel said Marek was among the singers reported to be in contention for the lead part, along with "
                    + "Ivo Dorn.", "the singers", "reported"
            ),
            // A naming verb followed by a name and nothing more, or the name right after it.
            (
                "The aid reached the camp through an aid agency called Velmora Relief, which runs the clinic.",
                "The aid reached the camp through an aid agency", "called"
            ),
            ("The girls came from a small town called Tarsk, the Velmora Gazette said.", "a small town", "called"),
            // Whom a verb of telling addresses.
            (
                "Ivo Marek, harbour engineer and safety officer in the north of Velmora (Tarsk Republic), told Tarsk "
                    + "Radio: \"Can you imagine how the crews felt?\"", "Tarsk Radio", "told"
            ),
            (
                "Harbour police spokesman Ivo Marek told Tarsk Radio said two or three gunmen may have been involved.",
                "Tarsk Radio", "said"
            ),
            // A modifier cut from its noun for people.
            (
                "But American sources in Tarsk gave a different view, suggesting the ferry had sunk.", "American",
                "suggesting"
            ),
            // The object of a preposition taken for a subject.
            (
                "A diver who fell ill during a trip to Tarsk said doctors found a spider under his skin.", "Tarsk",
                "said"
            ),
            // A message noun heading the object of the clause before.
            (
                "Ivo Marek said on Monday that the ferry was overloaded, a claim the ministry said was false.",
                "a claim the ministry", "said"
            ),
            (
                "Lena Kovac expressed doubt federal agencies are revealing the facts about the smugglers.",
                "doubt federal agencies", "revealing"
            ),
        ])
    func unfit(text: String, mention: String, cue: String) throws {
        let result = try canonical(text, mention: mention, cue: cue)
        #expect(result.found)
        #expect(result.source == nil)
    }

    @Test(
        "Criticism, a name with its complement, a quotation's report, a state, `according to` and a clause stay credited",
        arguments: [
            ("Lena Kovac attacked the plan as reckless.", "Lena Kovac", "attacked", "Lena Kovac"),
            ("Lena Kovac called Ivo Marek a liar on Tuesday.", "Lena Kovac", "called", "Lena Kovac"),
            (
                "Ivo Marek was quoted as saying the ferry would sail on Monday.", "Ivo Marek", "was quoted as saying",
                "Ivo Marek"
            ),
            ("In Tarsk, Lena Kovac said the ferry was late.", "Lena Kovac", "said", "Lena Kovac"),
            ("According to Tarsk Radio, the ferry sank near the quay.", "Tarsk Radio", "According to", "Tarsk Radio"),
            ("Lena Kovac claimed to be the ferry's owner.", "Lena Kovac", "claimed", "Lena Kovac"),
            ("Ivo Marek knew that the ferry was overloaded.", "Ivo Marek", "knew", "Ivo Marek"),
            ("Lena Kovac said she had told the Gazette that the pier was unsafe.", "she", "told", "Lena Kovac"),
            ("Velmora police said the road would reopen on Tuesday.", "Velmora police", "said", "velmora police"),
            // Criticism whose object's head is no target, or whose casualties belong to a clause of the object.
            (
                "Lena Kovac attacked the town council over the ferry contract.", "Lena Kovac", "attacked",
                "Lena Kovac"
            ),
            ("Lena Kovac attacked town officials over the ferry contract.", "Lena Kovac", "attacked", "Lena Kovac"),
            (
                "Lena Kovac attacked the handling of the fire that killed three workers.", "Lena Kovac", "attacked",
                "Lena Kovac"
            ),
            // The idiom's noun followed by a verb: a clause said.
            (
                "Lena Kovac claimed lives could have been saved at the quay.", "Lena Kovac", "claimed", "Lena Kovac"
            ),
        ])
    func kept(text: String, mention: String, cue: String, name: String) throws {
        let result = try canonical(text, mention: mention, cue: cue)
        #expect(result.found)
        #expect(result.source?.name == name)
    }
}
