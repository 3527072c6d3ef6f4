import Corroborate
import Testing

@Suite("Bodies named after what they are, people named in passing, who and which")
struct BodyNamesTests {
    @Test(
        "A noun for what a body is, and the words before it, are no part of the name after it",
        arguments: [
            ("The blog Quay Notes reported that the ferry would sail on Friday.", "Quay Notes"),
            ("Tarsk's evening newspaper Harbour Courier said the bridge was closed.", "Harbour Courier"),
            ("The fare comparison site Ledgerline said tickets cost more in May.", "Ledgerline"),
            ("Shipping company Harbourline announced that it would close two depots.", "Harbourline"),
            ("Velmora-based Harbourline Ferries said the depots would close in May.", "Harbourline Ferries"),
            // A title after the noun is no body's name.
            ("The harbour board Chairman said the depots would close in May.", "harbour board Chairman"),
        ])
    func nameAfterType(text: String, name: String) throws {
        #expect(try Fixture.canonicalNames(text) == [name])
    }

    @Test(
        "A country's name opening a longer name is no part of that name's speaker",
        arguments: [
            ("The Moscow Tram Guild said on Monday that the fares would rise.", "The Moscow Tram Guild"),
            // Control: the capital alone, or before a verb of saying, is its government.
            ("Paris said the Tarsk ferry sank on Monday.", "France"),
            // A weekday after the capital dates what its government said (wire style) and opens no name.
            ("Moscow Thursday said the tram fares would rise.", "Russia"),
            ("France Sunday said the tram fares would rise.", "France"),
            // A body written after the country's abbreviation is named as the text names it (as `the Velmoran
            // Embassy` is), with the government's kind.
            ("The U.S. Embassy said the pier was unsafe.", "U.S. Embassy"),
            // A plural role word in title case opens no name, as in lower case.
            ("Moscow Inspectors said the tram fares would rise.", "Russia"),
            ("Paris Deputies said the tram fares would rise.", "France"),
            // A weekday after the plural dates what they said and ends the name.
            ("Moscow Inspectors Friday said the tram fares would rise.", "Russia"),
            // Not when the capitalised words go on after the plural: they name a body.
            ("The Paris Drivers Guild said the tram fares would rise.", "The Paris Drivers Guild"),
        ])
    func countryInName(text: String, name: String) throws {
        #expect(try Fixture.canonicalNames(text) == [name])
    }

    @Test(
        "People after whom a preposition and `the` name a place or body speak for it, unless one ordinary person",
        arguments: [
            ("Welders at the Orvik Shipyard said the hull had split.", "Orvik Shipyard"),
            ("Staff at the Brell Dam said the hull had split.", "Brell Dam"),
            // Plurals without `-s`, and a group.
            ("Gunmen from the Orla Valley said the kiln had cracked.", "Orla Valley"),
            ("Firemen at the Orvik Depot said the kiln had cracked.", "Orvik Depot"),
            ("Clergy at the Orla Chapel said the kiln had cracked.", "Orla Chapel"),
            ("A family from the Orla Valley said the kiln had cracked.", "Orla Valley"),
            // Someone who speaks for the body named after them.
            ("The spokesman for the Orla Greens said the kiln had cracked.", "Orla Greens"),
            ("A lawyer for the Brell Family said the kiln had cracked.", "Brell Family"),
            // One ordinary person is not the place they come from.
            ("A fisherman from the Brell Estuary said the nets came up empty.", "fisherman from the Brell Estuary"),
        ])
    func afterArticle(text: String, name: String) throws {
        #expect(try Fixture.canonicalNames(text) == [name])
    }

    @Test(
        "A role noun or a surname alone is the person the article named outside any attribution",
        arguments: [
            (
                "Harbour Board CEO Ida Holm toured the quay on Monday. The CEO said all tickets were sold.",
                ["Ida Holm"]
            ),
            (
                "On Monday, Tarsk Ferries analyst Oren Mahl raised his forecast for the line. The analyst believes "
                    + "that fares will rise.", ["Oren Mahl"]
            ),
            // Two named with the role: the later one. A middle initial stays in the name.
            (
                "Ferry analyst Oren Mahl raised his forecast, and bank analyst Lena Kovac cut hers. The analyst "
                    + "said fares would fall.", ["Lena Kovac"]
            ),
            ("Ferry analyst Ida B. Holm raised her forecast. The analyst said fares would rise.", ["Ida B Holm"]),
            // Someone else with the role (a qualifier never said of her).
            (
                "Harbour Board CEO Ida Holm toured the quay on Monday. The CEO of a rival line said no tickets were "
                    + "sold.", ["CEO of a rival line"]
            ),
            // A person an attribution named keeps a shared surname from one named only in passing.
            (
                "Lena Kovac said the ferry was late. Former Harbour Board CEO Ivo Kovac toured the quay on Monday. "
                    + "Kovac said the tickets were sold.", ["Lena Kovac", "Lena Kovac"]
            ),
            // A role noun opening a sentence, no title, opens a body's name: no one is named.
            (
                "x\n\nVictim Support Velmora opened an office on the quay on Monday. \"I was robbed twice on the "
                    + "same street,\" the victim said.", ["victim"]
            ),
            (
                "x\n\nWitness Care Tarsk opened a desk at the court on Friday. The witness said the hearing was short.",
                ["witness"]
            ),
            // A headline names no one: the title, or a line in Title Case.
            ("Ferry Board CEO Ida Holm Resigns\n\n\"I leave the port in good hands,\" the CEO said.", ["CEO"]),
            (
                "Tarsk Evening Post\n\nFerry Board CEO Ida Holm Resigns\n\n\"I leave the port in good hands,\" the "
                    + "CEO said.", ["CEO"]
            ),
            // An abbreviation opening a sentence is still a title.
            ("x\n\nCEO Ida Holm toured the quay on Monday. The CEO said all tickets were sold.", ["Ida Holm"]),
        ])
    func namedInPassing(text: String, expected: [String]) throws {
        #expect(try Fixture.canonicalNames(text) == expected)
    }

    @Test(
        "`who` after a noun for people and a place or thing is those people; `which` after an -ing word, the place",
        arguments: [
            (
                "The ferry carried a volunteer at the regatta, who said the crossing was rough.",
                "volunteer at the regatta"
            ),
            (
                "The crews were checked by nurses near the Tarsk quay, who said the water was cold.",
                "nurses near the Tarsk quay"
            ),
            ("The crane was built after years of planning in Tarsk, which promised to pay for it.", "Tarsk"),
            ("Since the flood the crews have been sleeping in Velmora, which said it had beds for them.", "Velmora"),
            // An `-ing` noun that is no gerund keeps its place; so does a `who`.
            (
                "The flares were fired by the club's armed wing in Tarsk, which said the night was a success.",
                "wing in Tarsk"
            ),
            ("The vote was held at the meeting in Velmora, which said the fees would rise.", "meeting in Velmora"),
            ("The medal was given by the king in Velmora, who said the crew had been brave.", "king in Velmora"),
            // A plural made with `-es`.
            (
                "The boats were checked by coaches near the Tarsk quay, who said the water was rough.",
                "coaches near the Tarsk quay"
            ),
            // A noun that names no one keeps the people after its preposition.
            ("There was praise from harbour users who said the fees were fair.", "harbour users"),
        ])
    func relativeAntecedent(text: String, name: String) throws {
        #expect(try Fixture.canonicalNames(text) == [name])
    }
}
