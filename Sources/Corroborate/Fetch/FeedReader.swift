import Foundation

/// One item of a feed: the link to its article.
public struct FeedItem: Sendable, Hashable {
    public var link: String
    public var title: String?
}

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with libxml2: the link of each item, in the feed's order,
/// resolved against the feed's URL.
public enum FeedReader {
    public static func items(in bytes: [UInt8], url: String) throws(FetchError) -> [FeedItem] {
        guard let tree = HTMLTree(xml: bytes) else { throw .notFeed(url, reason: "not well-formed XML") }
        guard let root = tree.nodes[0].children.first(where: { !tree.nodes[$0].isText }) else {
            throw .notFeed(url, reason: "empty")
        }
        let rootName = tree.nodes[root].name
        guard ["rss", "rdf", "feed"].contains(rootName) else {
            throw .notFeed(url, reason: "its root element is <\(rootName)>")
        }
        let base = URL(string: url)
        var items: [FeedItem] = []
        var seen = Set<String>()
        for index in tree.descendants(of: root) where ["item", "entry"].contains(tree.nodes[index].name) {
            let children = tree.nodes[index].children.filter { !tree.nodes[$0].isText }
            func text(_ name: String) -> String? {
                children.first { tree.nodes[$0].name == name }.map {
                    tree.text(of: $0).trimmingCharacters(in: .whitespacesAndNewlines)
                }.flatMap { $0.isEmpty ? nil : $0 }
            }
            var link: String?
            if rootName == "feed" {
                let links = children.filter { tree.nodes[$0].name == "link" }.map { tree.nodes[$0].attributes }
                link = (links.first { ($0["rel"] ?? "alternate") == "alternate" } ?? links.first)?["href"]
            } else {
                link = text("link") ?? permalink(tree, children)
            }
            guard let raw = link, let resolved = URL(string: raw, relativeTo: base)?.absoluteURL.absoluteString,
                PageFetcher.httpURL(resolved) != nil, seen.insert(resolved).inserted
            else { continue }
            items.append(FeedItem(link: resolved, title: text("title")))
        }
        return items
    }

    /// An RSS item's `guid` when it is a permalink (the default), for items without `link`.
    private static func permalink(_ tree: HTMLTree, _ children: [Int]) -> String? {
        guard let guid = children.first(where: { tree.nodes[$0].name == "guid" }),
            tree.nodes[guid].attributes["ispermalink"]?.lowercased() != "false"
        else { return nil }
        return tree.text(of: guid).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
