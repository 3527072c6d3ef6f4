/// Turns an article's attributions, and the sentences it states on its own authority, into claims with frames.
public struct ClaimBuilder: Sendable {
    let frames: FrameExtractor
    let reader: ContentReader

    public init(knowledge: Knowledge = .builtIn) {
        self.frames = FrameExtractor(lexicon: knowledge.events, cues: knowledge.cues)
        self.reader = ContentReader(knowledge: knowledge)
    }

    /// The claims of one article, in text order, with ids left empty (the caller numbers them).
    public func claims(for article: ArticleAnalysis, documentIndex: Int) -> [Claim] {
        let document = article.document
        var claims: [Claim] = []
        var covered: [TextSpan] = []
        let named = NamedEntities { [frames] in frames.namedEntities(in: document) }
        for (index, attribution) in article.attributions.enumerated() {
            covered.append(contentsOf: attribution.content.spans)
            if let source = attribution.source { covered.append(contentsOf: source.spans) }
            if let cue = attribution.cue { covered.append(contentsOf: cue.spans) }
            let source =
                attribution.canonical ?? ClaimBuilder.outerSpeaker(of: index, in: article.attributions)
                ?? article.outlet
            // A quotation that carries the quote on in a paragraph of its own is read sentence by sentence, as the
            // article's own sentences are, but credited to the speaker; one in the quote's paragraph, and a sentence
            // too short to be a claim, is read with the quote before it.
            var parts = [(spans: attribution.content.spans, text: attribution.content.text, attribution.sentence)]
            let apart = ClaimBuilder.paragraphsApart(attribution, in: article.text)
            if !apart.isEmpty {
                let (sentences, short) = ClaimBuilder.sentences(of: apart, in: article.text)
                let own = (attribution.content.spans.filter { !apart.contains($0) } + short).sorted()
                parts = [(own, own.map { document.text(of: $0) }.joined(separator: " … "), attribution.sentence)]
                for (span, sentence) in sentences { parts.append(([span], document.text(of: span), sentence)) }
            }
            for (n, part) in parts.enumerated() {
                let words = FrameWord.words(in: part.spans, of: document)
                let frame = frames.frame(
                    words: words, in: document, hedges: n == 0 ? attribution.hedges : [], named: named)
                claims.append(
                    Claim(
                        id: "", document: documentIndex, attribution: index, source: source,
                        via: attribution.viaCanonical, sourceSpans: attribution.source?.spans ?? [], text: part.text,
                        spans: part.spans, sentence: part.2, isDirectQuote: attribution.isDirectQuote, frame: frame))
                claims[claims.count - 1].read = ReadContent(
                    value: reader.content(of: claims.last!, words: words, in: document).compacted())
            }
        }
        let coverage = SpanCoverage(covered)
        for (index, sentence) in article.text.sentences.enumerated() where !sentence.isFurniture {
            if coverage.overlaps(sentence.span) { continue }
            guard article.text.tokens[sentence.tokens].filter(\.isWord).count >= ClaimBuilder.minimumWords else {
                continue
            }
            let words = FrameWord.words(in: [sentence.span], of: document)
            let frame = frames.frame(words: words, in: document, named: named)
            claims.append(
                Claim(
                    id: "", document: documentIndex, attribution: nil, source: article.outlet, via: nil,
                    text: document.text(of: sentence.span), spans: [sentence.span], sentence: index,
                    isDirectQuote: false, frame: frame))
            claims[claims.count - 1].read = ReadContent(
                value: reader.content(of: claims.last!, words: words, in: document).compacted())
        }
        claims.sort { ($0.spans.first?.start ?? 0) < ($1.spans.first?.start ?? 0) }
        inheritPlaces(&claims)
        for i in claims.indices { claims[i].shingles = Claim.shingles(of: claims[i].text) }
        return claims
    }

    /// The pieces of an attribution's continuing quotation that stand in paragraphs other than the one its own
    /// content ends in.
    static func paragraphsApart(_ attribution: Attribution, in text: TextAnalysis) -> [TextSpan] {
        guard !attribution.continuation.isEmpty else { return [] }
        let own = attribution.content.spans.filter { !attribution.continuation.contains($0) }
        guard let last = own.map(\.end).max(), let sentence = text.sentenceIndex(containing: last - 1) else {
            return []
        }
        let paragraph = text.sentences[sentence].paragraph
        return attribution.continuation.filter { piece in
            text.sentenceIndex(containing: piece.start).map { text.sentences[$0].paragraph != paragraph } ?? false
        }
    }

    /// The fewest words a sentence stated with no attribution, or a continuing quotation's sentence, needs to be
    /// a claim of its own.
    static let minimumWords = 5

    /// Each sentence's share of the pieces with the sentence's index, when it holds `minimumWords` or more (as an
    /// unattributed sentence must to be a claim); the shorter shares apart.
    static func sentences(of pieces: [TextSpan], in text: TextAnalysis) -> (long: [(TextSpan, Int)], short: [TextSpan])
    {
        var long: [(TextSpan, Int)] = []
        var short: [TextSpan] = []
        for piece in pieces {
            guard var k = text.sentenceIndex(containing: piece.start) else { continue }
            while k < text.sentences.count && text.sentences[k].span.start < piece.end {
                let sentence = text.sentences[k]
                let span = TextSpan(max(piece.start, sentence.span.start), min(piece.end, sentence.span.end))
                let words = text.tokens[sentence.tokens].filter { $0.isWord && span.contains($0.span.start) }.count
                if words >= minimumWords { long.append((span, k)) } else if words > 0 { short.append(span) }
                k += 1
            }
        }
        return (long, short)
    }

    /// The speaker whose words hold an attribution credited to no one (`Kesso denied having agreed to a truce`: the
    /// deed `agreed to a truce` is no statement of the outlet's but part of Kesso's): the canonical source of the
    /// closest neighbouring attribution, up to eight either side, whose content holds this one's content. When that
    /// one is credited to no one either, the claim stays the outlet's.
    static func outerSpeaker(of index: Int, in attributions: [Attribution]) -> Source? {
        guard let inner = attributions[index].content.spans.first else { return nil }
        let near = max(0, index - 8)..<min(attributions.count, index + 9)
        var closest: (length: Int, source: Source?)?
        for j in near where j != index {
            for span in attributions[j].content.spans where span.start <= inner.start && inner.end <= span.end {
                let length = span.end - span.start
                if closest.map({ length < $0.length }) ?? true { closest = (length, attributions[j].canonical) }
            }
        }
        return closest?.source
    }

    /// A claim that names no place takes the specific places of the claims in the two sentences before it
    /// (`It said nine rebels were killed` follows `Anadolu said the rebels captured Dabiq`); one that names a
    /// country is about the country and takes nothing.
    private func inheritPlaces(_ claims: inout [Claim]) {
        for i in claims.indices where claims[i].frame.places.isEmpty {
            var j = i - 1
            var inherited: [EntityMention] = []
            // At most six claims back: one giant sentence must not make this quadratic.
            while j >= 0 && i - j <= 6 && claims[i].sentence - claims[j].sentence <= 2 {
                for place in claims[j].frame.places
                where !place.general && !inherited.contains(where: { $0.name == place.name }) {
                    inherited.append(place)
                }
                j -= 1
            }
            claims[i].frame.contextPlaces = inherited
        }
    }
}

extension ClaimContent {
    /// The same content with its per-word arrays in buffers of exactly their size (the terms are built so). It
    /// is held for every claim of the run until the comparison is done, and an array built word by word can carry
    /// twice its size.
    func compacted() -> ClaimContent {
        var content = self
        content.words = words.exactCopy()
        if let alignment = alignmentWords { content.alignmentWords = alignment.compacted() }
        return content
    }
}

extension Array {
    /// The elements in a buffer of their own size (the array itself when it has no spare capacity).
    func exactCopy() -> [Element] {
        guard capacity > count else { return self }
        return withUnsafeBufferPointer { Array($0) }
    }
}
