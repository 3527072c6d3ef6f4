import Dispatch
import Foundation

/// Trains the cue model on an annotated corpus (PolNeAR train): every word outside quotations is an example,
/// labelled a cue when an annotated cue span covers it; logistic regression by averaged stochastic gradient descent
/// over the hashed features of `CueFeatureContext`, in a fixed order, so the same corpus gives the same model.
public struct CueModelTrainer: Sendable {
    /// Passes over the examples.
    public var epochs = 10
    /// The weight table has `1 << tableBits` entries (4 bytes each).
    public var tableBits = 20
    /// The first pass's step size; pass `e` uses `learningRate / (1 + e)`.
    public var learningRate: Float = 0.2
    /// Thresholds written into the model (see `CueModel`).
    public var addThreshold: Float = 0.4
    public var vetoThreshold: Float = 0.2

    public init() {}

    /// The examples of one document: features (table indices) and labels, word by word.
    struct Examples {
        var features: [Int32] = []
        var offsets: [Int] = [0]
        var labels: [Bool] = []
    }

    /// Trains on `folder` (text/ and attributions/). `progress` is called with the pass just finished.
    public func train(
        folder: String, knowledge: Knowledge = .builtIn, progress: ((String) -> Void)? = nil
    ) throws(IngestError) -> CueModel {
        let corpus = try AnnotatedCorpus(folder: folder)
        guard !corpus.documents.isEmpty else { throw .noArticles(folder: folder) }
        let mask = (1 << tableBits) - 1
        let ingester = Ingester(knowledge: knowledge)
        let segmenter = Segmenter(rules: knowledge.textRules)
        let index = CueIndex(knowledge.cues)
        let box = ResultBox<Examples>(count: corpus.documents.count)
        DispatchQueue.concurrentPerform(iterations: corpus.documents.count) { d in
            var examples = Examples()
            if let document = try? ingester.read(Ingester.Input(path: corpus.documents[d].text)) {
                let analysis = segmenter.analyze(document)
                let cues = corpus.gold(d).flatMap(\.cue).sorted()
                examples = CueModelTrainer.examples(analysis: analysis, cues: cues, index: index, mask: mask)
            }
            _ = box.set(d, examples)
        }
        let documents = box.values()
        var order: [(document: Int, example: Int)] = []
        for (d, examples) in documents.enumerated() { for e in examples.labels.indices { order.append((d, e)) } }
        let positives = documents.reduce(0) { $0 + $1.labels.filter { $0 }.count }
        progress?("\(order.count) words, \(positives) in cues, from \(corpus.documents.count) documents")
        var weights = [Float](repeating: 0, count: mask + 1)
        // Averaged SGD: the model is the mean of the weights over all steps (kept lazily: `total` holds each
        // step scaled by its index), which generalises better and depends less on the order of the words.
        var total = [Double](repeating: 0, count: mask + 1)
        var steps: Double = 1
        var random = SeededRandom(state: 42)
        for epoch in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, random.int(i + 1))
            }
            let rate = learningRate / Float(1 + epoch)
            var loss: Double = 0
            for (d, e) in order {
                let examples = documents[d]
                let features = examples.features[examples.offsets[e]..<examples.offsets[e + 1]]
                var z: Float = 0
                for f in features { z += weights[Int(f)] }
                let p = 1 / (1 + expf(-z))
                let y: Float = examples.labels[e] ? 1 : 0
                loss -= Double(y == 1 ? logf(max(p, 1e-7)) : logf(max(1 - p, 1e-7)))
                let step = rate * (p - y)
                for f in features {
                    weights[Int(f)] -= step
                    total[Int(f)] -= steps * Double(step)
                }
                steps += 1
            }
            progress?(
                String(format: "pass %d of %d: mean log loss %.4f", epoch + 1, epochs, loss / Double(order.count)))
        }
        for f in weights.indices { weights[f] -= Float(total[f] / steps) }
        return CueModel(weights: weights, addThreshold: addThreshold, vetoThreshold: vetoThreshold)
    }

    /// The words the model sees (outside quotations, in sentences that are not page furniture), with labels.
    static func examples(analysis: TextAnalysis, cues: [TextSpan], index: CueIndex, mask: Int) -> Examples {
        let tokens = analysis.tokens
        let inQuote = AttributionExtractor.quoteMask(tokens: tokens, quotations: analysis.quotations)
        let context = CueFeatureContext(tokens: tokens, inQuote: inQuote, index: index)
        var examples = Examples()
        var buffer: [Int] = []
        var c = 0
        for sentence in analysis.sentences where !sentence.isFurniture {
            for i in sentence.tokens where tokens[i].isWord && !inQuote[i] {
                let span = tokens[i].span
                while c < cues.count && cues[c].end <= span.start { c += 1 }
                // Cue spans can nest or overlap; look a few ahead.
                var label = false
                var k = c
                while k < cues.count && k < c + 4 && cues[k].start < span.end {
                    if cues[k].end > span.start {
                        label = true
                        break
                    }
                    k += 1
                }
                context.features(
                    at: i, start: sentence.tokens.lowerBound, end: sentence.tokens.upperBound, into: &buffer)
                examples.features.append(contentsOf: buffer.map { Int32($0 & mask) })
                examples.offsets.append(examples.features.count)
                examples.labels.append(label)
            }
        }
        return examples
    }
}
