import Testing

@testable import Corroborate

/// Which training examples a fold that leaves stories out may learn from: none that tells of a left-out story.
@Suite("Folds of the relation trainer")
struct RelationTrainerFoldTests {
    @Test(
        "A pair across two stories is left out of the folds of both; a pair of one story of that story's only",
        arguments: [
            ("harbour", "ferry", ["harbour"], true),
            ("harbour", "ferry", ["ferry"], true),
            ("harbour", "ferry", ["bakery"], false),
            ("harbour", nil, ["harbour"], true),
            ("harbour", nil, ["ferry"], false),
        ] as [(String, String?, Set<String>, Bool)])
    func touches(story: String, other: String?, leaving: Set<String>, touched: Bool) {
        let example = RelationTrainer.Example(features: [1], truth: false, story: story, other: other)
        #expect(example.touches(leaving) == touched)
    }
}
