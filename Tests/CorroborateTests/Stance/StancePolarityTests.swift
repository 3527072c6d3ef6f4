import Foundation
import Testing

@testable import Corroborate

/// The sides of a story (`StancePolarity`): how `agree` and `disagree` split a story's headlines and articles in two,
/// which side denies, which words are learned for it, what a pair's features say, and that the model file keeps the
/// words.
@Suite("Stance: the side of its story a headline and an article take")
struct StancePolarityTests {
    static let agree = Stance.agree.index
    static let disagree = Stance.disagree.index
    static let discuss = Stance.discuss.index

    @Test(
        "Agree keeps a headline and an article on one side, disagree puts them on opposite sides",
        arguments: [
            // Headlines 0, 1 and bodies 2, 3: 0 agrees with 2, 1 disagrees with 2, 1 agrees with 3.
            (4, [(0, 2, false), (1, 2, true), (1, 3, false)], [0, 1, 0, 1]),
            // Two components; node 4 is reached by no edge.
            (5, [(0, 1, true), (2, 3, false)], [0, 1, 0, 0]),
            // An odd cycle of disagree cannot be split: the side first found from node 0 stays.
            (3, [(0, 1, true), (1, 2, true), (2, 0, true)], [0, 1, 1]),
        ] as [(Int, [(Int, Int, Bool)], [Int])])
    func sides(nodes: Int, edges: [(Int, Int, Bool)], expected: [Int]) {
        let (side, _) = StancePolarity.sides(nodes: nodes, edges: edges)
        #expect(Array(side.prefix(expected.count)).map { $0 ?? -1 } == expected)
        if nodes > expected.count { #expect(side[expected.count...].allSatisfy { $0 == nil }) }
    }

    @Test("The denying side is the one whose headlines hold denial words more often; a lone side must mostly deny")
    func denyingSide() {
        // Component 0: side 0 has two plain headlines, side 1 one denying headline. Component 1: one side only,
        // two of three headlines denying. Component 2: one side, one of three denying. Component 3: level.
        let side: [Int?] = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]
        let component = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3]
        let hasDenial = [false, false, true, true, true, false, true, false, false, true, true]
        let denying = StancePolarity.denyingSide(
            side: side, component: component, isHeadline: side.map { _ in true }, hasDenial: hasDenial)
        #expect(denying[0] == 1)
        #expect(denying[1] == 0)
        #expect(denying[2] == 1)
        #expect(denying[3] == nil)
    }

    /// Invented stories: per story a claim that some headlines make and others reject, and articles on both sides.
    static func corpus(stories: Int) -> (
        claims: [StanceText], bodies: [StanceText], pairs: [(Int, Int)], labels: [Int],
        stories: [Int]
    ) {
        let reader = StanceReader(knowledge: .builtIn)
        let topics = [
            ("a whale swam up the canal", "the whale"), ("the orchard froze overnight", "the orchard"),
            ("a meteor lit up the valley", "the meteor"), ("the lighthouse keeper found a chest", "the chest"),
            ("a parrot sang the anthem", "the parrot"), ("the tram ran without a driver", "the tram"),
        ]
        var claims: [StanceText] = []
        var bodies: [StanceText] = []
        var pairs: [(Int, Int)] = []
        var labels: [Int] = []
        var storyOf: [Int] = []
        for s in 0..<stories {
            let (event, thing) = topics[s % topics.count]
            let asserting = [reader.claim("Watch: \(event)"), reader.claim("Locals amazed as \(event)")]
            let denying = [reader.claim("No, \(event) is not real"), reader.claim("Photo of \(thing) was a hoax")]
            let reporting = reader.body(
                "Residents say \(event). Pictures of \(thing) spread quickly on Sunday.", name: "r\(s)")
            let debunking = reader.body(
                "The pictures were fabricated. Experts said \(thing) never existed and the story was a hoax.",
                name: "d\(s)")
            let c = claims.count
            let b = bodies.count
            claims += asserting + denying
            bodies += [reporting, debunking]
            for (k, label) in [agree, agree, disagree, disagree].enumerated() {
                pairs.append((c + k, b))
                labels.append(label)
                storyOf.append(s)
                pairs.append((c + k, b + 1))
                labels.append(label == agree ? disagree : agree)
                storyOf.append(s)
            }
        }
        return (claims, bodies, pairs, labels, storyOf)
    }

    @Test(
        "Denying headlines and debunking articles score on the denying side; a pair on opposite sides multiplies negative"
    )
    func learnsSides() {
        let data = Self.corpus(stories: 6)
        let polarity = StancePolarity.learn(
            claims: data.claims, bodies: data.bodies, pairs: data.pairs.map { (claim: $0.0, body: $0.1) },
            labels: data.labels, stories: data.stories)
        #expect(!polarity.claimWeights.isEmpty)
        #expect(!polarity.bodyWeights.isEmpty)
        let reader = StanceReader(knowledge: .builtIn)
        // A story none of the training stories told.
        let plain = reader.claim("A kite carried a cat over the river")
        let denied = reader.claim("No, a kite did not carry a cat, the video was a hoax")
        let reporting = reader.body("Residents say a kite carried a cat over the river on Sunday.", name: "new-r")
        let debunking = reader.body(
            "The video was fabricated. Experts said the cat never existed and the story was a hoax.", name: "new-d")
        #expect(polarity.claimScore(denied) > polarity.claimScore(plain))
        #expect(polarity.bodyScore(debunking) > polarity.bodyScore(reporting))
        func product(_ c: StanceText, _ b: StanceText) -> Float {
            StancePolarity.values(claim: polarity.claimScore(c), body: polarity.bodySide(b))[2]
        }
        // Same side: the denying headline over the debunking article, the plain one over the reporting article.
        #expect(product(denied, debunking) > product(denied, reporting))
        #expect(product(plain, reporting) >= product(plain, debunking))
    }

    @Test("A long report whose one denying sentence is deep in it: that sentence, not the lead, is on the denying side")
    func findsTheDenyingSentence() {
        let data = Self.corpus(stories: 6)
        let polarity = StancePolarity.learn(
            claims: data.claims, bodies: data.bodies, pairs: data.pairs.map { (claim: $0.0, body: $0.1) },
            labels: data.labels, stories: data.stories)
        let reader = StanceReader(knowledge: .builtIn)
        let filler = "The ferry runs twice a day. Tickets cost more in summer. The harbour opened in spring. "
        let buried = reader.body(
            filler + "Residents shared a clip of a bus on the pier. The clip was fabricated and the story was a hoax.",
            name: "buried")
        let plain = reader.body(filler + "Residents shared a clip of a bus on the pier.", name: "plain")
        let leading = reader.body(
            "The clip was fabricated and the story was a hoax. " + filler + "Residents shared it.", name: "leading")
        let (b, p, l) = (polarity.bodySide(buried), polarity.bodySide(plain), polarity.bodySide(leading))
        #expect(b.strongest > p.strongest)
        #expect(b.lead == p.lead)
        #expect(l.lead > p.lead)
        #expect(l.strongest == b.strongest)
        // The sentence scores are the same words' as the whole body's: one sentence alone scores as a body of it.
        let single = reader.body("The clip was fabricated and the story was a hoax.", name: "single")
        #expect(polarity.bodySide(single).strongest == polarity.bodyScore(single))
    }

    @Test("Discuss pairs give no side, and an empty polarity gives zeros")
    func discussGivesNoSide() {
        let data = Self.corpus(stories: 6)
        let polarity = StancePolarity.learn(
            claims: data.claims, bodies: data.bodies, pairs: data.pairs.map { (claim: $0.0, body: $0.1) },
            labels: data.labels.map { _ in Self.discuss }, stories: data.stories)
        #expect(polarity == StancePolarity.empty)
        #expect(StancePolarity.values(claim: 0, body: StancePolarity.BodySide()) == [Float](repeating: 0, count: 8))
        #expect(polarity.claimScore(data.claims[0]) == 0)
    }

    @Test("The model file keeps the learned side words, weight for weight")
    func fileKeepsSides() throws {
        var model = try #require(StanceModel.builtIn)
        model.polarity = StancePolarity(claimWeights: ["#negation": 2.5, "hoax": 1.25], bodyWeights: ["fabric": 0.5])
        let folder = try TemporaryFolder()
        try model.write(to: folder.path + "/m.bin")
        let loaded = try StanceModel.load(folder.path + "/m.bin")
        #expect(loaded.polarity == model.polarity)
    }
}
