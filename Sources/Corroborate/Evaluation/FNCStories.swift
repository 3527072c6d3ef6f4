/// FNC-1's pairs grouped into stories, for measurements that predict new coverage: a headline and a body that
/// FNC-1 relates (agree, disagree, discuss) belong to one story, and so, transitively, do all the headlines and
/// bodies they are related to (connected components of the headline-body graph of related pairs). An unrelated
/// pair joins two stories by construction, so it links nothing. Folds are made of whole stories: no headline and no
/// body is in two folds.
public struct FNCStories: Sendable {
    /// The story of each headline and of each body.
    public private(set) var headlineStory: [String: Int] = [:]
    public private(set) var bodyStory: [String: Int] = [:]
    /// The number of related pairs of each story (its size, for balancing folds).
    public private(set) var relatedPairs: [Int] = []
    /// A stable name per story: its smallest body ID (numerically when IDs are numbers), for ordering and messages.
    public private(set) var keys: [String] = []

    public var count: Int { keys.count }

    public init(_ pairs: [FNCCorpus.Pair]) {
        // Union-find over nodes `h:` and `b:`, related pairs only.
        var index: [String: Int] = [:]
        var sets = DisjointSets(count: 0)
        func node(_ key: String) -> Int {
            if let k = index[key] { return k }
            let k = sets.add()
            index[key] = k
            return k
        }
        for pair in pairs {
            let h = node("h:" + pair.headline)
            let b = node("b:" + pair.bodyID)
            guard let stance = pair.stance, stance != .unrelated else { continue }
            sets.join(h, b)
        }
        // Stories numbered in order of their key, so that the numbering depends on the pairs, not on file order.
        var members: [Int: [String]] = [:]
        for (key, k) in index { members[sets.root(k), default: []].append(key) }
        func smallest(_ ids: [String]) -> String {
            ids.min { a, b in
                switch (Int(a), Int(b)) {
                case (let x?, let y?): x != y ? x < y : a < b
                case (.some, nil): true
                case (nil, .some): false
                default: a < b
                }
            } ?? ""
        }
        let named = members.values.map { keys -> (String, [String]) in
            let bodies = keys.filter { $0.hasPrefix("b:") }.map { String($0.dropFirst(2)) }
            let headlines = keys.filter { $0.hasPrefix("h:") }.map { String($0.dropFirst(2)) }
            // A story without bodies (a headline only ever paired as unrelated) is named by its headline.
            return (bodies.isEmpty ? "headline " + (headlines.min() ?? "") : smallest(bodies), keys)
        }
        .sorted { $0.0 < $1.0 }
        for (story, (name, keys)) in named.enumerated() {
            self.keys.append(name)
            for key in keys {
                if key.hasPrefix("h:") {
                    headlineStory[String(key.dropFirst(2))] = story
                } else {
                    bodyStory[String(key.dropFirst(2))] = story
                }
            }
        }
        relatedPairs = [Int](repeating: 0, count: self.keys.count)
        for pair in pairs where pair.stance != nil && pair.stance != .unrelated {
            relatedPairs[headlineStory[pair.headline]!] += 1
        }
    }

    /// The fold of each story, for `k` folds: the largest stories first, each to the fold with the fewest related
    /// pairs so far (ties to the lowest fold), so that folds are balanced; deterministic.
    public func folds(_ k: Int) -> [Int] {
        let order = (0..<count).sorted {
            relatedPairs[$0] != relatedPairs[$1] ? relatedPairs[$0] > relatedPairs[$1] : keys[$0] < keys[$1]
        }
        var load = [Int](repeating: 0, count: k)
        var stories = [Int](repeating: 0, count: count)
        var members = [Int](repeating: 0, count: k)
        for story in order {
            var best = 0
            for f in 1..<k where (load[f], members[f]) < (load[best], members[best]) { best = f }
            stories[story] = best
            load[best] += relatedPairs[story]
            members[best] += 1
        }
        return stories
    }
}
