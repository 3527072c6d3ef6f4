import CLibXML2

/// A parsed HTML page as plain Swift values: libxml2's tree copied into a flat array so that the rest of
/// ingest never touches a C pointer, and so that deep nesting is walked without recursion.
struct HTMLTree: Sendable {
    /// One element or text node; `children` and `parent` are indices into `nodes`.
    struct Node: Sendable {
        var name: String
        var attributes: [String: String]
        var text: String
        var parent: Int
        var children: [Int]

        var isText: Bool { name == "#text" }
    }

    /// All nodes; index 0 is a synthetic root holding the document's top-level nodes.
    var nodes: [Node]

    /// Parses bytes with libxml2's forgiving HTML parser; `nil` only when libxml2 produces no tree at all.
    init?(html bytes: [UInt8]) {
        guard !bytes.isEmpty else { return nil }
        guard let owner = ParsedHTML(bytes) else { return nil }
        self.nodes = owner.flatten()
    }

    /// Parses well-formed XML (an RSS or Atom feed) the same way; `nil` when it is not well-formed. Element
    /// names are local names (`encoded` for `content:encoded`), lower-cased.
    init?(xml bytes: [UInt8]) {
        guard !bytes.isEmpty, let owner = ParsedHTML(xml: bytes) else { return nil }
        self.nodes = owner.flatten()
    }

    /// Indices of the nodes below `index`, in document order, skipping any subtree for which `skip` is true.
    func descendants(of index: Int, skip: (Node) -> Bool = { _ in false }) -> [Int] {
        var out: [Int] = []
        var stack: [Int] = nodes[index].children.reversed()
        while let next = stack.popLast() {
            let node = nodes[next]
            if skip(node) { continue }
            out.append(next)
            stack.append(contentsOf: node.children.reversed())
        }
        return out
    }

    /// The text below `index`, with skipped subtrees left out.
    func text(of index: Int, skip: (Node) -> Bool = { _ in false }) -> String {
        var out = ""
        for child in descendants(of: index, skip: skip) where nodes[child].isText {
            out += nodes[child].text
        }
        return out
    }
}

/// Owns one libxml2 HTML document and frees it; the pointer never leaves this type.
private struct ParsedHTML: ~Copyable {
    private let doc: xmlDocPtr

    init?(_ bytes: [UInt8]) {
        guard let doc = LibXML2.htmlReadMemory(bytes) else { return nil }
        self.doc = doc
    }

    init?(xml bytes: [UInt8]) {
        guard let doc = LibXML2.xmlReadMemory(bytes) else { return nil }
        self.doc = doc
    }

    deinit { LibXML2.xmlFreeDoc(doc) }

    /// Copies the tree breadth-first into plain nodes, iteratively so that deep nesting cannot overflow the stack.
    func flatten() -> [HTMLTree.Node] {
        var nodes = [HTMLTree.Node(name: "#root", attributes: [:], text: "", parent: -1, children: [])]
        var stack: [(xmlNodePtr, Int)] = []
        var child = doc.pointee.children
        var top: [xmlNodePtr] = []
        while let node = child {
            top.append(node)
            child = node.pointee.next
        }
        for node in top.reversed() { stack.append((node, 0)) }
        // Depth-first with an explicit stack; children are pushed in reverse so they are appended in order.
        while let (node, parent) = stack.popLast() {
            let type = node.pointee.type
            let index = nodes.count
            switch type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let content = node.pointee.content.map { String(cString: $0) } ?? ""
                nodes.append(.init(name: "#text", attributes: [:], text: content, parent: parent, children: []))
                nodes[parent].children.append(index)
                continue
            case XML_ELEMENT_NODE:
                break
            default:
                continue
            }
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var attributes: [String: String] = [:]
            var property = node.pointee.properties
            while let attribute = property {
                if let rawName = attribute.pointee.name {
                    let key = String(cString: rawName)
                    attributes[key.lowercased()] = LibXML2.xmlGetProp(node, key) ?? ""
                }
                property = attribute.pointee.next
            }
            nodes.append(.init(name: name, attributes: attributes, text: "", parent: parent, children: []))
            nodes[parent].children.append(index)
            var kids: [xmlNodePtr] = []
            var kid = node.pointee.children
            while let next = kid {
                kids.append(next)
                kid = next.pointee.next
            }
            for next in kids.reversed() { stack.append((next, index)) }
        }
        return nodes
    }
}
