extension JSONOutput {
    /// The report's most frequent small values, written here as their `encode(to:)` would write them: a span
    /// (`[start,end]`), a list of spans or of strings, and a role (`{"spans":[...],"text":"..."}`, its keys in
    /// order). Going through the containers cost a thousand instructions for each span, and spans and roles are
    /// most of the values of a report. Returns false for any other type.
    func appendReportValue<T: Encodable>(_ value: T) -> Bool {
        let type = T.self
        if type == TextSpan.self {
            appendSpan(unsafeBitCast(value, to: TextSpan.self))
        } else if type == [TextSpan].self {
            appendSpans(unsafeBitCast(value, to: [TextSpan].self))
        } else if type == [String].self {
            bytes.append(UInt8(ascii: "["))
            for (i, string) in unsafeBitCast(value, to: [String].self).enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(string)
            }
            bytes.append(UInt8(ascii: "]"))
        } else if type == Role.self {
            let role = unsafeBitCast(value, to: Role.self)
            bytes.append(contentsOf: JSONOutput.roleSpansKey)
            appendSpans(role.spans)
            bytes.append(contentsOf: JSONOutput.roleTextKey)
            appendString(role.text)
            bytes.append(UInt8(ascii: "}"))
        } else {
            return false
        }
        return true
    }

    static let roleSpansKey = Array("{\"spans\":".utf8)
    static let roleTextKey = Array(",\"text\":".utf8)

    /// `[start,end]`, as `TextSpan.encode(to:)` writes it.
    private func appendSpan(_ span: TextSpan) {
        bytes.append(UInt8(ascii: "["))
        appendInteger(span.start)
        bytes.append(UInt8(ascii: ","))
        appendInteger(span.end)
        bytes.append(UInt8(ascii: "]"))
    }

    private func appendSpans(_ spans: [TextSpan]) {
        bytes.append(UInt8(ascii: "["))
        for (i, span) in spans.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            appendSpan(span)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
