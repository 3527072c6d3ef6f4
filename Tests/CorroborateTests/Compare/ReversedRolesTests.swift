import Corroborate
import Foundation
import Testing

/// Two clauses with the same words in which who did what to whom is reversed are no agreement (issue 28: a
/// contradiction called an agreement is the worst error). Controls: the same proposition in the passive, with
/// its place moved, with a possessive for `of`, or with two subjects in another order. Cases written for these
/// tests (invented places and people).
@Suite("Reversed roles veto an agreement")
struct ReversedRolesTests {
    @Test(
        "Two things on opposite sides of the same verb or order word, or two speakers, each side swapped, are no agreement",
        arguments: [
            // Subject and object swapped around one verb.
            (
                "The regional tax office fined the shipyard over unpaid harbour dues, a court clerk in Tarsk said.",
                "The shipyard fined the regional tax office over unpaid harbour dues, an official in Tarsk said.",
                false
            ),
            // Two full names swapped.
            (
                "Lena Kovac defeated Ivo Marek in the Velmora mayoral runoff on Sunday, officials said.",
                "Ivo Marek defeated Lena Kovac in the Velmora mayoral runoff on Sunday, the election board said.",
                false
            ),
            // Two roles swapped in one sentence.
            (
                "We were told that the tax office fined the shipyard before the shipyard sued the tax office in Tarsk.",
                "We were told that the shipyard fined the tax office before the tax office sued the shipyard in Tarsk.",
                false
            ),
            // Passive on both sides, swapped.
            (
                "The shipyard was fined by the regional tax office over unpaid harbour dues in Tarsk, a clerk said.",
                "The regional tax office was fined by the shipyard over unpaid harbour dues in Tarsk, an official said.",
                false
            ),
            // Two events in the other order around an order word.
            (
                "The Velmora ferry sank after the collision with the grain tanker off Tarsk, the coastguard said.",
                "The collision with the grain tanker off Tarsk came after the Velmora ferry sank, the coastguard said.",
                false
            ),
            // One-word names, one of them opening its sentence.
            (
                "Tarsk fined Velmora for dumping sewage into the shared river last spring, a council spokesman said.",
                "Velmora fined Tarsk for dumping sewage into the shared river last spring, local officials said.",
                false
            ),
            // One side passive with its agent, the words in the same places: the roles change.
            (
                "The customs officers were arrested by the harbour master on Friday, a police spokeswoman said.",
                "The customs officers arrested the harbour master on Friday, the regional prosecutor said.",
                false
            ),
            // Two speakers, each accusing the other: the cue's subject is each claim's speaker.
            (
                "Turkey accused Syria of shelling the power plant near the river, a council spokesman said.",
                "Syria accused Turkey of shelling the power plant near the river, local officials said.",
                false
            ),
            // A speaker the object of the other's verb: a spokesman tells that Tarsk accused Velmora; Velmora's own
            // claim accuses Tarsk.
            (
                "Tarsk accused Velmora of shelling the power plant near the river, a council spokesman said.",
                "Velmora accused Tarsk of shelling the power plant near the river, local officials said.",
                false
            ),
            // Controls: one side passive; a place or a time moved to the front; `of` against a possessive; two
            // subjects in the other order.
            (
                "The regional tax office fined the shipyard over unpaid harbour dues, a court clerk in Tarsk said.",
                "The shipyard was fined by the regional tax office over unpaid harbour dues, an official in Tarsk said.",
                true
            ),
            (
                "The warehouse fire in Tarsk was started by two teenagers with fireworks, a council spokesman said.",
                "Two teenagers with fireworks started the warehouse fire in Tarsk, local officials said.",
                true
            ),
            (
                "At the Tarsk depot, firefighters found two burnt lorries and a gutted warehouse on Sunday.",
                "Firefighters found two burnt lorries and a gutted warehouse at the Tarsk depot on Sunday.",
                true
            ),
            (
                "Police arrested two men near the Tarsk depot after the warehouse fire on Sunday, a council spokesman said.",
                "After the warehouse fire on Sunday, police arrested two men near the Tarsk depot, local officials said.",
                true
            ),
            (
                "Tarsk's harbour master resigned on Monday over the disputed dredging contract, a council spokesman said.",
                "The harbour master of Tarsk resigned on Monday over the disputed dredging contract, local officials said.",
                true
            ),
            (
                "The port authority and the rail company signed the new freight contract in Tarsk on Friday, a council spokesman said.",
                "The rail company and the port authority signed the new freight contract in Tarsk on Friday, local officials said.",
                true
            ),
            // Two verbs of one exchange seen from each end; a phrase put first, set off by commas; an order word
            // and its converse.
            (
                "The shipyard bought four old frigates from the navy at the spring auction in Tarsk, a council spokesman said.",
                "The navy sold four old frigates to the shipyard at the spring auction in Tarsk, local officials said.",
                true
            ),
            (
                "The council built a new cycle lane along the coast road near Tarsk last summer, a council spokesman said.",
                "Last summer, along the coast road near Tarsk, the council built a new cycle lane, local officials said.",
                true
            ),
            (
                "The relief convoy reached the flooded village near Tarsk before the army engineers, a council spokesman said.",
                "The army engineers reached the flooded village near Tarsk after the relief convoy, local officials said.",
                true
            ),
            (
                "Lena Kovac leased the warehouse to Ivo Marek for 2,000 euros a month, a lawyer said.",
                "Ivo Marek leased the warehouse from Lena Kovac for 2,000 euros a month, a judge said.",
                true
            ),
            // A speaker who calls itself `her` is no object of the other's verb; `by` after a participle with no `be`
            // is no agent.
            (
                "Velmora police arrested Lena Kovac at the harbour on Monday, a court reporter said.",
                "Lena Kovac said Velmora police arrested her at the harbour on Monday.",
                true
            ),
            (
                "Firefighters rescued two dock workers trapped by the flood in the Tarsk warehouse, a council spokesman said.",
                "Firefighters rescued two dock workers trapped in the flooded Tarsk warehouse, local officials said.",
                true
            ),
            // A relation that holds both ways (`symmetricWords`), or with `with`.
            (
                "The Tarsk ferry collided with a fishing trawler off the harbour wall at dawn, a council spokesman said.",
                "A fishing trawler collided with the Tarsk ferry off the harbour wall at dawn, local officials said.",
                true
            ),
            (
                "The fire brigade worked alongside the army engineers to shore up the Tarsk dyke, a council spokesman said.",
                "The army engineers worked alongside the fire brigade to shore up the Tarsk dyke, local officials said.",
                true
            ),
            (
                "Tarsk competed against Velmora for 90 minutes in the final, the league said.",
                "Velmora competed against Tarsk for 90 minutes in the final, organisers said.",
                true
            ),
            // Another form of a word of a relation both ways (`borders` listed, `bordered` written).
            (
                "The old Tarsk estate bordered the Velmora vineyard for two centuries, a council spokesman said.",
                "The Velmora vineyard bordered the old Tarsk estate for two centuries, local officials said.",
                true
            ),
            (
                "The new grain depot is next to the old customs house on the north quay of Tarsk, a council spokesman said.",
                "The old customs house is next to the new grain depot on the north quay of Tarsk, local officials said.",
                true
            ),
        ])
    func reversed(a: String, b: String, agree: Bool) throws {
        let found = try ArticleSet(a: a, b: b).relations().filter { $0.type == .agreement }
        #expect(!found.isEmpty == agree, "\(found.map(\.explanation))")
    }
}
