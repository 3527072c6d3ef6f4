import Foundation

/// Encodes a value as compact JSON with sorted keys and unescaped slashes: the same bytes as Foundation's
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`, about three times faster.
///
/// Foundation builds a tree of boxed values and key dictionaries for each element and then writes it out. This
/// writes each value's bytes straight into one buffer; an object records where each of its fields' bytes lie and,
/// once the value's `encode(to:)` returns, rewrites that stretch of the buffer with its fields in key order.
/// Keys sort as Swift strings (Unicode scalar order), numbers are written as their `description` without a
/// trailing `.0`, and strings escape `"`, `\` and the control characters as Foundation does.
final class CompactJSONEncoder {
    /// Reused from call to call, so that its buffers and spare encoders are allocated once.
    private let output = JSONOutput()

    /// The JSON text of `value`.
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try append(value, to: &bytes)
        return bytes
    }

    /// Appends the JSON text of `value` to `bytes`, or `null` when it cannot be encoded (a NaN), as the report
    /// did with Foundation's encoder.
    func appendOrNull<T: Encodable>(_ value: T, to bytes: inout [UInt8]) {
        let count = bytes.count
        do {
            try append(value, to: &bytes)
        } catch {
            bytes.removeSubrange(count...)
            bytes.append(contentsOf: JSONOutput.nullBytes)
        }
    }

    private func append<T: Encodable>(_ value: T, to bytes: inout [UInt8]) throws {
        swap(&output.bytes, &bytes)
        defer { swap(&output.bytes, &bytes) }
        try output.append(value)
    }
}

/// The bytes written so far, shared by every container of one `encode` call.
final class JSONOutput {
    // Unchecked: a dynamic exclusivity check on every append was a fifth of the encoder's instructions, and
    // each `encode` call has its own output, used by one thread.
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Where an object is put together in key order before it replaces its fields' bytes.
    @exclusivity(unchecked) var scratch: [UInt8] = []

    /// Appends `value`'s JSON. Scalars are told apart by their type, not by a dynamic cast per value: the
    /// containers' generic paths reach here unspecialized, and a cast for each candidate type is most of the cost.
    func append<T: Encodable>(_ value: T) throws {
        let type = T.self
        if type == String.self {
            appendString(unsafeBitCast(value, to: String.self))
        } else if type == Int.self {
            appendInteger(unsafeBitCast(value, to: Int.self))
        } else if type == Bool.self {
            bytes.append(contentsOf: unsafeBitCast(value, to: Bool.self) ? JSONOutput.trueBytes : JSONOutput.falseBytes)
        } else if type == Double.self {
            try appendFloat(unsafeBitCast(value, to: Double.self))
        } else if appendReportValue(value) {
            return
        } else if let other = try appendOther(value) {
            // Foundation gives Date, Data, URL and Decimal a representation of its own: let it write them.
            bytes.append(contentsOf: other)
        } else {
            let encoder = takeEncoder()
            let start = bytes.count
            try value.encode(to: encoder)
            encoder.finish(from: start)
            giveBack(encoder)
        }
    }

    /// The other integer widths and `Float`, written here (nil returned); Foundation's own types, encoded by
    /// Foundation (their bytes returned); nil for anything else, which encodes itself.
    private func appendOther<T: Encodable>(_ value: T) throws -> [UInt8]? {
        let type = T.self
        if type == Int8.self {
            appendNumber(unsafeBitCast(value, to: Int8.self).description)
            return []
        }
        if type == Int16.self {
            appendNumber(unsafeBitCast(value, to: Int16.self).description)
            return []
        }
        if type == Int32.self {
            appendNumber(unsafeBitCast(value, to: Int32.self).description)
            return []
        }
        if type == Int64.self {
            appendNumber(unsafeBitCast(value, to: Int64.self).description)
            return []
        }
        if type == UInt.self {
            appendNumber(unsafeBitCast(value, to: UInt.self).description)
            return []
        }
        if type == UInt8.self {
            appendNumber(unsafeBitCast(value, to: UInt8.self).description)
            return []
        }
        if type == UInt16.self {
            appendNumber(unsafeBitCast(value, to: UInt16.self).description)
            return []
        }
        if type == UInt32.self {
            appendNumber(unsafeBitCast(value, to: UInt32.self).description)
            return []
        }
        if type == UInt64.self {
            appendNumber(unsafeBitCast(value, to: UInt64.self).description)
            return []
        }
        if type == Float.self {
            try appendFloat(unsafeBitCast(value, to: Float.self))
            return []
        }
        if type == Date.self || type == Data.self || type == URL.self || type == Decimal.self {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return [UInt8](try encoder.encode(value))
        }
        return nil
    }

    /// Encoders of finished values, reused: one per value would be an allocation per span and per field list.
    private var spare: [JSONValueEncoder] = []

    private func takeEncoder() -> JSONValueEncoder {
        guard let encoder = spare.popLast() else { return JSONValueEncoder(output: self) }
        return encoder
    }

    private func giveBack(_ encoder: JSONValueEncoder) {
        encoder.shape = .none
        encoder.fields.removeAll(keepingCapacity: true)
        encoder.elements = 0
        encoder.parts.removeAll()
        spare.append(encoder)
    }

    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)
    static let nullBytes = Array("null".utf8)

    func appendNumber(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// An `Int`'s decimal digits, without making a string.
    func appendInteger(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        )
        var count = 0
        if magnitude >= 10_000_000_000 {
            appendNumber(magnitude.description)
            return
        }
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[9 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(10 - count)...])
        }
    }

    /// `description`, with `1.0` written `1` as Foundation does; NaN and infinity are not JSON.
    func appendFloat<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "\(value) is not a JSON number"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        appendNumber(text)
    }

    /// Writes into `scratch`: an object's keys and its fields' bytes, taken from `bytes`.
    struct Scratch {
        let output: JSONOutput
        init(_ output: JSONOutput) { self.output = output }
        func append(_ byte: UInt8) { output.scratch.append(byte) }
        func append(contentsOf bytes: [UInt8]) { output.scratch.append(contentsOf: bytes) }
        func appendWritten(_ range: Range<Int>) { output.scratch.append(contentsOf: output.bytes[range]) }
        /// `"key":`; keys are short and seldom need escaping.
        func appendKey(_ key: String) {
            swap(&output.bytes, &output.scratch)
            output.appendString(key)
            output.bytes.append(UInt8(ascii: ":"))
            swap(&output.bytes, &output.scratch)
        }
    }

    func appendString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var run = 0
            for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i])) }
                appendEscape(byte)
                run = i + 1
            }
            if run < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}

/// The encoder of one value: it remembers which container the value asked for and, for an object, where each
/// field's bytes lie, so that `finish` can write the object with its keys in order.
final class JSONValueEncoder: Encoder {
    enum Shape { case none, object, array, single }

    /// A field: its key and its value, either bytes already in the buffer or a nested container's encoder.
    struct Field {
        var key: String
        var range: Range<Int>
        var nested: JSONValueEncoder?
    }

    let output: JSONOutput
    // Unchecked for the reason given at `JSONOutput.bytes`.
    @exclusivity(unchecked) var shape = Shape.none
    @exclusivity(unchecked) var fields: [Field] = []
    @exclusivity(unchecked) var elements = 0
    /// Nested containers (`nestedContainer`, `superEncoder`) write into their own output, placed here at `finish`.
    @exclusivity(unchecked) var parts: [JSONValueEncoder] = []

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(output: JSONOutput) { self.output = output }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if shape == .none { shape = .object }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if shape == .none {
            shape = .array
            output.bytes.append(UInt8(ascii: "["))
        }
        return JSONUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        if shape == .none { shape = .single }
        return JSONSingleContainer(encoder: self)
    }

    /// Closes the value that began at `start`: an array gets its `]`, an object is rewritten with sorted keys,
    /// a value that wrote nothing becomes `{}` as in Foundation.
    func finish(from start: Int) {
        switch shape {
        case .single: return
        case .array:
            if !parts.isEmpty { placeParts(from: start) }
            output.bytes.append(UInt8(ascii: "]"))
        case .none:
            output.bytes.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])
        case .object:
            writeObject(from: start)
        }
    }

    /// Replaces the fields' bytes from `start` on with the object, keys in order; when a key comes twice the last
    /// value counts, as in Foundation.
    private func writeObject(from start: Int) {
        // Fields are recorded in the order they were written, so their ranges' starts order equal keys.
        fields.sort { $0.key == $1.key ? $0.range.lowerBound < $1.range.lowerBound : $0.key < $1.key }
        output.scratch.removeAll(keepingCapacity: true)
        let scratch = JSONOutput.Scratch(output)
        scratch.append(UInt8(ascii: "{"))
        var first = true
        for i in fields.indices {
            if i + 1 < fields.count && fields[i + 1].key == fields[i].key { continue }
            if !first { scratch.append(UInt8(ascii: ",")) }
            first = false
            scratch.appendKey(fields[i].key)
            if let nested = fields[i].nested {
                scratch.append(contentsOf: nested.closedBytes())
            } else {
                scratch.appendWritten(fields[i].range)
            }
        }
        scratch.append(UInt8(ascii: "}"))
        output.bytes.replaceSubrange(start..., with: output.scratch)
    }

    /// Puts each nested container's bytes where its placeholder is.
    private func placeParts(from start: Int) {
        let written = output.bytes[start...]
        var out: [UInt8] = []
        var next = 0
        for byte in written {
            if byte == JSONValueEncoder.placeholder[0] && next < parts.count {
                out.append(contentsOf: parts[next].closedBytes())
                next += 1
            } else {
                out.append(byte)
            }
        }
        output.bytes.replaceSubrange(start..., with: out)
    }

    /// The finished bytes of a nested container, which writes into an output of its own.
    func closedBytes() -> [UInt8] {
        finish(from: 0)
        return output.bytes
    }

    /// Encodes one field's value and records where its bytes lie.
    func field<T: Encodable>(_ key: String, _ value: T) throws {
        let start = output.bytes.count
        try output.append(value)
        fields.append(Field(key: key, range: start..<output.bytes.count))
    }

    func rawField(_ key: String, _ bytes: [UInt8]) {
        let start = output.bytes.count
        output.bytes.append(contentsOf: bytes)
        fields.append(Field(key: key, range: start..<output.bytes.count))
    }

    /// A nested encoder whose bytes go into this object under `key` (or into this array, for `key` nil).
    func nested(_ key: String?, shape: Shape) -> JSONValueEncoder {
        let child = JSONValueEncoder(output: JSONOutput())
        child.shape = shape
        if shape == .array { child.output.bytes.append(UInt8(ascii: "[")) }
        if let key {
            let here = output.bytes.count
            fields.append(Field(key: key, range: here..<here, nested: child))
        } else {
            separate()
            parts.append(child)
            output.bytes.append(contentsOf: JSONValueEncoder.placeholder)
        }
        return child
    }

    /// An array element's separator.
    func separate() {
        if elements > 0 { output.bytes.append(UInt8(ascii: ",")) }
        elements += 1
    }

    /// Marks where a nested container inside an array goes; no JSON text contains these bytes outside a string.
    static let placeholder: [UInt8] = [0xFF]
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { encoder.rawField(key.stringValue, JSONOutput.nullBytes) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.field(key.stringValue, value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encoder.field(key.stringValue, value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encoder.field(key.stringValue, value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(
            JSONKeyedContainer<NestedKey>(encoder: encoder.nested(key.stringValue, shape: .object)))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: encoder.nested(key.stringValue, shape: .array))
    }
    mutating func superEncoder() -> any Encoder { encoder.nested("super", shape: .none) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.nested(key.stringValue, shape: .none) }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.elements }

    mutating func encodeNil() throws {
        encoder.separate()
        encoder.output.bytes.append(contentsOf: JSONOutput.nullBytes)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Float) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Bool) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: String) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Double) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Int) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Int8) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Int16) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Int32) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: Int64) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: UInt) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: UInt8) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: UInt16) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: UInt32) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func encode(_ value: UInt64) throws {
        encoder.separate()
        try encoder.output.append(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: encoder.nested(nil, shape: .object)))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: encoder.nested(nil, shape: .array))
    }
    mutating func superEncoder() -> any Encoder { encoder.nested(nil, shape: .none) }
}

struct JSONSingleContainer: SingleValueEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.output.bytes.append(contentsOf: JSONOutput.nullBytes) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Float) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Bool) throws { try encoder.output.append(value) }
    mutating func encode(_ value: String) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Double) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Int) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Int8) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Int16) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Int32) throws { try encoder.output.append(value) }
    mutating func encode(_ value: Int64) throws { try encoder.output.append(value) }
    mutating func encode(_ value: UInt) throws { try encoder.output.append(value) }
    mutating func encode(_ value: UInt8) throws { try encoder.output.append(value) }
    mutating func encode(_ value: UInt16) throws { try encoder.output.append(value) }
    mutating func encode(_ value: UInt32) throws { try encoder.output.append(value) }
    mutating func encode(_ value: UInt64) throws { try encoder.output.append(value) }
}
