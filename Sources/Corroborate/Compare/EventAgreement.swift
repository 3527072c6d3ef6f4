/// When the sources asserting an event may be reported as agreeing on one happening. The event view groups
/// claims by place, kind of happening and date: navigation. An agreement says more (these sources tell the same
/// happening), so it joins only claims that can be one: the place must pin the happening down (a whole country
/// narrowed only by who acted there groups everything that actor did), and two claims whose time is unknown must
/// come from one article or already be found to state the same thing: two articles about one story, undated,
/// tell of many happenings at its place (a town's fall months ago, an attack last week, a leader's death), and
/// topic alone does not make them one.
struct EventAgreement: Sendable {
    /// Whether a block can hold one happening: not a country narrowed only by an actor (`Iraq with Islamic
    /// State`), which holds every strike, capture and battle of that actor there; a country narrowed by a day
    /// (`Syria on 08-24`) or a specific place can.
    static func corroborates(general: Bool, byActor: Bool) -> Bool {
        !(general && byActor)
    }

    /// The largest group of members (by index into `claims`) that can tell one happening: each two are from the
    /// same article, of a known time (both dated, which the block already holds within a few days, or both
    /// naming one day), or already found to state the same thing (`agreed`, by claim id). Members are taken in
    /// order, each into the first group it fits; ties go to the earlier group.
    static func coreferent(
        _ members: [Int], claims: [Claim], sameTime: (Int, Int) -> Bool, agreed: Set<[String]> = [],
        limit: Int = 400
    ) -> [Int] {
        var groups: [[Int]] = []
        func fits(_ m: Int, _ k: Int) -> Bool {
            claims[m].document == claims[k].document || sameTime(m, k)
                || (!agreed.isEmpty
                    && agreed.contains(
                        claims[m].id < claims[k].id ? [claims[m].id, claims[k].id] : [claims[k].id, claims[m].id]))
        }
        for m in members.prefix(limit) {
            if let g = groups.firstIndex(where: { group in group.allSatisfy { fits(m, $0) } }) {
                groups[g].append(m)
            } else {
                groups.append([m])
            }
        }
        var best: [Int] = []
        for group in groups where group.count > best.count { best = group }
        return best
    }
}
