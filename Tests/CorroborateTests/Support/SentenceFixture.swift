import Foundation
import Testing

@testable import Corroborate

/// One sentence read as the extractor reads it, for tests of what the attribution rules make of marked spans.
enum SentenceFixture {
    /// The first sentence of `text`.
    static func context(_ text: String) throws -> SentenceContext {
        let document = try Fixture.document(text)
        let analysis = Segmenter().analyze(document)
        let inQuote = AttributionExtractor.quoteMask(tokens: analysis.tokens, quotations: analysis.quotations)
        return SentenceContext(
            document: document, analysis: analysis, tokens: analysis.tokens, inQuote: inQuote,
            sentence: analysis.sentences[0], sentenceIndex: 0, index: CueIndex(Knowledge.builtIn.cues))
    }

    /// The tokens of the first occurrence of `words` (split at spaces, each matched whole) in the sentence.
    static func range(_ words: String, in context: SentenceContext) throws -> Range<Int> {
        let wanted = words.split(separator: " ").map { String($0).folded }
        let tokens = context.tokens
        let found = (context.start..<context.end).first { i in
            i + wanted.count <= context.end && wanted.indices.allSatisfy { tokens[i + $0].folded == wanted[$0] }
        }
        let first = try #require(found, "no \(words)")
        return first..<(first + wanted.count)
    }
}
