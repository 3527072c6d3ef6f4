import Foundation
import Testing

@testable import Corroborate

/// The report's JSON encoder must write the bytes Foundation's `JSONEncoder` writes with sorted keys and unescaped
/// slashes: key order, number forms, escapes, nested and merged containers.
@Suite("Compact JSON encoder")
struct CompactJSONEncoderTests {
    struct Inner: Encodable, Sendable {
        var count: Int?
        var label: String
        var span: [Int]
        var ratio: Float
        var small: UInt8
        var signed: Int32
        var big: Int64
    }

    /// An item plus a field added on the same encoder, as the report's `Marked` does.
    struct Merged<Item: Encodable & Sendable>: Encodable, Sendable {
        var item: Item
        var new: Bool?
        enum Keys: String, CodingKey { case new }
        func encode(to encoder: any Encoder) throws {
            try item.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeIfPresent(new, forKey: .new)
        }
    }

    /// Nested keyed and unkeyed containers, one inside a list.
    struct Nested: Encodable, Sendable {
        enum Keys: String, CodingKey { case outer, list, last, super_ }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var outer = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try outer.encode(3, forKey: .last)
            try outer.encode("x", forKey: .list)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var inList = list.nestedContainer(keyedBy: Keys.self)
            try inList.encode(true, forKey: .outer)
            try list.encodeNil()
            try list.encode(2.5)
            try container.encode(9, forKey: .last)
            var sup = container.superEncoder(forKey: .super_).unkeyedContainer()
            try sup.encode("s")
        }
    }

    struct Nothing: Encodable, Sendable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Everything: Encodable, Sendable {
        var byName: [String: Int]
        var byNumber: [Int: String]
        var texts: [String]
        var numbers: [Double]
        var inner: [Merged<Inner>]
        var nested: Nested
        var nothing: Nothing
        var optionals: [Int?]
        var date: Date
        var url: URL
        var flags: [Bool]
    }

    static let sample = Everything(
        byName: [
            "b10": 1, "b9": 2, "C": 3, "b": 4, "_y": 5, "Q": 6, "\u{E9}": 7, "e": 8, "bc": 9, "bC": 10, "Bc": 11,
            "b_c": 12, "b-c": 13, "b c": 14, "b1": 15, "b01": 16, "\u{FF41}": 17, "[": 18, "`": 19, "{": 20, "": 21,
        ],
        byNumber: [10: "x", 9: "y", -1: "z", 100: "w"],
        texts: [
            "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F}\u{7F}", "a/b\\c\"d",
            "\u{2028}\u{2029}\u{E9}\u{1F600}",
            "\u{FEFF}x", "", "plain words, \"quoted\" and 'single'",
        ],
        numbers: [1, 0.5, 1e-7, 1e21, 123_456_789.125, -0.0, 0.1, 3e16, 1.0 / 3.0, 1e300, 4.9e-324, -42],
        inner: [
            Merged(
                item: Inner(count: nil, label: "q", span: [1, 2], ratio: 2.5, small: 7, signed: -3, big: .min),
                new: true),
            Merged(item: Inner(count: -5, label: "", span: [], ratio: 0.1, small: 0, signed: 0, big: .max), new: nil),
        ],
        nested: Nested(), nothing: Nothing(), optionals: [1, nil, Int.min, Int.max],
        date: Date(timeIntervalSinceReferenceDate: 12.5), url: URL(string: "https://example.org/a/b?c=d")!,
        flags: [true, false])

    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("Keys, numbers, escapes and nested containers come out as Foundation writes them")
    func sameBytesAsFoundation() throws {
        let compact = String(decoding: try CompactJSONEncoder().encode(Self.sample), as: UTF8.self)
        #expect(compact == (try Self.foundation(Self.sample)))
    }

    @Test("One encoder used for many values gives each its own bytes")
    func reused() throws {
        let encoder = CompactJSONEncoder()
        var bytes: [UInt8] = []
        for item in Self.sample.inner {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
            encoder.appendOrNull(item, to: &bytes)
        }
        let expected = try Self.sample.inner.map { try Self.foundation($0) }.joined(separator: ",")
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("A value that cannot be JSON (NaN) becomes null and leaves the bytes before it alone")
    func nanIsNull() {
        var bytes = Array("[1,".utf8)
        CompactJSONEncoder().appendOrNull([1.0, .nan], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "[1,null")
    }

    /// The values the encoder writes without their containers (`appendReportValue`), alone and inside others.
    struct ReportValues: Encodable, Sendable {
        var span: TextSpan
        var spans: [TextSpan]
        var none: [TextSpan]
        var words: [String]
        var role: Role
        var roles: [Role]
        var optionalRole: Role?
    }

    @Test("Spans, lists of spans and of strings, and roles written directly are the bytes Foundation writes")
    func reportValues() throws {
        let role = Role(text: "said \"no\" \u{1}/ \u{E9}", spans: [TextSpan(3, 7), TextSpan(-1, 10_000_000_001)])
        let values = ReportValues(
            span: TextSpan(0, 12), spans: [TextSpan(5, 9), TextSpan(20, 31)], none: [],
            words: ["a", "", "tab\tand \"quote\"", "\u{2028}"], role: role,
            roles: [role, Role(text: "", spans: [])], optionalRole: nil)
        let compact = String(decoding: try CompactJSONEncoder().encode(values), as: UTF8.self)
        #expect(compact == (try Self.foundation(values)))
        #expect(String(decoding: try CompactJSONEncoder().encode(role), as: UTF8.self) == (try Self.foundation(role)))
    }

    @Test("The JSON report on the seeds is the one Foundation's encoder gives, field for field")
    func seedReport() throws {
        let analysis = Fixture.seedAnalysis
        let report = JSONReport.render(analysis)
        let claims = try analysis.claims.map { try Self.foundation(JSONReport.claimEntry($0)) }
        #expect(!claims.isEmpty)
        #expect(report.contains("\"claims\":[" + claims.joined(separator: ",") + "]"))
        let documents = try analysis.articles.enumerated().map {
            try Self.foundation(JSONReport.documentEntry($1, index: $0))
        }
        #expect(report.contains("\"documents\":[" + documents.joined(separator: ",") + "]"))
        let relations = try analysis.relations.map { try Self.foundation(Marked(item: $0)) }
        #expect(report.contains("\"relations\":[" + relations.joined(separator: ",") + "]"))
    }
}
