import Corroborate
import Foundation
import Testing

/// A story an article retells only to reject it is not that article's side (issue 28): two articles that both
/// reject one rumour, one of them retelling what the rumour said, do not contradict each other, and the retelling
/// agrees with no article that believes the rumour. The rejecting claims still contradict an article that asserts
/// the rumour. Cases written for these tests (an invented town, mayor, dam and ministry).
@Suite("A claim retold only to be rejected is not its article's side")
struct RetoldRumourTests {
    private static func relations(_ a: String, _ b: String, _ type: Relation.Kind) throws -> [Relation] {
        try ArticleSet([a, b]).relations().filter { $0.type == type }
    }

    /// The rumour retold, then rejected in the article's own voice or a source's.
    private static let retoldAndDenied =
        "A post on a local forum claimed that the mayor of Veltrano had been arrested at the harbour on Friday. The mayor of Veltrano was not arrested, the town council said."

    @Test(
        "A retold rumour its article rejects makes no contradiction, nor one only retold; a rumour asserted still does",
        arguments: [
            // Both articles reject the story: no contradiction between them.
            (retoldAndDenied, "The mayor of Veltrano was not arrested on Friday, a council spokesman said.", false),
            // Control: an article that asserts the story, against one that denies it.
            (
                "The mayor of Veltrano was arrested at the harbour on Friday, police said.",
                "The mayor of Veltrano was not arrested on Friday, a council spokesman said.", true
            ),
            // Retold and never rejected in its article: the words are the forum post's, credited to the article,
            // which does not assert them (`inReportedSpeech`; on news nobody here wrote, such flags credited the
            // wrong side).
            (
                "A post on a local forum claimed that the mayor of Veltrano had been arrested at the harbour on Friday.",
                "The mayor of Veltrano was not arrested on Friday, a council spokesman said.", false
            ),
            // Control: the rejecting article against one that asserts the story, found from the rejecting claim.
            (retoldAndDenied, "The mayor of Veltrano was arrested at the harbour on Friday, police said.", true),
            // Retold with `according to` and refuted in the article: a hoax, said by the ministry.
            (
                "According to messages shared online, the Orsk dam burst on Sunday and flooded the valley. The ministry said the messages that the Orsk dam burst and flooded the valley were a hoax.",
                "The Orsk dam did not burst on Sunday and the valley was not flooded, engineers said.", false
            ),
            (
                "The Orsk dam burst on Sunday and flooded the valley, residents said.",
                "The Orsk dam did not burst on Sunday and the valley was not flooded, engineers said.", true
            ),
        ])
    func contradiction(a: String, b: String, conflict: Bool) throws {
        let found = try RetoldRumourTests.relations(a, b, .conflict)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A retold rumour its article rejects agrees with no article that believes it",
        arguments: [
            // Rejected by a denial in the article.
            (
                "According to a post on a local forum, the mayor of Veltrano was arrested at the harbour on Friday. The mayor of Veltrano was not arrested, the town council said.",
                false
            ),
            // Rejected as a whole: the post is a hoax.
            (
                "According to a post on a local forum, the mayor of Veltrano was arrested at the harbour on Friday. The post was a hoax, the town council said.",
                false
            ),
            // Control: retold and never rejected, the post and the believing article say one thing.
            (
                "According to a post on a local forum, the mayor of Veltrano was arrested at the harbour on Friday.",
                true
            ),
        ])
    func agreement(a: String, agree: Bool) throws {
        let believing = "Police arrested the Veltrano mayor on Friday at the harbour, a neighbour said."
        let found = try RetoldRumourTests.relations(a, believing, .agreement)
        #expect(!found.isEmpty == agree, "\(found.map(\.explanation))")
    }

    /// A sentence told in the article's own voice with no word of retelling (a quoted post or headline set on a line
    /// of its own), then denied in that voice.
    private static let toldAndDenied =
        "Ivo Marek has been found dead at his home in Tarsk. Thousands of people shared that sentence on Sunday. Ivo Marek is not dead, and he played a concert in Port Avel that night."

    @Test(
        "What an article states and denies in its own voice is not its side; opposite words of its own leave it none",
        // Run among articles of other stories (`ArticleSet.background`), as a report on many articles is.
        arguments: [
            // Both articles deny the death: no contradiction between them.
            (toldAndDenied, "The singer Ivo Marek is not dead, his agent said on Monday.", false),
            // Control: the same statement never denied in its article.
            (
                "Ivo Marek has been found dead at his home in Tarsk. Thousands of people shared that sentence on Sunday.",
                "The singer Ivo Marek is not dead, his agent said on Monday.", true
            ),
            // The article's denial still contradicts an article that asserts the death.
            (toldAndDenied, "Ivo Marek was found dead at his home in Tarsk on Sunday, police said.", true),
            // A denial credited to a speaker is the speaker's side, not the article's: the article keeps its voice.
            (
                "The Kesso bridge collapsed on Tuesday after the flood. The Kesso bridge did not collapse on Tuesday, the mayor said.",
                "The Kesso bridge did not collapse on Tuesday, engineers said.", true
            ),
            // The article says `boy` and `girl` of one birth in its own voice: it speaks of two, or it cannot
            // tell, and neither word is its side.
            (
                "The nun gave birth to a healthy boy at the Velmora clinic on Sunday. Back then the nun gave birth to a healthy girl at the Velmora clinic.",
                "The nun gave birth to a healthy girl at the Velmora clinic, the abbess said.", false
            ),
            (
                "The nun gave birth to a healthy boy at the Velmora clinic on Sunday.",
                "The nun gave birth to a healthy girl at the Velmora clinic, the abbess said.", true
            ),
            // A denial of its own about another time, and opposite words of two things of one kind, leave the
            // article its side.
            (
                "Piet Dahl was arrested in Kesso harbour on Thursday.\n\nIn 2019, Piet Dahl was not arrested in Kesso harbour.",
                "Piet Dahl was not arrested in Kesso harbour on Thursday, his lawyer said.", true
            ),
            (
                "Ward 3 of the Kesso hospital is closed to visitors.\n\nWard 4 of the Kesso hospital is open to visitors.",
                "Ward 3 of the Kesso hospital is open to visitors, the hospital said.", true
            ),
            (
                "The Kesso road bridge is closed to traffic after the flood.\n\nThe Kesso rail bridge is open to traffic.",
                "The Kesso road bridge is open to traffic after the flood, the roads agency said.", true
            ),
        ])
    func ownVoice(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }

    @Test(
        "What a negated report says no one said is no side; a negation inside the claim still is",
        arguments: [
            (
                "Ivo Marek said it was very strange that no one had reported a flash of light over Tarsk.",
                "Lena Kovac said it was odd that no one reported a flash of light over Tarsk on Sunday.", false
            ),
            // A negated report of a thing: `has not commented on`.
            (
                "The Kesso dockers' union has not commented on the strike deal signed with the port authority on Monday.",
                "The Kesso dockers' union denied signing any strike deal with the port authority, its leader said.",
                false
            ),
            // Controls: a report confirmed, a report of a thing not negated, and `said no one was hurt`.
            (
                "The Kesso dockers' union commented on the strike deal it signed with the port authority on Monday.",
                "The Kesso dockers' union denied signing any strike deal with the port authority, its leader said.",
                true
            ),
            (
                "Officials in Kesso confirmed that the old bridge had collapsed on Sunday.",
                "The old bridge in Kesso did not collapse on Sunday, engineers said.", true
            ),
            (
                "Police said no one was hurt in the fire at the Kesso mill on Sunday.",
                "Three workers were hurt in the fire at the Kesso mill on Sunday, doctors said.", true
            ),
        ])
    func unreported(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }

    @Test("A figure of a rumour its article calls a hoax is no side of a numeric conflict")
    func rejectedFigure() throws {
        let found = try RetoldRumourTests.relations(
            "A post circulating online claimed that 300 people died in the mill fire at Veltrano on Tuesday. The post is a hoax, the town council said.",
            "The mill fire at Veltrano killed 12 people on Tuesday, the fire service said.", .numericConflict)
        #expect(found.isEmpty, "\(found.map(\.explanation))")
    }

    @Test(
        "A rumour rejected in an article reaches only the claims about it, not every claim the article retells",
        arguments: [
            // Agreement kept: the rejected rumour is about the ferry, the claims about the mayor.
            (
                "Customs officers posted at the harbour office arrested the mayor of Veltrano on Tuesday evening. Rumours that the ferry service would be cancelled were false, a spokesman said.",
                "Customs officers arrested the Veltrano mayor at the harbour office late on Tuesday, police said.",
                Relation.Kind.agreement, true
            ),
            // A claim that calls another thing false in one clause can still be denied in the other.
            (
                "The harbour police said online rumours of a bomb were false and that the old Veltrano bridge collapsed under a lorry on Tuesday.",
                "The old Veltrano bridge did not collapse under a lorry on Tuesday, engineers said.",
                Relation.Kind.conflict, true
            ),
        ])
    func unrelatedRejection(a: String, b: String, type: Relation.Kind, found: Bool) throws {
        let relations = try RetoldRumourTests.relations(a, b, type)
        #expect(!relations.isEmpty == found, "\(relations.map(\.explanation))")
    }
}
