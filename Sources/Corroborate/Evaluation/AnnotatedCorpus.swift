import Foundation

/// A PolNeAR-style folder: `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann` in brat standoff, the first
/// annotator's file used for each text (as the reference scorer does). Texts without annotations are left out.
public struct AnnotatedCorpus: Sendable {
    /// Each document's text file and its annotation file, in name order.
    public var documents: [(text: String, annotations: String)]

    public init(folder: String) throws(IngestError) {
        let manager = FileManager.default
        let textFolder = folder + "/text"
        let annFolder = folder + "/attributions"
        guard
            let names = try? manager.contentsOfDirectory(atPath: textFolder).filter({ $0.hasSuffix(".txt") }).sorted(),
            let anns = try? manager.contentsOfDirectory(atPath: annFolder).filter({ $0.hasSuffix(".ann") }).sorted()
        else { throw .unreadable(folder, reason: "expected text/ and attributions/ inside") }
        var firstAnnotation: [String: String] = [:]
        for ann in anns {
            let stem = String(ann.dropLast(4)).split(separator: "_").dropLast().joined(separator: "_")
            if firstAnnotation[stem] == nil { firstAnnotation[stem] = ann }
        }
        documents = names.compactMap { name in
            guard let ann = firstAnnotation[String(name.dropLast(4))] else { return nil }
            return (textFolder + "/" + name, annFolder + "/" + ann)
        }
    }

    /// The gold attributions of document `i`, or none when its file cannot be read.
    public func gold(_ i: Int) -> [BratScorer.Spans] {
        guard let text = try? String(contentsOfFile: documents[i].annotations, encoding: .utf8) else { return [] }
        return BratScorer.parseAnnotations(text)
    }
}
