/// What one article's mentions were found to be, each mention read once: its words as `SourceResolver.words`
/// splits it, folded, and the registry alias it holds. Resolving an attribution asks about the same mention
/// several times (the surname test and `fromRegistry` in `resolve`, then `resolveMention`'s split and lookup of
/// the name), and an article names the same source again and again. An alias any story may use (`state media`)
/// is kept only where the article supports it (`AliasSupport`).
///
/// Made where one article's resolution starts and dropped with it, so it keeps nothing between articles and
/// needs no lock: an article is resolved on one thread. A reading depends only on the resolver and the mention's
/// text, so a reading kept is the one made again. Mentions are told apart by their UTF-8 bytes, not by
/// `String`'s canonical equality: two spellings of one accented letter split into words whose bytes differ, and
/// what reads those words later would be handed the other spelling's.
final class AliasMemo {
    /// A mention's text, equal and hashed by its bytes.
    private struct Key: Hashable {
        let text: String

        static func == (lhs: Key, rhs: Key) -> Bool {
            guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
            var (left, right) = (lhs.text, rhs.text)
            return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// One mention's words, folded words, and registry alias.
    struct Reading {
        let words: [String]
        let folded: [String]
        let alias: SourceResolver.Alias?
    }

    private let resolver: SourceResolver
    private var read: [Key: Reading] = [:]
    /// The article's text, for the aliases any story may use (see `AliasSupport`), and what it was found to
    /// support, by entry and stem.
    private let text: String
    private var supports: [String: Bool] = [:]

    /// A memo for an article of `attributions` attributions, with room for about two mentions each (the
    /// mention and an apposition or a name found in it) before it grows.
    init(_ resolver: SourceResolver, attributions: Int, document: Document) {
        self.resolver = resolver
        text = document.text
        read.reserveCapacity(2 * attributions)
    }

    /// `SourceResolver.words(mention)`, those words folded, and `resolver.lookupAlias(mention)`, made the first
    /// time only.
    func reading(of mention: String) -> Reading {
        let key = Key(text: mention)
        if let known = read[key] { return known }
        let words = SourceResolver.words(mention)
        let folded = words.map(\.folded)
        var alias = resolver.lookupAlias(words: words, folded: folded)
        if let needing = alias, let stem = needing.supportStem {
            let supportKey = needing.entry.name + "\u{0}" + stem
            let supported = supports[supportKey] ?? AliasSupport.isSupported(needing, in: text)
            supports[supportKey] = supported
            if !supported { alias = nil }
        }
        let reading = Reading(words: words, folded: folded, alias: alias)
        read[key] = reading
        return reading
    }

    /// `resolver.lookupAlias(mention)`, asked of the registry the first time only.
    func alias(of mention: String) -> SourceResolver.Alias? { reading(of: mention).alias }
}
