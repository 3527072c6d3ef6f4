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
                "The stewards \"turned them back,\" the mayor said, but \"plenty of others that did not get turned back will reach the square.\"",
                "\"Plenty of others that did not get turned back will reach the square,\" the mayor told reporters."
            ),
            // `failed to show up` is not a denial that papers `show` something.
            (
                "Records seen by the weekly show that Dunmore admitted a charge of fraud.",
                "Dunmore dropped out of the county's records for a year when he failed to show up for a hearing on a fraud charge."
            ),
            // A partitive denies its predicate (`have the equipment`), which the other side does not assert.
            (
                "Three outlets reported that the virus showed up at a clinic in Tikrit, a city north of the capital.",
                "The case could not have been confirmed in Tikrit because none of the clinics in the city have the testing equipment."
            ),
            // The asserting side itself reports the dispute.
            (
                "The weekly, in its first story on the mayor's remarks, quoted the Transport Ministry disputing her account.",
                "The Transport Ministry says her remarks are \"plainly false.\""
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
                "Six people died in the flood, more than two dozen were injured and more than 40 cattle drowned.",
                "The flood killed at least six people and left 25 injured, the governor said."
            ),
            (
                "Militiamen have captured several fishing boats in the harbour at Varna, police said.",
                "Militiamen in the harbour at Varna took over nearly a dozen fishing boats, police said."
            ),
            (
                "Following the raid on the depot, a further eight people were detained, the governor said.",
                "A further 14 port workers have been detained following the raid on the depot, the prosecutor said."
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
            // The denied report is the verb's object (`dismissed claims ... that`), not a verb of its own.
            (
                "The union has dismissed claims by the port authority that it signed a deal or agreed to end the strike at the Brenvik docks.",
                "The union agreed to end the strike at the Brenvik docks, the port authority said on Monday."
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
                "\"The barge is at least 40 km from the lock and it can not reach the mill,\" said Rita Holm.",
                "\"The barge is at least 40km from the lock and it cannot reach the mill,\" said Rita Holm."
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
                "\"I reckon there's gonna be snow on the pass by Sunday evening,\" said Rita Holm.",
                "\"I reckon there is going to be snow on the pass by Sunday evening,\" said Rita Holm."
            ),
            (
                "\"The north road is closed for repairs and she's gonna take the coast road,\" said Rita Holm.",
                "\"The north road is closed for repairs and she is gonna take the coast road,\" said Rita Holm."
            ),
            // An editor's bracket with the tense fitted to it.
            (
                "\"We gave them away. They graze on a farm up north now,\" said Adam Kiro.",
                "\"We have given [the goats] away. They graze on a farm up north now,\" said Adam Kiro."
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
                "\"Everything we have seen says the ledger is real, and nothing makes us think it's not,\" a spokesman for the Treasury said.",
            b: "\"Nothing here at the paper makes us think it's not real,\" said columnist Rita Holm."
        ).relations()
        #expect(!found.contains { $0.type == .quoteVariant }, "\(found.map(\.explanation))")
    }

    @Test("A first name quoted short without a full stop is a variant")
    func shortName() throws {
        let found = try ArticleSet(
            a: "\"I believe Matt Orlov will win the race to chair the board,\" said Rita Holm.",
            b: "\"I believe Matthew Orlov will win the race to chair the board,\" said Rita Holm."
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
                "Two weeks on, once the crack began to widen, the engineer saw that the wall was failing.",
                "The engineer said the crack began to widen two weeks after the storm."
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
                "The courier wrote to a friend that he felt \"like a prisoner, just not in a cell, in the capital.\""
            ),
            (
                "The courier felt like he was in a cell in the capital.",
                "The courier wrote that he felt like a prisoner, just not in a cell, in the capital."
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

    @Test(
        "What an attempt, a call or a vow aims at is not done: a denial that it was done is no conflict",
        arguments: [
            (
                "The Kesso council urged the port to step up its efforts to reopen the ferry line, the mayor said.",
                "The port failed to reopen the Kesso ferry line on Monday, the harbour master said.", false
            ),
            (
                "Divers tried to raise the sunken Kesso ferry on Monday, the coastguard said.",
                "Divers did not raise the sunken Kesso ferry on Monday, the harbour master said.", false
            ),
            (
                "The navy was ordered to evacuate the Kesso islanders on Monday, the ministry said.",
                "The navy did not evacuate the Kesso islanders on Monday, the islanders said.", false
            ),
            (
                "Rescuers sought to reach the trapped Kesso miners on Monday, the mine owner said.",
                "Rescuers could not reach the trapped Kesso miners on Monday, the union said.", false
            ),
            // Controls: `managed to` says it was done, and so does the plain verb, also after a call in its clause.
            (
                "Mayor Ilse Varga, asked to resign, resigned on Monday, the council said.",
                "Mayor Ilse Varga did not resign on Monday, her spokesman said.", true
            ),
            (
                "Divers managed to raise the sunken Kesso ferry on Monday, the coastguard said.",
                "Divers did not raise the sunken Kesso ferry on Monday, the harbour master said.", true
            ),
            (
                "Divers raised the sunken Kesso ferry on Monday, the coastguard said.",
                "Divers did not raise the sunken Kesso ferry on Monday, the harbour master said.", true
            ),
        ])
    func aimedAt(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
