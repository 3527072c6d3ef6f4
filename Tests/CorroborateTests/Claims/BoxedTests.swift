import Foundation
import Testing

@testable import Corroborate

/// The inner source, time and negation of a claim are boxed: they must compare, hash, copy and encode as the
/// values themselves.
@Suite("Boxed claim fields")
struct BoxedTests {
    static func frame(day: Int?, negation: Bool) -> ClaimFrame {
        ClaimFrame(
            kinds: [], places: [], actors: [], contextPlaces: [], quantities: [],
            time: day.map { TimeReference(words: "on \($0) May", date: CalendarDate(year: 2031, month: 5, day: $0)) },
            negated: negation,
            negation: negation ? Evidence(label: "not", words: "not", span: TextSpan(4, 7)) : nil, hedges: [],
            manner: [], state: [])
    }

    @Test("Frames with the same time and negation are equal and hash alike, boxed apart")
    func equalByValue() {
        let a = BoxedTests.frame(day: 3, negation: true)
        let b = BoxedTests.frame(day: 3, negation: true)
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a != BoxedTests.frame(day: 4, negation: true))
        #expect(a != BoxedTests.frame(day: 3, negation: false))
        #expect(BoxedTests.frame(day: nil, negation: false).time == nil)
    }

    @Test("A frame's time and negation survive encoding")
    func encoding() throws {
        let frame = BoxedTests.frame(day: 3, negation: true)
        let back = try JSONDecoder().decode(ClaimFrame.self, from: JSONEncoder().encode(frame))
        #expect(back == frame)
        #expect(back.time?.date == CalendarDate(year: 2031, month: 5, day: 3))
        #expect(back.negation?.span == TextSpan(4, 7))
    }

    @Test("Changing a copy's inner source or time leaves the original's alone")
    func copies() {
        let original = Claim(
            id: "c1", document: 0, attribution: 0, source: Source(name: "Port Authority", kind: .other),
            via: Source(name: "a harbour pilot", kind: .anonymous), text: "The ferry dock was closed.",
            spans: [TextSpan(0, 26)], sentence: 0, isDirectQuote: false,
            frame: BoxedTests.frame(day: 3, negation: false))
        var copy = original
        copy.via = nil
        copy.frame.time = nil
        #expect(original.via?.name == "a harbour pilot")
        #expect(original.frame.time?.words == "on 3 May")
        #expect(copy.via == nil)
        #expect(copy.frame.time == nil)
        #expect(copy != original)
    }

    @Test("A frame holds its time and negation in a word each, not at their full width")
    func layout() {
        #expect(MemoryLayout<Boxed<TimeReference>?>.size == 8)
        #expect(MemoryLayout<Boxed<Evidence>?>.size == 8)
        // Inline, the time and the negation alone took 112 bytes of a 184-byte frame.
        #expect(MemoryLayout<ClaimFrame>.size <= 96)
    }
}
