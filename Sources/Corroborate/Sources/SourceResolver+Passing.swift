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
    func peopleNamedInPassing(document: Document, analysis: TextAnalysis) -> [(offset: Int, mention: String)] {
        let tokens = analysis.tokens
        var found: [(offset: Int, mention: String)] = []
        var j = 0
        while j < tokens.count {
            defer { j += 1 }
            let token = tokens[j]
            guard token.kind == .word, isRoleWord(document.text(of: token.span)) else { continue }
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
}
