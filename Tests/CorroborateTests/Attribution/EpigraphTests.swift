import Corroborate
import Testing

/// A quotation signed with a dash and a name is that person's statement, in both conventions.
@Suite("Signed quotations")
struct EpigraphTests {
    private func attributions(_ text: String, broad: Bool) throws -> [Attribution] {
        let knowledge = try Knowledge.with(model: nil, broad: broad)
        return Corroborator(knowledge: knowledge).analyze(try Fixture.document(text)).attributions
            .filter { $0.rule == "epigraph" }
    }

    @Test(
        "A quotation signed with a dash and a name is the name's, the whole quotation its content",
        arguments: [
            (
                "Readers wrote in about the ferry.\n\n\u{201C}The ferry is late again. Nobody at the quay says why.\u{201D} \u{2015} Ida Holm\n\n\u{201C}I walk now.\u{201D}\u{2015} Oskar Brenn.\n",
                [
                    "Ida Holm: \u{201C}The ferry is late again. Nobody at the quay says why.\u{201D}",
                    "Oskar Brenn: \u{201C}I walk now.\u{201D}",
                ]
            ),
            (
                "Readers wrote in about the ferry.\n\n\"The fares went up twice this year and the boats are older.\"\n\n- Mira Dahl, Tarsk.\n",
                ["Mira Dahl: \"The fares went up twice this year and the boats are older.\""]
            ),
            (
                "Readers wrote in about the ferry.\n\n\u{201D}The quay is a mess.\u{201D} \u{2014} Dr. Ada Vell (@adavell) May 2\n",
                ["Dr. Ada Vell: \u{201D}The quay is a mess.\u{201D}"]
            ),
            // The signed writer telling of her own words (`I told`) names no other speaker.
            (
                "Readers wrote in about the pool.\n\n\u{201C}Our mayor promised a new pool,\u{201D} I told my neighbour, \u{201C}but the Arnvik pool is still shut.\u{201D}\n\u{2013} Anna Vik\n",
                [
                    "Anna Vik: \u{201C}Our mayor promised a new pool,\u{201D} I told my neighbour, \u{201C}but the Arnvik pool is still shut.\u{201D}"
                ]
            ),
            // A verb of saying inside the quotation is the signed speaker's own words.
            (
                "Readers wrote in about the mayor.\n\n\u{201D}The mayor is a bully. He said it over and over, while avoiding the questions he was asked. Nobody at the quay trusts him.\u{201D} \u{2015} Ida Holm\n",
                [
                    "Ida Holm: \u{201D}The mayor is a bully. He said it over and over, while avoiding the questions he was asked. Nobody at the quay trusts him.\u{201D}"
                ]
            ),
        ] as [(String, [String])])
    func signedQuotations(text: String, expected: [String]) throws {
        for broad in [false, true] {
            let found = try attributions(text, broad: broad)
            #expect(found.map { "\($0.source?.text ?? ""): \($0.content.text)" } == expected)
            #expect(found.allSatisfy { $0.isDirectQuote })
        }
    }

    @Test(
        "Beside a signed quotation, a dash that does not sign a whole paragraph's quotation with a name is none",
        arguments: [
            // The name runs on into a sentence.
            "\"The ferry is late again.\" \u{2014} Ida Holm walked to the quay instead.\n",
            // The paragraph does not open with the quotation.
            "She called it \"a disgrace\" \u{2014} Ida Holm\n",
            // No name after the dash.
            "\"The ferry is late again.\" \u{2014} and the quay is closed.\n",
            // An answer, or a date, after the dash.
            "\"Did the ferry sink?\" - No.\n\n\"Was anyone hurt?\" - Nobody.\n",
            "\"The ferry is late again.\" - Monday, May 3\n",
            // The paragraph credits its quotations in the text: the name after the dash is the article's byline.
            "\u{201C}The fares stay as they are,\u{201D} the harbour spokeswoman told reporters. \u{201C}We will not raise them this year.\u{201D}\n\u{2013} Nadia Okafor\n",
        ])
    func unsigned(paragraph: String) throws {
        let text = "Readers wrote in.\n\n\"The quay is closed.\" \u{2014} Oskar Brenn\n\n" + paragraph
        for broad in [false, true] {
            #expect(try attributions(text, broad: broad).map { $0.source?.text } == ["Oskar Brenn"])
        }
    }
}
