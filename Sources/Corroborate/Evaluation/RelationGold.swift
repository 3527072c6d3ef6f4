import Foundation
import Yams

/// A gold standard of cross-article relations in the format of `gold/fnc-clusters.yaml`: relations with their
/// sides (file, source, evidence words, and for conflicts a position), pairs that must not be linked, and the
/// clusters whose contradictions are all annotated. Claims are matched to sides as the reference scorer
/// (`score_relations.py`) matches them: same file, and the words of the claim and of the evidence overlap by half
/// of the smaller set. Used to label the rules' proposals for training and to score them.
public struct RelationGold: Sendable {
    public enum Family: String, Sendable { case conflict, agreement, quote, none }

    public struct Side: Sendable {
        public var file: String
        public var source: String
        public var position: String?
        var words: Set<String>
    }

    public struct Item: Sendable {
        public var id: String
        public var cluster: String
        public var family: Family
        /// A pair that looks related but must not be linked.
        public var mustNot: Bool
        public var sides: [Side]
    }

    public var items: [Item]
    /// Clusters (folder names) in which every contradiction is annotated.
    public var exhaustive: Set<String>

    /// Reads a gold file (YAML, or the same structure in JSON).
    public static func load(path: String) throws(RelationGoldError) -> RelationGold {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path, error.localizedDescription)
        }
        let root: Any?
        do {
            root = try Yams.load(yaml: text)
        } catch {
            throw .unreadable(path, "not YAML: \(error)")
        }
        guard let top = root as? [String: Any], let relations = top["relations"] as? [[String: Any]] else {
            throw .unreadable(path, "no `relations` list")
        }
        var items: [Item] = []
        for r in relations {
            guard let id = r["id"] as? String, let type = r["type"] as? String,
                let sides = r["sides"] as? [[String: Any]]
            else { throw .unreadable(path, "a relation without id, type or sides") }
            let family: Family
            switch type {
            case "conflict", "numeric_conflict", "tension": family = .conflict
            case "agreement": family = .agreement
            case "quote_variant": family = .quote
            default: family = .none
            }
            let parsed = sides.map { side in
                Side(
                    file: "\(side["file"] ?? "")", source: "\(side["source"] ?? "")",
                    position: side["position"].map { "\($0)" }, words: RelationGold.words("\(side["evidence"] ?? "")"))
            }
            items.append(
                Item(
                    id: id, cluster: (r["cluster"] as? String) ?? "", family: family, mustNot: r["expect"] != nil,
                    sides: parsed))
        }
        let exhaustive = Set((top["exhaustive_conflicts"] as? [String]) ?? [])
        return RelationGold(items: items, exhaustive: exhaustive)
    }

    /// Words as the reference scorer takes them: runs of letters, digits and underscores, lowercased.
    static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        for c in text {
            if c.isLetter || c.isNumber || c == "_" {
                current.append(c)
            } else if !current.isEmpty {
                result.insert(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { result.insert(current.lowercased()) }
        return result
    }

    /// Whether a document path is the gold file (a name or a relative path matched at the path's end).
    static func sameFile(_ path: String, _ file: String) -> Bool { path == file || path.hasSuffix("/" + file) }

    /// The cluster of a document: the name of its folder.
    public static func cluster(of path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : ""
    }

    /// What the gold says about a pair of claims.
    public struct PairLabel: Sendable, Equatable {
        /// The pair links two opposed sides of an annotated contradiction.
        public var contradiction = false
        /// The pair links two sides that say the same thing (an agreement, a quotation, or one position of a
        /// contradiction).
        public var agreement = false
        /// The pair must not be linked.
        public var mustNot = false
        /// Both claims lie in one cluster whose contradictions are all annotated.
        public var exhaustive = false
    }

    /// Labels claim pairs against the gold: which sides each claim matches, computed once.
    public struct Labeller: Sendable {
        let gold: RelationGold
        /// Per claim id: (item, side) pairs it matches.
        let matches: [String: [(Int, Int)]]
        let clusterOf: [String: String]

        public init(gold: RelationGold, claims: [Claim], documents: [Document]) {
            self.gold = gold
            var matches: [String: [(Int, Int)]] = [:]
            var clusterOf: [String: String] = [:]
            for claim in claims {
                let path = documents[claim.document].path
                clusterOf[claim.id] = RelationGold.cluster(of: path)
                let words = RelationGold.words(claim.text)
                guard !words.isEmpty else { continue }
                for (i, item) in gold.items.enumerated() {
                    for (j, side) in item.sides.enumerated() where RelationGold.sameFile(path, side.file) {
                        let shared = side.words.intersection(words).count
                        if !side.words.isEmpty && Double(shared) / Double(min(side.words.count, words.count)) >= 0.5 {
                            matches[claim.id, default: []].append((i, j))
                        }
                    }
                }
            }
            self.matches = matches
            self.clusterOf = clusterOf
        }

        public func story(of claim: String) -> String { clusterOf[claim] ?? "" }

        public func label(_ a: String, _ b: String) -> PairLabel {
            var label = PairLabel()
            let cluster = clusterOf[a]
            label.exhaustive = cluster != nil && cluster == clusterOf[b] && gold.exhaustive.contains(cluster!)
            guard a != b, let ma = matches[a], let mb = matches[b] else { return label }
            for (i, x) in ma {
                for (k, y) in mb where k == i && x != y {
                    let item = gold.items[i]
                    let sx = item.sides[x]
                    let sy = item.sides[y]
                    let sameSourceAndFile = sx.source == sy.source && sx.file == sy.file
                    if item.mustNot {
                        label.mustNot = true
                        continue
                    }
                    switch item.family {
                    case .conflict:
                        guard !sameSourceAndFile else { continue }
                        if sx.position == nil || sy.position == nil || sx.position != sy.position {
                            label.contradiction = true
                        } else {
                            label.agreement = true
                        }
                    case .agreement:
                        if !sameSourceAndFile { label.agreement = true }
                    case .quote:
                        if sx.file != sy.file { label.agreement = true }
                    case .none:
                        continue
                    }
                }
            }
            return label
        }
    }
}

/// Why a relation gold file cannot be used.
public enum RelationGoldError: Error, CustomStringConvertible, Sendable {
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let why): return "\(path): \(why)"
        }
    }
}
