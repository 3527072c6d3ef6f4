import Testing

@testable import Corroborate

/// Which word before a claim denies it (the claim is that word's complement). Cases written for these tests.
@Suite("The denial a claim is the complement of")
struct DenyingCueTests {
    @Test(
        "A denying verb governs the words after it, through its object noun, but not past another clause",
        arguments: [
            ("the union has dismissed claims by the port that it agreed", "dismissed"),
            ("the club rejected the claims that it", "rejected"),
            ("the ministry denied that", "denied"),
            ("none of the", "none"),
            // Another clause or report starts between the verb and the claim.
            ("the ministry denied the attack and said that", nil),
            ("the club denied it but the coach claims that", nil),
            ("the union said that", nil),
        ] as [(String, String?)])
    func denyingCue(before: String, cue: String?) {
        let keys = before.split(separator: " ").map(String.init)
        #expect(ContentReader.denyingCue(keys).map { keys[$0] } == cue)
    }
}
