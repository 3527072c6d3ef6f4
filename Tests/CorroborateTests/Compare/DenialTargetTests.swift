import Foundation
import Testing

@testable import Corroborate

/// What a denial, a refutation or a count is about (issue 28), from causes of wrong contradiction flags read on stories
/// nobody tuned on: a denied link against a side that states no link, a passive denial of another thing (`whose age
/// wasn't given` against `has given birth`), a name denied against a participle that only introduces someone by it
/// (`neither is named Lena Kovac` against `an engineer named Lena Kovac`), a denied figure against another (`does not
/// weigh 21 grams more` against `weighs 0.8 grams more`), a claim about many of a kind against a denial about one
/// (`many videos are staged`), a denial bounded in time further on (`won't be selling the watch until then`), a negated
/// command (`saying "don't shoot"`), and the first part of a count (`six shots followed by four more`) set against the
/// total. Every row without a contradiction was flagged before; control rows must still be flagged. Cases written for
/// these tests (an invented comet, convent, hospital, ferry, depot and recording).
@Suite("A denial, a refutation or a count meets only what the other side states")
struct DenialTargetTests {
    @Test(
        "Two things denied a link contradict only a side that states a link",
        arguments: [
            (
                "The Kell comet, at the time of its close approach, was about 40,000 kilometres from Earth, the space agency said.",
                "The blast was 13 hours apart from the close approach of the Kell comet, so the blast and the comet are unrelated, an astronomer said.",
                false
            ),
            (
                "The Kell comet made its close approach to Earth on Sunday, passing at about 40,000 kilometres, the space agency said.",
                "The blast was 13 hours apart from the close approach of the Kell comet, so the blast and the comet are unrelated, an astronomer said.",
                false
            ),
            // Controls: the side states the link, in any of its words; a denial of one's part meets a claim that
            // gives one.
            (
                "The dock strike led to the rise in fuel prices in Kessel, traders said.",
                "The dock strike and the rise in fuel prices in Kessel are unrelated, the port authority said.", true
            ),
            (
                "The blackout in Corvo was due to the cyberattack on the grid operator, a security firm said.",
                "The blackout in Corvo and the cyberattack on the grid operator are unrelated, the minister said.", true
            ),
            (
                "The rise in fuel prices in Kessel is because of the dock strike, traders said.",
                "The dock strike and the rise in fuel prices in Kessel are unrelated, the port authority said.", true
            ),
            (
                "The outbreak at the Harlow plant stemmed from the contaminated water supply, inspectors said.",
                "The outbreak at the Harlow plant and the contaminated water supply are unrelated, the company said.",
                true
            ),
            (
                "Ivo Marek was involved in the bombing of the Tarsk depot, the prosecutor said.",
                "Ivo Marek had nothing to do with the bombing of the Tarsk depot, his lawyer said.", true
            ),
            (
                "A piece of the Kell comet, which made its close approach to Earth on Sunday, caused the blast, the space agency said.",
                "The blast was 13 hours apart from the close approach of the Kell comet, so the blast and the comet are unrelated, an astronomer said.",
                true
            ),
            (
                "The blast was linked to the close approach of the Kell comet on Sunday, the space agency said.",
                "The blast was 13 hours apart from the close approach of the Kell comet, so the blast and the comet are unrelated, an astronomer said.",
                true
            ),
        ])
    func link(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A passive denial is about its subject: the other side must say that thing",
        arguments: [
            (
                "A nun at the Verla convent has given birth to a baby, the local paper said.",
                "The nun, whose age wasn't given, gave birth at the Verla convent on Sunday, the local paper said.",
                false
            ),
            (
                "The Tarsk hospital has released the two injured miners, a spokesman said.",
                "The two injured miners, whose names were not released, are in stable condition at the Tarsk hospital, a spokesman said.",
                false
            ),
            (
                "The Tarsk hospital has released the two injured miners, a spokesman said.",
                "The names of the two injured miners were not released by the Tarsk hospital, a spokesman said.", false
            ),
            // Controls: the subject is said on the other side.
            (
                "The names of the dead were given to reporters on Monday, the Brenn police said.",
                "The names of the dead were not given to reporters, a Brenn police officer said.", true
            ),
            (
                "The hostages at the Tarsk camp were released on Monday, the army said.",
                "The hostages at the Tarsk camp were not released on Monday, a negotiator said.", true
            ),
            (
                "The Velmora family was told of the crash on Monday, the police said.",
                "The Velmora family was not told of the crash on Monday, their lawyer said.", true
            ),
            (
                "Online reports in Velmora forums claim Ida Brandt was captured by the Tarsk militia in the town of Kessel.",
                "She said on Monday that she was safe. Ida Brandt has apparently not been captured by the Tarsk militia in Kessel.",
                true
            ),
        ])
    func passive(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A participle that introduces someone by name states nothing a denial of the name meets",
        arguments: [
            (
                "Security officials said the woman in question is an engineer named Lena Kovac.",
                "The ministry spokesman Ado Brenn told reporters that Ivo Marek has two wives but neither is named Lena Kovac.",
                false
            ),
            (
                "Security officials said the woman in question is an engineer called Lena Kovac.",
                "The ministry spokesman Ado Brenn told reporters that Ivo Marek has two wives but neither is called Lena Kovac.",
                false
            ),
            (
                "Security officials said the woman held at the border is a teacher named Lena Kovac.",
                "The ministry spokesman Ado Brenn told reporters that Ivo Marek has two wives but neither is named Lena Kovac.",
                false
            ),
            // Controls: a participle that names nobody (`a hostage killed Sunday`); the other side states the name
            // of the same people.
            (
                "None of the hostages was killed in the raid on the Tarsk camp, the army said.",
                "A hostage killed Sunday in the raid on the Tarsk camp was a Velmoran aid worker, police said.",
                true
            ),
            (
                "Security officials said one of the two wives of Ivo Marek is named Lena Kovac.",
                "The ministry spokesman Ado Brenn told reporters that Ivo Marek has two wives but neither is named Lena Kovac.",
                true
            ),
            (
                "Security officials said the second wife of Ivo Marek is named Lena Kovac.",
                "The ministry spokesman Ado Brenn told reporters that Ivo Marek has two wives but neither is named Lena Kovac.",
                true
            ),
        ])
    func introduced(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A denied figure is denied of that value only: no contradiction, denial or numeric, with another value",
        arguments: [
            (
                "The new Tarsk phone weighs 173 grams, 0.8 grams more than the old one, a reviewer said.",
                "The new Tarsk phone does not weigh 21 grams more than the old one, the maker said.", false
            ),
            (
                "\"It weighs 173.5 grams, a whopping 0.8 grams more than the old Tarsk phone,\" a reviewer wrote.",
                "\"Our new Tarsk phone definitely doesn't weigh 21 grams more than the old device,\" a second reviewer wrote.",
                false
            ),
            // Controls: the same figure stated and denied; a figure that says which ones, not how many, is not what
            // is denied; two figures stated.
            (
                "The Tarsk rebels freed the hostages on Monday, the army said.",
                "The Tarsk rebels did not free the 12 hostages on Monday, a negotiator said.", true
            ),
            (
                "The new Tarsk phone weighs 21 grams more than the old one, a reviewer said.",
                "The new Tarsk phone does not weigh 21 grams more than the old one, the maker said.", true
            ),
            (
                "The new Tarsk phone weighs 173 grams, a reviewer said on Monday.",
                "The new Tarsk phone weighs 194 grams, the maker said on Monday.", true
            ),
        ])
    func deniedFigure(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "What is said of many of a kind is not denied by a denial about one of them",
        arguments: [
            (
                "A large number of prank videos on the Tarsk channel are staged, a critic said.",
                "The prank video on the Tarsk channel was not staged, its maker said.", false
            ),
            // Controls: both speak of the videos, or of the one video; the kind is not the subject.
            (
                "The singer was captured near Velmora alongside several female fighters, an online forum said.",
                "One fighter said the singer was never captured near Velmora.", true
            ),
            (
                "The prank videos on the Tarsk channel are staged, a critic said.",
                "The prank videos on the Tarsk channel were not staged, their maker said.", true
            ),
            (
                "The prank video on the Tarsk channel was staged, a critic said.",
                "The prank video on the Tarsk channel was not staged, its maker said.", true
            ),
        ])
    func kind(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A denial bounded by `until` in its scope says when, not whether",
        arguments: [
            (
                "The Kessel ferry company will sell tickets for the new island route, its manager said.",
                "The Kessel ferry company won't be selling tickets for the island route until March, a clerk said.",
                false
            ),
            // Control: no bound.
            (
                "The Kessel ferry company will sell tickets for the new island route, its manager said.",
                "The Kessel ferry company won't be selling tickets for the new island route this year, a clerk said.",
                true
            ),
        ])
    func until(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test(
        "A negated command quoted in a claim denies nothing",
        arguments: [
            (
                "The guard began shooting at the driver after he ran from the Tarsk depot, witnesses said.",
                "The driver turned back to face the guard at the Tarsk depot with his hands raised, saying 'don't shoot', a witness said.",
                false
            ),
            // Controls: a statement that the guard did not shoot; a closing quotation mark opens no command.
            (
                "The guard began shooting at the driver after he ran from the Tarsk depot, witnesses said.",
                "The driver ran from the Tarsk depot, the \"safe zone\" guards do not shoot at, a witness said.", true
            ),
            (
                "The guard began shooting at the driver after he ran from the Tarsk depot, witnesses said.",
                "The guard did not shoot at the driver at the Tarsk depot, the security firm said.", true
            ),
        ])
    func command(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }

    @Test("A question opened by `Don't you` is no command: the agreement on its figure stands")
    func askingIsNoCommand() throws {
        let found = try ArticleSet(
            a: "\"Don't you know the over 200 Tarsk schoolgirls have converted to Islam?\" the militia leader "
                + "Ivo Marek said in a video. \"They have now memorized two chapters of the Quran.\"",
            b: "In the video, the militia said more than 200 kidnapped Tarsk schoolgirls all have converted to Islam "
                + "and been married off."
        ).relations()
        #expect(found.contains { $0.type == .agreement }, "\(found.map(\.explanation))")
    }

    @Test(
        "The first part of a count, followed by more, is not the total",
        arguments: [
            (
                "At least ten shots can be heard on the Marsh Lane recording, the station said.",
                "An audio expert heard a burst of six shots on the Marsh Lane recording, followed by four more after a pause.",
                false
            ),
            (
                "At least ten shots can be heard on the Marsh Lane recording, the station said.",
                "A burst of six shots, then a pause and several more shots, can be heard on the Marsh Lane recording.",
                false
            ),
            // Controls: a count that is the whole; more of another outcome; a multiple of something else.
            (
                "At least ten shots can be heard on the Marsh Lane recording, the station said.",
                "An audio expert heard six shots on the Marsh Lane recording.", true
            ),
            (
                "Nine people were killed in the Marsh Lane shooting, the police said.",
                "Six people were killed in the Marsh Lane shooting and two more were wounded, a doctor said.", true
            ),
            (
                "The Marsh Lane club will charge members $40 a month, its owner said.",
                "The Marsh Lane club will charge members $60 a month, while its rival asks three times more money, a member said.",
                true
            ),
        ])
    func partOfCount(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict, numeric: true)
    }
}
