/// Who stands behind each event. The event view groups claims by place, kind of happening and date, which is
/// navigation, not corroboration: a claim that mentions the place and a kind word may deny the happening, ask
/// about it, hedge it, put it under a condition, or mean something else at the same place. Only the sources
/// whose own words assert the happening count for it; those that deny it, or that a flag shows contradicting
/// one who asserts it, are listed against it; mentions count for neither.
struct Corroboration: Sendable {
    let families: [String: String]

    enum Stance: Equatable { case asserts, denies, mentions }

    /// Verbs of aiming before `to` (`trying to capture`).
    static let intentions: Set<String> = [
        "order", "try", "trying", "tried", "attempt", "attempted", "attempting", "plan", "plans", "planned",
        "planning", "want", "wants", "wanted", "threaten", "threatens", "threatened", "threatening", "vow", "vowed",
        "vows", "aim", "aims", "aimed", "intend", "intends", "intended", "seek", "seeks", "seeking", "sought", "hope",
        "hopes", "hoped", "expected", "ready", "prepared", "preparing",
    ]

    /// How far (in characters) the place may be from the kind word.
    static let placeDistance = 60

    /// Words that point back to a happening named before (`these gains`, `the same attack`).
    static let demonstratives: Set<String> = ["this", "these", "that", "those", "such", "same"]

    /// How a claim stands to an event of a family at a place: its kind word asserted in its own words, about a
    /// place it names itself (or a happening it points back to), or not.
    func stance(_ claim: Claim, _ content: ClaimContent, event: Event) -> Stance {
        guard let kind = claim.frame.kinds.first(where: { families[$0.label] == event.kind }),
            let k = content.words.firstIndex(where: { $0.span.start >= kind.span.start })
        else { return .mentions }
        if content.isQuestion || content.revision != nil { return .mentions }
        if content.isDenied(k) || content.refutation != nil { return .denies }
        if content.isUncommitted(k) || Opposition.hedged(k, in: content) || !claim.frame.hedges.isEmpty {
            return .mentions
        }
        // `trying to capture`, `threatened to attack`: an aim, not a happening.
        if k > 1 && content.words[k - 1].key == "to" && Corroboration.intentions.contains(content.words[k - 2].key) {
            return .mentions
        }
        // The place is what the happening is about: named within a few words of the kind word
        // (`captured Dabiq`, `Dabiq had fallen`), not elsewhere in a long sentence.
        let namesPlace = claim.frame.places.contains { place in
            (place.name == event.place || place.parent == event.place)
                && abs(place.span.start - kind.span.start) <= Corroboration.placeDistance
        }
        let pointsBack = k > 0 && Corroboration.demonstratives.contains(content.words[k - 1].key)
        return namesPlace || pointsBack ? .asserts : .mentions
    }

    /// The claims (by index) asserting each event, with each event's sources recounted: `sources` and
    /// `independentSources` are those asserting it, `contradictedBy` those denying it.
    func tally(
        _ events: inout [Event], members: [[Int]], claims: [Claim], contents: [ClaimContent],
        count: ([Claim]) -> (names: [String], crossSide: Bool)
    ) -> [[Int]] {
        var asserting: [[Int]] = []
        for e in events.indices {
            var yes: [Int] = []
            var no: [Int] = []
            for m in members[e] {
                switch stance(claims[m], contents[m], event: events[e]) {
                case .asserts: yes.append(m)
                case .denies: no.append(m)
                case .mentions: break
                }
            }
            asserting.append(yes)
            recount(&events[e], asserting: yes.map { claims[$0] }, denying: no.map { claims[$0] }, count: count)
        }
        return asserting
    }

    func recount(
        _ event: inout Event, asserting: [Claim], denying: [Claim],
        count: ([Claim]) -> (names: [String], crossSide: Bool)
    ) {
        let (names, crossSide) = count(asserting)
        event.sources = names
        event.independentSources = names.count
        event.crossSide = crossSide
        event.contradictedBy = count(denying).names.filter { !names.contains($0) }
    }

    /// Whether a relation sets one claim against another's statement: a denial, refutation or polarity flag;
    /// its last side is the one that contradicts.
    static func contradicts(_ relation: Relation) -> Bool {
        relation.type == .conflict
            && (relation.rule.hasPrefix("denial") || relation.rule.hasPrefix("refutation")
                || relation.rule.hasPrefix("polarity"))
    }
}
