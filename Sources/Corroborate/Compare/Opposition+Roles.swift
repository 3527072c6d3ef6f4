import Foundation

/// How a word is used (passive, attributive participle, gerund, plain, or a participle that gives a name), and
/// whether two words are used alike.
extension Opposition {
    /// How a word is used: a verb in the passive (`was captured`), a participle describing the noun after it
    /// (`their captured nationals`), an `-ing` form without `be` (`capturing parts of the town`), or otherwise.
    enum Role: Equatable { case passive, attributive, gerund, plain }

    /// Forms of `be` and `get` that make the participle after them passive.
    static let passiveAuxiliaries: Set<String> = [
        "was", "were", "been", "being", "be", "is", "are", "am", "got", "get", "gets", "getting",
    ]
    /// Words before a participle that make it describe the noun after it.
    static let nounOpeners: Set<String> = [
        "the", "a", "an", "their", "his", "her", "its", "our", "your", "my", "these", "those", "this", "that",
    ]

    static func role(_ k: Int, in content: ClaimContent) -> Role {
        let words = content.words
        if (max(0, k - 2)..<k).contains(where: { passiveAuxiliaries.contains(words[$0].key) }) { return .passive }
        let key = words[k].key
        let determined = k > 0 && nounOpeners.contains(words[k - 1].key)
        // A participle between a determiner and a noun; `a ceasefire agreement` is a compound, not a description.
        if determined, key.hasSuffix("ed") || key.hasSuffix("en"), k + 1 < words.count, content.terms[k + 1] != nil,
            !words[k + 1].isNumber, words[k + 1].text.unicodeScalars.first?.isUppercaseLetter != true
        {
            return .attributive
        }
        // `the flooding` is a noun; `capturing parts of the town` a doing.
        if key.hasSuffix("ing") && !determined { return .gerund }
        return .plain
    }

    /// Whether the shared verbs of `rejected` (the words a rejection is about) are used in the asserting clause in
    /// roles that can state one proposition: not a description of a noun on one side only, and not a passive
    /// against an `-ing` form (the subject undergoes it on one side and does it on the other). A shared verb used
    /// in no compatible role vetoes; shared nouns (`the town`) do not decide.
    static func sameRole(
        _ pos: ClaimContent, _ clauseP: Range<Int>, _ neg: ClaimContent, _ rejected: Range<Int>, shared: Set<String>
    ) -> Bool {
        func uses(_ c: ClaimContent, _ range: Range<Int>) -> [String: [Role]] {
            var result: [String: [Role]] = [:]
            for k in range where c.terms[k].map({ shared.contains($0) && !$0.hasPrefix("~") }) == true {
                guard c.words[k].text.unicodeScalars.first?.isUppercaseLetter != true else { continue }
                result[c.terms[k]!, default: []].append(role(k, in: c))
            }
            return result
        }
        let asserted = uses(pos, clauseP)
        let denied = uses(neg, rejected)
        func compatible(_ x: Role, _ y: Role) -> Bool {
            if (x == .attributive) != (y == .attributive) { return false }
            if Set([x, y]) == [.passive, .gerund] { return false }
            return true
        }
        return denied.allSatisfy { term, roles in
            let theirs = asserted[term] ?? []
            let verbal = (roles + theirs).contains { $0 != .plain }
            return !verbal || theirs.isEmpty || theirs.contains { x in roles.contains { compatible(x, $0) } }
        }
    }

    /// Participles that give what someone or something is called.
    static let namingParticiples: Set<String> = ["named", "called", "known", "dubbed", "nicknamed", "titled"]

    /// Whether word `k` is a naming participle that introduces what a noun is called, after `a` or `an` and the
    /// noun and before a capitalised name (no day or month) or `as` (`a woman named Saja`, `an Iraqi called
    /// Brandt`, `a group known as`). `the police named Brandt` is a verb with its subject, so only the indefinite
    /// article counts; `a hostage killed Sunday` is no naming.
    static func introducing(_ k: Int, in content: ClaimContent) -> Bool {
        let words = content.words
        guard k >= 2, k + 1 < words.count, ["a", "an"].contains(words[k - 2].key), content.terms[k - 1] != nil,
            !ClaimContent.auxiliaries.contains(words[k - 1].key), namingParticiples.contains(words[k].key)
        else { return false }
        let next = words[k + 1]
        return next.key == "as"
            || (next.text.unicodeScalars.first?.isUppercaseLetter == true && content.timeSlots[k + 1] == nil)
    }
}
