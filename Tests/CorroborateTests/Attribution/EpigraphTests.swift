import Corroborate
import Testing

/// A quotation signed with a dash and a name is that person's statement, in both conventions.
@Suite("Signed quotations")
struct EpigraphTests {
    /// Every attribution of one text, in one convention.
    private func analyzed(_ text: String, broad: Bool) throws -> [Attribution] {
        let knowledge = try Knowledge.with(model: nil, broad: broad)
        return Corroborator(knowledge: knowledge).analyze(try Fixture.document(text)).attributions
    }

    private func attributions(_ text: String, broad: Bool) throws -> [Attribution] {
        try analyzed(text, broad: broad).filter { $0.rule == "epigraph" }
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
    private func posts(_ text: String, broad: Bool) throws -> [String] {
        try analyzed(text, broad: broad).filter { $0.rule == "post" }.map {
            "\($0.source?.text ?? ""): \($0.content.text)"
        }
    }

    @Test(
        "A post signed with a dash, a name, a handle and a date is the name's, with or without quotation marks",
        arguments: [
            // The signature on the post's line, right after its words.
            (
                "The Tarsk ferry ran late on Thursday.\n\nThe ferry to Tarsk is late again and the quay is packed. #ferrygate\u{2014} Ida Holm (@idaholm) May 2, 2024\n",
                ["Ida Holm: The ferry to Tarsk is late again and the quay is packed. #ferrygate"]
            ),
            // The signature on a line of its own: the post is the paragraph before it.
            (
                "The Tarsk ferry ran late on Thursday.\n\nStuck on the quay for two hours, the Tarsk ferry never came pic.twitter.com/x1y2\n\n\u{2014} Oskar Brenn (@obrenn) May 2, 2024\n",
                ["Oskar Brenn: Stuck on the quay for two hours, the Tarsk ferry never came pic.twitter.com/x1y2"]
            ),
            // A lone word glued to the year before it is a post too; a quoted post after another on its line is
            // its own words only.
            (
                "The Tarsk ferry ran late on Thursday.\n\nThe quay is flooded!\u{2014} Ida Holm (@idaholm) May 2, 2024Wow\u{2014} Mira Dahl (@mdahl) May 2, 2024\u{201C}Ferry gone.\u{201D}\u{2014} Oskar Brenn (@obrenn) May 3, 2024\n",
                ["Ida Holm: The quay is flooded!", "Mira Dahl: Wow", "Oskar Brenn: \u{201C}Ferry gone.\u{201D}"]
            ),
            // A handle with underscores and a name with a figure.
            (
                "The Tarsk ferry ran late on Thursday.\n\nNo ferry again at the Tarsk quay this morning\u{2014} Rider 7 (@rider_7_tarsk) May 2, 2024\n",
                ["Rider 7: No ferry again at the Tarsk quay this morning"]
            ),
            // A name in lowercase: the handle after it says it is one.
            (
                "The Tarsk ferry ran late on Thursday.\n\nSix hours on the Tarsk quay and still no ferry\n\n\u{2014} mira dahl (@mdahl) May 2, 2024\n",
                ["mira dahl: Six hours on the Tarsk quay and still no ferry"]
            ),
            // Two posts run together on one line, the first date's year joined to the second post's first word.
            (
                "The Tarsk ferry ran late on Thursday.\n\nThe quay is flooded!\u{2014} Ida Holm (@idaholm) May 2, 2024The ferry left without us. \u{2014} Mira Dahl (@mdahl) May 2, 2024\n",
                ["Ida Holm: The quay is flooded!", "Mira Dahl: The ferry left without us."]
            ),
        ] as [(String, [String])])
    func signedPosts(text: String, expected: [String]) throws {
        for broad in [false, true] {
            #expect(try posts(text, broad: broad) == expected)
        }
    }

    @Test(
        "A statement inside a post keeps its own speaker, ends where the post's signature begins, and is not hedged by its date"
    )
    func statementInPost() throws {
        let text =
            "The Tarsk ferry ran late on Thursday.\n\nPolice say the Tarsk quay is closed until Friday\u{2014} Harbour News (@harbournews) May 2, 2024\n"
        for broad in [false, true] {
            let found = try analyzed(text, broad: broad)
            #expect(
                found.map { "\($0.rule == "post" ? "post" : "stated") \($0.source?.text ?? ""): \($0.content.text)" }
                    == ["stated Police: the Tarsk quay is closed until Friday"])
            #expect(found.allSatisfy { $0.hedges.isEmpty })
        }
    }

    @Test("A first person inside a post is its author, and nothing is read inside its signature")
    func firstPersonPost() throws {
        let text =
            "The Tarsk ferry ran late on Thursday.\n\nI think the Tarsk ferry is cancelled again today and nobody told us\u{2014} Ida Holm (@idaholm) May 2, 2024\n"
        for broad in [false, true] {
            let found = try analyzed(text, broad: broad)
            #expect(
                found.map { "\($0.rule) \($0.source?.text ?? ""): \($0.content.text)" }
                    == ["post Ida Holm: I think the Tarsk ferry is cancelled again today and nobody told us"])
        }
    }

    @Test("Posts joined into one long line are all found, and a quotation after a post is not the post's")
    func joinedPosts() throws {
        let posts = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map { letter in
            "The ferry to Tarsk was late again today for the fourth time this week and the quay was packed with riders and their bags\u{2014} Rider \(letter) (@rider\(letter)) May 2, 2024"
        }
        let text =
            "The Tarsk ferry ran late on Thursday.\n\n" + posts.joined()
            + "\n\n\u{201C}We will add a second boat.\u{201D}\n"
        for broad in [false, true] {
            let found = try self.posts(text, broad: broad)
            #expect(found.count == 26)
            #expect(found.allSatisfy { !$0.contains("second boat") && !$0.contains("(@") })
        }
    }

    @Test(
        "A dash and a name without a handle and a date do not sign words outside quotation marks",
        arguments: [
            "The ferry to Tarsk is late again and nobody says why \u{2014} Ida Holm\n",
            "The ferry to Tarsk is late again and nobody says why \u{2014} Ida Holm (@idaholm)\n",
            "The ferry to Tarsk is late again and nobody says why \u{2014} Ida Holm (@idaholm) on Monday\n",
            "The ferry to Tarsk is late again \u{2014} Ida Holm (who runs the kiosk) May 2, 2024\n",
        ])
    func unsignedPosts(paragraph: String) throws {
        for broad in [false, true] {
            #expect(try posts("The Tarsk ferry ran late on Thursday.\n\n" + paragraph, broad: broad).isEmpty)
        }
    }
}
