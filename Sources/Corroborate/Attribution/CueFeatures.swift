extension TokenFacts {
    /// The cue tagger's features of token `i` of the sentence `sentence`, into `out` (cleared first): the word,
    /// its stem, suffix and shape with their neighbours, quotation marks nearby, what follows it (`that`, a
    /// colon, `to`, a quotation), the lexicon's cues, and what the rules made of the sentence (`reading`, whose
    /// arrays start at the sentence's first token).
    func cueFeatures(
        at i: Int, sentence: Range<Int>, reading: RuleReading, titleCase: Bool, into out: inout FeatureBuffer
    ) {
        out.removeAll(keepingCapacity: true)
        let start = sentence.lowerBound
        let end = sentence.upperBound
        let w0 = wordHash[i]
        let wm1 = word(i - 1, in: sentence)
        let wp1 = word(i + 1, in: sentence)
        let s0 = Int(shape[i])
        let sm1 = shape(i - 1, in: sentence)
        let sp1 = shape(i + 1, in: sentence)
        out.append(Self.mix(0, 0))
        out.append(Self.mix(1, w0))
        out.append(Self.mix(2, wm1))
        out.append(Self.mix(3, wp1))
        out.append(Self.mix(4, word(i - 2, in: sentence)))
        out.append(Self.mix(5, word(i + 2, in: sentence)))
        out.append(Self.mix(6, wm1, w0))
        out.append(Self.mix(7, w0, wp1))
        out.append(Self.mix(8, suffixHash[i]))
        out.append(Self.mix(9, suffixHash[i], wp1))
        out.append(Self.mix(10, suffixHash[i], sm1))
        out.append(Self.mix(11, s0, sm1, sp1))
        out.append(Self.mix(12, w0, sm1))
        out.append(Self.mix(13, w0, sp1))
        out.append(Self.mix(14, lexicon[i]))
        out.append(Self.mix(15, i > start ? lexicon[i - 1] : 0, i > start + 1 ? lexicon[i - 2] : 0))
        out.append(Self.mix(16, i + 1 < end ? lexicon[i + 1] : 0))
        let position = i - start
        let left = position == 0 ? 0 : position < 3 ? 1 : position < 6 ? 2 : position < 12 ? 3 : 4
        let remaining = end - i
        let right = remaining <= 2 ? 0 : remaining < 5 ? 1 : remaining < 10 ? 2 : 3
        out.append(Self.mix(17, left, right))
        out.append(Self.mix(18, w0, left))
        // Quotations near the word: `"...," he said` and `said: "..."`.
        var quoteLeft = 0
        var k = i - 1
        while k >= max(start, i - 4) {
            if tokens[k].kind == .closingQuote || (k > 0 && inQuote[k] && !inQuote[i]) {
                quoteLeft = 1
                break
            }
            k -= 1
        }
        var quoteRight = 0
        k = i + 1
        while k < min(end, i + 4) {
            if tokens[k].kind == .openingQuote {
                quoteRight = 1
                break
            }
            k += 1
        }
        let quoted = inQuote[i] ? 1 : 0
        out.append(Self.mix(19, quoteLeft, quoteRight, quoted))
        out.append(Self.mix(20, w0, quoteLeft, quoteRight))
        out.append(Self.mix(21, lexicon[i], sm1, sp1))
        // The word without its inflection, and what follows it: a clause (`that`, a colon, a quotation), an
        // infinitive or a question word.
        let stem = stemHash[i]
        var next = 0
        k = i + 1
        while k < min(end, i + 4) {
            next = Int(follow[k])
            if next != 0 { break }
            k += 1
        }
        out.append(Self.mix(22, stem))
        out.append(Self.mix(23, stem, wp1))
        out.append(Self.mix(24, wm1, stem))
        out.append(Self.mix(25, stem, next))
        out.append(Self.mix(26, next, sm1))
        // What the rules made of the sentence.
        let r = i - start
        let mark = Int(reading.cueMark[r])
        let kind = Int(reading.cueKind[r])
        let nested = Int(reading.inContent[r])
        out.append(Self.mix(27, mark, kind))
        out.append(Self.mix(28, mark, kind, reading.cueLemma[r]))
        out.append(Self.mix(29, mark, nested, quoted))
        out.append(Self.mix(30, mark, w0))
        out.append(Self.mix(31, r > 0 ? Int(reading.cueMark[r - 1]) : 3, i + 1 < end ? Int(reading.cueMark[r + 1]) : 3))
        out.append(Self.mix(32, w0, quoted, nested))
        out.append(Self.mix(33, titleCase ? 1 : 0, s0, mark))
        out.append(Self.mix(34, i > start ? stemHash[i - 1] : Self.boundaryHash, stem))
        out.append(Self.mix(35, stem, i + 1 < end ? stemHash[i + 1] : Self.endHash))
        // The word's classes, and what stands before it as a subject and after it as an object.
        let (subject, auxiliary) = subjectCode(before: i, in: sentence)
        let object = objectCode(after: i, in: sentence)
        let classes = Int(wordClass[i])
        out.append(Self.mix(100, subject, auxiliary, s0))
        out.append(Self.mix(101, subject * 16 + object, suffixHash[i]))
        out.append(Self.mix(102, stem, subject))
        out.append(Self.mix(103, stem, object))
        out.append(Self.mix(104, classes, subject, object))
        out.append(Self.mix(105, classes))
        out.append(Self.mix(106, classes, auxiliary, s0))
        out.append(Self.mix(107, i > start ? Int(wordClass[i - 1]) : -1, classes))
        out.append(Self.mix(108, object, lexicon[i]))
        out.append(Self.mix(109, classes, quoted, nested))
    }
}
