import Corroborate
import Foundation
import Testing

/// A denial or an opposite word contradicts only what is said of the same thing (issue 28: a false contradiction costs
/// a fact-checker's trust). The causes were found among wrong flags on news of many stories: two named bodies with a
/// common noun, one speaker's `I have no` against what `he` has, `won` one thing against `lost` another. Each row has
/// its control, which still conflicts. Synonyms are not read: `won the election` against `lost the race` are two
/// objects to these rules, a true contradiction missed. Cases written for these tests (invented places and people), in
/// a run with articles of other stories, as a report on many articles is.
@Suite("Contradictions about the same thing")
struct ConflictSubjectsTests {
    /// Twenty-four short articles of other stories (`ArticleSet.background`).
    static let background = ArticleSet.background

    @Test(
        "Subjects that name two things, a pronoun's own possession and two objects of opposite verbs are no contradiction",
        arguments: [
            // Two funds: a common noun shared, each named by a name the other claim never uses.
            (
                "The charity known as the Kovac Fund will continue to exist after the harbour vote, Ivo Marek said.",
                "Without our ferries, the Marek Fund for most purposes would not exist, Lena Marek said.", false
            ),
            // Control: one fund.
            (
                "The charity known as the Kovac Fund will continue to exist after the harbour vote, Ivo Marek said.",
                "Without new donors, the Kovac Fund would not exist after the harbour vote, Lena Marek said.", true
            ),
            // Control: names that only describe the subject (`in northern Tarsk`, `held by Velmoran police`).
            (
                "The ferry captain arrested last week in northern Tarsk is in fact the brother of the harbour master Ivo Marek, the minister said.",
                "A ferry captain held by Velmoran police was not the brother of the harbour master Ivo Marek, the ministry said.",
                true
            ),
            // One speaker: what `I` do not have against what `he` has.
            (
                "Ivo Marek said: \"Then he gets a call from his banker about his gambling debts, and he pays them with harbour money.\"",
                "Ivo Marek said: \"Look, I pay my own way. I have no gambling debts. I have no banker who calls me.\"",
                false
            ),
            // Control: two speakers, `we` the brewery itself.
            (
                "The Tarsk brewery has plans to close the harbour plant next year, the union said.",
                "\"We have no plans to close the harbour plant,\" the Tarsk brewery said on Monday.", true
            ),
            // `won` the toss against `lost` the match: two outcomes of two things.
            (
                "The Tarsk Rovers won the toss before kick-off on Saturday, the referee said.",
                "The Tarsk Rovers lost the match against Velmora on Saturday, the club said.", false
            ),
            // Control: the same final won and lost.
            (
                "The Tarsk Rovers won the cup final against Velmora on Saturday, the referee said.",
                "The Tarsk Rovers lost the cup final against Velmora on Saturday, the club said.", true
            ),
            // Control: an adverb after the verb is no object.
            (
                "Ivo Marek won narrowly in the Velmora vote on Sunday, officials said.",
                "Ivo Marek lost the Velmora vote on Sunday, the election board said.", true
            ),
        ])
    func sameThing(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }

    @Test(
        "Opposite words said of two things of one kind, told apart by a name or said of a pronoun, are no contradiction",
        arguments: [
            (
                "A 31-year-old Tarskan nun gave birth to a baby boy in Velmora on Sunday.",
                "Years ago a Kessan nun in Velmora gave birth to a baby girl, the abbess said.", false
            ),
            // Control: one nun.
            (
                "A 31-year-old Tarskan nun gave birth to a baby boy in Velmora on Sunday.",
                "The Tarskan nun gave birth to a baby girl in Velmora, the abbess said.", true
            ),
            // A pronoun may be anyone: with no name in both clauses, another birth.
            (
                "A 31-year-old Tarskan nun gave birth to a baby boy in Velmora on Sunday.",
                "Soon after, she gave birth to a baby girl, the abbess said.", false
            ),
            // Control: the claim names whom the pronoun stands for.
            (
                "The nun gave birth to a baby boy at the Verla convent, the abbess said.",
                "The nun said she gave birth to a baby girl at the Verla convent.", true
            ),
            // Control: a title and a first name before one surname name one person.
            (
                "General Marek was found dead in his villa in Tarsk on Sunday.",
                "Ivo Marek is alive and well in his villa in Tarsk, his family said.", true
            ),
        ])
    func namedApart(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }

    @Test(
        "Two different doings as subjects are two subjects: what is said of one is not denied of the other",
        arguments: [
            // Closing a route against raising its fares: two doings, each judged.
            (
                "Closing the Tarsk ferry route on Sundays is smart, the harbour master Ivo Marek said.",
                "\"Raising the fares on the Tarsk ferry route is not smart,\" councillor Lena Kovac said.", false
            ),
            // After a verb of thinking.
            (
                "Ivo Marek said he thinks giving the fishermen a vote on the harbour board is wise.",
                "\"Keeping the fishermen off the harbour board is not wise,\" Lena Kovac said.", false
            ),
            // Building against selling, a noun after the copula.
            (
                "Building the Tarsk stadium was a mistake, Ivo Marek said.",
                "Selling the Tarsk stadium was not a mistake, Lena Kovac said.", false
            ),
            // Control: one doing in other words (`doingSynonyms`).
            (
                "Closing the Tarsk ferry route on Sundays is smart, the harbour master Ivo Marek said.",
                "\"Shutting the Tarsk ferry route on Sundays is not smart,\" councillor Lena Kovac said.", true
            ),
            // Control: adjectives in `-ing` before a verb that is no copula.
            (
                "Rising fares forced families off the Tarsk ferry last winter, the union said.",
                "Soaring fares did not force families off the Tarsk ferry last winter, the operator said.", true
            ),
            // Control: one doing, judged two ways.
            (
                "Closing the Tarsk ferry route on Sundays is smart, the harbour master Ivo Marek said.",
                "\"Closing the Tarsk ferry route on Sundays is not smart,\" councillor Lena Kovac said.", true
            ),
            // Control: one doing, more words on one side.
            (
                "Closing the Tarsk ferry route is smart, the harbour master Ivo Marek said.",
                "\"Closing the Tarsk ferry route on Sundays is not smart,\" councillor Lena Kovac said.", true
            ),
            // Control: a noun in `-ing` before a preposition is no doing.
            (
                "Fighting in the north of Tarsk has stopped since Monday, officials said.",
                "Fighting in the north of Tarsk has not stopped since Monday, the rebels said.", true
            ),
        ])
    func doings(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }
}
