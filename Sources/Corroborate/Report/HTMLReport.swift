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
        let page = ReportPage(analysis, title: title, checks: checks, css: templates.css)
        guard let html = templates.library.render(page, withTemplate: "report") else {
            preconditionFailure("Resources/Templates/report.mustache is missing from the package")
        }
        return withoutControlCharacters(html)
    }

    /// The templates of the page, by name (`report`, and the partials it includes), and its style sheet.
    struct Templates: Sendable {
        var library: MustacheLibrary
        var css: String
    }

    static let templateNames = [
        "report", "relation", "corroboration", "review", "article", "check", "reviewmark",
    ]

    /// Loaded and parsed once per process. A template missing from the package or failing to parse is a defect
    /// of the build, not of the input; the report tests render every template.
    static let templates: Templates = {
        var library = MustacheLibrary()
        for name in templateNames {
            guard let text = resource(name, "mustache") else {
                preconditionFailure("Resources/Templates/\(name).mustache is missing from the package")
            }
            do { try library.register(text, named: name) } catch {
                preconditionFailure("Resources/Templates/\(name).mustache: \(error)")
            }
        }
        return Templates(library: library, css: resource("report", "css") ?? "")
    }()

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
