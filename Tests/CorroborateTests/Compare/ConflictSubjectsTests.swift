import Corroborate
import Foundation
import Testing

/// A denial or an opposite word contradicts only what is said of the same thing (issue 28: a false contradiction
/// costs a fact-checker's trust). Found as wrong flags on PolNeAR's news of many stories: two foundations with a
/// common noun, one speaker's `I have no` against what `he` has, `won` one thing against `lost` another. Each row
/// has its control, which still conflicts. Synonyms are not read: `won the election` against `lost the race`
/// are two objects to these rules, a true contradiction missed. Cases written for these tests (invented places and people), in a run
/// with articles of other stories, as a report on many articles is.
@Suite("Contradictions about the same thing")
struct ConflictSubjectsTests {
    /// Twenty-four short articles of other stories, so that the words of the two compared are rare in the run.
    static let background: [String] = ArticleSet.otherSubjects.map {
        "The council met about \($0) this week, the clerk said.\n\nResidents spoke about \($0) at the meeting."
    }

    @Test(
        "Subjects that name two things, a pronoun's own possession and two objects of opposite verbs are no contradiction",
        arguments: [
            // Two foundations: a common noun shared, each named by a name the other claim never uses.
            (
                "\"It is very difficult to see how the organisation called the Kovac Foundation can continue to exist during a Kovac mayoralty without that posing all sorts of problems,\" said Ivo Marek.",
                "\"My father has given so much to the foundation - without our ferries, the Marek Foundation for all practical purposes wouldn't exist,\" said Lena Marek.",
                false
            ),
            // Control: one foundation.
            (
                "The Kovac Foundation received the harbour grant of the Velmora council last spring, the council said.",
                "The Kovac Foundation did not receive the harbour grant of the Velmora council last spring, its director said.",
                true
            ),
            // Control: names that only describe the subject (`in northern Tarsk`, `held by Velmoran police`).
            (
                "The ferry captain arrested last week in northern Tarsk is in fact the brother of the harbour master Ivo Marek, the minister said.",
                "A ferry captain held by Velmoran police was not the brother of the harbour master Ivo Marek, the ministry said.",
                true
            ),
            // One speaker: what `I` do not have against what `he` has.
            (
                "Ivo Marek said: \"Then he is going to get a call from his lobbyist or his special interest, and he will do what they want. That is how the harbour board works.\"",
                "Ivo Marek said: \"Look, I'm paying for this myself. I have no special interest. I have no lobbyists that want me.\"",
                false
            ),
            // Control: a determiner that opens its clause denies the whole clause.
            (
                "A special interest group paid for the harbour board campaign of Ivo Marek, records show.",
                "No special interest group paid for the harbour board campaign of Ivo Marek, his office said.",
                true
            ),
            // Control: two speakers, `we` the brewery itself.
            (
                "The Tarsk brewery has plans to close the harbour plant next year, the union said.",
                "\"We have no plans to close the harbour plant,\" the Tarsk brewery said on Monday.",
                true
            ),
            // `won` the argument against `lost` the contests: two outcomes of two things.
            (
                "The port's history of rewarding candidates from neighbouring towns (Ivo Marek of Velmora won the 1992 race here, although Lena Kovac won the argument by declaring herself the comeback candidate) makes this a contest that Kovac must win.",
                "A string of losses is rarely a strategy for winning a nomination, although in 1992, Lena Kovac lost 10 of the first 11 contests before starting a winning streak.",
                false
            ),
            // Control: an adverb after the verb is no object.
            (
                "Ivo Marek won narrowly in the Velmora vote on Sunday, officials said.",
                "Ivo Marek lost the Velmora vote on Sunday, the election board said.",
                true
            ),
            // Control: the same race won and lost.
            (
                "Lena Kovac won the Velmora mayoral runoff in 1992 by a wide margin, the port's archive shows.",
                "In 1992 Lena Kovac lost the Velmora mayoral runoff by a wide margin, the election board said.",
                true
            ),
        ])
    func sameThing(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet([a, b] + ConflictSubjectsTests.background).relations()
            .filter { $0.type.isContradiction }
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
