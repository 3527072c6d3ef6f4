/// Claims that only pass on another speaker's statement: an attribution whose content is a whole attribution of
/// someone else, its source, cue and content (`The military says it has reached a truce, the BBC reports`). What
/// such a claim states is the inner speaker's: compared as the BBC's, it would credit the military's truce to the
/// BBC. The comparison credits it to the inner speaker (`Comparer.creditRelayedSpeakers`).
struct Relays {
    /// How many claims after an outer one are looked at for one it holds: a long content holds few attributions,
    /// and one giant sentence must not make this quadratic.
    static let window = 16

    /// The forms of the cue verbs that take a statement, factive ones included (`says`, `confirmed`), one word each.
    let verbs: Set<String>
    /// The cue verbs of several words (`pointed out`), each as its words.
    let phrases: [[String]]

    init(cues: CueLexicon) {
        let forms = cues.verbs.filter { $0.frame != .object }.flatMap(\.forms).map { $0.folded }
        verbs = Set(forms.filter { !$0.contains(" ") })
        phrases = forms.filter { $0.contains(" ") }.map { $0.split(separator: " ").map(String.init) }
    }

    /// Per claim index: the index of the claim whose speaker it relays, or nil. `claims` are the run's, each
    /// article's in text order.
    func relayed(_ claims: [Claim], documents: [Document]) -> [Int?] {
        var relayed = [Int?](repeating: nil, count: claims.count)
        for (k, outer) in claims.enumerated() where outer.attribution != nil {
            guard let last = outer.spans.last else { continue }
            var j = k + 1
            while j < claims.count && j <= k + Relays.window && claims[j].document == outer.document {
                guard let start = claims[j].spans.first?.start else {
                    j += 1
                    continue
                }
                if start >= last.end { break }
                if holds(outer, claims[j], in: documents[outer.document]) {
                    relayed[k] = j
                    break
                }
                j += 1
            }
        }
        return relayed
    }

    /// Whether `outer`'s content is `inner`'s whole attribution, and `inner` another speaker's statement: the inner
    /// source opens the outer content (after a `that` at most), a cue verb that takes a statement stands between
    /// the inner source and its content (not `The Karvik blast killed 12`, a noun read as a cue), and the inner
    /// content closes the outer one without naming the outer speaker. An outer content that says more in its own
    /// words (`Residents reported a bang, and the crater measured 40 feet`; `the army says ... but the Post found
    /// ...`, the Post reports) is its speaker's too; a source after its content (`"...," The Post reported` read
    /// into a quotation's speaker) is a misreading, not a relay.
    func holds(_ outer: Claim, _ inner: Claim, in document: Document) -> Bool {
        guard inner.attribution != nil, let source = inner.sourceSpans.first, let first = inner.spans.first,
            let content = inner.spans.last, let from = outer.spans.first?.start, let to = outer.spans.last?.end,
            inner.source.name != outer.source.name, from <= source.start, source.start - from <= 8,
            content.end <= to, source.end <= first.start
        else { return false }
        let inside: (TextSpan) -> Bool = { span in
            outer.spans.contains { $0.start <= span.start && span.end <= $0.end }
        }
        guard inner.sourceSpans.allSatisfy(inside) && inner.spans.allSatisfy(inside) else { return false }
        let before = document.text(of: TextSpan(from, source.start)).folded.filter(\.isLetter)
        guard before.isEmpty || before == "that" else { return false }
        guard !document.text(of: TextSpan(content.end, to)).contains(where: \.isLetter) else { return false }
        let cue = Relays.words(document.text(of: TextSpan(source.end, first.start)))
        guard cue.contains(where: verbs.contains) || phrases.contains(where: { cue.contains(phrase: $0) }) else {
            return false
        }
        // The outer speaker named inside what the inner one says: the outer content says something of its own.
        let said = Set(Relays.words(inner.text))
        let outerNames = Relays.words(outer.source.name).filter { $0.count > 2 && $0.first?.isLetter == true }
        return outerNames.isEmpty || !outerNames.allSatisfy(said.contains)
    }

    /// A text's words, folded.
    static func words(_ text: String) -> [String] {
        text.folded.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
    }
}

extension Array where Element == String {
    /// Whether the words hold `phrase` as consecutive words.
    fileprivate func contains(phrase: [String]) -> Bool {
        guard !phrase.isEmpty, count >= phrase.count else { return false }
        return (0...(count - phrase.count)).contains { self[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }
}
