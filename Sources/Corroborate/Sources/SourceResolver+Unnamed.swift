/// Sources that are not one named speaker: an anonymous source (`a senior official`, `a source close to Ida
/// Holm`) and several sources credited together (`the coastguard and the harbour board`).
extension SourceResolver {
    static let anonymousNouns: Set<String> = [
        "official", "officials", "source", "sources", "aide", "aides", "diplomat", "diplomats", "insider", "insiders",
        "person", "people", "spokesman", "spokeswoman", "spokesperson", "commander", "officer", "adviser", "advisers",
        "member", "members", "analyst", "resident", "residents", "witness", "witnesses", "activist", "activists",
    ]

    /// `a senior Obama Administration official`, `an unnamed military official`, `a source close to Johnson`.
    /// A qualifier takes its registry entry's name only where `document` supports the alias (`AliasSupport`: `a
    /// state media official` in a story about another country is no Syrian state media's).
    func anonymousSource(words: [String], folded: [String], document: Document) -> Source? {
        guard !folded.isEmpty else { return nil }
        let explicit = folded.contains("unnamed") || folded.contains("anonymous") || folded.first == "sources"
        let indefinite = ["a", "an", "one", "two", "three", "several", "some"].contains(folded[0])
        guard let nounIndex = folded.firstIndex(where: SourceResolver.anonymousNouns.contains) else { return nil }
        guard explicit || indefinite else { return nil }
        // `a spokeswoman Ida Holm`, `a spokeswoman for the harbour board Ida Holm`: the description ends in the
        // name of the one it describes, who is no anonymous source (unlike `a source close to Ida Holm`).
        var nameStart = words.count
        while nameStart > nounIndex + 1, isNameWord(words[nameStart - 1]) { nameStart -= 1 }
        if words.count - nameStart >= 2, isPersonName(Array(words[nameStart...])),
            nameStart == nounIndex + 1 || bodyNouns.contains(folded[nameStart - 1])
        {
            return nil
        }
        // Words after the noun that name whom it is close to: `source close to Johnson`.
        let tail = words[(nounIndex + 1)...].joined(separator: " ")
        let head = words[..<nounIndex].filter { w in
            ![
                "a", "an", "one", "two", "three", "several", "some", "senior", "unnamed", "anonymous", "top",
                "high-ranking", "former", "local",
            ]
            .contains(w.folded)
        }
        var qualifier = head.joined(separator: " ")
        if let entry = supported(lookupAlias(qualifier), in: document)?.entry {
            qualifier = entry.name
        }
        let noun = words[nounIndex].folded
        var name = ([qualifier, noun].filter { !$0.isEmpty }).joined(separator: " ")
        if !tail.isEmpty { name += " " + tail }
        return Source(name: name + " (unnamed)", kind: .anonymous)
    }

    /// `The Observatory, Turkish state media and a rebel faction`: each part resolved, kind `multiple`.
    func multipleSources(
        _ mention: String, history: [Source], document: Document, at offset: Int, analysis: TextAnalysis,
        names: NameEvidence
    ) -> Source? {
        guard mention.containsText(" and ") || mention.containsText(", ") else { return nil }
        if lookup(mention).map({ entry in
            entry.aliases.contains { mention.folded.contains($0.folded) && $0.contains(" and ") }
        }) == true {
            return nil
        }
        var parts: [String] = []
        for piece in mention.components(separatedBy: ", ") {
            parts.append(contentsOf: piece.components(separatedBy: " and "))
        }
        parts = parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return nil }
        // Each part must stand as a source of its own, not be one word of a longer name.
        let resolvable = parts.allSatisfy { part in
            lookup(part) != nil || kind(of: SourceResolver.words(part).map(\.folded)) != nil
        }
        guard resolvable else { return nil }
        var members: [Source] = []
        for part in parts {
            let source = resolveMention(
                part, apposition: nil, history: history, document: document, at: offset, analysis: analysis,
                names: names)
            if !members.contains(source) { members.append(source) }
        }
        guard members.count >= 2 else { return members.first }
        return Source(name: members.map(\.name).joined(separator: " | "), kind: .multiple, members: members)
    }
}
