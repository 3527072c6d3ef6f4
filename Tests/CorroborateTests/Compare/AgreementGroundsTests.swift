import Corroborate
import Foundation
import Testing

/// What an agreement must rest on (issue 28): claims that can tell one happening (not everything one actor did in
/// a country, not two undated articles about different stories), and something said of what they are about, not
/// only an attribute both give in passing (an age, what a place is). Cases written for these tests.
@Suite("What an agreement rests on")
struct AgreementGroundsTests {
    private func agreements(_ a: String, _ b: String, dated: Bool = true) throws -> [Relation] {
        try ArticleSet(a: a, b: b, dated: dated).relations().filter { $0.type == .agreement }
    }

    @Test(
        "Claims that name a country and an actor, or undated articles of different stories, are not one happening",
        arguments: [
            (
                "Islamic State fighters clashed with soldiers near a bridge in Iraq, the defence ministry said.",
                "The fighting between Islamic State militants and tribesmen in Iraq left a village without water, a tribal leader said.",
                true
            ),
            (
                "An attack by gunmen on a police station in Raqqa killed two officers, a local official said.\n\nThe official said the gunmen escaped on motorcycles after an hour-long gunfight with the police.",
                "The football club's chairman said fighting broke out between rival supporters in Raqqa after the cup final.\n\nThe chairman said the stadium would stay closed for two matches and that the club would pay for the broken seats.",
                false
            ),
        ])
    func notOneHappening(a: String, b: String, dated: Bool) throws {
        let found = try agreements(a, b, dated: dated)
        #expect(!found.contains { $0.rule.hasPrefix("same happening") }, "\(found.map(\.rule))")
    }

    @Test("Undated articles about one story still agree on the happening they both tell")
    func oneStoryUndated() throws {
        let found = try agreements(
            "An attack by gunmen on a police station in Raqqa killed two officers, a local official said.\n\nThe official said the gunmen escaped on motorcycles after an hour-long gunfight with the police.",
            "A police spokesman said the attack on the police station in Raqqa left two officers dead.\n\nThe spokesman said the gunmen fled on motorcycles after the gunfight and that the police were searching for them.",
            dated: false)
        #expect(found.contains { $0.rule == "same happening" }, "\(found.map(\.rule))")
    }

    @Test(
        "Claims that share only an age or what a place is agree on nothing",
        arguments: [
            (
                "Dana Rolf, 31, a nurse from Haifa, joined the volunteer brigade in the north this month.",
                "Dana Rolf, 31, was arrested by border guards near the crossing at Rafah on Friday."
            ),
            (
                "The convoy was some 300 km away from Tartus, a port on the Mediterranean coast and the scene of heavy fighting.",
                "The ships of the navy were anchored off Tartus, a port on the Mediterranean coast, while the talks went on."
            ),
        ])
    func attributeOnly(a: String, b: String) throws {
        let found = try agreements(a, b)
        #expect(found.isEmpty, "\(found.map(\.rule))")
    }

    @Test(
        "An age both give in passing of the same name is no agreement on a figure",
        arguments: [
            (
                "Two experts questioned the recording of the shots that killed 19-year-old Tomas Varga in Brenvik.\n\nThe police in Brenvik have not named the officer who fired the shots at Tomas Varga.",
                "The app company said it verified the recording of the shots that killed 19-year-old Tomas Varga in Brenvik.\n\nThe police in Brenvik have not named the officer who fired the shots at Tomas Varga, the mayor said."
            )
        ])
    func ageInPassing(a: String, b: String) throws {
        let found = try agreements(a, b).filter { $0.rule.hasPrefix("numeric") }
        #expect(found.isEmpty, "\(found.map(\.rule))")
    }

    @Test(
        "A person said to be freed or rescued and the same person said to be killed or dead: no agreement, and no contradiction on those words alone",
        arguments: [
            (
                "The ministry said the aid worker Ilse Brandt, held by kidnappers in the mountains since March, has been freed.",
                "The aid worker Ilse Brandt, held by kidnappers in the mountains since March, was killed during a rescue attempt, officials said."
            ),
            (
                "Greg Tamsin, the sailor missing off Harwich since Monday, was rescued by a fishing boat, the coastguard said.",
                "Greg Tamsin, the sailor missing off Harwich since Monday, was found dead by a fishing boat, the coastguard said."
            ),
        ])
    func oppositeFates(a: String, b: String) throws {
        let found = try ArticleSet(a: a, b: b).relations()
        #expect(
            !found.contains { $0.type == .agreement || $0.rule.hasPrefix("opposite words") }, "\(found.map(\.rule))")
    }

    @Test("Two claims that both tell of one freed and others killed in one raid still agree")
    func bothOutcomes() throws {
        let found = try agreements(
            "The army said a raid on the farm near Oslo on Saturday freed the hostage Rita Holm and killed four of her kidnappers.",
            "On Saturday soldiers freed Rita Holm, the hostage held at a farm near Oslo, and killed four kidnappers in the raid, the police said."
        )
        #expect(!found.isEmpty, "no agreement")
    }

    @Test(
        "A claim whose predicate is what the other says of the same person in passing agrees with it",
        arguments: [
            (
                "Dana Rolf is a nurse born in 1990 in Haifa, the hospital said.",
                "Dana Rolf, a nurse born in 1990 in Haifa, was charged with theft in 2014."
            ),
            (
                "Dana Rolf, 31, joined the volunteer brigade in the north this month, her family said.",
                "Dana Rolf, 31, joined the volunteer brigade in the north early this month."
            ),
        ])
    func sharedPredicate(a: String, b: String) throws {
        let found = try agreements(a, b)
        #expect(!found.isEmpty, "no agreement")
    }
}

/// Commitment is read clause by clause (issue 28, agreement recall): a claim that denies or hedges something in
/// one clause still states what its other clauses say, and agrees with a claim that states the same; a denial,
/// hedge or condition inside the aligned clause itself still keeps the pair from agreeing. Cases written for
/// these tests.
@Suite("Agreement on one clause of a claim")
struct ClauseCommitmentTests {
    private func agreements(_ a: String, _ b: String) throws -> [Relation] {
        try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
    }

    @Test(
        "A denial or hedge in another clause leaves the aligned clause a side of an agreement",
        arguments: [
            (
                "The blast at the fuel depot in Lorvik did not hurt anyone, but it left a crater 9 metres wide beside the harbour wall, the fire service said.",
                "The blast at the fuel depot in Lorvik left a crater 9 metres wide beside the harbour wall, a port official said."
            ),
            (
                "The Dunmere school had taken 40 pupils to the island of Skarra for a three-day visit to the bird sanctuary, but since then the headmaster has reportedly resigned.",
                "The Dunmere school took 40 pupils to the island of Skarra for a three-day visit to the bird sanctuary, the council said."
            ),
        ])
    func otherClause(a: String, b: String) throws {
        let found = try agreements(a, b)
        #expect(!found.isEmpty, "no agreement")
    }

    @Test(
        "A denial, hedge or condition inside the aligned clause still keeps the pair apart",
        arguments: [
            (
                "The blast at the fuel depot in Lorvik did not leave a crater beside the harbour wall, the fire service said.",
                "The blast at the fuel depot in Lorvik left a crater beside the harbour wall, a port official said."
            ),
            (
                "The Dunmere school reportedly took 40 pupils to the island of Skarra for a three-day visit to the bird sanctuary.",
                "The Dunmere school took 40 pupils to the island of Skarra for a three-day visit to the bird sanctuary, the council said."
            ),
            (
                "If the Dunmere school took 40 pupils to the island of Skarra for a visit to the bird sanctuary, the council would pay for the ferry.",
                "The Dunmere school took 40 pupils to the island of Skarra for a visit to the bird sanctuary, the council said."
            ),
        ])
    func sameClause(a: String, b: String) throws {
        let found = try agreements(a, b)
        #expect(found.isEmpty, "\(found.map(\.rule))")
    }
}
