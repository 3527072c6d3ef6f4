import Foundation
import Testing

@testable import Corroborate

/// A named person's age written next to the name: read from the text, then compared across articles for one
/// person (a surname with one first name). Cases written for these tests.
@Suite("Ages of named people")
struct PersonAgesTests {
    @Test(
        "An age is read next to a name in four forms, and nowhere else",
        arguments: [
            ("Ilse Brandt, 46, was hurt in the fall.", ["Ilse Brandt 46"]),
            ("The 46-year-old Ilse Brandt said the ladder gave way.", ["Ilse Brandt 46"]),
            ("Brandt, a 46-year-old roofer, said the ladder gave way.", ["Brandt 46"]),
            ("Ilse Brandt, aged 46, was taken to hospital.", ["Ilse Brandt 46"]),
            ("Dr. Ilse Brandt, 46.", ["Ilse Brandt 46"]),
            (
                "Corporal Tomas Ferrel, 25, and Ivo Marek, 31, stood guard.",
                ["Corporal Tomas Ferrel 25", "Ivo Marek 31"]
            ),
            // A count, a year, a thousand, a decimal, a day of the month, an ordinal: no age.
            ("On Monday, 26 workers were sent home.", []),
            ("In Tarsk, 2016, the mayor resigned.", []),
            ("In Tarsk, 1,200 people marched.", []),
            ("The Velmora, 4.5 metres long, sank.", []),
            ("Tomas Ferrel, 25th in line, waited.", []),
            // A figure in brackets (a minute, a shirt, a vote count), a time, a list set apart by semicolons.
            ("Ivo Marek (34) scored the opener.", []),
            ("The winner was Ada Brun, 2:15:30, a record.", []),
            ("Points: Lena Kovac, 24; Ada Brun, 18.", []),
            // Two names and two figures: whose is which?
            ("Lena Kovac and Ivo Marek, aged 52 and 46, were hurt.", []),
            ("Lena Kovac and Ivo Marek, 52 and 46, were hurt.", []),
            // A possessive: the age may be another's (`the 46-year-old Brandt's son`).
            ("The 46-year-old Brandt's son was unhurt.", []),
            // Written in capitals: no name.
            ("The UN, 75, was founded after the war.", []),
        ])
    func reads(text: String, expected: [String]) {
        let found = PersonAges(knowledge: .builtIn).mentions(in: ScalarText(text)).map {
            $0.name.joined(separator: " ") + " \($0.age)"
        }
        #expect(found == expected)
    }

    @Test("The forms of an age are read from the knowledge files: a user's own verb and age word are read too")
    func formsFromKnowledge() {
        let text = "Ivo Marek, age 46, and a 52-years-old Lena Kovac were questioned."
        let builtIn = PersonAges(knowledge: .builtIn).mentions(in: ScalarText(text))
        #expect(builtIn.isEmpty)
        var knowledge = Knowledge.builtIn
        knowledge.comparison.ageVerbs.append("age")
        knowledge.comparison.ageWords.append("years-old")
        let found = PersonAges(knowledge: knowledge).mentions(in: ScalarText(text))
        #expect(found.map { $0.name.joined(separator: " ") + " \($0.age)" } == ["Ivo Marek 46", "Lena Kovac 52"])
    }

    @Test(
        "A user's entry is trimmed and an empty one dropped: neither hides a built-in form nor makes any hyphen an age")
    func formsTrimmed() {
        var knowledge = Knowledge.builtIn
        knowledge.comparison.ageWords += ["year-old ", ""]
        knowledge.comparison.ageVerbs += [" aged"]
        let ages = PersonAges(knowledge: knowledge)
        func read(_ text: String) -> [String] {
            ages.mentions(in: ScalarText(text)).map { $0.name.joined(separator: " ") + " \($0.age)" }
        }
        #expect(read("The 46-year-old Ilse Brandt said so.") == ["Ilse Brandt 46"])
        #expect(read("Brandt, an 18-year-old student, was hurt.") == ["Brandt 18"])
        #expect(read("Kovac, a 46-page report, was read.").isEmpty)
    }

    @Test(
        "A name after a preposition, a particle or a qualifier, or with a preposition in it, is nobody the rule can name",
        arguments: [
            ("The daughter of Ivo Marek, 7, was unhurt.", false),
            ("A man from East Tarsk, 46, was arrested.", false),
            ("In Port Avel, a 46-year-old man was arrested.", false),
            ("Pieter van Berg, 46, was arrested.", false),
            ("The elder Marek, 71, was unhurt.", false),
            ("Police said Ivo Marek, 46, was arrested.", true),
        ])
    func person(text: String, named: Bool) {
        let ages = PersonAges(knowledge: .builtIn)
        #expect(ages.mentions(in: ScalarText(text)).contains(where: ages.mayNamePerson) == named)
    }

    @Test("What an article writes around its surnames: first names, places, kin and qualifiers")
    func surnames() {
        let ages = PersonAges(knowledge: .builtIn)
        let text =
            "Ivo Marek and President Lena Kovac met in Port Avel. Mr. Kovac was absent. Tomas Ferrel and Ivo Ferrel "
            + "left. Her son, Tomas Brun, stayed. Ivo Marek Jr. spoke."
        let names = ages.surnames(in: ScalarText(text))
        #expect(names.firstNames["marek"] == ["ivo"])
        #expect(names.firstNames["kovac"] == ["lena"])
        #expect(names.firstNames["ferrel"] == ["tomas", "ivo"])
        #expect(names.places == ["port", "avel"])
        #expect(names.kin.contains("brun") && !names.kin.contains("marek"))
        #expect(names.qualified == ["ivo marek"])
    }

    /// The story the first article tells, retold by the second with a person's age (`%`): the two articles
    /// must be about one story for their claims to meet.
    static let story = "was arrested at the Port Avel ferry terminal after the fire that closed the harbour on Monday."

    @Test(
        "Two articles that give one person different ages contradict each other; the same age agrees; another person, two people of one surname, an article of two ages or another story relate nothing",
        arguments: [
            (
                "Ivo Marek, 41, %", "Police in Tarsk said the suspect, Ivo Marek, 44, % He was held overnight.",
                "numeric-conflict"
            ),
            // The surname alone, its first name written elsewhere in the article; a title before it.
            (
                "Corporal Ivo Marek, 41, %", "The suspect was named as Ivo Marek. Marek, 44, %",
                "numeric-conflict"
            ),
            // (Not a copy of one sentence: a wire copy is one report.)
            (
                "The 41-year-old Ivo Marek %",
                "Police questioned Ivo Marek, a 41-year-old bus driver, about the fire that closed the harbour and the Port Avel ferry terminal on Monday.",
                "agreement"
            ),
            // Two Mareks in the second article: whose age is it?
            ("Ivo Marek, 41, %", "Ivo Marek and his brother Tomas Marek were questioned. Marek, 44, %", ""),
            // Another first name: another person.
            ("Ivo Marek, 41, %", "Lena Marek, 44, %", ""),
            // The second article gives him two ages: it is no side.
            ("Ivo Marek, 41, %", "Ivo Marek, 44, % Marek, 45, had worked at the depot for years.", ""),
            // No first name anywhere: no one in particular.
            ("Ivo Marek, 41, %", "Marek, 44, %", ""),
            // The mother's age by surname alone, in an article naming only her son in full.
            ("Ivo Marek, 41, %", "His mother, Marek, 68, said her son Ivo Marek was innocent. Marek, 44, %", ""),
            // Father and son of one name: one article writes `Sr` for the other.
            ("Ivo Marek, 41, %", "Ivo Marek, 44, % His father, Ivo Marek Sr, was not hurt.", ""),
            // Two first names for one surname, one of them after `and`.
            ("Ivo Marek, 41, %", "Ivo Marek and Tomas Marek were questioned. Marek, 44, %", ""),
            // Ages a generation apart: more likely two people than a slip.
            ("Ivo Marek, 41, %", "Ivo Marek, 70, %", ""),
            // The age in the speaker's own words (`Ivo Marek, 44, said`).
            ("Ivo Marek, 41, %", "Ivo Marek, 44, said he was innocent. He %", "numeric-conflict"),
            // One name in another story: maybe another man.
            (
                "Ivo Marek, 41, %",
                "Ivo Marek, 44, won the Velmora marathon in record time, beating the favourite runner by a minute.", ""
            ),
        ])
    func relates(a: String, b: String, expected: String) throws {
        let story = PersonAgesTests.story
        let found = try ArticleSet(
            a: a.replacingOccurrences(of: "%", with: story), b: b.replacingOccurrences(of: "%", with: story)
        ).relations().filter { $0.rule == PersonAges.rule }
        #expect(found.map(\.type.rawValue) == (expected.isEmpty ? [] : [expected]), "\(found.map(\.explanation))")
    }

    @Test("The contradiction names the person, both ages and both articles")
    func explained() throws {
        let found = try ArticleSet(
            a: "Corporal Ivo Marek, 41, " + PersonAgesTests.story,
            b: "Police in Tarsk said the suspect, Ivo Marek, 44, " + PersonAgesTests.story
        ).relations().filter { $0.rule == PersonAges.rule }
        #expect(
            found.map(\.explanation) == [
                "Ivo Marek is 41 in a.txt and 44 in b.txt: the age written next to the name (1 article gives 41, 1 article 44)."
            ])
        #expect(found.first?.evidence.map(\.words) == ["Ivo Marek, 41", "Ivo Marek, 44"])
    }

    @Test("The age flag takes the place of another rule's flag on the same ages: one difference is shown once")
    func replaces() throws {
        let found = try ArticleSet(
            a: "Tomas Ferrel, 46, suffered burns when the fire closed the Port Avel harbour and the ferry terminal.",
            b: "Tomas Ferrel, 48, suffered burns when the fire closed the Port Avel harbour and the ferry terminal."
        ).relations().filter { $0.type == .numericConflict }
        #expect(found.map(\.rule) == [PersonAges.rule])
    }
}
