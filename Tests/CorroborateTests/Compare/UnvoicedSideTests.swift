import Corroborate
import Foundation
import Testing

/// A side its article does not assert in its own or its named speaker's voice is no side of a contradiction
/// (issue 28): a headline or a sentence that asks, the content of a claim, rumour, report or supposition noun. Both
/// articles may then hold one position, and the pair abstains. A statement its article or a named speaker makes still
/// contradicts: a noun its source owns or endorses, a question the article answers, a speaker's quoted question, a
/// statement the article relays and never doubts. Cases written for these tests (an invented town, mayor, dam,
/// ferry and bus).
@Suite("A side its article only asks or tells of is no side of a contradiction")
struct UnvoicedSideTests {
    /// The plain statements the sides are set against.
    private static let alive = "The mayor of Brennick is alive and well, his office said on Tuesday."
    private static let dead = "The mayor of Brennick is dead, police said on Monday."
    private static let sound = "The Orsk dam did not burst on Sunday, engineers said."
    private static let burst = "The Orsk dam burst on Sunday, the regional council said."
    private static let adrift = "The ferry Alvra did not reach the port of Tesk on Monday, the operator said."

    @Test(
        "A side its article asks or only tells of makes no contradiction",
        arguments: [
            // A headline that asks, then the article's first line.
            ("Is the mayor of Brennick dead?\nFans of the mayor were shaken on Tuesday by a post about him.", alive),
            ("Did the Orsk dam burst on Sunday?\nVillagers were worried on Monday.", sound),
            // A question followed by no answer to it.
            ("Did the Orsk dam burst on Sunday? Engineers say the dam is sound.", sound),
            // A question inside a claim.
            ("The Orsk dam burst on Sunday? Villagers doubt it.", sound),
            // The content of a report, claim, rumour or supposition noun.
            ("Reports that the mayor of Brennick was dead spread quickly on Monday.", alive),
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
            ("The mayor of Brennick was dead on Monday, the council said.", alive),
            ("Police said the mayor of Brennick was dead.", "His lawyer said the mayor of Brennick is alive."),
            // A question the article answers asserts the answer: with yes, or with a short answer.
            ("Is the mayor of Brennick dead? Yes: he died at his desk on Monday.", alive),
            ("Did the ferry Alvra reach the port of Tesk on Monday? It did, the coast guard said.", adrift),
            // A speaker's own question keeps the statement before it.
            ("\"The mayor of Brennick is alive and well, so why are people mourning him?\" his spokesman asked.", dead),
            // A statement followed by a question, and a question elsewhere in the article on the same ferry.
            ("The Orsk dam burst on Sunday. Who will pay for the repairs?", sound),
            (
                "Video footage showed the ferry Alvra reached the port of Tesk on Monday.\nWill the ferry Alvra sail from the port of Tesk again this winter? The operator would not say.",
                adrift
            ),
            // Retold and never rejected: the post's side.
            ("A post on a forum said the mayor of Brennick was dead on Monday.", alive),
            // Retold, then a detail withheld: no doubt of the statement.
            (
                "According to a police statement, the mayor of Brennick was dead on Monday.\nThe statement did not say how he died.",
                alive
            ),
            (
                "According to a police statement, the mayor of Brennick was dead on Monday.\nOfficers would not comment further on the statement.",
                alive
            ),
            (
                "According to the police report, the mayor of Brennick was dead when officers arrived on Monday.\nThe report did not confirm the cause of death.",
                alive
            ),
            // An opposite word said of other people in the same article.
            (
                "According to a police statement, the driver of the Lund bus was dead at the scene on Monday. The passengers of the Lund bus were alive, police said.",
                "The driver of the Lund bus was alive after the crash on Monday, the hospital said."
            ),
            // A report its source confirms, before or after it; a claim with its owner, named or a pronoun.
            ("The council confirmed reports that the mayor of Brennick was dead.", alive),
            ("Rumours that the mayor of Brennick was dead were confirmed by police on Tuesday.", alive),
            (
                "Reports that the ferry Alvra reached the port of Tesk on Monday were confirmed by the coast guard.",
                adrift
            ),
            ("The ministry's claim that the Orsk dam burst on Sunday was repeated on Monday.", sound),
            ("Engineer Ada Lind stood by her claim that the Orsk dam burst on Sunday.", sound),
            ("The regional council on Monday repeated its claim that the Orsk dam burst on Sunday.", sound),
            // What a hearsay noun carries ends at a comma, a relative clause or a subordinate clause.
            ("Despite rumours of a recovery, the mayor of Brennick was dead by Monday, police said.", alive),
            ("The report that engineers published on Monday found the Orsk dam did not burst on Sunday.", burst),
            ("Questions over the safety of the Orsk dam grew after the dam burst on Sunday.", sound),
            ("This is the story of how the ferry Alvra reached the port of Tesk on Monday.", adrift),
            // The debunking article's own statement against an article that believes the post.
            (
                "\"The mayor of Brennick died on Monday,\" a forum post read.\nThe mayor of Brennick is alive and well, his office said.",
                "The mayor of Brennick was dead on Monday, police said."
            ),
        ])
    func flags(a: String, b: String) throws {
        try ArticleSet.expectContradiction(a, b, true)
    }
}
