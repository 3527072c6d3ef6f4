import Foundation

/// Blocks and events: claims grouped by place (or a country with an actor or a day) and split by date, so that
/// pairs are compared inside small blocks, and each block's claims grouped into events by kind of happening.
extension Comparer {
    /// A block: claims that name one place (or one country together with one actor or day), within a few days.
    struct Block {
        var place: String
        /// For a country-wide block, the actor or day that narrows it.
        var qualifier: String?
        var members: [Int]
        /// A country-wide block.
        var general = false
        /// Narrowed by an actor (not a day).
        var byActor = false
    }

    /// The places that block a claim: its own specific places, or those of the claims just before it when it
    /// names none. Countries block only together with an actor or a day, so that a shared country never makes
    /// one event by itself.
    func blockKeys(_ claim: Claim) -> [(place: String, qualifier: String?, byActor: Bool)] {
        var keys: [(String, String?, Bool)] = []
        // The most specific places only: `eastern Aleppo` and `Aleppo` together block at `eastern Aleppo`.
        let parents = Set(claim.frame.places.compactMap(\.parent))
        let own = claim.frame.places.filter { !$0.general && !parents.contains($0.name) }
        for place in own.isEmpty ? claim.frame.contextPlaces : own { keys.append((place.name, nil, false)) }
        for place in claim.frame.places where place.general {
            for actor in claim.frame.actors { keys.append((place.name, "with \(actor.name)", true)) }
            if let day = claim.frame.time?.monthDay { keys.append((place.name, "on \(day)", false)) }
        }
        return keys
    }

    func claimDate(_ claim: Claim, documents: [Document]) -> CalendarDate? {
        claim.frame.time?.date ?? documents[claim.document].metadata.date
    }

    /// Whether two claims are known to be of one time: both dated (a block holds them within `dateWindow` days),
    /// or both naming the same day.
    func sameTime(_ a: Claim, _ b: Claim, documents: [Document]) -> Bool {
        if claimDate(a, documents: documents) != nil && claimDate(b, documents: documents) != nil { return true }
        guard let day = a.frame.time?.monthDay else { return false }
        return day == b.frame.time?.monthDay
    }

    func blocks(_ claims: [Claim], documents: [Document]) -> [Block] {
        var byKey: [String: (String, String?, Bool, [Int])] = [:]
        for (i, claim) in claims.enumerated() {
            for (place, qualifier, byActor) in blockKeys(claim) {
                let key = place + "|" + (qualifier ?? "")
                if byKey[key] == nil { byKey[key] = (place, qualifier, byActor, []) }
                byKey[key]!.3.append(i)
            }
        }
        // Each key's members are split by date on their own, in parallel chunks of keys kept in key order.
        let keyed = byKey.keys.sorted().map { byKey[$0]! }
        return keyed.inOrderedChunks(perChunk: 64) { part in
            part.flatMap { place, qualifier, byActor, members in
                dateClusters(members, claims: claims, documents: documents).map { cluster in
                    Block(
                        place: place, qualifier: qualifier, members: cluster, general: qualifier != nil,
                        byActor: byActor)
                }
            }
        }.flatMap { $0 }
    }

    /// Splits a block by date: claims more than `dateWindow` days apart are about different events. Claims with
    /// no date at all (an undated article) stay apart from dated ones unless they name the same day.
    func dateClusters(_ members: [Int], claims: [Claim], documents: [Document]) -> [[Int]] {
        let dated = members.compactMap { m in claimDate(claims[m], documents: documents).map { (m, $0.dayNumber) } }
            .sorted { $0.1 < $1.1 }
        var clusters: [[Int]] = []
        var days: [Set<String>] = []
        var lastDay = Int.min
        for (m, day) in dated {
            if clusters.isEmpty || day - lastDay > dateWindow {
                clusters.append([])
                days.append([])
            }
            clusters[clusters.count - 1].append(m)
            days[days.count - 1].insert(FrameExtractor.monthDay(CalendarDate(dayNumber: day)))
            lastDay = day
        }
        var undated: [Int] = []
        for m in members where claimDate(claims[m], documents: documents) == nil {
            if let day = claims[m].frame.time?.monthDay, let k = days.firstIndex(where: { $0.contains(day) }) {
                clusters[k].append(m)
            } else {
                undated.append(m)
            }
        }
        if !undated.isEmpty { clusters.append(undated) }
        return clusters.map { $0.sorted() }.filter { !$0.isEmpty }
    }

    /// The events of each block, with their members and whether the block can hold one happening.
    /// Each block's events are made on their own, in parallel chunks of blocks kept in block order (this ran on
    /// one thread); they are then numbered in that order and their claims given them, as when the blocks were
    /// walked one after another.
    func makeEvents(_ blocks: [Block], claims: inout [Claim], documents: [Document]) -> [(Event, [Int], Bool)] {
        // Made in a function of its own, so that the chunks' reference to the claims is gone before the claims
        // are changed (changing them while it is held would copy every claim).
        var events: [(Event, [Int], Bool)] = blockEvents(blocks, claims: claims, documents: documents)
        for k in events.indices {
            let id = "e\(k + 1)"
            events[k].0.id = id
            for m in events[k].1 { claims[m].events.append(id) }
        }
        return events
    }

    /// The events of each block, in block order, not yet numbered (`id` empty).
    private func blockEvents(_ blocks: [Block], claims: [Claim], documents: [Document]) -> [(Event, [Int], Bool)] {
        blocks.inOrderedChunks(perChunk: 64) { part in
            part.flatMap { block in
                let countable = EventAgreement.corroborates(general: block.general, byActor: block.byActor)
                var byFamily: [String: [Int]] = [:]
                for m in block.members {
                    for family in Set(claims[m].frame.kinds.compactMap({ self.families[$0.label] })) {
                        byFamily[family, default: []].append(m)
                    }
                }
                return byFamily.keys.sorted().map { family in
                    let members = byFamily[family]!
                    let dates = members.compactMap { claimDate(claims[$0], documents: documents) }
                    let (names, crossSide) = independentSources(members.map { claims[$0] })
                    var label = "\(family) at \(block.place)"
                    if let qualifier = block.qualifier { label += " \(qualifier)" }
                    if let first = dates.min() { label += " (\(first))" }
                    let event = Event(
                        id: "", kind: family, place: block.place, date: dates.min(), label: label,
                        claims: members.map { claims[$0].id }, sources: names, independentSources: names.count,
                        crossSide: crossSide)
                    return (event, members, countable)
                }
            }
        }.flatMap { $0 }
    }

    /// Distinct sources of a set of claims, wire copies counted once, and whether opposing sides are among them.
    func independentSources(_ claims: [Claim]) -> (names: [String], crossSide: Bool) {
        var seenGroups = Set<String>()
        var sources: [Source] = []
        for claim in claims {
            if let group = claim.copyGroup {
                if seenGroups.contains(group) { continue }
                seenGroups.insert(group)
            }
            for individual in claim.source.individuals where !sources.contains(where: { $0.name == individual.name }) {
                sources.append(individual)
            }
        }
        var crossSide = false
        for a in sources {
            for b in sources where registry.areOpposed(a.side, b.side) { crossSide = true }
        }
        return (sources.map(\.name).sorted(), crossSide)
    }
}
