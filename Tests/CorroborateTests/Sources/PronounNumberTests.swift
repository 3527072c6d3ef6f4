import Testing

@testable import Corroborate

/// A `he` or `she` stands for one person: never for a source that names several.
@Suite("Pronouns agree in number with what they stand for")
struct PronounNumberTests {
    @Test(
        "A he or she said after a group of people is the one person named before the group",
        arguments: [
            // A plural head noun after a prepositional phrase.
            "Lena Kovac, a hospital director, said the fire was out by noon. Doctors at the clinic said two workers were hurt. She said the plant would stay shut.",
            // A possessive opens the plural.
            "Ivo Dorn said the talks had failed. His kidnappers said they would free the hostage on Friday. He said the family had paid nothing.",
            // A number opens it.
            "Mara Lind said the road was closed. Two witnesses said the bridge had collapsed. She said nobody was hurt.",
            // Names joined by `and`.
            "Mara Lind said the road was closed. Police officers and firefighters said the bridge had collapsed. She said nobody was hurt.",
            // A plural without `s`.
            "Mara Lind said the road was closed. Two men said the bridge had collapsed. She said nobody was hurt.",
        ])
    func pronounSkipsGroups(text: String) throws {
        let names = try Fixture.canonicalNames(text)
        try #require(names.count == 3)
        #expect(names[2] == names[0])
        #expect(names[1] != names[0])
    }

    @Test("A he said after groups only, with no one person before, is left to the outlet and not given to a group")
    func noPersonBefore() throws {
        let names = try Fixture.canonicalNames(
            "Doctors at the clinic said two workers were hurt. He said the plant would stay shut.")
        #expect(!names.dropFirst().contains(where: { $0.lowercased().contains("doctors") }))
    }

    @Test(
        "A he or she after a sentence that opens with someone else's name is not given to the last speaker",
        arguments: [
            (
                "Lena Kovac said the fire was out by noon. Tomas Ferrel, a neighbour, wrote on his page about the night. He added that nobody was hurt.",
                false
            ),
            // The other name opens the paragraph of the sentence before, and nothing since names the speaker.
            (
                "Lena Kovac said the fire was out by noon.\n\nTomas Ferrel, a neighbour, wrote on his page: \"The road is shut. Nobody can leave.\"\n\nHe added that nobody was hurt.",
                false
            ),
            // A subject followed by a verb, not only a comma.
            (
                "Lena Kovac said the fire was out by noon. Governor Ivo Marek appealed for calm on Friday. He said nobody was hurt.",
                false
            ),
            (
                "Lena Kovac said the fire was out by noon. Lieutenant Colonel Ivo Marek, a former commander, drove to the site on Friday. He said nobody was hurt.",
                false
            ),
            // The sentence between opens with no name, or with the speaker's own, or names the speaker, or opens
            // with a date, a body or a modifier, or the speaker is named after the other name; and a
            // name of short words is named by them: the pronoun is the speaker.
            (
                "Lena Kovac said the fire was out by noon. Early Friday the board met in Tarsk. She said two workers were hurt.",
                true
            ),
            (
                "Lena Kovac said the fire was out by noon. Velmora Human Rights League said the plant had been warned. She said two workers were hurt.",
                true
            ),
            (
                "Lena Kovac said the fire was out by noon. Green Valley residents were told to stay inside. She said two workers were hurt.",
                true
            ),
            (
                "Lena Kovac said the fire was out by noon. Several Guards said the gate was locked. She said two workers were hurt.",
                true
            ),

            (
                "Tomas Ferrel, a neighbour, wrote on his page about the night. Lena Kovac said the fire was out by noon. The plant stayed shut. She said two workers were hurt.",
                true
            ),
            (
                "Lena Kovac said the fire was out by noon.\n\nTomas Ferrel, a neighbour, wrote about the night. The road stayed shut. He added that nobody was hurt.",
                false
            ),
            (
                "Lena Kovac said the fire was out by noon. The plant stayed shut on Friday. She said two workers were hurt.",
                true
            ),
            (
                "Lena Kovac said the fire was out by noon. Lena Kovac has run the clinic for years. She said two workers were hurt.",
                true
            ),
            (
                "Harbour Board director Lena Kovac said the fire was out by noon. She said two workers were hurt.",
                true
            ),
            (
                "Tomas Ferrel wrote on his page about the night. Lena Kovac, the director, told reporters that she believed the fire was out by noon.",
                true
            ),
        ])
    func anotherNameBetween(text: String, isSpeaker: Bool) throws {
        let names = try Fixture.canonicalNames(text)
        try #require(names.count >= 2)
        #expect((names.last == "Lena Kovac") == isSpeaker)
    }

    @Test(
        "Which sources name several people",
        arguments: [
            ("doctors", true), ("his kidnappers", true), ("Marek strategists", true), ("Marek's friends", true),
            ("Holm and others", true), ("two men", true), ("Some Velmorans", true), ("police", true),
            ("Friends", true),
            ("US officials (unnamed)", true),
            // One person, or a name.
            ("one of her former lawyers", false), ("vice president of the union representing border agents", false),
            ("Reuters", false), ("James Jones", false), ("a senior security official (unnamed)", false),
            ("the boss", false), ("witness", false), ("man", false), ("Lena Kovac", false), ("Jones", false),
            ("police officer", false), ("staff nurse", false), ("secretary of health and human services", false),
            ("Most Reverend Paul Ode", false),
        ])
    func namesSeveral(name: String, several: Bool) {
        #expect(SourceResolver().namesSeveral(Source(name: name, kind: .other)) == several)
    }
}
