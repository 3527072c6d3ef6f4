import Foundation

/// The learned backbone of attribution extraction: two linear-chain taggers trained on PolNeAR train by
/// `corroborate train-tagger` (see `TaggerTrainer`). The cue tagger marks cue spans in each sentence from the
/// words, shapes and quotation marks around each token, the lexicon and what the rules made of the sentence; for
/// each cue, the role tagger marks its source and content in the sentence (widened to whole quotations) from
/// each token's place relative to the cue, its words and the rules' own source and content for that cue. The
/// rules and lexicons are features, so the tagger keeps what they get right and learns where they fail.
public struct AttributionTagger: Sendable, Equatable {
    /// Cue labels: outside, begin, inside.
    var cue: LinearChain
    /// Role labels: outside, source begin, source inside, content begin, content inside (see `RoleFrame`).
    var role: LinearChain
    /// Whether attributions follow PolNeAR's broad definition (`--broad`): every cue the tagger finds, acts,
    /// intentions and stances included (`backed the deal`, `pleaded guilty`), passives and raising verbs with no
    /// source, and no attribution inside another's content. Off by default: the reports compare statements, so
    /// by default only the tagger's cues the lexicon holds as statements count (and a statement inside
    /// another's content is kept).
    public var broad = false
    /// By default, a lexicon statement the cue tagger left out still counts when its margin (how much more its
    /// first word scores as beginning a cue than as outside one) is above this: the tagger vetoes only the
    /// lexicon words it is sure are used otherwise (`reported from Washington`).
    var statementMargin: Float

    init(cue: LinearChain, role: LinearChain, statementMargin: Float) {
        self.cue = cue
        self.role = role
        self.statementMargin = statementMargin
    }

    /// A tagger with empty weights, for training.
    init(cueBits: Int, roleBits: Int, statementMargin: Float) {
        cue = LinearChain(labelCount: 3, bucketBits: cueBits, allowed: LinearChain.bioAllowed(spanKinds: 1))
        role = LinearChain(labelCount: 5, bucketBits: roleBits, allowed: LinearChain.bioAllowed(spanKinds: 2))
        self.statementMargin = statementMargin
    }

    /// The tagger shipped in the package's resources, or nil when it is missing (the rules then work alone).
    public static let builtIn: AttributionTagger? = {
        guard let url = Bundle.module.url(forResource: "tagger", withExtension: "bin", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return try? TaggerFile.decode(data, path: "Resources/tagger.bin")
    }()

    /// The cue tagger's features for each token of a sentence, as table indices, and the labels each token may
    /// take (`LinearChain.decode`'s `permitted`): only a word or a colon outside quotations may be a cue, which
    /// loses next to nothing (PolNeAR train marks 22 other punctuation cues and about 34 inside quotations in
    /// 19,833) and spares scoring a third of the tokens.
    func cueSequence(sentence: Range<Int>, facts: TokenFacts, reading: RuleReading, titleCase: Bool)
        -> (features: [Int32], offsets: [Int], permitted: [UInt8])
    {
        var features: [Int32] = []
        var offsets = [0]
        var permitted = [UInt8](repeating: 0b111, count: sentence.count)
        features.reserveCapacity(sentence.count * 48)
        offsets.reserveCapacity(sentence.count + 1)
        FeatureBuffer.with(mask: cue.bucketMask) { buffer in
            for i in sentence {
                if facts.mayBeCue(i) {
                    facts.cueFeatures(at: i, sentence: sentence, reading: reading, titleCase: titleCase, into: &buffer)
                    buffer.append(to: &features)
                } else {
                    permitted[i - sentence.lowerBound] = 1
                }
                offsets.append(features.count)
            }
        }
        return (features, offsets, permitted)
    }

    /// The role tagger's features for each token of a cue's window, as table indices.
    func roleSequence(frame: RoleFrame, facts: TokenFacts) -> (features: [Int32], offsets: [Int]) {
        var features: [Int32] = []
        var offsets = [0]
        features.reserveCapacity(frame.window.count * 30)
        offsets.reserveCapacity(frame.window.count + 1)
        FeatureBuffer.with(mask: role.bucketMask) { buffer in
            for t in frame.window {
                facts.roleFeatures(at: t, frame: frame, into: &buffer)
                buffer.append(to: &features)
                offsets.append(features.count)
            }
        }
        return (features, offsets)
    }

    /// The cue spans of a sentence (token ranges), in order, and each token's margin: how much more its features
    /// score it as beginning a cue than as outside one. The cue tagger's outside bias is the broad convention's
    /// (it trades precision for recall on PolNeAR's long tail of acts and stances); by default the lexicon's
    /// statements and `statementMargin` choose the cues, unbiased.
    func cues(sentence: Range<Int>, facts: TokenFacts, reading: RuleReading, titleCase: Bool)
        -> (cues: [Range<Int>], margins: [Float])
    {
        let (features, offsets, permitted) = cueSequence(
            sentence: sentence, facts: facts, reading: reading, titleCase: titleCase)
        var chain = cue
        if !broad { chain.outsideBias = 0 }
        let scores = chain.emissions(features, offsets: offsets)
        let labels = chain.decode(scores, permitted: permitted)
        var margins = [Float](repeating: -.infinity, count: sentence.count)
        for t in margins.indices where permitted[t] != 1 { margins[t] = scores[t * 3 + 1] - scores[t * 3] }
        let runs = TaggedSpans.runs(labels, begin: 1).map {
            (sentence.lowerBound + $0.lowerBound)..<(sentence.lowerBound + $0.upperBound)
        }
        return (runs, margins)
    }

    /// The role labels of a cue's window (see `RoleFrame`); the cue's own tokens are outside.
    func roles(frame: RoleFrame, facts: TokenFacts) -> [UInt8] {
        let (features, offsets) = roleSequence(frame: frame, facts: facts)
        var permitted = [UInt8](repeating: 0b11111, count: frame.window.count)
        for t in frame.cue where frame.window.contains(t) { permitted[t - frame.window.lowerBound] = 1 }
        return role.decode(role.emissions(features, offsets: offsets), permitted: permitted)
    }
}

/// Runs of labels: where each span a tagger marked begins and ends.
enum TaggedSpans {
    /// The runs of a BIO labelling for the span kind whose begin label is `begin` (inside is `begin + 1`).
    static func runs(_ labels: [UInt8], begin: UInt8) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < labels.count {
            guard labels[i] == begin || labels[i] == begin + 1 else {
                i += 1
                continue
            }
            var j = i + 1
            while j < labels.count && labels[j] == begin + 1 { j += 1 }
            result.append(i..<j)
            i = j
        }
        return result
    }
}
