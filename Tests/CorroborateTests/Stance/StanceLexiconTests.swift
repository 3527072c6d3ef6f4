import Foundation
import Testing

@testable import Corroborate

/// The learned words of the stance model (`StanceLexicon`): which words are learned for a side, how they are
/// counted (by story, outside the claim's own words), what they add to a pair's features, and that the model file
/// keeps them.
@Suite("Stance: words learned from the training stories")
struct StanceLexiconTests {
    static let disagree = Stance.disagree.index
    static let agree = Stance.agree.index
    static let discuss = Stance.discuss.index

    /// Invented training pairs: per story, a few disagreeing and a few agreeing or discussing pairs, with the words
    /// of their related sentences.
    static func pairs(stories: Int, extra: [(story: Int, label: Int, words: [String])] = [])
        -> (contexts: [[String]], labels: [Int], stories: [Int])
    {
        var contexts: [[String]] = []
        var labels: [Int] = []
        var storyOf: [Int] = []
        for s in 0..<stories {
            for (label, words) in [
                (disagree, ["fabricated", "photo", "town"]), (disagree, ["fabricated", "mayor"]),
                (agree, ["confirmed", "photo", "town"]), (discuss, ["reportedly", "mayor", "town"]),
            ] {
                contexts.append(words.sorted())
                labels.append(label)
                storyOf.append(s)
            }
        }
        for row in extra {
            contexts.append(row.words.sorted())
            labels.append(row.label)
            storyOf.append(row.story)
        }
        return (contexts, labels, storyOf)
    }

    @Test("A word beside disagreeing pairs in several stories is a disagree word; a word of both sides is none")
    func learnsSides() {
        let data = Self.pairs(stories: 4)
        let lexicon = StanceLexicon.learn(contexts: data.contexts, labels: data.labels, stories: data.stories)
        let disagree = lexicon.weights[0]
        #expect((disagree["fabricated"] ?? 0) > 1)
        #expect((disagree["town"] ?? 0) < (disagree["fabricated"] ?? 0))
        #expect(abs(disagree["photo"] ?? 0) < 0.5)
        let agree = lexicon.weights[1]
        #expect((agree["confirmed"] ?? 0) > 0)
        #expect((agree["reportedly"] ?? 0) < 0)
        #expect(agree["fabricated"] == nil)
    }

    @Test("A word found in fewer stories than the minimum is not learned, however many pairs hold it")
    func needsStories() {
        let crowd = (0..<40).map { _ in (story: 0, label: Self.disagree, words: ["hoaxer"]) }
        let data = Self.pairs(stories: 4, extra: crowd)
        let lexicon = StanceLexicon.learn(contexts: data.contexts, labels: data.labels, stories: data.stories)
        #expect(lexicon.weights[0]["hoaxer"] == nil)
        #expect(lexicon.weights[0]["fabricated"] != nil)
        var settings = StanceLexicon.Settings()
        settings.minimumStories = 1
        let loose = StanceLexicon.learn(
            contexts: data.contexts, labels: data.labels, stories: data.stories, settings: settings)
        #expect(loose.weights[0]["hoaxer"] != nil)
    }

    @Test("A story votes once per side: forty more disagreeing pairs in one story do not change a word's weight much")
    func storiesVoteOnce() {
        let base = Self.pairs(stories: 4)
        let crowd = (0..<40).map { _ in (story: 0, label: Self.disagree, words: ["fabricated", "photo", "town"]) }
        let crowded = Self.pairs(stories: 4, extra: crowd)
        let a = StanceLexicon.learn(contexts: base.contexts, labels: base.labels, stories: base.stories)
        let b = StanceLexicon.learn(contexts: crowded.contexts, labels: crowded.labels, stories: crowded.stories)
        let before = a.weights[0]["fabricated"] ?? 0
        let after = b.weights[0]["fabricated"] ?? 0
        #expect(abs(after - before) < 0.2 * before)
    }

    @Test("A pair's features count learned words in the sentences that hold the claim, never the claim's own words")
    func values() {
        let reader = StanceReader(knowledge: .builtIn)
        let claim = reader.claim("A photo shows the mayor in the harbour")
        let body = reader.body(
            "A photo shows the mayor in the harbour, but the picture was fabricated. The weather was fine.",
            name: "body")
        func term(_ word: String) -> String { reader.claim(word).terms[0] }
        let lexicon = StanceLexicon(weights: [
            [term("fabricated"): 2, term("photo"): 5, term("weather"): 3], [term("confirmed"): 1],
        ])
        let related = [0]
        let values = lexicon.values(claim: claim, body: body, related: related, best: 0)
        let named = Dictionary(uniqueKeysWithValues: zip(StanceLexicon.names, values))
        // `photo` is the claim's word and `weather` stands in an unrelated sentence: only `fabricated` counts.
        #expect(named["learned disagree words in best sentence"] == 2)
        #expect((named["learned disagree words in related sentences"] ?? 0) > 0)
        #expect(named["learned agree-or-discuss words in related sentences"] == 0)
        #expect(named["learned agree words in related sentences"] == 0)
        let none = lexicon.values(claim: claim, body: body, related: [], best: nil)
        #expect(none.allSatisfy { $0 == 0 })
    }

    @Test("The whole-body contrast learns from the whole bodies' words; the others from the claim's sentences")
    func learnsWholeBody() {
        let data = Self.pairs(stories: 4)
        // Agreeing bodies tell what was seen; discussing ones cite their sources, away from the claim's sentences.
        let bodyContexts = data.labels.map { label in
            label == Self.agree ? ["eyewitness", "town"] : label == Self.discuss ? ["sources", "town"] : []
        }
        let lexicon = StanceLexicon.learn(
            contexts: data.contexts, bodyContexts: bodyContexts, labels: data.labels, stories: data.stories)
        #expect(lexicon.weights.count == 3)
        #expect((lexicon.weights[2]["eyewitness"] ?? 0) > 0)
        #expect((lexicon.weights[2]["sources"] ?? 0) < 0)
        #expect(lexicon.weights[1]["eyewitness"] == nil)
        #expect((lexicon.weights[1]["confirmed"] ?? 0) > 0)
        #expect(lexicon.weights[2]["confirmed"] == nil)
    }

    @Test("The whole-body features count learned words anywhere in the body, never the claim's own words")
    func wholeBodyValues() {
        let reader = StanceReader(knowledge: .builtIn)
        let claim = reader.claim("A photo shows the mayor in the harbour")
        let body = reader.body(
            "A photo shows the mayor in the harbour. Unnamed sources spoke of it on Tuesday.", name: "body")
        func term(_ word: String) -> String { reader.claim(word).terms[0] }
        let lexicon = StanceLexicon(weights: [[:], [:], [term("sources"): -2, term("photo"): 5]])
        let named = Dictionary(
            uniqueKeysWithValues: zip(
                StanceLexicon.names, lexicon.values(claim: claim, body: body, related: [0], best: 0)))
        // `sources` stands outside the claim's sentence and still counts; `photo` is the claim's word.
        #expect((named["learned discuss words in the body"] ?? 0) > 0)
        #expect(named["learned agree words in the body"] == 0)
        #expect(named["learned body agree words in best sentence"] == 0)
    }

    @Test("The model file keeps the learned words, weight for weight")
    func fileKeepsLexicon() throws {
        var model = try #require(StanceModel.builtIn)
        model.lexicon = StanceLexicon(weights: [
            ["fabric": 2.5, "hoax": 1.25], ["confirm": 0.5, "reportedly": -0.75], ["witness": 0.25, "sources": -1],
        ])
        let folder = try TemporaryFolder()
        try model.write(to: folder.path + "/m.bin")
        let loaded = try StanceModel.load(folder.path + "/m.bin")
        #expect(loaded.lexicon == model.lexicon)
    }
}
