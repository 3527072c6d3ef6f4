import Corroborate
import Testing

@Suite("Segmentation")
struct SegmenterTests {
    private func sentences(_ relative: String) throws -> [String] {
        let document = try Fixture.read(relative)
        return Segmenter().analyze(document).sentences.map { document.text(of: $0.span) }
    }

    @Test("Sentence splitting survives the traps: no space after a stop, U.S., Aug. 24, initials, decimals")
    func traps() throws {
        let list = try sentences("text/segmentation-traps.txt")
        #expect(list[0] == "The Observatory said rebels “captured Dabiq after IS members withdrew from the area”.")
        #expect(list[1] == "The Fastaqim Union said the town fell.")
        #expect(list[2] == "The U.S. Army said 3.5 percent of the aid arrived on Aug. 24 in Gaziantep.")
        #expect(list[3] == "John F. Kennedy Airport was closed.")
    }

    @Test("The seed's `area”.The Fastaqim` is two sentences")
    func seedNoSpace() {
        let article = Fixture.seed("000")
        let texts = article.text.sentences.map { article.document.text(of: $0.span) }
        #expect(
            texts.contains(
                "The Observatory, a Britain-based monitoring group, said rebel forces “captured Dabiq after IS members withdrew from the area”."
            ))
        #expect(texts.contains { $0.hasPrefix("The Fastaqim Union, an Ankara-backed rebel faction") })
    }

    @Test("A quotation over two sentences is one quotation; one that runs into the next paragraph has two pieces")
    func quotations() throws {
        let document = try Fixture.read("text/segmentation-traps.txt")
        let quotes = Segmenter().analyze(document).quotations
        let texts = quotes.map { $0.pieces.map { document.text(of: $0) } }
        #expect(texts.contains(["The first sentence of the quote. The second sentence of the quote,"]))
        #expect(
            texts.contains([
                "This quotation opens here and runs on into the next paragraph.", "It closes only here,",
            ]))
        #expect(quotes.first { $0.pieces.count == 2 }?.isClosed == true)
    }

    @Test("An odd number of quotation marks never aborts a document", arguments: [1, 2, 501])
    func oddMarks(count: Int) throws {
        let text =
            "He said \(String(repeating: "\" word ", count: count)) and went on.\n\nThe minister said the talks failed."
        let document = try Fixture.document(text)
        let analysis = Segmenter().analyze(document)
        #expect(analysis.sentences.count >= 2)
        #expect(analysis.paragraphs.count == 2)
        let extracted = AttributionExtractor().extract(document, analysis: analysis)
        #expect(extracted.contains { $0.content.text == "the talks failed" })
    }

    @Test("Offsets are Unicode scalar offsets into the document text")
    func scalarOffsets() throws {
        let document = try Fixture.document("“Ça va,” dit-il. The Observatory 🙂 said rebels took Dabiq.")
        let analysis = Segmenter().analyze(document)
        let last = analysis.sentences.last!
        #expect(last.span.start == 17)
        #expect(document.text(of: last.span) == "The Observatory 🙂 said rebels took Dabiq.")
        #expect(Array(document.text.unicodeScalars)[last.span.start] == "T")
    }

    @Test("Paragraphs are blank-line separated and trimmed")
    func paragraphs() throws {
        let document = try Fixture.document("First one.\n\n\n  Second one.  \n\nThird.")
        let analysis = Segmenter().analyze(document)
        #expect(analysis.paragraphs.map { document.text(of: $0) } == ["First one.", "Second one.", "Third."])
    }

    @Test(
        "No sentence passes 150 tokens, whatever the text's shape; a forced break falls at a stop or comma",
        arguments: [
            String(repeating: "X said Y. ", count: 2000),
            String(repeating: "alpha, beta, gamma, delta ", count: 400),
            String(repeating: "word ", count: 5000),
        ])
    func sentenceCap(text: String) throws {
        let document = try Fixture.document(text)
        let analysis = Segmenter().analyze(document)
        #expect(analysis.sentences.allSatisfy { $0.tokens.count <= 150 })
        #expect(analysis.sentences.count >= analysis.tokens.count / 150)
        // Every token is in exactly one sentence: nothing lost at a forced break.
        #expect(analysis.sentences.map(\.tokens.count).reduce(0, +) == analysis.tokens.count)
        if text.hasPrefix("X said") {
            #expect(analysis.sentences.allSatisfy { document.text(of: $0.span).hasSuffix("Y.") })
        }
    }

    @Test("`X said Y.` repeated gives attributions whose content stays within its sentence")
    func saidRepeated() throws {
        let document = try Fixture.document(String(repeating: "X said Y. ", count: 3000))
        let article = Corroborator().analyze(document)
        #expect(article.attributions.count > 2500)
        #expect(article.attributions.allSatisfy { $0.content.text.count < 1500 })
    }
}
