import Foundation

/// A first argument that names no command, told in one line instead of swift-argument-parser's
/// "2 unexpected arguments": a typo gets the closest command (`reprot` → `report`), a path gets the command
/// that reads it, anything else the list of commands.
enum UnknownCommand {
    /// The message for `arguments` (without the program name), or `nil` when they start with a command or an
    /// option.
    static func message(for arguments: [String], commands: [String]) -> String? {
        // Console.error escapes any control character in the line it writes.
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word), word != "help" else {
            return nil
        }
        if FileManager.default.fileExists(atPath: word) {
            return "'\(word)' is not a command; to report on it: corroborate report \(word)"
        }
        if let closest = closest(to: word, among: commands) {
            return "unknown command '\(word)'; did you mean '\(closest)'? (corroborate --help lists the commands)"
        }
        return "unknown command '\(word)'; the commands are \(commands.joined(separator: ", "))"
    }

    /// The command nearest to `word`: within two edits (a swap of neighbours counts as one), or one that `word`
    /// starts (`rep` → `report`); ties go to the command listed first.
    static func closest(to word: String, among commands: [String]) -> String? {
        let folded = word.lowercased()
        var best: (command: String, distance: Int)?
        for command in commands {
            let distance = command.hasPrefix(folded) && folded.count >= 3 ? 1 : editDistance(folded, command)
            if distance <= min(2, max(1, command.count / 3)), best == nil || distance < best!.distance {
                best = (command, distance)
            }
        }
        return best?.command
    }

    /// Insertions, deletions, substitutions and swaps of neighbouring characters (optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }
}
