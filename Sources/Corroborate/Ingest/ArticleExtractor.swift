/// Finds a saved page's article body by what its blocks contain, not by their names: each paragraph-like block
/// scores by its length and punctuation, and passes its score to its parent and grandparent; a container's score
/// is discounted by the share of its text in links and nudged by its tag and by the words of its class and id.
/// The best container is the article, with the siblings that score close to it (a body split in segments, or
/// interrupted by a paywall box); inside it, blocks that are mostly links, captions, labels or boilerplate by
/// several signals are left out. A class word is one weighted signal, never a veto on the article itself.
struct ArticleExtractor {
    let tree: HTMLTree
    /// Characters of text below each node (whitespace runs count once), skipped subtrees left out.
    private var textLength: [Int]
    /// Characters of that text inside links.
    private var linkLength: [Int]
    /// Commas (Latin and CJK) in that text.
    private var commas: [Int]
    /// Nodes never read: scripts, styles, form controls, hidden elements and what is below them.
    private var hidden: [Bool]
    /// Whether a node is inside a paragraph or a heading, where short text is still article text.
    private var inProse: [Bool]
    /// Whether a node is inside a link.
    private var inLink: [Bool]
    /// The boilerplate words of a node's ancestors (a comment's text inside `div#comments`), as a penalty.
    private var inherited: [Double]

    /// Elements whose content is never article text.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "button", "select", "option", "input",
        "textarea", "object", "embed", "video", "audio", "map", "head", "title", "dialog",
    ]

    /// Blocks that hold one paragraph of running text.
    static let paragraphTags: Set<String> = ["p", "pre", "blockquote", "td", "li", "dd"]

    static let blockTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre", "div", "section", "article", "main",
        "td", "th", "dd", "dt", "tr", "table", "ul", "ol", "br", "hr", "header", "footer", "aside", "figure",
        "figcaption", "dl", "address", "details", "summary",
    ]

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    init(tree: HTMLTree, rules: ExtractionWords) {
        self.tree = tree
        self.words = rules
        let count = tree.nodes.count
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        hidden = Array(repeating: false, count: count)
        inherited = Array(repeating: 0, count: count)
        inProse = Array(repeating: false, count: count)
        inLink = Array(repeating: false, count: count)
        // Nodes are stored parent before child, so one pass down marks hidden subtrees and one pass up sums.
        for index in 1..<count {
            let node = tree.nodes[index]
            hidden[index] = (node.parent >= 0 && hidden[node.parent]) || ArticleExtractor.isHidden(node)
            inProse[index] =
                (node.parent > 0 && inProse[node.parent]) || ArticleExtractor.paragraphTags.contains(node.name)
                || ArticleExtractor.headingTags.contains(node.name) || node.name == "th"
            inLink[index] = (node.parent > 0 && inLink[node.parent]) || node.name == "a"
        }
        for index in 1..<count where !tree.nodes[index].isText {
            let parent = tree.nodes[index].parent
            guard parent > 0 else { continue }
            inherited[index] = max(-50, inherited[parent] + min(0, wordWeight(parent)))
        }
        for index in stride(from: count - 1, through: 1, by: -1) where !hidden[index] {
            let node = tree.nodes[index]
            if node.isText {
                var length = 0
                var space = true
                var commaCount = 0
                for scalar in node.text.unicodeScalars {
                    let isSpace = scalar.properties.isWhitespace
                    if !isSpace || !space { length += 1 }
                    space = isSpace
                    if scalar == "," || scalar == "\u{3001}" || scalar == "\u{FF0C}" || scalar == "\u{060C}" {
                        commaCount += 1
                    }
                }
                textLength[index] = length
                commas[index] = commaCount
            } else if node.name == "a" {
                linkLength[index] = textLength[index]
            }
            let parent = node.parent
            if parent > 0 {
                textLength[parent] += textLength[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
            }
        }
    }

    let words: ExtractionWords

    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.isText { return false }
        if neverText.contains(node.name) { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"] == "true" { return true }
        if let style = node.attributes["style"]?.lowercased(),
            style.contains("display:none") || style.contains("display: none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    /// +25 when the element's class or id holds an article word, -25 for a boilerplate word, for each of the two.
    func wordWeight(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var weight = 0.0
        for key in ["class", "id"] {
            guard let value = node.attributes[key]?.lowercased(), !value.isEmpty else { continue }
            let parts = value.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            if parts.contains(where: words.articleWords.contains) { weight += 25 }
            if parts.contains(where: words.boilerplateWords.contains) { weight -= 25 }
        }
        return weight
    }

    /// The element's words, tag and role as a weight, with half the boilerplate words of its ancestors.
    func classWeight(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var weight = wordWeight(index) + inherited[index] / 2
        if node.attributes["itemprop"]?.lowercased() == "articlebody" { weight += 50 }
        switch node.name {
        case "article": weight += 15
        case "main": weight += 10
        case "aside", "footer", "header", "figure", "nav", "menu": weight -= 20
        default: break
        }
        if let role = node.attributes["role"]?.lowercased() {
            if role == "main" || role == "article" { weight += 10 }
            if ["navigation", "complementary", "banner", "contentinfo", "search"].contains(role) { weight -= 25 }
        }
        return weight
    }

    /// The article's blocks of text, in order, or nil when the page has no block of running text at all.
    func extract(title: String?) -> [String]? {
        var score = [Double](repeating: 0, count: tree.nodes.count)
        var scored: [Int] = []
        func credit(_ start: Int, _ points: Double) {
            var ancestor = start
            var level = 0
            while ancestor > 0 && level < 3 {
                if score[ancestor] == 0 { scored.append(ancestor) }
                score[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : 6)
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        for index in 1..<tree.nodes.count where !hidden[index] {
            let node = tree.nodes[index]
            let length = textLength[index]
            guard length >= 25 else { continue }
            if node.isText {
                // Text straight inside a container (a `div` written as a paragraph, runs between `<br>`s) is a
                // paragraph of that container.
                var block = node.parent
                while block > 0 && !ArticleExtractor.blockTags.contains(tree.nodes[block].name) {
                    block = tree.nodes[block].parent
                }
                guard block > 0, !ArticleExtractor.paragraphTags.contains(tree.nodes[block].name),
                    !ArticleExtractor.headingTags.contains(tree.nodes[block].name)
                else { continue }
                credit(block, 1 + Double(commas[index]) + min(Double(length) / 100, 3))
                continue
            }
            guard ArticleExtractor.paragraphTags.contains(node.name) else { continue }
            // Nested paragraph blocks (a `p` in a `li`) count once, at the innermost.
            if containsParagraphBlock(index) { continue }
            credit(node.parent, 1 + Double(commas[index]) + min(Double(length) / 100, 3))
        }
        guard !scored.isEmpty else { return nil }
        var best = -1
        var bestScore = -Double.infinity
        var final = [Int: Double]()
        for index in scored {
            let value = (score[index] + classWeight(index)) * (1 - linkDensity(index))
            final[index] = value
            if value > bestScore {
                bestScore = value
                best = index
            }
        }
        guard best > 0 else { return nil }
        // A body split in chunks a few levels apart (each chunk in its own grid cell): the nearest common
        // ancestor of the best and of every container scoring nearly as well becomes the article.
        let path = ancestors(of: best)
        let bestWeight = classWeight(best)
        for (index, value) in final where value >= bestScore * 0.6 && index != best && classWeight(index) >= bestWeight
        {
            let other = Set(ancestors(of: index))
            guard !other.contains(best), !path.contains(index),
                let common = path.first(where: other.contains),
                let steps = path.firstIndex(of: common), steps <= 3,
                !["body", "html"].contains(tree.nodes[common].name), linkDensity(common) < 0.3
            else { continue }
            if let current = path.firstIndex(of: best), steps > current {
                best = common
            }
        }
        // A body split over siblings (segments, or paragraphs around a box): take the parent's children that
        // score well or read as paragraphs.
        let parent = tree.nodes[best].parent
        var roots: [Int] = []
        let threshold = max(10, bestScore * 0.2)
        for sibling in parent > 0 ? tree.nodes[parent].children : [best] where !hidden[sibling] {
            if sibling == best {
                roots.append(sibling)
                continue
            }
            let node = tree.nodes[sibling]
            if node.isText { continue }
            let bonus = classWeight(sibling) > 0 && classWeight(best) > 0 ? bestScore * 0.2 : 0
            if let value = final[sibling], value + bonus >= threshold {
                roots.append(sibling)
            } else if node.name == "p", textLength[sibling] > 80, linkDensity(sibling) < 0.25 {
                roots.append(sibling)
            } else if node.name == "p", textLength[sibling] > 0, linkDensity(sibling) == 0,
                endsSentence(tree.text(of: sibling))
            {
                roots.append(sibling)
            }
        }
        let total = roots.reduce(0) { $0 + textLength[$1] }
        var blocks: [String] = []
        for root in roots { collect(root, total: total, into: &blocks) }
        let folded = title.map { $0.collapsingWhitespace().lowercased() }
        // Repeats stay: a recipe or a table repeats lines on purpose.
        let kept = blocks.filter { block in
            guard block.count > 1 else { return false }
            if let folded, block.lowercased() == folded { return false }
            return true
        }
        return kept.isEmpty ? nil : kept
    }

    /// Every block of text on the page, for a page without running text (a list, a table): labels kept.
    func allText() -> [String] {
        var blocks: [String] = []
        collect(0, total: textLength[0] == 0 ? 1 : textLength[0], into: &blocks, keepLabels: true)
        var seen = Set<String>()
        return blocks.filter { $0.count > 1 && seen.insert($0).inserted }
    }

    /// `index` and its ancestors, nearest first, up to the root's children.
    private func ancestors(of index: Int) -> [Int] {
        var out: [Int] = []
        var node = index
        while node > 0 {
            out.append(node)
            node = tree.nodes[node].parent
        }
        return out
    }

    /// Whether any block element lies below `index`.
    private func containsBlock(_ index: Int) -> Bool {
        hasElement(below: index, skippingHidden: false) { node, _ in ArticleExtractor.blockTags.contains(node.name) }
    }

    /// Whether a paragraph block of running text (25 characters or more) lies below `index`.
    private func containsParagraphBlock(_ index: Int) -> Bool {
        hasElement(below: index, skippingHidden: true) { node, next in
            ArticleExtractor.paragraphTags.contains(node.name) && textLength[next] >= 25
        }
    }

    /// Whether an element below `index` passes `test`, searched depth-first without recursion.
    private func hasElement(
        below index: Int, skippingHidden: Bool, _ test: (HTMLTree.Node, Int) -> Bool
    ) -> Bool {
        var stack = tree.nodes[index].children
        while let next = stack.popLast() {
            let node = tree.nodes[next]
            if node.isText || (skippingHidden && hidden[next]) { continue }
            if test(node, next) { return true }
            stack.append(contentsOf: node.children)
        }
        return false
    }

    private func endsSentence(_ text: String) -> Bool {
        let trimmed = text.collapsingWhitespace()
        guard let last = trimmed.unicodeScalars.last else { return false }
        return ".!?\"\u{201D}\u{3002}\u{FF01}\u{FF1F}".unicodeScalars.contains(last)
    }

    /// Whether an element inside the article is left out: boilerplate by its content (mostly links, or a short
    /// label), by its role (an aside, a caption, a headline) or by its class when it is a small part of the whole.
    private func isBoilerplate(_ index: Int, total: Int) -> Bool {
        let node = tree.nodes[index]
        if node.isText { return false }
        let length = textLength[index]
        if length == 0 { return false }
        let share = total == 0 ? 0 : Double(length) / Double(total)
        if node.name == "h1" { return true }
        if ["figure", "figcaption", "aside", "footer", "nav", "menu"].contains(node.name) && share < 0.5 {
            return true
        }
        if wordWeight(index) < 0 && share < 0.3 { return true }
        let density = linkDensity(index)
        if ["div", "section", "ul", "ol", "table", "header", "dl", "span", "nav"].contains(node.name) {
            if density > 0.5 && share < 0.5 { return true }
            if density > 0.33 && length < 300 && share < 0.3 { return true }
        }
        if ["ul", "ol"].contains(node.name) && density > 0.25 && share < 0.2 { return true }
        return false
    }

    /// The text blocks below `root`, boilerplate left out: every block element ends a block.
    private func collect(_ root: Int, total: Int, into blocks: inout [String], keepLabels: Bool = false) {
        var current = ""
        var currentIsProse = false
        var linked = 0
        var length = 0
        func flush() {
            let text = current.collapsingWhitespace()
            current = ""
            let prose = currentIsProse
            currentIsProse = false
            let share = length == 0 ? 0 : Double(linked) / Double(length)
            linked = 0
            length = 0
            guard !text.isEmpty else { return }
            // A block that is all link ("Read more: ...", a headline of another story) is not the article's.
            // A bare address shown as the link's text is the article's own.
            if !keepLabels && share >= 0.75 && text.contains(" ") { return }
            // A short run with no sentence end, outside paragraphs and headings, is a label ("Advertisement",
            // "Most Popular", a byline, a date): left out.
            if !prose && !keepLabels {
                let wordCount = text.split(separator: " ").count
                if wordCount < 8 && !endsSentence(text) { return }
            }
            blocks.append(text)
        }
        var stack: [(Int, Bool)] = [(root, false)]
        while let (index, leaving) = stack.popLast() {
            let node = tree.nodes[index]
            if leaving {
                flush()
                continue
            }
            if hidden[index] { continue }
            if node.isText {
                current += node.text
                length += textLength[index]
                if inLink[index] { linked += textLength[index] }
                if inProse[index] && !node.text.allSatisfy(\.isWhitespace) { currentIsProse = true }
                continue
            }
            if isBoilerplate(index, total: total) { continue }
            // A short cell of a data table is part of its row's line ("1 Kyle Busch 5040"), not a line alone.
            let isCell =
                (node.name == "td" || node.name == "th") && textLength[index] < 200
                && !containsBlock(index)
            if isCell { current += " " }
            let isBlock = ArticleExtractor.blockTags.contains(node.name) && !isCell
            if isBlock {
                flush()
                stack.append((index, true))
            }
            for child in node.children.reversed() { stack.append((child, false)) }
        }
        flush()
    }
}

/// The words of class and id attributes that say what a block is: one signal among several in `ArticleExtractor`.
struct ExtractionWords: Codable, Sendable {
    var articleWords: Set<String>
    var boilerplateWords: Set<String>
}
