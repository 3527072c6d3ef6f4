import Corroborate
import Foundation
import Testing

/// A contradiction needs one proposition said with two polarities (issue 28): two sides that both deny it, or that
/// hinder, ban, doubt or find wanting what the other denies, do not conflict; a refutation must reject what the other
/// claim says; opposite words and one quotation must be said of the same people. Each table has control rows: real
/// contradictions that must still be flagged. Cases written for these tests (invented places, people and figures).
@Suite("Contradictions need opposite polarities over one proposition")
struct ConflictPolarityTests {
    private static func contradicted(_ a: String, _ b: String) throws -> [Relation] {
        try ArticleSet([a, b]).relations().filter { $0.type.isContradiction }
    }

    @Test(
        "A denial is no contradiction when the other side denies, hinders, doubts or finds wanting the same thing",
        arguments: [
            // The other side denies the stamping too, in another clause.
            (
                "The clerk's report on the ninety ballots counted at the time they were cast - but not stamped by the clerk - reached the council on Monday.",
                "The mayor has said that none of the ballots were stamped by the clerk when they were cast.", false
            ),
            // Control: the other side says they were stamped.
            (
                "The clerk's report on the ninety ballots counted at the time they were cast - and stamped by the clerk - reached the council on Monday.",
                "The mayor has said that none of the ballots were stamped by the clerk when they were cast.", true
            ),
            // Blocked from accessing: the auditors did not access it, on both sides.
            (
                "The new firewall blocked the auditors from accessing the payroll servers on Monday, the bank said.",
                "The auditors did not access the payroll servers on Monday, the union said.", false
            ),
            (
                "The auditors accessed the payroll servers on Monday, the bank said.",
                "The auditors did not access the payroll servers on Monday, the union said.", true
            ),
            // Banned from eating at desks: no eating at desks, on both sides.
            (
                "Staff at the Tarsk bank are banned from eating at their desks, a memo said.",
                "New rule at the Tarsk bank: no eating at your desk, the memo said.", false
            ),
            (
                "Staff at the Tarsk bank are allowed to eat at their desks, a memo said.",
                "New rule at the Tarsk bank: no eating at your desk, the memo said.", true
            ),
            // Control: a ban, the noun, hinders nothing; its lifting is stated and denied.
            (
                "The ban on night flights at Tarsk airport was lifted on Monday, the ministry said.",
                "The ban on night flights at Tarsk airport was not lifted on Monday, the airport said.", true
            ),
            // Doubt cast on the collapse is no statement that it happened.
            (
                "Engineers at the Tarvik plant have cast doubt on reports that the cooling tower collapsed on Monday.",
                "The cooling tower at the Tarvik plant did not collapse on Monday, the operator said.", false
            ),
            (
                "The cooling tower at the Tarvik plant collapsed on Monday, the fire brigade said.",
                "The cooling tower at the Tarvik plant did not collapse on Monday, the operator said.", true
            ),
            // Poor supplies and no supplies: one thing in two strengths.
            (
                "The island clinic has poor water supplies, its director said.",
                "The island clinic has no water supplies, a nurse said.", false
            ),
            (
                "The island clinic has water supplies for a week, its director said.",
                "The island clinic has no water supplies, a nurse said.", true
            ),
        ])
    func polarity(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictPolarityTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A denied noun phrase denies the other side's thing only when what it says of the head is said there too",
        arguments: [
            (
                "The harbour board has drawn up a plan for the Ostra quay, its chairman said.",
                "There is no perfect plan for the Ostra quay, the mayor said.", false
            ),
            (
                "The harbour board has drawn up a plan for the Ostra quay, its chairman said.",
                "There is no plan for the Ostra quay, the mayor said.", true
            ),
            (
                "The Lomond clinic has run radio advertisements for its vaccine drive, a spokesman said.",
                "The Lomond clinic has run no Spanish-language radio advertisements for its vaccine drive, a nurse said.",
                false
            ),
            (
                "The Lomond clinic has run radio advertisements for its vaccine drive, a spokesman said.",
                "The Lomond clinic has run no radio advertisements for its vaccine drive, a nurse said.", true
            ),
        ])
    func deniedPhrase(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictPolarityTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A refutation contradicts a claim only when what it refutes is the claim's proposition",
        arguments: [
            // The word describes the senator, in a relative clause: the claim is about the visit.
            (
                "The ferry fare cut will bring more tourists to the Ostra islands, the mayor said.",
                "Senator Olsen, who has called the ferry fare cut a hoax, will visit the Ostra islands on Monday.",
                false
            ),
            // Controls: the refuted proposition is the other claim's, also with statements after the word.
            (
                "Police arrested the ferry captain at the Lomond quay on Monday, a spokesman said.",
                "Crew members said the arrest of the ferry captain at the Lomond quay is a lie, in several statements about the port.",
                true
            ),
            (
                "Farid Osei supports the harbour tax, the council minutes show.",
                "Her office said the claim that Farid Osei supports the harbour tax is not true.", true
            ),
            (
                "The council approved a ferry fare cut for the Ostra islands on Monday, the mayor said.",
                "Reports that the council approved a ferry fare cut for the Ostra islands are false, a council spokesman said.",
                true
            ),
            // Control: an organisation's initials before the refutation are no relative pronoun.
            (
                "The Lomond clinic closed its fever ward on Monday, the health office said.",
                "The WHO said reports that the Lomond clinic closed its fever ward are false.", true
            ),
            (
                "The pilot caused the Lomond crash, the airline said.",
                "The airline's statement that the pilot caused the Lomond crash is false, his lawyer said.", true
            ),
        ])
    func refutedProposition(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictPolarityTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "A refutation contradicts a claim only when the two share what is said of the people or things named, not the names and a setting alone",
        arguments: [
            // The same mayor and fair; the hoax is a fall the other claim never tells.
            (
                "Mayor Ilse Varda opened the Korsby fair on Saturday, the town paper said.",
                "The story that Mayor Ilse Varda tumbled from a ladder at the Korsby fair is a hoax, her office said.",
                false
            ),
            // The same cooperative and town; the fake posts tell a poisoning the other claim never tells.
            (
                "The Tarn Valley dairy cooperative sells its cheese at the Brellin market every week, the cooperative said.",
                "Posts saying the Tarn Valley cooperative poisoned pupils at a Brellin school are fake, the police said.",
                false
            ),
            // Controls: the other claim tells what is rejected.
            (
                "Mayor Ilse Varda tumbled from a ladder at the Korsby fair on Saturday, the town paper said.",
                "The story that Mayor Ilse Varda tumbled from a ladder at the Korsby fair is a hoax, her office said.",
                true
            ),
            (
                "The Tarn Valley dairy cooperative poisoned pupils at a Brellin school with its cheese, a parent said.",
                "Posts saying the Tarn Valley cooperative poisoned pupils at a Brellin school are fake, the police said.",
                true
            ),
        ])
    func refutedPredicate(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictPolarityTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }

    @Test(
        "Opposite words and one quotation conflict only when said of the same people",
        arguments: [
            // A brother and a sister, each named: two people, not one described two ways.
            (
                "Her brother, Tomas Varga, runs the family vineyard near Pecs, the newspaper said.",
                "Her sister, Ilona Varga, runs the family vineyard near Pecs, the magazine said.", false
            ),
            (
                "The brother of Ilona Varga runs the family vineyard near Pecs, the newspaper said.",
                "The sister of Ilona Varga runs the family vineyard near Pecs, the magazine said.", true
            ),
            // One surname spelled two ways is one speaker.
            (
                "Hamid Haddad, the port director, spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Haddad said.",
                "The port director spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Hamid Hadad said.",
                false
            ),
            // Control: alike surnames of two people with different first names.
            (
                "The port director spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Pavel Kranic said.",
                "The harbour pilot spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Dora Kranec said.",
                true
            ),
            (
                "Hamid Haddad, the port director, spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Haddad said.",
                "The harbour pilot spoke on Monday. \"We will reopen the northern quay once the divers have checked every pier,\" Lena Moreau said.",
                true
            ),
        ])
    func samePeople(a: String, b: String, conflict: Bool) throws {
        let found = try ConflictPolarityTests.contradicted(a, b)
        #expect(!found.isEmpty == conflict, "\(found.map(\.explanation))")
    }
}
