import Testing

@testable import Corroborate

/// What an article keeps after the per-article stages is held for every article until the report is written:
/// its arrays are kept in buffers of their own size, not the doubled capacity they were built with.
@Suite("What an article keeps")
struct ArticleRetentionTests {
    static let article = """
        The council of Brennmoor said on Tuesday that the old grain mill would close by the end of the year.

        "We have no buyer and no money to repair the roof," the council's treasurer, Ilse Varga, told reporters.

        Workers at the mill said they had been told nothing. A union official said talks would begin next week.

        The mill has stood beside the river since 1911 and employs forty people. Its owner declined to comment.

        Residents said the town would lose its last large employer. The mayor said a plan would follow in spring.
        """

    /// Whether an array holds no more room than rounding its buffer up to the allocator's granule gives.
    private func isExact<T>(_ array: [T]) -> Bool {
        (array.capacity - array.count) * MemoryLayout<T>.stride <= 16
    }

    @Test("Sentences, paragraphs, attributions and claims are held in buffers of their own size")
    func exactBuffers() throws {
        let document = try Fixture.document(ArticleRetentionTests.article)
        let article = Corroborator().analyze(document)
        #expect(article.text.sentences.count >= 6)
        #expect(article.text.paragraphs.count == 5)
        #expect(article.attributions.count >= 3)
        #expect(isExact(article.text.sentences))
        #expect(isExact(article.text.paragraphs))
        #expect(isExact(article.attributions))
        #expect(isExact(article.claims))
        #expect(article.text.tokens.isEmpty && article.text.quotations.isEmpty)
    }
}
