#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How Corroborate recognises its own HTML reports among inputs, so that a report written into an article folder
/// is never read back as an article: the generator tag every report carries, or, for reports written before it,
/// the sentence of their header.
public enum ReportSignature {
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
        let length = min(bytes.count, 1 << 18)
        return bytes.withUnsafeBufferPointer { head in
            markers.contains { marker in contains(marker, in: head, length: length) }
        }
    }

    /// A plain byte search (the first byte, then the rest): a generic `firstRange(of:)` over a slice took half
    /// the time of reading a page.
    private static func contains(_ marker: [UInt8], in head: UnsafeBufferPointer<UInt8>, length: Int) -> Bool {
        guard let first = marker.first, marker.count <= length else { return false }
        var i = 0
        let last = length - marker.count
        while i <= last {
            if head[i] == first {
                var k = 1
                while k < marker.count && head[i + k] == marker[k] { k += 1 }
                if k == marker.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the file at `path` is a report Corroborate wrote (its first 256 KB hold a marker); false when it
    /// cannot be read.
    public static func isReport(atPath path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 1 << 18)
        var filled = 0
        while filled < head.count {
            let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count <= 0 { break }
            filled += count
        }
        return matches(Array(head.prefix(filled)))
    }
}
