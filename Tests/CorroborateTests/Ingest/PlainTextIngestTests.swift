import Testing

@testable import Corroborate

@Suite("Plain-text ingest")
struct PlainTextIngestTests {
    @Test("The AP seed's dateline gives the date and place, and its footer is left out")
    func seedDatelineAndFooter() throws {
        let document = try Ingester().read(Ingester.Input(path: Fixture.seeds + "/002_ce4066a8daddc646.txt"))
        #expect(document.metadata.date?.description == "2016-09-05")
        #expect(document.metadata.place == "BEIRUT")
        #expect(!document.text.contains("A Section on"))
        #expect(document.text.hasSuffix("Mark Landler of The New York Times."))
        #expect(document.metadata.outlet == "Associated Press")
        // The dateline stays in the text (offsets match the file) but is furniture.
        #expect(document.furniture.first == TextSpan(0, 27))
    }

    @Test("The repeated photo caption in seed 001 appears once")
    func repeatedCaption() throws {
        let document = try Ingester().read(Ingester.Input(path: Fixture.seeds + "/001_804292fc112cd91e.txt"))
        let caption = "Turkish Army tanks and Turkey-backed Syrian opposition forces move towards the Syrian border"
        #expect(document.text.components(separatedBy: caption).count == 2)
        #expect(document.warnings.contains { $0.contains("repeated line") })
        #expect(document.isFurnitureLine(containing: caption))
    }

    @Test(
        "Datelines seen in real copy",
        arguments: [
            ("BEIRUT/london -\u{A0} Rebels took the town.", "BEIRUT", nil as String?, nil as String?),
            (" date 2016-09-05 BEIRUT -- Turkish troops advanced.", "BEIRUT", "2016-09-05", nil),
            ("Washington (AFP) \u{2013} The United States said so.", "Washington", nil, "AFP"),
            ("ISTANBUL, Turkey (AP) -- Officials said so.", "ISTANBUL", nil, "AP"),
            ("MOSCOW (Reuters) \u{2014} Officials said so.", "MOSCOW", nil, "Reuters"),
        ])
    func datelines(text: String, place: String, date: String?, agency: String?) throws {
        let document = try Fixture.document(text + "\n\nSecond paragraph here.")
        #expect(document.metadata.place == place)
        #expect(document.metadata.date?.description == date)
        if let agency { #expect(document.metadata.outlet == agency) }
        #expect(document.furniture.first?.start ?? -1 <= 1)
    }

    @Test("The dateline of the paragraph after a headline is read; a headline without a dash has none")
    func datelineAfterHeadline() throws {
        let document = try Fixture.document(
            "Dam gives way in the north\n\nTARSK, Velmora (UPI) -- The dam broke on Monday.\n\nMore follows.")
        #expect(document.metadata.place == "TARSK")
        #expect(document.metadata.outlet == "UPI")
        #expect(document.metadata.dateline == "TARSK, Velmora (UPI) --")
        let plain = try Fixture.document("Dam gives way in the north\n\nThe dam broke on Monday, officials said.")
        #expect(plain.metadata.dateline == nil)
        #expect(plain.metadata.place == nil)
    }

    @Test("Only lines opening as a shipped credit pattern does are tried as credits, and they still match")
    func creditOpenings() {
        let rules = CompiledTextRules(Knowledge.builtIn.textRules)
        #expect(CompiledTextRules.openings(of: rules.rules.furniture.credit) != nil)
        #expect(rules.isCredit("Reporting by Dana Kovac; Editing by Ivo Petrov"))
        #expect(rules.isCredit("\u{2014} Dana Kovac in Tarsk contributed to this report."))
        #expect(!rules.isCredit("The town was hit by shelling, officials said."))
        // The openings are read from any pattern; a quantified last character is left out; a pattern that opens
        // with no literal text (no anchor, a flag, an optional group, a range) turns the filter off.
        #expect(
            CompiledTextRules.openings(of: ["^(Writing|Editing) by .{3,200}$", "^Compiled by .*$"])
                == ["Writing by ", "Editing by ", "Compiled by "])
        #expect(CompiledTextRules.openings(of: ["^(Writing|Editing) by ?.*$"]) == ["Writing by", "Editing by"])
        #expect(CompiledTextRules.openings(of: ["^[-\u{2014}]+ ?[A-Z].*$"]) == ["-", "\u{2014}"])
        for pattern in [
            "Reporting by .*", "(?i)^reporting by", "^(Writing|Editing)? by", "^[A-Z]+ by", "^.* by", "^\\w+",
        ] {
            #expect(CompiledTextRules.openings(of: ["^Reporting by .*$", pattern]) == nil, "\(pattern)")
        }
    }

    @Test(
        "A headline ending in a colon or a word in capitals is not a dateline",
        arguments: [
            "FBI: Clinton emails under review", "US-backed forces take town", "Poll: Wealthy Voters Abandon Party.",
        ])
    func notDatelines(text: String) throws {
        let document = try Fixture.document(text + "\n\nThe body of the story follows here.")
        #expect(document.metadata.dateline == nil)
    }

    @Test(
        "A header value that says nothing is known is no value: the dateline's agency, or no outlet, instead",
        arguments: ["unknown", "Unknown", "n/a", "none", "-", "(unknown)", "Unknown.", "\u{2014}"])
    func placeholderHeader(value: String) throws {
        let credited = try Fixture.document(
            "Title: Dam gives way\nOutlet: \(value)\nDate: \(value)\n\nTARSK, Velmora (UPI) -- The dam broke on Monday, officials said.\n"
        )
        #expect(credited.metadata.title == "Dam gives way")
        #expect(credited.metadata.outlet == "UPI")
        #expect(credited.metadata.date == nil)
        #expect(!credited.text.contains("Outlet"))
        let uncredited = try Fixture.document(
            "Title: Dam gives way\nOutlet: \(value)\n\nThe dam broke on Monday, officials said.\n")
        #expect(uncredited.metadata.outlet == nil)
    }

    @Test(
        "A header value loses the brackets, full stops and spaces around it, none inside",
        arguments: [
            ("(unknown)", "unknown"), ("[n/a]. ", "n/a"), (" U.S. ", "U.S"), ("(a) b", "a) b"), ("().", ""),
            ("\u{201C}none\u{201D}", "\u{201C}none\u{201D}"),
        ])
    func trimmingBrackets(value: String, bare: String) {
        #expect(PlainTextIngest.trimmingBrackets(value) == bare)
    }

    @Test("A header block becomes metadata and is removed from the text")
    func headerBlock() throws {
        let document = try Fixture.read("text/header-block.txt")
        #expect(document.metadata.title == "Turkey says border secured")
        #expect(document.metadata.outlet == "Example Wire")
        #expect(document.metadata.author == "Jo Reporter")
        #expect(document.metadata.date?.description == "2016-09-04")
        #expect(document.metadata.url == "https://wire.example.org/turkey-border")
        #expect(document.text.hasPrefix("Turkish Prime Minister Binali Yildirim said"))
    }

    @Test("A byte-order mark is dropped and CRLF becomes LF")
    func bomAndCRLF() throws {
        let document = try Fixture.read("text/crlf-bom.txt")
        #expect(!document.text.contains("\r"))
        #expect(document.text.hasPrefix("BEIRUT - Rebels"))
        #expect(document.warnings.isEmpty)
    }

    @Test("Text that is not UTF-8 is read as Windows-1252, with a warning")
    func windows1252() throws {
        let document = try Fixture.read("text/windows-1252.txt")
        #expect(document.text.hasPrefix("Café owners in Aleppo said “the shelling never stops” – and"))
        #expect(document.warnings == ["not valid UTF-8; read as Windows-1252"])
    }

    @Test("UTF-16 with a byte-order mark is decoded")
    func utf16() throws {
        let document = try Fixture.read("text/utf16-bom.txt")
        #expect(
            document.text == "The ministry said 20 villages were taken.\n"
                || document.text == "The ministry said 20 villages were taken.")
    }

    @Test(
        "Unreadable inputs give one-line errors naming the file",
        arguments: [
            ("text/empty.txt", "file is empty"), ("text/png-renamed.txt", "not a text article (a PNG image); skipped"),
            ("text/no-such-file.txt", "no such file or folder"),
        ])
    func errors(file: String, message: String) {
        #expect {
            _ = try Fixture.read(file)
        } throws: { error in
            let description = "\(error)"
            return description == Fixture.path(file) + ": " + message && !description.contains("\n")
        }
    }

    @Test("A folder is expanded to its articles, sorted; a missing path is an error and the rest go on")
    func folders() {
        let (inputs, errors) = Ingester.inputs(for: [Fixture.seeds, Fixture.root + "/nowhere"])
        #expect(
            inputs.map { $0.path.split(separator: "/").last! } == [
                "000_21d35f3862f5013d.txt", "001_804292fc112cd91e.txt", "002_ce4066a8daddc646.txt",
            ])
        #expect(errors.map(\.description) == [Fixture.root + "/nowhere: no such file or folder"])
    }
}

extension Document {
    func isFurnitureLine(containing text: String) -> Bool {
        furniture.contains { self.text(of: $0).contains(text) }
    }
}
