import Dispatch
import Foundation

/// Trains the attribution tagger on an annotated corpus (PolNeAR train) as two averaged structured perceptrons:
/// the cue tagger on every sentence (gold cue tokens begin or inside, the rest outside), the role tagger on every
/// annotated cue (its sentence's tokens labelled source, content or neither, with the rules' source and content
/// for that cue as features). Examples are read in parallel but visited in a fixed, seeded order, so the same
/// corpus gives the same file, byte for byte.
public struct TaggerTrainer: Sendable {
    /// Passes over the sentences (cue tagger) and over the cues (role tagger).
    public var cueEpochs = 8
    public var roleEpochs = 8
    /// Each tagger's table has `1 << bits` rows of weights (one per label, 2 bytes each in the file).
    public var cueBits = 18
    public var roleBits = 16
    /// Added to the outside label's score when tagging (below zero marks more cues, or more source and
    /// content tokens), written into the file. The cue bias applies with `--broad` only (see
    /// `AttributionTagger.cues`); -12 was chosen by two-fold cross-validation on PolNeAR train (train on one half
    /// of the documents, score the other, mean of both ways): `--broad` content / source / cue F1 .7285 / .6505 /
    /// .756 at 0, .7355 / .652 / .766 at -8, .7385 / .6515 / .769 at -12, .7415 / .649 / .774 at -20 (content
    /// precision .833, .818, .810, .792).
    public var cueBias: Float = -12
    public var roleBias: Float = 0
    /// See `AttributionTagger.statementMargin`.
    public var statementMargin: Float = -100

    public init() {}

    /// One sequence to learn: its tokens' features (table indices), the gold labels, and the labels each token
    /// may take (`LinearChain.decode`'s `permitted`).
    struct Sequence {
        var features: [Int32]
        var offsets: [Int]
        var labels: [UInt8]
        var permitted: [UInt8]?
    }

    /// What one document teaches each tagger.
    struct Examples {
        var cues: [Sequence] = []
        var roles: [Sequence] = []
    }

    /// Trains on `folder` (text/ and attributions/). `progress` is told what is being done.
    public func train(
        folder: String, knowledge: Knowledge = .builtIn, progress: (@Sendable (String) -> Void)? = nil
    ) throws(IngestError) -> AttributionTagger {
        let corpus = try AnnotatedCorpus(folder: folder)
        guard !corpus.documents.isEmpty else { throw .noArticles(folder: folder) }
        var tagger = AttributionTagger(cueBits: cueBits, roleBits: roleBits, statementMargin: statementMargin)
        // The corpus as its annotators saw it, text encoded twice left as it is.
        let ingester = {
            var ingester = Ingester(knowledge: knowledge)
            ingester.repairsEncoding = false
            return ingester
        }()
        let segmenter = Segmenter(rules: knowledge.textRules)
        let index = CueIndex(knowledge.cues)
        let box = ResultBox<Examples>(count: corpus.documents.count)
        let shape = tagger
        DispatchQueue.concurrentPerform(iterations: corpus.documents.count) { d in
            var examples = Examples()
            if let document = try? ingester.read(Ingester.Input(path: corpus.documents[d].text)) {
                let analysis = segmenter.analyze(document)
                examples = TaggerTrainer.examples(
                    document: document, analysis: analysis, gold: corpus.gold(d), index: index, tagger: shape)
            }
            _ = box.set(d, examples)
        }
        let documents = box.values()
        let cueSequences = documents.flatMap(\.cues)
        let roleSequences = documents.flatMap(\.roles)
        progress?(
            "\(cueSequences.count) sentences, \(roleSequences.count) annotated cues, from \(corpus.documents.count) documents"
        )
        let chains = ResultBox<LinearChain>(count: 2)
        let (cueEpochs, roleEpochs) = (self.cueEpochs, self.roleEpochs)
        DispatchQueue.concurrentPerform(iterations: 2) { which in
            let chain = which == 0 ? shape.cue : shape.role
            let sequences = which == 0 ? cueSequences : roleSequences
            let name = which == 0 ? "cues" : "roles"
            let epochs = which == 0 ? cueEpochs : roleEpochs
            let trained = TaggerTrainer.perceptron(chain, sequences, epochs: epochs, seed: UInt64(7 + which)) {
                epoch, errors in
                progress?("\(name): pass \(epoch) of \(epochs), \(errors) of \(sequences.count) sequences wrong")
            }
            _ = chains.set(which, trained)
        }
        let trained = chains.values()
        tagger.cue = trained[0]
        tagger.role = trained[1]
        tagger.cue.outsideBias = cueBias
        tagger.role.outsideBias = roleBias
        return tagger
    }

    /// The averaged structured perceptron: decode each sequence with the current weights and, where the labels are
    /// wrong, move the weights of the gold labels' features and transitions up and the predicted ones' down. The
    /// result is the average of the weights over all steps (kept lazily: `total` sums each step's change times the
    /// step number).
    static func perceptron(
        _ initial: LinearChain, _ sequences: [Sequence], epochs: Int, seed: UInt64,
        progress: (Int, Int) -> Void
    ) -> LinearChain {
        var chain = initial
        let labels = chain.labelCount
        var weightTotal = [Double](repeating: 0, count: chain.weights.count)
        var transitionTotal = [Double](repeating: 0, count: chain.transitions.count)
        var order = Array(sequences.indices)
        var random = SeededRandom(state: seed)
        var step: Double = 1
        for epoch in 1...epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.int(i + 1)) }
            var errors = 0
            for s in order {
                let sequence = sequences[s]
                let predicted = chain.decode(
                    chain.emissions(sequence.features, offsets: sequence.offsets), permitted: sequence.permitted)
                if predicted != sequence.labels {
                    errors += 1
                    for t in predicted.indices {
                        let gold = Int(sequence.labels[t])
                        let guess = Int(predicted[t])
                        if gold != guess {
                            for f in sequence.features[sequence.offsets[t]..<sequence.offsets[t + 1]] {
                                let base = Int(f) * labels
                                chain.weights[base + gold] += 1
                                weightTotal[base + gold] += step
                                chain.weights[base + guess] -= 1
                                weightTotal[base + guess] -= step
                            }
                        }
                        let goldPrevious = t == 0 ? labels : Int(sequence.labels[t - 1])
                        let guessPrevious = t == 0 ? labels : Int(predicted[t - 1])
                        if goldPrevious != guessPrevious || gold != guess {
                            chain.transitions[goldPrevious * labels + gold] += 1
                            transitionTotal[goldPrevious * labels + gold] += step
                            chain.transitions[guessPrevious * labels + guess] -= 1
                            transitionTotal[guessPrevious * labels + guess] -= step
                        }
                    }
                }
                step += 1
            }
            progress(epoch, errors)
        }
        for i in chain.weights.indices { chain.weights[i] -= Float(weightTotal[i] / step) }
        for i in chain.transitions.indices { chain.transitions[i] -= Float(transitionTotal[i] / step) }
        return chain
    }

    /// The sequences one annotated document teaches: each sentence's cue labels, and for each annotated cue its
    /// role labels, with the features the extractor computes for them.
    static func examples(
        document: Document, analysis: TextAnalysis, gold: [BratScorer.Spans], index: CueIndex,
        tagger: AttributionTagger
    ) -> Examples {
        let tokens = analysis.tokens
        let inQuote = AttributionExtractor.quoteMask(tokens: tokens, quotations: analysis.quotations)
        let facts = TokenFacts(document: document, analysis: analysis, inQuote: inQuote, index: index)
        // Each annotated cue as tokens, with its attribution.
        var cuesBySentence: [Int: [(cue: Range<Int>, gold: BratScorer.Spans)]] = [:]
        for attribution in gold {
            guard let span = attribution.cue.first, let s = analysis.sentenceIndex(containing: span.start) else {
                continue
            }
            let sentence = analysis.sentences[s].tokens
            var a = analysis.tokenIndex(atOrAfter: span.start)
            while a > sentence.lowerBound && tokens[a - 1].span.end > span.start { a -= 1 }
            var b = a
            while b < sentence.upperBound && tokens[b].span.start < span.end { b += 1 }
            guard a < b else { continue }
            cuesBySentence[s, default: []].append((a..<b, attribution))
        }
        var examples = Examples()
        for (s, sentence) in analysis.sentences.enumerated() where !sentence.isFurniture && !sentence.tokens.isEmpty {
            let read = SentenceContext.taggerReading(
                document: document, analysis: analysis, tokens: tokens, inQuote: inQuote, sentence: sentence,
                sentenceIndex: s, index: index)
            var context = read.context
            let reading = read.reading
            let range = sentence.tokens
            let annotated = (cuesBySentence[s] ?? []).sorted { $0.cue.lowerBound < $1.cue.lowerBound }
            var labels = [UInt8](repeating: 0, count: range.count)
            for (cue, _) in annotated {
                for t in cue { labels[t - range.lowerBound] = t == cue.lowerBound ? 1 : 2 }
            }
            let (features, offsets, permitted) = tagger.cueSequence(
                sentence: range, facts: facts, reading: reading, titleCase: context.isTitleCase)
            for t in labels.indices where permitted[t] == 1 { labels[t] = 0 }
            for t in labels.indices.dropFirst() where labels[t] == 2 && labels[t - 1] == 0 { labels[t] = 1 }
            examples.cues.append(Sequence(features: features, offsets: offsets, labels: labels, permitted: permitted))
            guard !annotated.isEmpty else { continue }
            let cues = annotated.map(\.cue)
            let candidates = cues.map { context.candidate(forCue: $0, rules: reading.candidates) }
            let proposals = context.attributions(for: candidates)
            for (i, (cue, attribution)) in annotated.enumerated() {
                let frame = facts.roleFrame(
                    cue: cue, sentence: range, cues: cues, kind: RuleReading.kind(of: candidates[i]),
                    rules: context.rulesAttribution(of: cue, made: proposals[i], reading: reading))
                let roleLabels = RoleFrame.labels(
                    source: attribution.source, content: attribution.content, window: frame.window, cue: cue,
                    tokens: tokens)
                let (roleFeatures, roleOffsets) = tagger.roleSequence(frame: frame, facts: facts)
                var permitted = [UInt8](repeating: 0b11111, count: frame.window.count)
                for t in cue { permitted[t - frame.window.lowerBound] = 1 }
                examples.roles.append(
                    Sequence(features: roleFeatures, offsets: roleOffsets, labels: roleLabels, permitted: permitted))
            }
        }
        return examples
    }
}
