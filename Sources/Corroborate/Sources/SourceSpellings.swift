/// One source, one spelling across a run: names that differ only in case, in curly against straight apostrophes or
/// in how initials are written (`HarbourWatch` and `Harbourwatch`, `Police` opening a sentence and `police`, `M.K.
/// Orvell` and `M K Orvell`) name one source.
enum SourceSpellings {
    /// Renames each claim's source to its group's spelling: the one most claims use, then one written as running
    /// text writes a name (a capital first, not all capitals: `Velmora police` over `velmora police` or `VELMORA
    /// POLICE`), then the first met. Several sources credited together keep their names.
    static func unify(_ claims: inout [Claim]) {
        var spellings: [String: [String: (count: Int, first: Int)]] = [:]
        // Each distinct name's key is made once: a run's claims share a few names each many times.
        var keys: [String: String] = [:]
        for (index, claim) in claims.enumerated() where claim.source.members == nil {
            let key: String
            if let known = keys[claim.source.name] {
                key = known
            } else {
                key = groupKey(claim.source.name)
                keys[claim.source.name] = key
            }
            let seen = spellings[key]?[claim.source.name]
            spellings[key, default: [:]][claim.source.name] = ((seen?.count ?? 0) + 1, seen?.first ?? index)
        }
        var chosen: [String: String] = [:]
        for (_, names) in spellings where names.count > 1 {
            let best = names.min { a, b in
                if a.value.count != b.value.count { return a.value.count > b.value.count }
                let (na, nb) = (writtenAsName(a.key), writtenAsName(b.key))
                if na != nb { return na }
                return a.value.first < b.value.first
            }!.key
            for name in names.keys where name != best { chosen[name] = best }
        }
        guard !chosen.isEmpty else { return }
        for i in claims.indices {
            if let name = chosen[claims[i].source.name] { claims[i].source.name = name }
        }
    }

    /// Names equal under this key are one source: `folded` (case folded, curly apostrophes straight), with the
    /// periods and spaces of initials dropped, so `M. K. Orvell`, `MK Orvell` and `M K Orvell` are one person.
    static func groupKey(_ name: String) -> String {
        var key: [String] = []
        // Whether the last word of the key is made of initials only.
        var lastIsInitials = false
        for word in name.folded.split(whereSeparator: { $0 == " " || $0 == "." }) {
            if word.count == 1, lastIsInitials {
                key[key.count - 1] += word
            } else {
                key.append(String(word))
                lastIsInitials = word.count == 1
            }
        }
        return key.joined(separator: " ")
    }

    /// A capital first and a lower-case letter somewhere: how running text writes a name.
    private static func writtenAsName(_ name: String) -> Bool {
        name.unicodeScalars.first?.properties.isUppercase == true
            && name.unicodeScalars.contains { $0.properties.isLowercase }
    }
}
