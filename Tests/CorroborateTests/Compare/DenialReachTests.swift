import Corroborate
import Foundation
import Testing

/// What a denial reaches (issue 28, wrong contradictions found on news of many stories): a denying verb over things
/// one grants or refuses (`denying requests for more lifeguards`) refuses them: it contradicts a grant, not a tale of
/// the requests; a denial in a
/// relative clause after a bare plural (`lent money to tenants who had no way to repay`) says which tenants are meant,
/// not what tenants do. Each table has control rows that must still be flagged. Cases written for these tests
/// (invented places and people), in a run with articles of other stories.
@Suite("What a denial reaches")
struct DenialReachTests {
    @Test(
        "A denying verb over requests refuses them, against a grant only; over a clause or an event it denies",
        arguments: [
            // Both say the requests were turned down: no contradiction.
            (
                "The harbour board turned down requests for more lifeguards at the Tarsk beach, the union said.",
                "The inquiry found nothing to show that Lena Kovac took part in denying requests for more lifeguards at the Tarsk beach, councillors said.",
                false
            ),
            // Requests received are requests made, not granted.
            (
                "The harbour board received requests for more lifeguards at the Tarsk beach, the union said.",
                "The inquiry found nothing to show that Lena Kovac took part in denying requests for more lifeguards at the Tarsk beach, councillors said.",
                false
            ),
            // Control: a refusal against a grant.
            (
                "The harbour board granted permission to land at the Tarsk quay on Monday, officials said.",
                "The Tarsk harbour board denied permission to land at the Tarsk quay on Monday.", true
            ),
            // Visas issued, bail received: a verb of receiving or issuing over a thing one is given grants it.
            (
                "Port Avel issued visas to the rowing crew from Tarsk.",
                "Port Avel denied visas to the rowing crew from Tarsk.", true
            ),
            (
                "Ivo Marek received bail from the Port Avel court on Friday, his lawyer said.",
                "The Port Avel court denied bail to Ivo Marek on Friday.", true
            ),
            // An entry ban issued grants no entry.
            (
                "The Velmora ministry issued an entry ban on the Tarsk choir.",
                "The Velmora ministry denied entry to the Tarsk choir.", false
            ),
            // Demands issued are demands made, not granted.
            (
                "The Kesso ferry crews issued demands to the harbour board.",
                "The harbour board denied the demands of the Kesso ferry crews.", false
            ),
            // Control: a clause after `that` is denied.
            (
                "The harbour board turned down requests for more lifeguards at the Tarsk beach, the union said.",
                "The harbour board denied that it turned down requests for more lifeguards at the Tarsk beach.", true
            ),
            // Control: an event's noun is denied.
            (
                "The ceasefire between the Tarsk rebels and the harbour guard came after months of talks mediated by Velmora, officials said.",
                "The Tarsk rebels denied any ceasefire with the harbour guard.", true
            ),
        ])
    func refusals(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }

    @Test(
        "A denial in a relative clause after a bare plural picks out some of them",
        arguments: [
            (
                "Tenants would repay the harbour loans in small monthly sums taken from their wages, Ivo Marek said.",
                "Strictly speaking, the Tarsk harbour bank broke its own rules when it lent money to tenants that had no way to repay the loans, the auditors said.",
                false
            ),
            (
                "Tenants would repay the harbour loans in small monthly sums taken from their wages, Ivo Marek said.",
                "Strictly speaking, the Tarsk harbour bank broke its own rules when it lent money to tenants who had no way to repay the loans, the auditors said.",
                false
            ),
            // Control: said of tenants.
            (
                "Tenants would repay the harbour loans in small monthly sums taken from their wages, Ivo Marek said.",
                "Tenants had no way to repay the harbour loans, the auditors said.", true
            ),
            // Control: the other side says it of every tenant.
            (
                "Every tenant would repay the harbour loans in small monthly sums taken from their wages, Ivo Marek said.",
                "Strictly speaking, the Tarsk harbour bank broke its own rules when it lent money to tenants who had no way to repay the loans, the auditors said.",
                true
            ),
        ])
    func barePlurals(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradictionAmongOthers(a, b, conflict)
    }
}
