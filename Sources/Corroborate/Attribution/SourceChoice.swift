/// Which of the spans the role tagger and the rules offer stands as a cue's source, and in what form.
extension SentenceContext {
    /// The source of a tagged cue: the first of the tagger's marked spans, nearest the cue first, then the rules'
    /// own, that makes a name (`wholeName`), fits as a source (`fitSource`) and, by default, can speak; so a
    /// fragment the tagger marks (`Toward the`) gives way to a source it or the rules found further off. With
    /// `--broad`, a passive's or a raising verb's subject (`Mrs. Lund is seen as ...`, `the plan seemed to
    /// ...`) is what is reported, as PolNeAR has it, and nobody is cited but an agent after the cue.
    func chosenSource(
        marked: [Range<Int>], rules: Range<Int>?, cue: Range<Int>, candidate: Candidate, broad: Bool
    ) -> (source: Range<Int>, apposition: Range<Int>?)? {
        func gap(_ range: Range<Int>) -> Int {
            range.upperBound <= cue.lowerBound ? cue.lowerBound - range.upperBound : range.lowerBound - cue.upperBound
        }
        var offered = marked.sorted { gap($0) < gap($1) }
        if let rules { offered.append(rules) }
        let reported = broad && (candidate.passive || isRaising(candidate))
        for range in offered {
            guard let name = wholeName(range), let fitted = fitSource(name, cue: cue, broad: broad),
                broad || canSpeak(fitted.source, cue: cue)
            else { continue }
            if reported && fitted.source.upperBound <= cue.lowerBound { continue }
            return fitted
        }
        return nil
    }

    /// A marked span as a name: nil for a dateline (`PORT ALDER` or `PORT ALDER, March 3 (Wire)` in capitals
    /// before a dash, opening a paragraph); a title's abbreviation at its end takes the name after its full stop
    /// (`Mr` of `Mr. Dorn`); a trailing relative pronoun or `of` is left out (`The pilot who`).
    func wholeName(_ range: Range<Int>) -> Range<Int>? {
        let words = range.filter { tokens[$0].isWord }
        if let first = words.first, first == start || tokens[first].newlineBefore,
            words.allSatisfy({ isAllCapitals(tokens[$0]) })
        {
            var k = range.upperBound
            while k < end && k < range.upperBound + 8 {
                let token = tokens[k]
                if ["\u{2014}", "\u{2013}", "\u{2015}", "-", "--"].contains(token.folded) { return nil }
                if token.isWord && !token.isCapitalized && token.kind != .number { break }
                k += 1
            }
        }
        var b = range.upperBound
        while let last = (range.lowerBound..<b).last(where: { tokens[$0].isWord }),
            last == b - 1 || (last == b - 2 && tokens[b - 1].folded == "."),
            X.titleAbbreviations.contains(tokens[last].folded)
        {
            var c = last + 1
            if c < end && tokens[c].folded == "." { c += 1 }
            guard c < end, tokens[c].isCapitalized, tokens[c].isWord else { break }
            while c < end && tokens[c].isCapitalized && tokens[c].isWord { c += 1 }
            b = c
        }
        // `The journalist who`, `Parents of`: a relative pronoun or `of` the span ends in leaves the name before it.
        while b > range.lowerBound + 1, ["who", "whom", "which", "that", "of"].contains(tokens[b - 1].folded) {
            b -= 1
        }
        return range.lowerBound..<b
    }
}
