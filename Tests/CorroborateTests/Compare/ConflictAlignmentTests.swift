import Corroborate
import Foundation
import Testing

/// Contradictions that hold on news nobody tuned on (issue 28): a figure conflict needs one measure of one named
/// thing, a denial must deny what the other side asserts (not restate it with a negation word), and two articles
/// must tell one story before one can contradict the other. Cases written for these tests.
@Suite("Contradictions of one proposition")
struct ConflictAlignmentTests {
    @Test(
        "Percentages of claims that name nothing in common are no conflict",
        arguments: [
            // Each poll has its own margin of error: the claims share the measure, no name.
            (
                "The survey of 812 likely voters has a margin of error of plus or minus 3.4 percentage points.",
                "The poll has a margin of error of plus or minus 4.5 percentage points, its authors said."
            )
        ])
    func notOneMeasure(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    /// Twenty-four short articles of other stories, so that a poll's words are rare in the run.
    static let background = ConflictSubjectsTests.background

    @Test(
        "The same percentage in claims that name nothing in common is no agreement either; named, it is one",
        arguments: [
            // Two polls' margins of error: the same figure, no name shared.
            (
                "The harbour survey questioned 900 residents and has a margin of error of three percent.",
                "The ferry poll has a margin of error of three percent, its authors said.", false
            ),
            // Control: the Tarsk harbour survey on both sides.
            (
                "The Tarsk harbour survey of 900 residents, published on Monday, has a margin of error of three percent, its authors said.",
                "According to the council, the margin of error of the Tarsk harbour survey is three percent.", true
            ),
        ])
    func sharesWithoutName(a: String, b: String, agree: Bool) throws {
        // The shipped model judges, as in a report: the rules alone also propose the two polls' words as one
        // statement, which the model does not flag.
        let found = try ArticleSet([a, b] + ConflictAlignmentTests.background, model: .builtIn).relations()
        #expect(found.contains { $0.type == .agreement } == agree, "\(found.map(\.rule))")
    }

    @Test(
        "Totals whose parts all differ are two contests, whether the reader measures the parts or not",
        arguments: [
            // `41 of the 120` and `30` of `64`: the parts are bare numbers, two frames.
            (
                "The Velmora party is now assured of winning at least 41 of the 120 seats at stake in the spring vote.",
                "With 64 seats at stake, the Velmora party is assured of winning at least 30.", false
            ),
            // Control: the same part of two totals.
            (
                "The Velmora party is assured of winning 41 of the 120 seats at stake in the Tarsk vote, officials said.",
                "The Velmora party is assured of winning 41 of the 96 seats at stake in the Tarsk vote, the election board said.",
                true
            ),
            // Control: a figure restated in another unit is the same figure, not another frame.
            (
                "The crater left by the meteorite near Tarsk had a radius of 12 meters (39 feet), the institute said.",
                "The meteorite near Tarsk left a crater 20 meters (66 feet) wide, residents said.", true
            ),
        ])
    func partsOfTotals(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet([a, b] + ConflictAlignmentTests.background).relations()
        #expect(found.contains { $0.type == .numericConflict } == conflict, "\(found.map(\.explanation))")
    }

    @Test("Two counts of one named happening that differ are a numeric conflict")
    func oneMeasure() throws {
        let found = try ArticleSet(
            a: "Nine people were killed and 28 wounded in the shelling of Tarsin on Friday, the monitor said.",
            b: "Nine people were killed and 24 wounded in the shelling of Tarsin on Friday, local officials said."
        ).relations()
        #expect(found.contains { $0.type == .numericConflict }, "\(found.map(\.rule))")
    }

    @Test(
        "A negation that restates the other side's position, or denies a requirement, is no conflict",
        arguments: [
            // `isn't the first time` says it happened before, as the other side does.
            (
                "This was the second recent case of a fisherman from Corvo losing his boat to a storm.",
                "It isn't the first time that a fisherman from Corvo has lost his boat to a storm, the harbour master said."
            ),
            // `was dismissed as manager` says what happened to him, as `was fired as manager` does.
            (
                "Okafor was fired as Dunmore's campaign manager on Monday after weeks of clashes, aides said.",
                "Okafor was dismissed on Monday as Dunmore's campaign manager after weeks of clashes."
            ),
            // `decided against recommending` is the other side's `isn't recommending`.
            (
                "Tenants cheered on Friday now that the board has decided against renewing the licence of the ferry company.",
                "Dock workers were not surprised that the board isn't renewing the licence of the ferry company, they said."
            ),
            // A requirement is no statement that it happened.
            (
                "The rowing club would need to beat the northern crews by several lengths in order to reach the final.",
                "When the rowing club beats anyone, it is not by several lengths, and it is not the northern crews."
            ),
        ])
    func sameSideNegation(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test(
        "A clause put in doubt (`unlikely that`, `hard to relate`) asserts nothing a denial or refutation contradicts",
        arguments: [
            // Both doubt the link; `unrelated` refutes nothing the first asserts.
            (
                "Blast at Tarsk quarry\n\nThe geologist Ida Vell said it was unlikely that the blast at the Tarsk quarry on Monday was caused by the storm.\n",
                "Tarsk quarry blast\n\nThe quarry manager said the blast at the Tarsk quarry on Monday and the storm were unrelated.\n",
                false
            ),
            // `hard to relate` is the denial's side, not its target.
            (
                "Ferry closure\n\n\"It is hard to relate the closure of the Tarsk ferry to the strike,\" the harbour master Oskar Brenn said.\n",
                "Tarsk ferry\n\nUnion officials denied that the closure of the Tarsk ferry was related to the strike.\n",
                false
            ),
            // Control: the plain statement and its denial.
            (
                "Dam on schedule\n\nThe minister Mira Dahl said the Tarsk dam will be finished by May.\n",
                "Dam delays\n\nEngineers denied that the Tarsk dam will be finished by May.\n", true
            ),
        ])
    func doubtedClause(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet(a: a, b: b, model: .builtIn).relations()
        #expect(found.contains { $0.type.isContradiction } == conflict, "\(found.map(\.rule))")
    }

    @Test(
        "A side that names the story the other calls false talks about it; one that tells it, or gives its figure, is refuted",
        arguments: [
            (
                "Museum row\n\nMuseum directors in Tarsk had told the curator Ida Holm to stop telling the story of the stolen painting at the Tarsk museum.\n",
                false
            ),
            (
                "Museum row\n\nThe painting at the Tarsk museum was stolen by the museum directors, the curator Ida Holm said.\n",
                true
            ),
        ])
    func namedStory(a: String, conflict: Bool) throws {
        let b = [
            "Tarsk painting\n\nMuseum directors in Tarsk had known for years that the story of the stolen painting at the Tarsk museum was false.\n",
            "Tarsk painting\n\nThe story that the painting at the Tarsk museum was stolen by the museum directors is false.\n",
        ][conflict ? 1 : 0]
        let found = try ArticleSet(a: a, b: b, model: .builtIn).relations()
        #expect(found.contains { $0.type.isContradiction } == conflict, "\(found.map(\.rule))")
    }

    @Test(
        "A figure a question asks about neither agrees nor conflicts; one a question takes as given still does",
        arguments: [
            (
                "Darkness rumour\n\n6 days of total darkness in Tarsk in December? ? http://t.co/eTN60Tn\u{2014} Ida Holm (@idaholm) May 2, 2024\n",
                "Tarsk darkness\n\n6 days of darkness in Tarsk in December pic.twitter.com/fQLYkVX\u{2014} Mira Dahl (@mdahl) May 2, 2024\n",
                false
            ),
            (
                "Bridge cost\n\nWill the new Tarsk bridge really cost $40 million?\n",
                "Tarsk bridge\n\nThe new Tarsk bridge will cost $90 million, the council said on Monday.\n", false
            ),
            // Controls: the figure stated, and a figure a `how` question takes as given.
            (
                "Darkness rumour\n\nTarsk will see six days of total darkness in December, the mayor said.\n",
                "Tarsk darkness\n\nThe astronomer Mira Dahl said Tarsk would see six days of total darkness in December.\n",
                true
            ),
            (
                "Bridge cost\n\nBut how did the council arrive at the $40 million price for the new Tarsk bridge?\n",
                "Tarsk bridge\n\nThe new Tarsk bridge will cost $90 million, the council said on Monday.\n", true
            ),
        ])
    func askedFigure(a: String, b: String, related: Bool) throws {
        let found = try ArticleSet(a: a, b: b, model: .builtIn).relations()
        #expect(found.contains { $0.rule.hasPrefix("numeric") } == related, "\(found.map(\.rule))")
    }

    @Test("A figure the other calls bogus is refuted, though `figure` names a statement")
    func refutedFigure() throws {
        let found = try ArticleSet(
            a:
                "Bridge costs\n\nThe council put the cost of the Tarsk bridge repairs at a $72 million figure on Monday.\n",
            b: "Tarsk bridge\n\nEngineers said the $72 million figure for the Tarsk bridge repairs is totally bogus.\n",
            model: .builtIn
        ).relations()
        #expect(found.contains { $0.rule.hasPrefix("refutation") }, "\(found.map(\.rule))")
    }

    @Test(
        "A hedging adverb (`allegedly showed`) governs all its verb says, however far: no side a denial contradicts",
        arguments: [
            (
                "A video allegedly showed the elderly mayor of the town of Tarsk taking cash from a builder in his office.",
                false
            ),
            // Control: the same words said plainly.
            ("A video showed the elderly mayor of the town of Tarsk taking cash from a builder in his office.", true),
        ])
    func hedgingAdverb(said: String, conflict: Bool) throws {
        let denial =
            "Tarsk mayor\n\nThe mayor of Tarsk did not take cash from a builder in his office, his spokeswoman Ida Holm said.\n"
        let found = try ArticleSet(a: "Mayor video\n\n" + said + "\n", b: denial, model: .builtIn).relations()
        #expect(found.contains { $0.type.isContradiction } == conflict, "\(found.map(\.rule))")
    }

    @Test(
        "A denial about other named things, under a fear, or a rejection both sides make, is no conflict",
        arguments: [
            // One audit is the Harbour Authority's, the other the Rail Authority's.
            (
                "Mayor Lund has been helping with the Harbour Authority's audit of the accounts, a spokesman said.",
                "The mayor decided not to help with the Rail Authority's audit of the accounts."
            ),
            // Both sides call the story fake.
            (
                "Last year a fake press release claiming the painter Orrin Vale had been arrested did the rounds, and several sites published the hoax before taking it down.",
                "The story that the painter Orrin Vale has been arrested is, of course, completely fake."
            ),
            (
                "The quiz host was the target of a flood of misinformation after the final was broadcast on Sunday.",
                "\"The quiz host was the target of a flood of misinformation,\" the producer said of the final."
            ),
            // What is feared is not what is said to happen.
            (
                "The council agreed a settlement that frees the detained Harwich fishermen next week.",
                "Clashes after the deal raise fears that the detained Harwich fishermen will not be released."
            ),
        ])
    func otherProposition(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test(
        "A judgement withheld or a fear states nothing: it agrees with no assertion",
        arguments: [
            (
                "Officials said it is hard to be sure that the bodies found in the flooded shaft near Harwich are the missing miners.",
                "The bodies found in the flooded shaft near Harwich are the missing miners, officials said."
            ),
            (
                "The clashes raised fears that the miners trapped in the flooded shaft near Harwich had died.",
                "The miners trapped in the flooded shaft near Harwich had died, officials said."
            ),
        ])
    func uncommitted(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type == .agreement }, "\(found.map(\.rule))")
    }

    @Test(
        "Opposite words are a conflict only when said of the same roles",
        arguments: [
            // One person won and lost: a conflict.
            (
                "Maria Osei won the Harwich primary on Tuesday, the election board said.",
                "Maria Osei lost the Harwich primary on Tuesday, the election board said.", true
            ),
            // Two people: one won, the other lost.
            (
                "Maria Osei won the Harwich primary on Tuesday, the election board said.",
                "Jon Brandt lost the Harwich primary on Tuesday, the election board said.", false
            ),
            // `lost to Osei` and `Osei won` say one thing.
            (
                "Jon Brandt lost badly to Maria Osei in the Harwich primary on Tuesday, the board said.",
                "Maria Osei won the Harwich primary on Tuesday, the board said.", false
            ),
        ])
    func opposites(a: String, b: String, conflict: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(found.contains { $0.rule.hasPrefix("opposite words") } == conflict, "\(found.map(\.rule))")
    }
}
