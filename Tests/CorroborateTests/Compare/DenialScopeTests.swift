import Corroborate
import Foundation
import Testing

/// What a denial or a figure is about (issue 28): a denial whose head, particle or predicate the other side does
/// not assert, a claim cut out of a sentence that denies it, and figures of other batches or compatible with the
/// other side's are never flagged as contradictions. Cases written for these tests.
@Suite("What a denial and a figure are about")
struct DenialScopeTests {
    @Test(
        "Denials of another noun phrase, verb or predicate, or that both sides make, are no conflict",
        arguments: [
            // `not the singer`: the head the denial is about is not what the other side says.
            (
                "He is Omar Haddad, a British-born man in his twenties from Leeds, who was known to the police.",
                "Naming Omar Haddad means the killer is not the British-born singer, Sami Karim, who was once suspected."
            ),
            // Both sides quote the same denial.
            (
                "The guards \"stopped them,\" the minister said, but \"there will be dozens more that did not get stopped by the guards.\"",
                "\"There will be dozens more that did not get stopped by the guards,\" the minister told reporters."
            ),
            // `failed to show up` is not a denial that papers `show` something.
            (
                "Court papers obtained by the paper show that Marsh pleaded guilty to charges of theft.",
                "Marsh vanished from the court's files for two years because he failed to show up in court on a theft charge."
            ),
            // A partitive denies its predicate (`have the equipment`), which the other side does not assert.
            (
                "Three outlets reported that the virus showed up at a clinic in Tikrit, a city north of the capital.",
                "The case could not have been confirmed in Tikrit because none of the clinics in the city have the testing equipment."
            ),
            // The asserting side itself reports the dispute.
            (
                "The paper, in its first report on the senator's remarks, quoted the Interior Ministry disputing his account.",
                "The Interior Ministry has called his statements \"categorically false.\""
            ),
        ])
    func notTheSameDenial(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test(
        "Figures of another batch, another group, or compatible with the other side's are no conflict",
        arguments: [
            (
                "Four people were killed in the riot, more than two dozen injured and more than 50 pupils vanished.",
                "The riot claimed the lives of at least four people and left 25 injured, the mayor said."
            ),
            (
                "Rebels have seized several cargo planes at the airport in Sirte, officials said.",
                "Rebels at the airport in Sirte took control of nearly a dozen cargo planes, officials said."
            ),
            (
                "After the search of the warehouse, an additional eight people were arrested, the governor said.",
                "An additional 14 customs officers have been arrested after the search of the warehouse, the prosecutor said."
            ),
        ])
    func notTheSameFigure(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test(
        "A claim the sentence denies before its first word does not agree with the assertion",
        arguments: [
            (
                "According to the prosecutor none of the missing miners were among the bodies recovered from the flooded shaft.",
                "The missing miners were among the bodies recovered from the flooded shaft, a union leader said."
            ),
            (
                "The Interior Ministry is denying a senator's assertion that smugglers with the cartel, also known as the Gulf group, have been caught crossing the river.",
                "Smugglers with the cartel have been caught crossing the river, the senator said."
            ),
        ])
    func cutDenial(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type == .agreement }, "\(found.map(\.rule))")
    }
}

/// A quotation written two ways (spacing, abbreviation, a gloss in parentheses) is one wording; a name cut short
/// without a full stop is another word. Cases written for these tests.
@Suite("Quotations written otherwise")
struct WrittenOtherwiseTests {
    @Test(
        "Spacing, a contraction written apart, an abbreviation, a gloss in parentheses or one function word is no variant",
        arguments: [
            (
                "\"The convoy is at least 300 km from the river and it can not reach the town,\" said Rita Holm.",
                "\"The convoy is at least 300km from the river and it cannot reach the town,\" said Rita Holm."
            ),
            (
                "\"The envoy met the rebels in Oslo on Sept. 12 to talk about the prisoners,\" said Rita Holm.",
                "\"The envoy met the rebels in Oslo on September 12 to talk about the prisoners,\" said Rita Holm."
            ),
            (
                "\"The UK will send two more ships to the gulf before the end of the month,\" said Rita Holm.",
                "\"The United Kingdom will send two more ships to the gulf before the end of the month,\" said Rita Holm."
            ),
            (
                "\"The NRF (the northern front) will hold the bridge over the river until the spring,\" said Rita Holm.",
                "\"The NRF will hold the bridge over the river until the spring,\" said Rita Holm."
            ),
            (
                "\"We know that at least nine sheep were lost in the storm on the hill,\" said Rita Holm.",
                "\"We know at least nine sheep were lost in the storm on the hill,\" said Rita Holm."
            ),
            // Spoken forms and contractions written out.
            (
                "\"You know there's gonna be a long queue at the ferry on Saturday morning,\" said Rita Holm.",
                "\"You know there is going to be a long queue at the ferry on Saturday morning,\" said Rita Holm."
            ),
            (
                "\"The north road is closed for repairs and she's gonna take the coast road,\" said Rita Holm.",
                "\"The north road is closed for repairs and she is gonna take the coast road,\" said Rita Holm."
            ),
            // An editor's bracket with the tense fitted to it.
            (
                "\"We sold them off. They are in their new stables now,\" said Adam Kiro.",
                "\"We have sold [the horses] off. They are in their new stables now,\" said Adam Kiro."
            ),
        ])
    func writtenOtherwise(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test("The same words credited to two different speakers are no variant of one utterance")
    func twoSpeakers() throws {
        let found = try ArticleSet(
            a:
                "\"All the signs are that the tape is genuine, we have no reason to believe that it's not,\" a spokesman for the Interior Ministry said.",
            b: "\"We have no reason here at the station to believe that it's not true,\" said news anchor Rita Holm."
        ).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test("A first name quoted short without a full stop is a variant")
    func shortName() throws {
        let found = try ArticleSet(
            a: "\"I think Chris Dane was the best choice for the part of the captain,\" said Rita Holm.",
            b: "\"I think Christian Dane was the best choice for the part of the captain,\" said Rita Holm."
        ).relations()
        #expect(found.contains { $0.type == .quoteVariant }, "\(found.map(\.rule))")
    }

    @Test(
        "A rejection is of what the other side says in the same role, not of another doing or a description",
        arguments: [
            (
                "The militia began its offensive in mid-May, capturing parts of the town of Marib and nearby villages.",
                "Her brother said the rumour that she was captured in the town of Marib is not true."
            ),
            (
                "The ministry refused to negotiate with the militia over their captured soldiers in the town of Marib.",
                "Her brother said the rumour that she was captured in the town of Marib is not true."
            ),
            // The other side names the rumour, it does not assert what the rumour says.
            (
                "In response to the rumours of her capture in the town of Marib, she posted a photograph of herself.",
                "Her brother said the rumour that she was captured in the town of Marib is not true."
            ),
            (
                "Three days later, when the red mark began to spread, the doctor knew there was something wrong.",
                "The doctor said the red mark began to spread three days after the bite."
            ),
        ])
    func otherRole(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test(
        "Words said within a likeness, or named as news, are not what a denial or a rejection contradicts",
        arguments: [
            // `felt like he was in a cell`: a likeness, not a statement that he was in one.
            (
                "The courier felt like he was in a cell in the capital.",
                "His lawyer said the courier was not in a cell in the capital."
            ),
            (
                "The courier said he felt like he was in \"cell\" in the capital.",
                "The courier wrote to a friend that he felt \"like a hostage, only not in a cell, in the capital.\""
            ),
            (
                "The courier felt like he was in a cell in the capital.",
                "The courier wrote that he felt like a hostage, only not in a cell, in the capital."
            ),
            // `news that she was captured` names the news; it does not assert the capture.
            (
                "News that she was captured in the town of Marib spread online.",
                "Her brother said the rumour that she was captured in the town of Marib is not true."
            ),
            (
                "Word that she was arrested in the town of Marib spread online.",
                "Her brother said the rumour that she was arrested in the town of Marib is not true."
            ),
            (
                "News of the capture of Dana Rolf in the town of Marib spread online.",
                "Her brother said the rumour that Dana Rolf was captured in the town of Marib is not true."
            ),
        ])
    func likenessOrNews(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(!found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test("A plain statement of what a denial denies is a conflict")
    func plainDenied() throws {
        let found = try ArticleSet(
            a: "The courier was kept in a cell in the capital for two weeks, a friend said.",
            b: "His lawyer said the courier was not in a cell in the capital at any time."
        ).relations()
        #expect(found.contains { $0.type.isContradiction }, "\(found.map(\.rule))")
    }

    @Test("A rejection of the same statement in the same role is a conflict")
    func sameRole() throws {
        let found = try ArticleSet(
            a: "Dana Rolf was captured in the town of Marib on Friday, the militia said.",
            b: "Her brother said the rumour that she was captured in the town of Marib is not true."
        ).relations()
        #expect(found.contains { $0.rule.hasPrefix("refutation") }, "\(found.map(\.rule))")
    }
}
