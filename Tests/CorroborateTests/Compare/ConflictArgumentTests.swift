import Corroborate
import Foundation
import Testing

/// A contradiction needs the two propositions aligned, not only their words (issue 28): the denial's subject is the
/// claim's subject (or the doer a passive names after `by`), a denied verb takes the claim's object, and a figure
/// counts one specific thing. Each table has control rows: real contradictions that must still be flagged. Cases
/// written for these tests (invented places, people and figures).
@Suite("Contradictions need the arguments aligned")
struct ConflictArgumentTests {
    private static func contradictions(_ texts: [String]) throws -> [Relation] {
        try ArticleSet(texts).relations().filter { $0.type.isContradiction }
    }

    @Test(
        "A denial contradicts a claim only when its subject is the claim's subject",
        arguments: [
            // What one side accepts is the other's subject: someone else accepted it.
            (
                "The summit invitation was accepted on Monday, its organisers said.",
                "The regulator is still not accepting the summit invitation, a spokeswoman said.", false
            ),
            // `he` may be anyone: the governor is not shown to be the contractors.
            (
                "The contractors at the Corvo depot will return the survey drones next week, a mediator said.",
                "He would not return the survey drones at the Corvo depot, the governor said.", false
            ),
            // Control: a denial of existence has no subject to align.
            (
                "The dock workers are planning a strike at the harbour on Monday, their union said.",
                "There were never plans for a strike at the harbour on Monday, the port authority said.", true
            ),
            (
                "The harbour board found asbestos in the old ferry terminal, its report said.",
                "There is no asbestos in the old ferry terminal, the owner said.", true
            ),
            // Control: the same board accepted and did not accept.
            (
                "The harbour board accepted the offer from the ferry company on Monday, its chairman said.",
                "The harbour board has not accepted the offer from the ferry company, a spokeswoman said.", true
            ),
            // Control: a passive names its doer after `by`; the denial's subject is that doer.
            (
                "The report on the harbour accounts was published by the auditors on Monday.",
                "The auditors have not published the report on the harbour accounts, a clerk said.", true
            ),
            // Control: two passives, one naming the doer: the one injured is the subject on both sides.
            (
                "The harbour master was injured by a falling crane at the Lomond quay on Monday, the port said.",
                "The harbour master was not injured at the Lomond quay on Monday, his office said.", true
            ),
            // Control: the active's object is the passive's subject.
            (
                "Police arrested the ferry captain at the Lomond quay on Monday, a spokesman said.",
                "The ferry captain was not arrested at the Lomond quay on Monday, his lawyer said.", true
            ),
            // Someone else was the one not arrested (the speaker's words are no object).
            (
                "Police arrested the ferry captain at the Lomond quay on Monday, a harbour spokesman said.",
                "The harbour pilot was not arrested at the Lomond quay on Monday, his lawyer said.", false
            ),
            // Control: a verb in the progressive is no passive.
            (
                "Mayor Ilse Lund resigned from the harbour board on Monday, the council said.",
                "Mayor Ilse Lund is not resigning from the harbour board, her office said.", true
            ),
            // Control: the speaker named first; the join still joins two subjects.
            (
                "The council said Mayor Ilse Lund and her deputy resigned from the harbour board on Monday.",
                "Ilse Lund did not resign from the harbour board on Monday, her office said.", true
            ),
            // Control: two people joined in one subject; the denial is about one of them.
            (
                "Mayor Ilse Lund and her deputy resigned from the harbour board on Monday, the council said.",
                "Ilse Lund did not resign from the harbour board on Monday, her office said.", true
            ),
        ])
    func subjectAligned(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b])
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A denied verb contradicts a claim only when it takes the claim's object",
        arguments: [
            // Selling the cranes is not selling the fire station.
            (
                "The council will sell the old fire station on Quay Street next spring, the mayor said.",
                "The council will not sell the old harbour cranes on Quay Street, a councillor said.", false
            ),
            // Returning the barges is not returning the drones.
            (
                "The contractors at the Corvo depot will return the survey drones next week, a mediator said.",
                "The contractors at the Corvo depot will not return the cargo barges, their foreman said.", false
            ),
            // Control: the same object on both sides.
            (
                "The contractors at the Corvo depot will return the survey drones next week, a mediator said.",
                "The contractors at the Corvo depot will not return the survey drones, their foreman said.", true
            ),
        ])
    func objectAligned(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b])
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "What a claim describes or requires is not what it asserts; what it had to do, it did",
        arguments: [
            // `the released letters` describes the letters; it does not say who released them.
            (
                "Reporters read the released letters of Mayor Lund at the town hall on Monday.",
                "The town hall has not released the letters of Mayor Lund, a clerk said.", false
            ),
            // A requirement says nothing happened.
            (
                "Mayor Lund would have to resign over the harbour contract, aides said.",
                "Mayor Lund did not resign over the harbour contract, his office said.", false
            ),
            // Control: `had to resign` says he resigned.
            (
                "Mayor Lund had to resign over the harbour contract in March, aides said.",
                "Mayor Lund did not resign over the harbour contract in March, his office said.", true
            ),
            // Control: a denied noun that ends like a participle (`children`) is no description.
            (
                "The children injured in the ferry fire at Lomond on Monday were treated at the clinic, nurses said.",
                "None of the children were injured in the ferry fire at Lomond, the school said.", true
            ),
        ])
    func asserted(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b])
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A word that judges anything (`wrong`) rejects a statement only when said of one",
        arguments: [
            // Selling them was wrong: it happened, and someone disapproves.
            (
                "The harbour board sold the old cranes on Quay Street last spring, the clerk said.",
                "Selling the old cranes on Quay Street last spring was wrong, a councillor said.", false
            ),
            (
                "The harbour board sold the old cranes on Quay Street last spring, the clerk said.",
                "The harbour board sold the old cranes on Quay Street last spring, and that was wrong, a councillor said.",
                false
            ),
            // Control: the report that they were sold is wrong.
            (
                "The board sold the cranes at the harbour last spring, the clerk said.",
                "The report that the board sold the cranes is wrong, a councillor said.", true
            ),
        ])
    func evaluative(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b])
        #expect(found.contains { $0.rule.hasPrefix("refutation") } == conflict, "\(found.map(\.rule))")
    }

    @Test(
        "Compass words written into two names are two places, not two parts of one; a direction in two words is one part",
        arguments: [
            // `south-east` names south too.
            (
                "He prayed at a mosque in Kessel, south Harwich, before he left for Tarsk, the paper said.",
                "He prayed at a mosque in Kessel, south-east Harwich, before he left for Tarsk, the paper said.", false
            ),
            (
                "He prayed at a mosque in Kessel, south Harwich, before he left for Tarsk, the paper said.",
                "He prayed at a mosque in Kessel, south east Harwich, before he left for Tarsk, the paper said.", false
            ),
            // Control: `north-east` has no south.
            (
                "He prayed at a mosque in Kessel, south Harwich, before he left for Tarsk, the paper said.",
                "He prayed at a mosque in Kessel, north-east Harwich, before he left for Tarsk, the paper said.", true
            ),
            (
                "Heavy fighting was reported in North Valdoria near the river on Friday, the monitor said.",
                "Heavy fighting was reported in South Valdoria near the river on Friday, the monitor said.", false
            ),
            // Control: two parts of one town.
            (
                "Heavy fighting was reported in north Harwich near the river on Friday, the monitor said.",
                "Heavy fighting was reported in west Harwich near the river on Friday, the monitor said.", true
            ),
        ])
    func placeParts(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b])
        #expect(found.contains { $0.rule.hasPrefix("different parts") } == conflict, "\(found.map(\.rule))")
    }

    /// Twenty-four short articles of other votes that all talk about delegates at stake: with the two compared, 26
    /// articles use those words, more than `TermRarity.fewArticles`, so they are the run's topic.
    static let background: [String] = [
        "alder", "birch", "cedar", "elm", "fir", "hazel", "holly", "larch", "lime", "maple", "oak", "pine", "rowan",
        "spruce", "walnut", "willow", "yew", "ash", "beech", "cherry", "hornbeam", "juniper", "poplar", "sycamore",
    ].map { tree in "the \(tree) avenue" }
        .map { subject in
            "Candidates won delegates at stake in the vote on \(subject) this week, the clerk said.\n\nVoters who back \(subject) spoke to the delegates at the meeting, the clerk said."
        }

    @Test(
        "Two figures conflict only as one measure of one specific thing, not of the run's topic",
        arguments: [
            // Delegates at stake in some vote on a Tuesday: every article of the run counts delegates won in a vote.
            (
                "Candidates won 38 delegates at stake in the vote on Tuesday, the clerk said.",
                "Candidates won 56 delegates at stake in the vote on Tuesday, the clerk said.", false
            ),
            // Control: delegates of one named caucus.
            (
                "Osei won 38 delegates at stake in the Harwich caucus, the clerk said.",
                "Osei won 56 delegates at stake in the Harwich caucus, the clerk said.", true
            ),
        ])
    func figureOfTopic(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b] + ConflictArgumentTests.background)
        #expect(found.contains { $0.type == .numericConflict } == conflict, "\(found.map(\.explanation))")
    }

    @Test("The same two figures alone, where their words are no run's topic, still conflict")
    func figureAlone() throws {
        let found = try ConflictArgumentTests.contradictions([
            "Candidates won 38 delegates at stake in the vote on Tuesday, the clerk said.",
            "Candidates won 56 delegates at stake in the vote on Tuesday, the clerk said.",
        ])
        #expect(found.contains { $0.type == .numericConflict }, "\(found.map(\.explanation))")
    }

    @Test(
        "Two claims that both deny it agree, whichever negation words each uses",
        arguments: [
            (
                "The mayor blamed the harbour board for failing to repair the north pier, her office said.",
                "The mayor blamed the harbour board for not repairing the north pier, an aide said.", false
            ),
            // Control: one side repaired it.
            (
                "The harbour board repaired the north pier in March, its chairman said.",
                "The harbour board has not repaired the north pier, the mayor said.", true
            ),
        ])
    func bothDeny(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictArgumentTests.contradictions([a, b])
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A judgement withheld (`declined to confirm or deny that`) neither denies nor asserts",
        arguments: [
            (
                "Police arrested the ferry captain at the Lomond quay on Monday, a spokesman said.",
                "The harbour authority declined to confirm or deny that the ferry captain was arrested at the Lomond quay.",
                false
            ),
            // Control: a denial.
            (
                "Police arrested the ferry captain at the Lomond quay on Monday, a spokesman said.",
                "The harbour authority denied that the ferry captain was arrested at the Lomond quay.", true
            ),
        ])
    func withheldJudgement(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet([a, b]).relations()
        #expect(found.contains { $0.type.isContradiction } == conflict, "\(found.map(\.explanation))")
        #expect(!found.contains { $0.type == .agreement }, "\(found.map(\.explanation))")
    }

    /// Known gap: two outlets' tolls of one event conflict alone, but not once a third article of the event carries
    /// other claims too. In a run of one story every article uses the story's own words, so inverse article
    /// frequency leaves them little weight; the two articles' story vectors are then made of their other claims'
    /// words, their cosine falls under `StoryVectors.threshold`, and their claims are never compared. When it is
    /// fixed, this test reports that the known issue no longer occurs.
    @Test("Two tolls of one event still conflict beside a third article about the event")
    func tollsBesideThirdArticle() throws {
        let found = try ConflictArgumentTests.contradictions([
            "The landslide in Parvella killed 42 villagers on Monday, the district health office said. Rescue teams "
                + "searched the rubble of the fish market through the night.",
            "The landslide in Parvella killed 17 villagers on Monday, the national rescue agency said. Doctors at the "
                + "Parvella clinic said they were running short of blood.",
            "The landslide in Parvella buried the old mill road, the mayor said. The landslide in Parvella killed "
                + "villagers and injured many more, the district governor said. Doctors at the clinic said supplies of "
                + "blood were low.",
        ])
        withKnownIssue("a third article's other claims take the toll conflict away") {
            #expect(found.contains { (r: Relation) in r.type == .numericConflict })
        }
    }
}
