import Foundation

extension QuoteVariants {
    /// What makes two aligned quotations another utterance: another wording, or two words that trade places (the
    /// positions, in each quotation, from the first traded word to the second).
    enum Difference {
        case wording
        case traded(a: ClosedRange<Int>, b: ClosedRange<Int>)
    }

    /// How two aligned quotations differ, when it makes another utterance: two words that trade places
    /// (`QuoteWording.traded`), or another wording (`QuoteWording.differs`: a word inside the aligned stretch that is
    /// not the same word spelt otherwise, or a clipped ending or opening that changes what is said, `but maybe
    /// not`). Another extent of the same words, a spelling or an editor's bracket is no variant: nil.
    /// `looseA` and `looseB` are the positions, in each quotation, of the words the alignment did not line up word
    /// for word before any was set aside (`QuoteAlignment.onlyA`, `onlyB`); a word the other side has where it is
    /// lined up is not one that moved (`QuoteWording.differs`). Nil: any word the other side has.
    func difference(
        _ alignment: QuoteAlignment, _ x: Range<Int>, _ y: Range<Int>, _ pair: ClaimPair, looseA: [Int]? = nil,
        looseB: [Int]? = nil
    ) -> Difference? {
        // A gloss in parentheses inside a quotation (`the IDF (Israeli army)`) is the reporter's, not the speaker's.
        var innerA = alignment.onlyA.filter {
            !alignment.extentA.contains($0)
                && !QuoteVariants.parenthesised(
                    pair.contentA.words[x.lowerBound + $0], in: pair.documents[pair.a.document])
        }
        var innerB = alignment.onlyB.filter {
            !alignment.extentB.contains($0)
                && !QuoteVariants.parenthesised(
                    pair.contentB.words[y.lowerBound + $0], in: pair.documents[pair.b.document])
        }
        // A speaker's restart (`once we sign, once we sign the lease`) that one article keeps and the other drops
        // is the same utterance: the words only one side has, repeating the words right after them.
        let keysA = (0..<x.count).map { pair.contentA.words[x.lowerBound + $0].key }
        let keysB = (0..<y.count).map { pair.contentB.words[y.lowerBound + $0].key }
        // So is a filler or hesitation (`uh`, `you know`) one transcript keeps and the other drops.
        let wordsA = pair.contentA.words[x]
        let wordsB = pair.contentB.words[y]
        let fillersA = QuoteVariants.fillers(innerA, keysA, fillers) {
            QuoteVariants.setOff($0, wordsA, in: pair.documents[pair.a.document])
        }
        let fillersB = QuoteVariants.fillers(innerB, keysB, fillers) {
            QuoteVariants.setOff($0, wordsB, in: pair.documents[pair.b.document])
        }
        let restartsA = QuoteVariants.restarts(innerA, keysA).union(fillersA)
        let restartsB = QuoteVariants.restarts(innerB, keysB).union(fillersB)
        innerA.removeAll { restartsA.contains($0) }
        innerB.removeAll { restartsB.contains($0) }
        if innerA.isEmpty && innerB.isEmpty && !(restartsA.isEmpty && restartsB.isEmpty) { return nil }
        // An article, `that`, a preposition or `and` more or less, or one for another (`the` for `a`, `in` for
        // `at`), changes no statement (`still` or `not` would): a slip of transcription, left out of the words
        // compared below.
        let coreA = innerA.filter { !slightWords.contains(pair.contentA.words[x.lowerBound + $0].key) }
        let coreB = innerB.filter { !slightWords.contains(pair.contentB.words[y.lowerBound + $0].key) }
        if coreA.isEmpty && coreB.isEmpty && !(innerA.isEmpty && innerB.isEmpty) { return nil }
        if !innerA.isEmpty || !innerB.isEmpty {
            // The same words written otherwise are no other utterance: the whole aligned stretches with spoken
            // forms and contractions written out (`there's gonna be` and `there is going to be`), or the words
            // that differ spelt another way.
            func stretch(_ range: Range<Int>, _ inner: [Int]) -> Range<Int> {
                min(range.lowerBound, inner.min() ?? range.lowerBound)..<max(range.upperBound, (inner.max() ?? -1) + 1)
            }
            let stretchA = stretch(alignment.rangeA, innerA).map { pair.contentA.words[x.lowerBound + $0].text }
            let stretchB = stretch(alignment.rangeB, innerB).map { pair.contentB.words[y.lowerBound + $0].text }
            if QuoteVariants.sameWordsWritten(stretchA, stretchB) { return nil }
            // Each word with the full stop after it, if any: `Sept.` abbreviates, `Greg` does not.
            func written(_ word: FrameWord, _ document: Document) -> String {
                let end = word.span.end
                return word.text + (end < document.scalars.count && document.scalars[end] == "." ? "." : "")
            }
            if QuoteVariants.sameWordsWritten(
                coreA.map { written(pair.contentA.words[x.lowerBound + $0], pair.documents[pair.a.document]) },
                coreB.map { written(pair.contentB.words[y.lowerBound + $0], pair.documents[pair.b.document]) })
            {
                return nil
            }
            // Word by word: spellings, forms, moved words, a word or two of grammar, a cut marked with an ellipsis.
            func differing(_ inner: [Int], _ content: ClaimContent, _ range: Range<Int>) -> [QuoteWording.Word] {
                inner.sorted().map { QuoteWording.Word($0, content.words[range.lowerBound + $0].text) }
            }
            func elided(_ aligned: Range<Int>, _ content: ClaimContent, _ range: Range<Int>, _ document: Document)
                -> Bool
            {
                guard !aligned.isEmpty else { return false }
                let first = content.words[range.lowerBound + aligned.lowerBound].span.start
                let last = content.words[range.lowerBound + aligned.upperBound - 1].span.end
                return QuoteWording.hasEllipsis(document.scalars, from: first, to: last)
            }
            let wordsA = (0..<x.count).map { pair.contentA.words[x.lowerBound + $0].text }
            let wordsB = (0..<y.count).map { pair.contentB.words[y.lowerBound + $0].text }
            // Two words that trade places (read first: the word-by-word reading takes them for moved words).
            if let traded = QuoteWording.traded(
                differing(innerA, pair.contentA, x), differing(innerB, pair.contentB, y), wordsA: wordsA,
                wordsB: wordsB, meaning: meaning)
            {
                return .traded(a: traded.a, b: traded.b)
            }
            // The words of each side not lined up word for word: outside the aligned stretch, or loose inside it.
            func movable(_ loose: [Int]?, _ aligned: Range<Int>, _ words: [String]) -> Set<String>? {
                guard let loose else { return nil }
                let free = Set(loose)
                return Set(
                    words.indices.filter { !aligned.contains($0) || free.contains($0) }.map {
                        QuoteWording.letters(words[$0])
                    })
            }
            let differs = QuoteWording.differs(
                differing(innerA, pair.contentA, x), differing(innerB, pair.contentB, y), wordsA: wordsA,
                wordsB: wordsB,
                elidedA: elided(alignment.rangeA, pair.contentA, x, pair.documents[pair.a.document]),
                elidedB: elided(alignment.rangeB, pair.contentB, y, pair.documents[pair.b.document]),
                lightWords: lightWords, meaning: meaning, movableA: movable(looseA, alignment.rangeA, wordsA),
                movableB: movable(looseB, alignment.rangeB, wordsB))
            return differs ? .wording : nil
        }
        // Only the extent differs (`it's a forgery` against `it's a forgery, but maybe not`): the same words quoted
        // longer or shorter, no other utterance.
        return nil
    }
}
