/// Who stands behind each event. The event view groups claims by place, kind of happening and date, which is
/// navigation, not corroboration: a claim that mentions the place and a kind word may deny the happening, ask
/// about it, hedge it, put it under a condition, or mean something else at the same place. Only the sources
/// whose own words assert the happening count for it; those that deny it, or that a flag shows contradicting
/// one who asserts it, are listed against it; mentions count for neither.
struct Corroboration: Sendable {
    let families: [String: String]
    /// Families whose happening is done to the place itself, and the prepositions that only locate it
    /// (`placeTaken`, `locatives` in events.json): `a reporter was captured near Tarsk` took no town.
    let placeTaken: Set<String>
    let locatives: Set<String>

    init(families: [String: String], events: EventLexicon) {
        self.families = families
        placeTaken = Set(events.placeTaken)
        locatives = Set(events.locatives.map(\.folded))
    }

    enum Stance: Equatable { case asserts, denies, mentions }

    /// Words of a time of day that a preposition may take (`at dawn`, `on Sunday` is a weekday).
    static let timesOfDay: Set<String> = [
        "dawn", "dusk", "night", "noon", "midnight", "morning", "afternoon", "evening", "daybreak", "nightfall",
    ]

    /// Verbs of aiming before `to` (`trying to capture`).
    static let intentions: Set<String> = [
        "order", "try", "trying", "tried", "attempt", "attempted", "attempting", "plan", "plans", "planned",
        "planning", "want", "wants", "wanted", "threaten", "threatens", "threatened", "threatening", "vow", "vowed",
        "vows", "aim", "aims", "aimed", "intend", "intends", "intended", "seek", "seeks", "seeking", "sought", "hope",
        "hopes", "hoped", "hoping", "expected", "ready", "prepared", "preparing", "aiming", "intending", "vowing",
        "plotting", "plot", "plots",
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
        // `trying to capture`, `threatened to attack`, `hoping to quickly seize`: an aim, not a happening.
        if Corroboration.aimed(k, in: content) {
            return .mentions
        }
        // The place is what the happening is about: named within a few words of the kind word
        // (`captured Dabiq`, `Dabiq had fallen`), not elsewhere in a long sentence.
        let namesPlace = claim.frame.places.contains { place in
            (place.name == event.place || place.parent == event.place)
                && abs(place.span.start - kind.span.start) <= Corroboration.placeDistance
                && !locatesOnly(place.span, after: kind.span, event: event, content)
        }
        let pointsBack = k > 0 && Corroboration.demonstratives.contains(content.words[k - 1].key)
        return namesPlace || pointsBack ? .asserts : .mentions
    }

    /// Whether word `k` is what a verb of aiming aims at: `to` before it (an adverb ending in `-ly` may stand
    /// between), and a word of `intentions` before that.
    static func aimed(_ k: Int, in content: ClaimContent) -> Bool {
        var to = k - 1
        if to > 0 && content.words[to].key.hasSuffix("ly") && content.words[to].key.count > 3 { to -= 1 }
        return to > 0 && content.words[to].key == "to" && intentions.contains(content.words[to - 1].key)
    }

    /// Whether a place named after the kind word of a happening done to a place is only where something else
    /// was taken: a preposition of `locatives` stands between them that is not a time's (`on Sunday`, `at
    /// dawn`). `a reporter was captured near Tarsk`, `civilians fled their homes in Tarsk`, `seized power in
    /// Tarsk` took no town; `captured Tarsk`, `took control of Tarsk`, `captured on Sunday Tarsk` and `Tarsk was
    /// captured` name the place taken. (`retook the airport in Tarsk` is left out too: precision first.)
    func locatesOnly(_ place: TextSpan, after kind: TextSpan, event: Event, _ content: ClaimContent) -> Bool {
        guard placeTaken.contains(event.kind), place.start >= kind.end else { return false }
        let between = content.words.indices.filter { k in
            content.words[k].span.start >= kind.end && content.words[k].span.end <= place.start
        }
        for (n, k) in between.enumerated() where locatives.contains(content.words[k].key) {
            guard n + 1 < between.count else { return true }
            let next = content.words[between[n + 1]].key
            let time =
                CalendarDate.weekdayNames[next] != nil || CalendarDate.monthNames[next] != nil
                || Corroboration.timesOfDay.contains(next) || next.first?.isNumber == true
            if !time { return true }
        }
        return false
    }

    /// The claims (by index) asserting each event, with each event's sources recounted: `sources` and
    /// `independentSources` are those asserting it, `contradictedBy` those denying it. Each event is tallied on
    /// its own, in parallel chunks of events kept in event order.
    func tally(
        _ events: inout [Event], members: [[Int]], claims: [Claim], contents: [ClaimContent],
        count: @Sendable ([Claim]) -> (names: [String], crossSide: Bool)
    ) -> [[Int]] {
        let given = events
        let tallied = given.indices.inOrderedChunks(perChunk: 64) { part in
            part.map { e -> (event: Event, asserting: [Int]) in
                var event = given[e]
                var yes: [Int] = []
                var no: [Int] = []
                for m in members[e] {
                    switch stance(claims[m], contents[m], event: event) {
                    case .asserts: yes.append(m)
                    case .denies: no.append(m)
                    case .mentions: break
                    }
                }
                recount(&event, asserting: yes.map { claims[$0] }, denying: no.map { claims[$0] }, count: count)
                return (event, yes)
            }
        }.flatMap { $0 }
        events = tallied.map(\.event)
        return tallied.map(\.asserting)
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
