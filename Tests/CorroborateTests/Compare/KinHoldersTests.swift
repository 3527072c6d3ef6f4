import Foundation
import Testing

@testable import Corroborate

/// Two words of kinship or sex that are opposites (`husband` and `wife`, `son` and `daughter`) contradict each other
/// only when they are said of one holder: `Piet Grall's wife` and `her husband` name the two partners of one
/// marriage, and `his son` and `the mayor's daughter` may be two children of two parents (issue 28). The row
/// without a contradiction was flagged before as opposite words. The control gives one holder on both sides (`Ivo
/// Marek's son` against `Ivo Marek's daughter`). Cases written for these tests (invented names).
@Suite("Words of kinship said of two holders are no opposites")
struct KinHoldersTests {
    @Test(
        "Opposite words of kinship contradict each other only when said of one holder",
        arguments: [
            (
                "Lena Vost, the Tarrow mayor Piet Grall's wife, opened the harbour fair on Friday.",
                "Lena Vost opened the harbour fair with her husband on Friday.", false
            ),
            // Control: one holder on both sides.
            (
                "The child found in the Varnholm shelter is Ivo Marek's son, the police said.",
                "The child found in the Varnholm shelter is Ivo Marek's daughter, the minister said.", true
            ),
        ])
    func kinHolders(a: String, b: String, conflict: Bool) throws {
        try ArticleSet.expectContradiction(a, b, conflict)
    }
}
