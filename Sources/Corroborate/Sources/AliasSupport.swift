/// Whether an article supports a registry alias that any story may use. `state media`, `the regime` or `the
/// administration` name one entry of the registry (`Syrian state media`) only in an article about it; in a story
/// about another country, they are that country's, whom the registry does not know. Such an alias (no capitalised
/// word, a two-letter abbreviation such as `TV` aside), and a capitalised alias met in lower case (`the post` on a
/// forum, not `the Post`), names its entry only in an article that writes the start of the entry's first
/// capitalised name word (`Syri` of `Syrian`: `Syria`, `Syrians`) at the start of a word, or one of the entry's
/// names that has a capital.
enum AliasSupport {
    /// The start an article must write for `alias` (its words as written) to name `entry`, or nil when the alias
    /// is specific enough to name it anywhere (`the Observatory`, `SANA`, `Kovac`, `the US`).
    static func stem(alias: [String], entry: SourceRegistry.Entry) -> String? {
        let generic = alias.allSatisfy { word in
            !word.unicodeScalars.contains(where: \.isUppercaseLetter)
                || (word.count <= 2 && word.unicodeScalars.allSatisfy(\.isUppercaseLetter)
                    && !entry.aliases.contains(word))
        }
        return generic ? stem(of: entry.name) : nil
    }

    /// The start of a name's first capitalised word that is no article (`Syri` of `Syrian state media`,
    /// `Washingt` of `The Washington Post`): a long word loses two letters, so that `Syria` supports `Syrian`
    /// (a word of the text supports it when it is no longer than the name's word: not `Islamist` for `Islamic`);
    /// a short one (`US`, `New`) is needed as a whole word.
    static func stem(of name: String) -> String? {
        let words = SourceResolver.words(name).filter { $0 != "The" }
        guard let first = words.first(where: { $0.unicodeScalars.first?.isUppercaseLetter == true }) else {
            return nil
        }
        return first.count > 4 ? String(first.dropLast(2)) : first
    }

    /// Whether `text` supports `alias`'s entry: it writes the alias's stem at the start of a word, or one of the
    /// entry's own names with a capital (`White House` for `the administration`, `SOHR` for `the monitor`) as
    /// whole words.
    static func isSupported(_ alias: SourceResolver.Alias, in text: String) -> Bool {
        guard let stem = alias.supportStem else { return true }
        let nameWord = SourceResolver.words(alias.entry.name).first { $0.hasPrefix(stem) }
        let longest = max(stem.count, nameWord?.count ?? stem.count)
        // A short name word (`US`, `New`) is its own stem, and is needed as a whole word.
        if occurs(stem, in: text, wholeWord: longest == stem.count, longest: longest) { return true }
        return (alias.entry.aliases + [alias.entry.name]).contains { name in
            name.unicodeScalars.contains(where: \.isUppercaseLetter) && occurs(name, in: text, wholeWord: true)
        }
    }

    /// Whether `text` writes `part` at the start of a word (and, if `wholeWord`, ending one; else in a word of
    /// at most `longest` characters), in the case given.
    private static func occurs(_ part: String, in text: String, wholeWord: Bool, longest: Int = .max) -> Bool {
        var from = text.startIndex
        while let found = text.range(of: part, range: from..<text.endIndex) {
            let starts =
                found.lowerBound == text.startIndex || !isWordCharacter(text[text.index(before: found.lowerBound)])
            var wordEnd = found.upperBound
            while wordEnd < text.endIndex, isWordCharacter(text[wordEnd]) { wordEnd = text.index(after: wordEnd) }
            let ends =
                wholeWord ? wordEnd == found.upperBound : text.distance(from: found.lowerBound, to: wordEnd) <= longest
            if starts && ends { return true }
            from = found.upperBound
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
