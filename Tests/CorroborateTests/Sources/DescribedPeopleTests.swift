import Corroborate
import Testing

@Suite("People named with a description")
struct DescribedPeopleTests {
    @Test(
        "A role word and the body or place before a name are no part of the name",
        arguments: [
            ("Harbour Board CEO Ida Holm said the ferry would sail on Friday.", "Ida Holm"),
            ("Sophomore Tomas Reyl said the dormitory flooded twice in March.", "Tomas Reyl"),
            ("Velmora Radio presenter Ida Holm said the bridge was closed.", "Ida Holm"),
            ("Eyewitness Oren Mahl said the crane fell onto the quay.", "Oren Mahl"),
            ("Tarsk County Coroner Oren Mahl said both divers drowned.", "Oren Mahl"),
            // A description that ends in the name of the one it describes.
            ("A ministry spokesman Oren Mahl told reporters the dam was safe.", "Oren Mahl"),
            // The outlet or body whose person it is.
            ("Velmora Radio's Ida Holm said the bridge was closed.", "Ida Holm"),
            // A given name that is also a role word the article never writes as one stays a name.
            ("Driver Ellis said the ferry left the quay late.", "Driver Ellis"),
            // A particle of a name is no role word.
            ("Pedro Da Costa Silva said the ferry left the quay late.", "Pedro Da Costa Silva"),
        ])
    func roleBeforeName(text: String, name: String) throws {
        #expect(try Fixture.canonicalNames(text) == [name])
    }

    @Test(
        "A role described after a person's comma, or a place after the name, is no part of the name",
        arguments: [
            // A description opening with a capital: a body's possessive before a role, and a second role after `and`.
            (
                "Oren Mahl, Tarsk Rail's press officer and its only Orvik-born director, admitted that the trains "
                    + "ran late.", ["Oren Mahl"]
            ),
            // A surname alone, after the content and before its cue, with two roles the article gives it, the
            // first after the place where it is held.
            (
                "The flue was blocked, Reyl, a Brell Quarry driver and union volunteer, told the inspectors.",
                ["Reyl"]
            ),
            // A place after the name with its region after a comma, the cue first; a courtesy title and a surname
            // before `at` and the place where the person works.
            ("The roofs held, said Tomas Reyl of Upper Brell, Kasmark.", ["Tomas Reyl"]),
            ("Dr. Vance at the Orvik clinic told the inquiry that the flue was blocked.", ["Vance"]),
        ])
    func descriptionAfterComma(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }

    @Test(
        "A list of speakers after a person's comma is no description of the first",
        arguments: [
            // A title before a second full name, or `and` before one: the mention stays as it was (the last
            // person named).
            ("Oren Mahl, Governor Lena Vale and fire chief Ivo Brandt said the dyke held.", ["Ivo Brandt"]),
            // After `and`, a full name just before the next comma or the end (after a place and a title, or after
            // a body's possessive), or a full name alone after a further comma.
            (
                "Ida Holm, Brell Harbour's pilot and Orvik Deputy Mayor Tomas Reyl said the quay had sunk.",
                ["Tomas Reyl"]
            ),
            ("Ida Holm, Brell Harbour's pilot and Orvik Guild's Tomas Reyl said the quay had sunk.", ["Tomas Reyl"]),
            (
                "Ida Holm, Brell Harbour's pilot and the ferry guild's chair, Tomas Reyl, said the quay had sunk.",
                ["Tomas Reyl"]
            ),
            // Controls: a person or a body named inside a description, after a preposition.
            ("Lena Vale, an aide to Mayor Oren Mahl, said the dyke held.", ["Lena Vale"]),
            (
                "Ida Holm, Orvik's deputy mayor and a director of the Brell Water Board, said the quay had sunk.",
                ["Ida Holm"]
            ),
        ])
    func listOfSpeakers(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }

    @Test(
        "A role noun alone is the person the article named before with that role",
        arguments: [
            (
                "Harbour Board CEO Ida Holm said the ferry would sail. The CEO said all tickets were sold.",
                ["Ida Holm", "Ida Holm"]
            ),
            (
                "Harbour Board CEO Ida Holm said the ferry would sail. The Harbour Board CEO said all tickets were sold.",
                ["Ida Holm", "Ida Holm"]
            ),
            (
                "Ida Holm, the chief executive of Tarsk Ferries, said the ferry would sail. The chief executive "
                    + "said all tickets were sold.", ["Ida Holm", "Ida Holm"]
            ),
            (
                "Tarsk County Coroner Oren Mahl said both divers drowned. The coroner said the water was cold.",
                ["Oren Mahl", "Oren Mahl"]
            ),
            // Someone else with that role: a qualifier never said of the person, or a role inside an apposition's
            // qualifier (the mother of a worker is no worker).
            (
                "Harbour Board CEO Ida Holm said the ferry would sail. The CEO of a rival line said no tickets were sold.",
                ["Ida Holm", "CEO of a rival line"]
            ),
            (
                "Ida Holm, the mother of a worker, said the ferry was late. The worker said the engine failed.",
                ["Ida Holm", "worker"]
            ),
            (
                "Ida Holm, a nurse who treated the worker, said the ferry was late. The worker said the engine failed.",
                ["Ida Holm", "worker"]
            ),
            // A role of two letters written in capitals ends a description.
            ("Velmora County DA Ida Holm said the case was closed.", ["Ida Holm"]),
        ])
    func roleAlone(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }

    @Test(
        "A possessive description is the possessor's, or the one it names",
        arguments: [
            // The possessor: someone the article's `he` was taken as, named in this sentence or the one before.
            (
                "Oren Mahl said the dam was safe. He said Mahl's crew had tested the gates. His spokesman said an "
                    + "inspection was due in May.", ["Oren Mahl", "Oren Mahl", "Oren Mahl's spokesman"]
            ),
            // `her` is not a man the article calls `he`.
            (
                "Oren Mahl said the dam was safe. He said Mahl's crew had tested the gates. Her spokesman said an "
                    + "inspection was due in May.", ["Oren Mahl", "Oren Mahl", "her spokesman"]
            ),
            // A name after the role word: the name, with the possessor's surname when the article writes it so.
            (
                "Oren Mahl said the dam was safe. His sister Lena said the dam had leaked for years.",
                ["Oren Mahl", "Lena"]
            ),
            (
                "Oren Mahl said the dam was safe. He said Mahl's crew had tested the gates. His brother Ivo said it leaked. "
                    + "Ivo Mahl works at the dam.", ["Oren Mahl", "Oren Mahl", "Ivo Mahl"]
            ),
        ])
    func possessive(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }

    @Test(
        "A cue that says its subject is no speaker credits no one",
        arguments: [
            ("Ida Holm is understood to have left Tarsk on the night ferry.", "is understood")
        ])
    func noSpeaker(text: String, cue: String) throws {
        let attributions = Corroborator().analyze(try Fixture.document(text)).attributions
        let attribution = try #require(attributions.first { $0.cue?.text == cue })
        #expect(attribution.canonical == nil)
    }
}
