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

    /// The gold attributions of document `i` in the offsets of `document`, the text the ingester made of its file.
    /// The annotations count Unicode scalars in the file's own text (the brat convention), but the ingester leaves
    /// out whole lines (a `Byline:` header, a line repeated right after itself, a footer), so the gold spans are
    /// carried through the lines both texts share. A piece of a span in a left-out line is dropped; an
    /// attribution whose spans are all dropped stays, empty, as a gold attribution nothing can find.
    public func gold(_ i: Int, in document: Document) -> [BratScorer.Spans] {
        let gold = gold(i)
        let path = documents[i].text
        guard let bytes = try? Ingester.bytes(of: path),
            let file = try? TextDecoder.decode(bytes, path: path, repair: false).text,
            file != document.text, let map = AnnotatedCorpus.offsetMap(from: file, to: document.text)
        else { return gold }
        func carry(_ spans: [TextSpan]) -> [TextSpan] {
            spans.compactMap { span in
                let range = max(0, span.start)..<min(span.end, map.count)
                guard let first = range.first(where: { map[$0] >= 0 }),
                    let last = range.last(where: { map[$0] >= 0 })
                else { return nil }
                return TextSpan(map[first], map[last] + 1)
            }
        }
        return gold.map { BratScorer.Spans(source: carry($0.source), cue: carry($0.cue), content: carry($0.content)) }
    }

    /// For each scalar offset of `file`, its offset in `text`, or -1 where `text` left it out; nil when `text` is
    /// not `file` with whole lines left out. Lines are matched in order, each of `text`'s lines to the next equal
    /// line of `file` (a repeated line keeps its first copy, as the ingester does). Text the decoder repaired
    /// (encoded twice, `Mojibake`) is matched repaired, and each scalar of a repaired run maps to the character the
    /// run became, so a span after it in the line keeps its word.
    static func offsetMap(from file: String, to text: String) -> [Int]? {
        guard let repaired = Mojibake.repair(file) else { return lineMap(from: file, to: text) }
        guard let map = lineMap(from: repaired.text, to: text) else { return nil }
        return repaired.map.map { map[$0] }
    }

    /// `offsetMap` for a file the decoder left as it is.
    private static func lineMap(from file: String, to text: String) -> [Int]? {
        let a = Array(file.unicodeScalars)
        let b = Array(text.unicodeScalars)
        func lines(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var start = 0
            for (i, scalar) in scalars.enumerated() where scalar == "\n" {
                result.append(start..<i)
                start = i + 1
            }
            result.append(start..<scalars.count)
            return result
        }
        let fileLines = lines(a)
        let textLines = lines(b)
        var map = [Int](repeating: -1, count: a.count)
        var j = 0
        for line in fileLines where j < textLines.count {
            let target = textLines[j]
            guard line.count == target.count, a[line].elementsEqual(b[target]) else { continue }
            for k in 0..<line.count { map[line.lowerBound + k] = target.lowerBound + k }
            // The line's own line feed, when the text keeps one after it too.
            if line.upperBound < a.count, target.upperBound < b.count { map[line.upperBound] = target.upperBound }
            j += 1
        }
        return j == textLines.count ? map : nil
    }
}
