/// Control characters written visibly, for text that goes to a terminal: an article or a file name holding an
/// escape sequence or a newline cannot recolour the screen or forge a line of output.
public enum ControlCharacters {
    /// `text` with C0 and C1 controls, DEL and bidirectional overrides written as `\n`, `\t`, `\r` or `\u{1B}`;
    /// with `keepingLines`, line breaks and tabs stay as they are.
    public static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: keepingLines) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLines: keepingLines) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLines: Bool) -> Bool {
        if keepingLines && (scalar == "\n" || scalar == "\t") { return false }
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
