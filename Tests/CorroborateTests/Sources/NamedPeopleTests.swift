import Corroborate
import Testing

@Suite("Names merged like a reader")
struct NamedPeopleTests {
    @Test(
        "Within an article, a surname or a title alone is the person named before; two people sharing a surname stay apart",
        arguments: [
            // Surname after full name, with and without a courtesy title.
            (
                "Lena Kovac, a hospital director, said the fire was out by noon. Kovac said two workers were hurt.",
                ["Lena Kovac", "Lena Kovac"]
            ),
            (
                "Lena Kovac said the fire was out by noon. Mr. Kovac said two workers were hurt.",
                ["Lena Kovac", "Lena Kovac"]
            ),
            // Title after name: the role word before the name, or in the apposition.
            (
                "Interior Minister Ana Petrov said the plant would close. The minister said an inquiry would begin.",
                ["Ana Petrov", "Ana Petrov"]
            ),
            (
                "Mara Lind, the fire brigade's spokeswoman, said the blaze was contained. The spokeswoman said nobody died.",
                ["Mara Lind", "Mara Lind"]
            ),
            // Two people sharing a surname: both kept; a bare surname goes to the one named last.
            (
                "Lena Kovac said the fire was out by noon. Marko Kovac said the road was closed. Kovac said the plant had been warned.",
                ["Lena Kovac", "Marko Kovac", "Marko Kovac"]
            ),
            // A surname nobody was named with stays as it is; a title nobody held is not given to someone else.
            (
                "Lena Kovac said the fire was out by noon. Petrov said the road was closed.",
                ["Lena Kovac", "Petrov"]
            ),
        ])
    func withinArticle(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }

    @Test("A title no one named before held is not given to a person with another role")
    func titleNobodyHeld() throws {
        let found = try Fixture.canonicalNames(
            "Lena Kovac, a hospital director, said the fire was out by noon. The minister said an inquiry would begin.")
        #expect(found.count == 2)
        #expect(found.first == "Lena Kovac")
        #expect(found.last != "Lena Kovac")
    }

    /// A registry that knows one person by a bare surname, as a user's `--sources` file may.
    private static let surnameRegistry = """
        {"sources": [{"name": "Dana Kovac", "kind": "official", "aliases": ["Dana Kovac", "Kovac"], "person": true}]}
        """

    @Test(
        "A registry's bare-surname alias does not take over another person the article names in full",
        arguments: [
            // The article names someone else with the surname: the full name, then the surname alone, are theirs.
            (
                "Interior Minister Ivo Kovac said the plant would close. Kovac said an inquiry would begin.",
                ["Ivo Kovac", "Ivo Kovac"]
            ),
            // The registry's person named in full, or by surname alone with no one else named: the entry.
            (
                "Dana Kovac said the plant would close. Kovac said an inquiry would begin.",
                ["Dana Kovac", "Dana Kovac"]
            ),
            ("Kovac said the plant would close.", ["Dana Kovac"]),
        ])
    func registrySurname(text: String, expected: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("sources.json", NamedPeopleTests.surnameRegistry)
        let knowledge = try Knowledge.with(sources: folder.path + "/sources.json")
        let document = try Fixture.document(text)
        let found = Corroborator(knowledge: knowledge).analyze(document).attributions.compactMap { $0.canonical?.name }
        #expect(found == expected)
    }

    @Test(
        "Across articles, a surname alone takes the one full name another article gives; two full names leave it",
        arguments: [
            (
                [
                    "Lena Kovac said the fire was out by noon.",
                    "Kovac said two workers were hurt in the blast.",
                ],
                ["Lena Kovac", "Lena Kovac"]
            ),
            (
                [
                    "Lena Kovac said the fire was out by noon.",
                    "Marko Kovac said the road to the plant was closed.",
                    "Kovac said two workers were hurt in the blast.",
                ],
                ["Lena Kovac", "Marko Kovac", "Kovac"]
            ),
        ])
    func acrossArticles(texts: [String], expected: [String]) throws {
        let corroborator = Corroborator()
        let articles = try texts.enumerated().map { i, text in
            corroborator.analyze(try Fixture.document(text, name: "article-\(i).txt"))
        }
        let analysis = corroborator.compare(articles)
        let sources = articles.indices.map { i in
            analysis.claims.first { $0.document == i && $0.source.kind != .outlet }?.source.name
        }
        #expect(sources == expected.map { Optional($0) })
    }
}
