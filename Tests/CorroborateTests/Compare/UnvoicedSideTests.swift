import Corroborate
import Foundation
import Testing

/// A side its article does not assert in its own or its named speaker's voice is no side of a contradiction
/// (issue 28): a headline that asks, a hoax's words quoted by an article that rejects them, a story doubted by its
/// own article, the content of a claim, rumour or report noun. Both articles then hold one position, and the pair
/// abstains. A statement its article or a named speaker makes still contradicts, and so does a question the article
/// answers at once. Cases written for these tests (an invented town, mayor and dam).
@Suite("A side its article only asks, retells or doubts is no side of a contradiction")
struct UnvoicedSideTests {
    /// The plain statements the sides are set against.
    private static let alive = "The mayor of Brennick is alive and well, his office said on Tuesday."
    private static let sound = "The Orsk dam did not burst on Sunday, engineers said."

    @Test(
        "A side its article asks, rejects, doubts or only tells of makes no contradiction",
        arguments: [
            // A headline that asks, then the article's first line.
            ("Is the mayor of Brennick dead?\nFans of the mayor were shaken on Tuesday by a post about him.", alive),
            ("Did the Orsk dam burst on Sunday?\nVillagers were worried on Monday.", sound),
            // A question answered in the article's own voice, but not with yes.
            ("Did the Orsk dam burst on Sunday? Engineers say the dam is sound.", sound),
            // A question inside a claim.
            ("The Orsk dam burst on Sunday? Villagers doubt it.", sound),
            // The hoax's words quoted, and the opposite said in the article's own voice.
            (
                "\"The mayor of Brennick was found dead in his home on Monday,\" a website reported.\nBut the mayor of Brennick is alive and well.",
                alive
            ),
            (
                "A story headlined \"Brennick mayor dead\" claimed that the mayor had been found dead in his home on Monday.\nBut the mayor of Brennick is alive and well.",
                alive
            ),
            // The carrier called false where it is named.
            ("\"The Orsk dam burst on Sunday and the valley is flooded,\" the fake post read.", sound),
            ("A hoax claimed that the mayor of Brennick was found dead in his home.", alive),
            // Retold, and doubted as a whole by its article.
            (
                "According to reports circulating online, the mayor of Brennick was found dead in his home on Monday.\nThe reports could not be verified.",
                alive
            ),
            // The content of a report, claim, rumour or supposition noun.
            ("Reports that the mayor of Brennick was found dead in his home spread quickly on Monday.", alive),
            ("The claim that the Orsk dam burst on Sunday was shared widely online.", sound),
            ("There was speculation that the mayor of Brennick was dead.", alive),
            ("Rumours that the mayor of Brennick was dead spread on Monday.", alive),
        ])
    func abstains(a: String, b: String) throws {
        try ArticleSet.expectContradiction(a, b, false)
    }

    @Test(
        "A side its article or a named speaker asserts still contradicts",
        arguments: [
            // A named speaker's statement, and two speakers against each other.
            ("The mayor of Brennick was found dead in his home on Monday, the council said.", alive),
            ("Police said the mayor of Brennick was dead.", "His lawyer said the mayor of Brennick is alive."),
            // A question the article answers with yes asserts the answer.
            ("Is the mayor of Brennick dead? Yes: he was found dead in his home on Monday.", alive),
            // A statement followed by a question.
            ("The Orsk dam burst on Sunday. Who will pay for the repairs?", sound),
            // Retold and never rejected: the post's side.
            ("A post on a forum said the mayor of Brennick was found dead in his home on Monday.", alive),
            // A report its source confirms, a claim with its owner, a rumour set apart by a comma.
            ("The council confirmed reports that the mayor of Brennick was dead.", alive),
            ("The ministry's claim that the Orsk dam burst on Sunday was repeated on Monday.", sound),
            ("Despite rumours of a recovery, the mayor of Brennick was dead by Monday, police said.", alive),
            // The debunking article's own statement against an article that believes the hoax.
            (
                "\"The mayor of Brennick was found dead in his home on Monday,\" the fake post read.\nThe mayor of Brennick is alive and well, his office said.",
                "The mayor of Brennick was found dead in his home on Monday, police said."
            ),
        ])
    func flags(a: String, b: String) throws {
        try ArticleSet.expectContradiction(a, b, true)
    }
}
