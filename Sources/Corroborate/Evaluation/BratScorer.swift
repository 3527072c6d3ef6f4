import Foundation

/// Scores extracted attributions against brat standoff annotations (PolNeAR), with the metrics of the
/// reference `score_attributions.py`: content, source and cue F1 and content-token F1, one-to-one greedy
/// matching by content-token Dice of at least 0.5.
public struct BratScorer: Sendable {
    /// Roles of one attribution as spans.
    public struct Spans: Sendable {
        public var source: [TextSpan]
        public var cue: [TextSpan]
        public var content: [TextSpan]

        public init(source: [TextSpan], cue: [TextSpan], content: [TextSpan]) {
            self.source = source
            self.cue = cue
            self.content = content
        }
    }

    public struct Score: Sendable, CustomStringConvertible {
        public var documents = 0
        public var gold = 0
        public var extracted = 0
        public var rows: [(name: String, precision: Double, recall: Double, f1: Double)] = []

        public func f1(_ name: String) -> Double { rows.first { $0.name == name }?.f1 ?? 0 }

        public var description: String {
            var out = "documents \(documents)  gold \(gold)  extracted \(extracted)\n"
            for row in rows {
                out += row.name.padding(toLength: 14, withPad: " ", startingAt: 0)
                out +=
                    " P \(String(format: "%.3f", row.precision))  R \(String(format: "%.3f", row.recall))  F1 \(String(format: "%.3f", row.f1))\n"
            }
            return out
        }
    }

    public init() {}

    /// The gold attributions of one `.ann` file.
    public static func parseAnnotations(_ text: String) -> [Spans] {
        var spans: [String: [TextSpan]] = [:]
        var result: [Spans] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 2, let first = parts[0].first else { continue }
            if first == "T" {
                let field = parts[1].split(separator: " ", maxSplits: 1)
                guard field.count == 2 else { continue }
                var pieces: [TextSpan] = []
                for piece in field[1].split(separator: ";") {
                    let numbers = piece.split(separator: " ").compactMap { Int($0) }
                    if numbers.count == 2 { pieces.append(TextSpan(numbers[0], numbers[1])) }
                }
                spans[String(parts[0])] = pieces
            } else if first == "E" {
                var roles = Spans(source: [], cue: [], content: [])
                for item in parts[1].split(separator: " ") {
                    let pair = item.split(separator: ":")
                    guard pair.count == 2, let target = spans[String(pair[1])] else { continue }
                    let role = pair[0].trimmingCharacters(in: .decimalDigits)
                    switch role {
                    case "Source": roles.source += target
                    case "Cue": roles.cue += target
                    case "Content": roles.content += target
                    default: break
                    }
                }
                result.append(roles)
            }
        }
        return result
    }

    /// Start offsets of `\w+` tokens inside the spans, as the reference scorer counts them.
    static func tokens(_ scalars: [Unicode.Scalar], _ spans: [TextSpan]) -> Set<Int> {
        var out = Set<Int>()
        for span in spans {
            var i = max(0, span.start)
            let end = min(span.end, scalars.count)
            while i < end {
                if isWord(scalars[i]) {
                    out.insert(i)
                    while i < end && isWord(scalars[i]) { i += 1 }
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    private static func isWord(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic || s.properties.numericType != nil
            || s.properties.generalCategory == .decimalNumber
    }

    private static func dice(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        a.isEmpty || b.isEmpty ? 0 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// Scores documents: each with its text, gold and extracted attributions.
    public func score(_ documents: [(text: String, gold: [Spans], predicted: [Spans])]) -> Score {
        var nGold = 0
        var nPred = 0
        var tpContent = 0
        var tpSource = 0
        var tpCue = 0
        var nCueGold = 0
        var nCuePred = 0
        var tokTP = 0
        var tokPred = 0
        var tokGold = 0
        for (text, gold, predicted) in documents {
            let scalars = Array(text.unicodeScalars)
            nGold += gold.count
            nPred += predicted.count
            let gt = gold.map { BratScorer.tokens(scalars, $0.content) }
            let pt = predicted.map { BratScorer.tokens(scalars, $0.content) }
            var pairs: [(Double, Int, Int)] = []
            for i in predicted.indices {
                for j in gold.indices {
                    let d = BratScorer.dice(pt[i], gt[j])
                    if d >= 0.5 { pairs.append((d, i, j)) }
                }
            }
            pairs.sort { $0 > $1 }
            var usedP = Set<Int>()
            var usedG = Set<Int>()
            for (_, i, j) in pairs where !usedP.contains(i) && !usedG.contains(j) {
                usedP.insert(i)
                usedG.insert(j)
                tpContent += 1
                let ps = BratScorer.tokens(scalars, predicted[i].source)
                let gs = BratScorer.tokens(scalars, gold[j].source)
                if !ps.isDisjoint(with: gs) || (ps.isEmpty && gs.isEmpty) { tpSource += 1 }
            }
            let gc = gold.map { BratScorer.tokens(scalars, $0.cue) }.filter { !$0.isEmpty }
            let pc = predicted.map { BratScorer.tokens(scalars, $0.cue) }.filter { !$0.isEmpty }
            nCueGold += gc.count
            nCuePred += pc.count
            var used = Set<Int>()
            for c in pc {
                for (j, g) in gc.enumerated() where !used.contains(j) && !c.isDisjoint(with: g) {
                    used.insert(j)
                    tpCue += 1
                    break
                }
            }
            let allG = gt.reduce(into: Set<Int>()) { $0.formUnion($1) }
            let allP = pt.reduce(into: Set<Int>()) { $0.formUnion($1) }
            tokTP += allG.intersection(allP).count
            tokPred += allP.count
            tokGold += allG.count
        }
        func prf(_ tp: Int, _ p: Int, _ g: Int) -> (Double, Double, Double) {
            let precision = p == 0 ? 0 : Double(tp) / Double(p)
            let recall = g == 0 ? 0 : Double(tp) / Double(g)
            return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        }
        var score = Score(documents: documents.count, gold: nGold, extracted: nPred)
        for (name, tp, p, g) in [
            ("content", tpContent, nPred, nGold), ("source", tpSource, nPred, nGold),
            ("cue", tpCue, nCuePred, nCueGold),
            ("content-token", tokTP, tokPred, tokGold),
        ] {
            let (pr, re, f) = prf(tp, p, g)
            score.rows.append((name, pr, re, f))
        }
        return score
    }
}

extension BratScorer {
    /// Extracts and scores a PolNeAR-style folder (`text/NAME.txt`, `attributions/NAME_ANNOTATOR.ann`; the
    /// first annotator's file is used, as in the reference scorer).
    public static func evaluate(folder: String, corroborator: Corroborator) throws(IngestError) -> Score {
        let corpus = try AnnotatedCorpus(folder: folder)
        let inputs = corpus.documents.map { Ingester.Input(path: $0.text) }
        let results = corroborator.analyzeInputs(inputs, claims: false)
        var documents: [(String, [Spans], [Spans])] = []
        for (i, result) in results.enumerated() {
            guard case .success(let article) = result else { continue }
            let predicted = article.attributions.map {
                Spans(source: $0.source?.spans ?? [], cue: $0.cue?.spans ?? [], content: $0.content.spans)
            }
            documents.append((article.document.text, corpus.gold(i, in: article.document), predicted))
        }
        return BratScorer().score(documents)
    }
}
