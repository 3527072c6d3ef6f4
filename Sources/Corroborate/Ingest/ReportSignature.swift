/// How Corroborate recognises its own HTML reports among inputs, so that a report written into an article folder
/// is never read back as an article: the generator tag every report carries, or, for reports written before it,
/// the sentence of their header.
enum ReportSignature {
    /// The tag `HTMLReport` writes in every report's head.
    static let metaTag = #"<meta name="generator" content="Corroborate">"#

    private static let markers: [[UInt8]] = [
        Array(metaTag.utf8),
        Array(
            "compared. Every flag below shows the sources, their exact words in context, and the rule that raised it."
                .utf8),
    ]

    /// Whether the first 256 KB of a page hold a marker.
    static func matches(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1 << 18)
        return markers.contains { marker in head.firstRange(of: marker) != nil }
    }
}
