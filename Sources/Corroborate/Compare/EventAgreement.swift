/// When the sources asserting an event may be reported as agreeing on one happening. The event view groups
/// claims by place, kind of happening and date: navigation. An agreement says more (these sources tell the same
/// happening), so it joins only claims that can be one: the place must pin the happening down (a whole country
/// narrowed only by who acted there groups everything that actor did), and two claims whose time is unknown must
/// come from one article or from articles about one story.
struct EventAgreement: Sendable {
    /// Whether a block can hold one happening: not a country narrowed only by an actor (`Iraq with Islamic
    /// State`), which holds every strike, capture and battle of that actor there; a country narrowed by a day
    /// (`Syria on 08-24`) or a specific place can.
    static func corroborates(general: Bool, byActor: Bool) -> Bool {
        !(general && byActor)
    }

    /// The largest group of members (by index into `claims`) that can tell one happening: each two are from the
    /// same article, of a known time (both dated, which the block already holds within a few days, or both
    /// naming one day), or from articles about one story. Members are taken in order, each into the first group
    /// it fits; ties go to the earlier group.
    static func coreferent(
        _ members: [Int], claims: [Claim], sameTime: (Int, Int) -> Bool, related: (Int, Int) -> Bool,
        limit: Int = 400
    ) -> [Int] {
        var groups: [[Int]] = []
        // Keyed by the two documents, the smaller first, packed in one integer (no array per lookup).
        var relatedCache: [Int: Bool] = [:]
        func fits(_ m: Int, _ k: Int) -> Bool {
            let a = claims[m].document
            let b = claims[k].document
            if a == b || sameTime(m, k) { return true }
            let (x, y) = (min(a, b), max(a, b))
            let key = x << 32 | y
            if let known = relatedCache[key] { return known }
            let value = related(x, y)
            relatedCache[key] = value
            return value
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
