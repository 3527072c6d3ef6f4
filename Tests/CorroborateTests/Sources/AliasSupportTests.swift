import Corroborate
import Testing

/// A registry alias names its entry only where the article is about that entry: a description any story may use
/// (`state media`, `the regime`) needs the entry's name in the article, a capitalised alias met in lower case (`the
/// post`) too, and an alias inside another name (`The Times of Tarsk`, `Metro UK`) names the other.
@Suite("Registry aliases an article supports")
struct AliasSupportTests {
    /// The canonical source's name of the attribution whose cue is `cue` in a one-document article.
    private func canonical(_ text: String, cue: String) throws -> String? {
        let document = try Fixture.document(text)
        return Corroborator().analyze(document).attributions.first { $0.cue?.text == cue }?.canonical?.name
    }

    @Test(
        "An alias that belongs to another story, another name or another word names no registry entry",
        arguments: [
            // A description any story may use, in an article about another country.
            ("North Korean state media said the leader of the country was in good health.", "North Korean state media"),
            ("Floods cut the road to Tarsk on Monday. State media said the dam at Orvik held.", "state media"),
            ("Velmora's army shelled the port on Monday. The regime said the prisoners had been freed.", "regime"),
            ("State TV said the town fell.", "State TV"),
            // A qualifier of an unnamed source, too.
            (
                "Floods cut the road to Tarsk. An unnamed state media official said the dam held.",
                "state media official (unnamed)"
            ),
            // A longer word than the name's (`Islamist`, not `Islamic`) supports nothing.
            ("Islamist fighters held the port of Tarsk. The jihadists said the town had fallen.", "jihadists"),
            // What is left of the mention when its descriptors go is a nation's adjective, not an outlet's name.
            ("Velmoran state television said the town fell.", "Velmoran state television"),
            // A capitalised alias in lower case: an observatory of comets, a post on a forum.
            ("A comet passed close to Earth on Monday. It was bright and fast, the observatory said.", "observatory"),
            (
                "A photo of the mill went online. Many readers commenting on the post said the photo was fake.",
                "readers commenting on the post"
            ),
            // Inside another name: a paper of another city, a masthead ending in an abbreviation.
            ("The Times of Tarsk reported that the mill at Orvik closed.", "Times of Tarsk"),
            ("Metro UK reports that the singer Ada Lind is alive.", "Metro UK"),
        ])
    func otherSource(text: String, expected: String) throws {
        #expect(try canonical(text, cue: Self.cue(of: text)) == expected)
    }

    /// The verb of saying the table's sentence uses.
    private static func cue(of text: String) -> String {
        ["said", "reported", "reports"].first { text.contains(" \($0) ") || text.contains(" \($0).") } ?? ""
    }

    @Test(
        "The same aliases name the registry's entry where the article supports them",
        arguments: [
            ("Syrian troops entered Tarsk on Monday. State media said the town was calm.", "Syrian state media"),
            ("Syrian troops entered Tarsk on Monday. State TV said the town fell.", "Syrian state TV"),
            (
                "Syrian troops entered Tarsk. An unnamed state media official said the town was calm.",
                "Syrian state media official (unnamed)"
            ),
            (
                "Syria's army shelled the port on Monday. The regime said the prisoners had been freed.",
                "Syrian government"
            ),
            (
                "Fighting in Syria went on. Planes flew low over the town, the observatory said.",
                "Syrian Observatory for Human Rights"
            ),
            ("The Times reported that the mill at Orvik closed.", "The New York Times"),
            ("The Post reported that the mill at Orvik closed.", "The Washington Post"),
            ("The UK said the talks with Velmora would resume.", "United Kingdom"),
            // A nation's adjective before an abbreviation describes it.
            ("French AFP reported that the town fell.", "AFP"),
            // A capitalised alias in lower case, of the entry whose name follows it (the tie between two entries'
            // aliases is `tie` below).
            ("Turkish president Tayyip Erdogan said the talks would resume.", "Recep Tayyip Erdogan"),
        ])
    func registrySource(text: String, expected: String) throws {
        #expect(try canonical(text, cue: Self.cue(of: text)) == expected)
    }

    /// Two entries whose aliases are as long: an office written with capitals, and a person.
    private static let officeAndPerson = """
        {"sources": [
          {"name": "Velmoran Presidency", "kind": "government", "aliases": ["Velmoran President"]},
          {"name": "Ivo Marek", "kind": "official", "aliases": ["Ivo Marek"], "person": true}
        ]}
        """

    @Test(
        "Of two entries' aliases as long, one met as written wins over one met in lower case",
        arguments: [
            ("Velmoran president Ivo Marek said the talks would resume.", "Ivo Marek"),
            // Control: the name alone, the office after it.
            ("Ivo Marek, the Velmoran president, said the talks would resume.", "Ivo Marek"),
        ])
    func tie(text: String, expected: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("sources.json", Self.officeAndPerson)
        let knowledge = try Knowledge.with(sources: folder.path + "/sources.json")
        let document = try Fixture.document(text)
        let found = Corroborator(knowledge: knowledge).analyze(document).attributions.first { $0.cue?.text == "said" }
        #expect(found?.canonical?.name == expected)
    }
}
