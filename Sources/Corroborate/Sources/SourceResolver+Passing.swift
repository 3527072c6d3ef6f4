import Foundation

extension SourceResolver {
    /// People an article names with a role word before the name (`Harbour Board CEO Ida Holm was seen on the
    /// quay`), wherever the name stands, as the mention a source would be (`Harbour Board CEO Ida Holm`) and its
    /// offset, in text order. A reader who has met her so takes a later `the CEO said` for her even when no
    /// attribution named her; the resolver learns these people before the attributions that follow them.
    ///
    /// Only a role word followed by two to four capitalised words that are neither titles nor role words counts,
    /// with the capitalised words before the role word (the body or outlet) kept, so the mention reads as it
    /// would in a source span. A preposition before them is kept too: `fans of Presenter Ida Holm` names no
    /// speaker, and the resolver reads it so.
    ///
    /// A headline names no one so: the document's title or a line in Title Case (`Harbour Board CEO Ida Holm
    /// Resigns`), whose capitals say nothing. Nor does a role noun that opens a sentence and is no title (`Victim
    /// Support Velmora opened an office`): its capital is the sentence's, and the run after it a body's name.
    func peopleNamedInPassing(document: Document, analysis: TextAnalysis) -> [(offset: Int, mention: String)] {
        let tokens = analysis.tokens
        let title = document.metadata.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        var found: [(offset: Int, mention: String)] = []
        var j = 0
        while j < tokens.count {
            defer { j += 1 }
            let token = tokens[j]
            // A capitalised word must follow (a cheap test first: most words are no role word before a name).
            guard token.kind == .word, j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
                mayBeRoleWord(token.folded), isRoleWord(document.text(of: token.span))
            else { continue }
            if let s = analysis.sentenceIndex(containing: token.span.start) {
                let sentence = analysis.sentences[s]
                if isHeadline(sentence, tokens: tokens) || isTitle(sentence, title, of: document) { continue }
                if tokens[sentence.tokens].first(where: { $0.kind == .word }) == token, token.isCapitalized,
                    !isTitleWord(document.text(of: token.span))
                {
                    continue
                }
            }
            var end = j + 1
            var count = 0
            while end < tokens.count, count < 4, tokens[end].kind == .word, tokens[end].isCapitalized,
                !tokens[end].newlineBefore, !titles.contains(tokens[end].folded),
                !isRoleWord(document.text(of: tokens[end].span))
            {
                end += 1
                count += 1
                // A middle initial's period (`Ida B. Holm`) stays inside the name.
                if tokens[end - 1].folded.count == 1, end + 1 < tokens.count, tokens[end].folded == ".",
                    !tokens[end].spaceBefore, tokens[end + 1].isCapitalized
                {
                    end += 1
                }
            }
            guard count >= 2, count <= 4 else { continue }
            // The next word must not continue a longer capitalised run (`CEO Ida Holm Foundation Trust`).
            if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].newlineBefore {
                continue
            }
            var start = j
            while start > 0, j - start < 4, tokens[start - 1].kind == .word, !tokens[start].newlineBefore,
                tokens[start - 1].isCapitalized || isRoleWord(document.text(of: tokens[start - 1].span))
            {
                start -= 1
            }
            if start > 0, tokens[start - 1].kind == .word, !tokens[start].newlineBefore,
                SourceResolver.placePrepositions.contains(tokens[start - 1].folded)
            {
                start -= 1
            }
            let span = TextSpan(tokens[start].span.start, tokens[end - 1].span.end)
            found.append((span.start, document.text(of: span)))
            j = end - 1
        }
        return found
    }

    /// Whether a token's folded form may be a role word, without building its text: an ASCII word (folded as the
    /// word lists are) that is in neither role list and holds no period or hyphen is none (`isRoleWord` decides the
    /// rest).
    private func mayBeRoleWord(_ folded: String) -> Bool {
        guard folded.isASCII else { return true }
        return roleWords.contains(folded) || noPeople.roleNouns.contains(folded)
            || folded.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// Whether a sentence is a headline: in Title Case, with no full stop (`Ferry Chief Ida Holm Resigns`); a
    /// sentence of many names ends with one (`Former Harbour Board CEO Ivo Kovac toured the quay on Monday.`).
    private func isHeadline(_ sentence: Sentence, tokens: [Token]) -> Bool {
        guard sentence.isTitleCase(in: tokens), let last = tokens[sentence.tokens].last else { return false }
        return ![".", "!", "?"].contains(last.folded)
    }

    /// Whether a sentence is the document's title line (`title` trimmed, empty when the document has none).
    private func isTitle(_ sentence: Sentence, _ title: String, of document: Document) -> Bool {
        guard !title.isEmpty else { return false }
        // An ASCII title and sentence compare as bytes, the sentence's white space trimmed in place.
        let scalars = document.scalars
        let lower = max(0, min(sentence.span.start, scalars.count))
        let upper = max(lower, min(sentence.span.end, scalars.count))
        let asciiTitle = title.utf8.allSatisfy { $0 < 0x80 }
        if asciiTitle, scalars.isASCII(lower..<upper) {
            return scalars.withASCIIBytes(lower..<upper) { bytes in
                func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
                var start = 0
                var end = bytes.count
                while start < end && isSpace(bytes[start]) { start += 1 }
                while end > start && isSpace(bytes[end - 1]) { end -= 1 }
                return title.utf8.elementsEqual(bytes[start..<end])
            }
        }
        // A sentence with more ASCII scalars other than white space than an ASCII title has scalars is not it:
        // trimming keeps every such scalar, and under String equality (canonical equivalence) a text equal to an
        // ASCII title has no more scalars than it (no scalar normalises to nothing, and none composes to ASCII).
        // Trimming the text with Foundation was most of the cost of finding the people named in passing.
        if asciiTitle {
            let length = title.utf8.count
            var kept = 0
            for k in lower..<upper {
                let value = scalars[k].value
                if value < 0x80 && value != 0x20 && !(value >= 0x09 && value <= 0x0D) {
                    kept += 1
                    if kept > length { return false }
                }
            }
        }
        return document.text(of: sentence.span).trimmingCharacters(in: .whitespacesAndNewlines) == title
    }

    /// Whether a role word reads as a title before a name even where a sentence's capital says nothing: one of
    /// the sources file's titles (`President`, `Gen.`) or an abbreviation (`CEO`, `Sgt.`), not a common noun
    /// (`Victim`, `Resident`).
    private func isTitleWord(_ word: String) -> Bool {
        let bare = word.trimmingPeriods()
        return titles.contains(word.folded) || titles.contains(bare.folded) || word.hasSuffix(".")
            || (bare.count >= 2 && bare == bare.uppercased())
    }
}
