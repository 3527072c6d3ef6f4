import Dispatch
import Foundation
import Mustache

/// The analysis as one self-contained HTML page (inline CSS, no script, no network requests): summary,
/// contradictions side by side with their words highlighted in context, a corroboration table of events by
/// sources, the sourcing review of each article, and each article's text with its attributions marked and
/// linked to the claims and relations above.
///
/// The markup lives in Mustache templates (`Resources/Templates`), rendered with swift-mustache from a
/// `ReportPage` built from the analysis: the templates escape every value, so scraped text can never become
/// markup, and control characters that have no place in a page are dropped from the result.
public enum HTMLReport {
    /// Above this many articles, only articles involved in contradictions are shown in full.
    public static let fullTextLimit = ArticleText.fullTextLimit

    /// `checks` (from `report --claims`) adds a section of checked claims after the summary.
    public static func render(
        _ analysis: Analysis, title: String = "Corroboration report", checks: [ClaimCheck] = []
    ) -> String {
        var sink = StringSink()
        write(analysis, title: title, checks: checks, into: &sink)
        return sink.text
    }

    /// Writes the page a card at a time: the page around the long lists (summary, checks, corroboration table)
    /// is rendered first, then each contradiction, variant, review and article is built, rendered (in parallel
    /// batches) and written in its place, so memory holds a batch of cards, never the whole page.
    public static func write<Sink: TextSink>(
        _ analysis: Analysis, title: String = "Corroboration report", checks: [ClaimCheck] = [],
        into sink: inout Sink
    ) {
        write(analysis, title: title, checks: checks, into: &sink, cardsPerTask: 64, tasksPerBatch: 32)
    }

    /// `write`, with the batching of the cards given (the tests make it small, to cross every boundary).
    static func write<Sink: TextSink>(
        _ analysis: Analysis, title: String, checks: [ClaimCheck], into sink: inout Sink, cardsPerTask: Int,
        tasksPerBatch: Int
    ) {
        guard let frameTemplate = templates.frame else {
            sink.write(renderWhole(analysis, title: title, checks: checks))
            return
        }
        let items = ReportItems(analysis)
        let page = ReportPage(frameOf: items, title: title, checks: checks, css: templates.css)
        let frame = withoutControlCharacters(frameTemplate.render(page, library: templates.library))
        var rest = Substring(frame)
        for slot in Slot.allCases {
            let marker = slot.marker + "\n"
            guard let range = rest.range(of: marker) else {
                preconditionFailure("the page frame lost its \(slot) slot")
            }
            sink.write(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
            let batching = Batching(cardsPerTask: cardsPerTask, tasksPerBatch: tasksPerBatch)
            switch slot {
            case .contradictions:
                writeCards(items.contradictions.count, slot.partial, batching, into: &sink, items.contradiction)
            case .variants: writeCards(items.variants.count, slot.partial, batching, into: &sink, items.variant)
            case .reviews: writeCards(analysis.sourcing.count, slot.partial, batching, into: &sink, items.review)
            case .articles:
                let shown = items.articles.shown
                writeCards(shown.count, slot.partial, batching, into: &sink) { items.article(shown[$0]) }
            }
        }
        sink.write(String(rest))
    }

    /// The page rendered from one `ReportPage` holding every card: what `write` produces in pieces.
    static func renderWhole(_ analysis: Analysis, title: String, checks: [ClaimCheck]) -> String {
        let page = ReportPage(analysis, title: title, checks: checks, css: templates.css)
        guard let html = templates.library.render(page, withTemplate: "report") else {
            preconditionFailure("Resources/Templates/report.mustache is missing from the package")
        }
        return withoutControlCharacters(html)
    }

    /// How many cards one task renders, and how many tasks' cards are held before they are written.
    struct Batching {
        var cardsPerTask: Int
        var tasksPerBatch: Int
    }

    /// Renders `count` cards with one template, a task's worth at a time on every core, and writes them in order.
    static func writeCards<Card, Sink: TextSink>(
        _ count: Int, _ template: String, _ batching: Batching, into sink: inout Sink, _ card: @Sendable (Int) -> Card
    ) {
        let library = templates.library
        let perTask = max(1, batching.cardsPerTask)
        let perBatch = perTask * max(1, batching.tasksPerBatch)
        var start = 0
        while start < count {
            let end = min(count, start + perBatch)
            let first = start
            let tasks = (end - first + perTask - 1) / perTask
            let box = ResultBox<String>(count: tasks)
            DispatchQueue.concurrentPerform(iterations: tasks) { task in
                var text = ""
                for i in (first + task * perTask)..<min(end, first + (task + 1) * perTask) {
                    text += library.render(card(i), withTemplate: template) ?? ""
                }
                _ = box.set(task, withoutControlCharacters(text))
            }
            for text in box.values() { sink.write(text) }
            start = end
        }
    }

    /// The long lists of `report.mustache`, in page order. The page frame is `report.mustache` with each list's
    /// section (the three standalone lines that render its partial per item) replaced by a marker line that no
    /// rendered value can contain (every value is escaped, so none holds `<`).
    enum Slot: String, CaseIterable {
        case contradictions, variants, reviews, articles

        var partial: String {
            switch self {
            case .contradictions, .variants: return "relation"
            case .reviews: return "review"
            case .articles: return "article"
            }
        }

        var section: String { "{{#\(rawValue)}}\n{{> \(partial)}}\n{{/\(rawValue)}}\n" }

        var marker: String { "<!--corroborate:\(rawValue)-->" }
    }

    /// The templates of the page, by name (`report`, and the partials it includes), its style sheet, and the page
    /// frame that `write` streams the long lists into (nil if `report.mustache` no longer has their sections, in
    /// which case the page is rendered whole).
    struct Templates: Sendable {
        var library: MustacheLibrary
        var css: String
        var frame: MustacheTemplate?
    }

    static let templateNames = [
        "report", "relation", "corroboration", "review", "article", "check", "reviewmark",
    ]

    /// Loaded and parsed once per process. A template missing from the package or failing to parse is a defect
    /// of the build, not of the input; the report tests render every template.
    static let templates: Templates = {
        var library = MustacheLibrary()
        var frame: MustacheTemplate?
        for name in templateNames {
            guard let text = resource(name, "mustache") else {
                preconditionFailure("Resources/Templates/\(name).mustache is missing from the package")
            }
            do { try library.register(text, named: name) } catch {
                preconditionFailure("Resources/Templates/\(name).mustache: \(error)")
            }
            if name == "report" { frame = frameTemplate(text) }
        }
        return Templates(library: library, css: resource("report", "css") ?? "", frame: frame)
    }()

    /// `report.mustache` with a marker line in place of each long list's section; nil when one is missing.
    static func frameTemplate(_ report: String) -> MustacheTemplate? {
        var text = report
        for slot in Slot.allCases {
            guard let range = text.range(of: slot.section) else { return nil }
            text.replaceSubrange(range, with: slot.marker + "\n")
        }
        return try? MustacheTemplate(string: text)
    }

    private static func resource(_ name: String, _ ext: String) -> String? {
        guard
            let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/Templates")
        else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The page without C0 control characters other than line breaks and tabs, and without C1 controls: an
    /// article's escape sequences or form feeds never reach the reader.
    static func withoutControlCharacters(_ html: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        guard html.unicodeScalars.contains(where: isControl) else { return html }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: html.unicodeScalars.lazy.filter { !isControl($0) })
        return String(out)
    }
}
