import Foundation
import Testing

@testable import Corroborate

/// A named person's age written next to the name: read from the text, then compared across articles for one
/// person (a surname with one first name). Cases written for these tests.
@Suite("Ages of named people")
struct PersonAgesTests {
    @Test(
        "An age is read next to a name in five forms, and nowhere else",
        arguments: [
            ("Ilse Brandt, 46, was hurt in the fall.", ["Ilse Brandt 46"]),
            ("The 46-year-old Ilse Brandt said the ladder gave way.", ["Ilse Brandt 46"]),
            ("Brandt, a 46-year-old roofer, said the ladder gave way.", ["Brandt 46"]),
            ("Ilse Brandt, aged 46, was taken to hospital.", ["Ilse Brandt 46"]),
            ("Ilse Brandt (46) was taken to hospital.", ["Ilse Brandt 46"]),
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
            // A possessive: the age may be another's (`the 46-year-old Brandt's son`).
            ("The 46-year-old Brandt's son was unhurt.", []),
            // Written in capitals: no name.
            ("The UN, 75, was founded after the war.", []),
        ])
    func reads(text: String, expected: [String]) {
        let found = PersonAges.mentions(in: ScalarText(text)).map { $0.name.joined(separator: " ") + " \($0.age)" }
        #expect(found == expected)
    }

    @Test("The first names an article writes before each surname")
    func firstNames() {
        let ages = PersonAges(knowledge: .builtIn)
        let text = "Ivo Marek and President Lena Kovac met. Mr. Kovac was absent. Tomas Ferrel and Ivo Ferrel left."
        let names = ages.firstNames(in: ScalarText(text))
        #expect(names["marek"] == ["ivo"])
        #expect(names["kovac"] == ["lena"])
        #expect(names["ferrel"] == ["tomas", "ivo"])
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
        #expect(found.first?.evidence.map(\.words) == ["Corporal Ivo Marek, 41", "Ivo Marek, 44"])
    }
}
