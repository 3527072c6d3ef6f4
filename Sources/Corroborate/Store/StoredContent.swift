import Foundation

/// A claim's read content (`ClaimContent`) in a compact binary form, kept with the claim in the store so that an
/// `add` does not read again the stored claims it compares with. Sets and dictionaries are written in sorted
/// order, so one content always gives the same bytes.
///
/// Every field of `ClaimContent` is written, in its order: a field added there must be added here (a test counts
/// them) and `version` raised, which makes every stored content stale (`StoredContent.fingerprint`).
enum StoredContent {
    /// The form's version: part of the fingerprint that a stored content must match to be used.
    static let version: UInt8 = 1
    /// The fields of `ClaimContent` this form writes or reads again (the words).
    static let fields = 26

    static func encode(_ content: ClaimContent) -> Data {
        var out = Writer()
        out.byte(version)
        // The words are the claim's spans' words in the document, read again from it (`decode`): only their
        // number is kept, to check them.
        out.unsigned(UInt64(content.words.count))
        out.array(Array(content.terms)) { out, term in out.optional(term) { $0.string($1) } }
        out.array(content.weights.sorted { $0.key < $1.key }) { out, entry in
            out.string(entry.key)
            out.double(entry.value)
        }
        out.strings(content.skeletons)
        out.array(content.quantities) { out, q in out.quantity(q) }
        out.array(content.numbers.sorted { $0.key < $1.key }) { out, entry in
            out.int(entry.key)
            out.double(entry.value)
        }
        out.array(content.negations) { out, negation in
            out.range(negation.cue)
            out.range(negation.scope)
        }
        out.optional(content.creditedDenial) { $0.string($1) }
        out.optional(content.refutation) { $0.range($1) }
        out.optional(content.revision) { $0.range($1) }
        out.array(content.opposites) { out, opposite in
            out.int(opposite.word)
            out.array(opposite.classes) { $0.int($1) }
        }
        out.ranges(content.quoted)
        out.bool(content.isQuestion)
        out.ints(content.years)
        out.ranges(content.sentences)
        out.ints(content.nominalNegations)
        out.ranges(content.clauses)
        out.ranges(content.conditional)
        out.ints(content.hedges)
        out.ranges(content.uncertain)
        out.ints(content.reportWords)
        out.ints(content.editorial)
        out.array(content.timeSlots.sorted { $0.key < $1.key }) { out, entry in
            out.int(entry.key)
            out.timeSlot(entry.value)
        }
        out.ints(content.appositive)
        out.array(content.clauseTerms) { out, terms in out.strings(terms) }
        out.optional(content.alignmentWords) { out, words in
            out.array(words.keys) { $0.string($1) }
            out.array(words.stems) { $0.string($1) }
            out.array(words.spellings) { $0.string($1) }
        }
        return Data(out.bytes)
    }

    /// The content written by `encode` for a claim whose words (`FrameWord.words(in: claim.spans, of:
    /// document)`) are `words`; throws when the bytes are not such a content, or of a claim of other words.
    static func decode(_ data: Data, words: [FrameWord]) throws -> ClaimContent {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws -> ClaimContent in
            var input = Reader(bytes: buffer)
            guard try input.byte() == version, try input.unsigned() == UInt64(words.count) else { throw Malformed() }
            let terms = try input.array { input throws in try input.optional { try $0.string() } }
            var weights: [String: Double] = [:]
            for (key, value) in try input.array({ input throws in (try input.string(), try input.double()) }) {
                weights[key] = value
            }
            let skeletons = Set(try input.array { input throws in try input.string() })
            let quantities = try input.array { input throws in try input.quantity() }
            var numbers: [Int: Double] = [:]
            for (key, value) in try input.array({ input throws in (try input.int(), try input.double()) }) {
                numbers[key] = value
            }
            let negations = try input.array { input throws in
                (cue: try input.range(), scope: try input.range())
            }
            let creditedDenial = try input.optional { try $0.string() }
            let refutation = try input.optional { try $0.range() }
            let revision = try input.optional { try $0.range() }
            let opposites = try input.array { input throws in
                (word: try input.int(), classes: try input.array { try $0.int() })
            }
            let quoted = try input.ranges()
            let isQuestion = try input.bool()
            let years = try input.intSet()
            let sentences = try input.ranges()
            let nominalNegations = try input.intSet()
            let clauses = try input.ranges()
            let conditional = try input.ranges()
            let hedges = try input.intSet()
            let uncertain = try input.ranges()
            let reportWords = try input.intSet()
            let editorial = try input.intSet()
            var timeSlots: [Int: TimeSlot] = [:]
            for (key, slot) in try input.array({ input throws in (try input.int(), try input.timeSlot()) }) {
                timeSlots[key] = slot
            }
            let appositive = try input.intSet()
            let clauseTerms = try input.array { input throws in
                Set(try input.array { try $0.string() })
            }
            let alignmentWords = try input.optional { input throws in
                let keys = try input.array { try $0.string() }
                let stems = try input.array { try $0.string() }
                let spellings = try input.array { try $0.string() }
                guard stems.count == keys.count, spellings.count == keys.count else { throw Malformed() }
                return QuoteAlignment.Words(
                    keys: ArraySlice(keys), stems: ArraySlice(stems), spellings: ArraySlice(spellings))
            }
            guard input.atEnd else { throw Malformed() }
            return ClaimContent(
                words: words, terms: terms, weights: weights, skeletons: skeletons, quantities: quantities,
                numbers: numbers, negations: negations, creditedDenial: creditedDenial, refutation: refutation,
                revision: revision, opposites: opposites, quoted: quoted, isQuestion: isQuestion, years: years,
                sentences: sentences, nominalNegations: nominalNegations, clauses: clauses, conditional: conditional,
                hedges: hedges, uncertain: uncertain, reportWords: reportWords, editorial: editorial,
                timeSlots: timeSlots, appositive: appositive, clauseTerms: clauseTerms, alignmentWords: alignmentWords)
        }
    }

    /// Bytes that are no stored content (cut short, or written by another form).
    struct Malformed: Error {}

    /// What a stored content must have been read with to be used: this form's version, the knowledge the
    /// reader is made of (the comparison words, the events lexicon and the hedging cues, as JSON with sorted keys
    /// and every list of words sorted), and the program that read it (its size and time on disk), so that a changed reader
    /// reads again. 64 bits of FNV-1a.
    static func fingerprint(_ knowledge: Knowledge) -> Int64 {
        var hash = FNV()
        hash.add([version])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let parts = [
            try? encoder.encode(knowledge.comparison), try? encoder.encode(knowledge.events),
            try? encoder.encode(knowledge.cues.hedges),
        ]
        for part in parts {
            guard let part, let value = try? JSONSerialization.jsonObject(with: part) else {
                hash.add(Array("unreadable".utf8))
                continue
            }
            hash.canonical(value)
        }
        var info = stat()
        let program =
            FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments[0]
        if stat(program, &info) == 0 {
            hash.add(Array("\(info.st_size) \(info.st_mtim.tv_sec) \(info.st_mtim.tv_nsec)".utf8))
        }
        return Int64(bitPattern: hash.value)
    }

    /// 64-bit FNV-1a over the bytes added.
    struct FNV {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: [UInt8]) {
            for byte in bytes {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
            value ^= 0xff
            value = value &* 0x100_0000_01b3
        }

        /// A JSON value whose meaning does not depend on the order of a list of words (a set written as a list):
        /// such lists are hashed sorted, dictionaries by sorted key, other lists in order.
        mutating func canonical(_ value: Any) {
            switch value {
            case let dictionary as [String: Any]:
                add(Array("{".utf8))
                for key in dictionary.keys.sorted() {
                    add(Array(key.utf8))
                    canonical(dictionary[key]!)
                }
            case let words as [String]:
                add(Array("[s".utf8))
                for word in words.sorted() { add(Array(word.utf8)) }
            case let list as [Any]:
                add(Array("[".utf8))
                for element in list { canonical(element) }
            default:
                add(Array("\(value)".utf8))
            }
        }
    }
}

extension StoredContent {
    /// Bytes written one value after another: integers as zigzag varints, doubles as their 8 bytes.
    fileprivate struct Writer {
        var bytes: [UInt8] = []

        mutating func byte(_ value: UInt8) { bytes.append(value) }
        mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func unsigned(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(value & 0x7f) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func int(_ value: Int) {
            let v = Int64(value)
            unsigned(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        }

        mutating func double(_ value: Double) {
            var bits = value.bitPattern
            for _ in 0..<8 {
                bytes.append(UInt8(bits & 0xff))
                bits >>= 8
            }
        }

        mutating func string(_ value: String) {
            let utf8 = value.utf8
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }

        mutating func range(_ value: Range<Int>) {
            int(value.lowerBound)
            int(value.upperBound - value.lowerBound)
        }

        mutating func array<T>(_ values: [T], _ element: (inout Writer, T) -> Void) {
            unsigned(UInt64(values.count))
            for value in values { element(&self, value) }
        }

        mutating func optional<T>(_ value: T?, _ write: (inout Writer, T) -> Void) {
            guard let value else { return bool(false) }
            bool(true)
            write(&self, value)
        }

        mutating func ranges(_ values: [Range<Int>]) { array(values) { $0.range($1) } }
        mutating func ints(_ values: Set<Int>) { array(values.sorted()) { $0.int($1) } }
        mutating func strings(_ values: Set<String>) { array(values.sorted()) { $0.string($1) } }

        mutating func quantity(_ q: TypedQuantity) {
            double(q.low)
            double(q.high)
            string(q.qualifier.rawValue)
            string(q.dimension)
            optional(q.aspect) { $0.string($1) }
            optional(q.counted) { $0.string($1) }
            optional(q.head) { $0.string($1) }
            strings(q.names)
            optional(q.outcome) { $0.string($1) }
            bool(q.converted)
            bool(q.vague)
            range(q.words)
            int(q.span.start)
            int(q.span.end)
        }

        mutating func timeSlot(_ slot: TimeSlot) {
            let kinds: [TimeSlot.Kind] = [.weekday, .month, .year, .relative]
            byte(UInt8(kinds.firstIndex(of: slot.kind)!))
            int(slot.value)
            optional(slot.day) { $0.int($1) }
            optional(slot.part) { $0.int($1) }
        }
    }

    /// Reads what `Writer` wrote; every read past the end, or of a value out of range, throws.
    fileprivate struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        var atEnd: Bool { at == bytes.count }

        mutating func byte() throws -> UInt8 {
            guard at < bytes.count else { throw Malformed() }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func bool() throws -> Bool {
            switch try byte() {
            case 0: return false
            case 1: return true
            default: throw Malformed()
            }
        }

        mutating func unsigned() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw Malformed() }
                value |= UInt64(b & 0x7f) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }

        mutating func count() throws -> Int {
            let n = try unsigned()
            // No list holds more elements than bytes remain.
            guard n <= UInt64(bytes.count - at) else { throw Malformed() }
            return Int(n)
        }

        mutating func int() throws -> Int {
            let u = try unsigned()
            return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
        }

        mutating func double() throws -> Double {
            guard bytes.count - at >= 8 else { throw Malformed() }
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return Double(bitPattern: bits)
        }

        mutating func string() throws -> String {
            let n = try count()
            defer { at += n }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
        }

        mutating func range() throws -> Range<Int> {
            let lower = try int()
            let length = try int()
            guard length >= 0 else { throw Malformed() }
            return lower..<(lower + length)
        }

        mutating func array<T>(_ element: (inout Reader) throws -> T) throws -> [T] {
            let n = try count()
            var values: [T] = []
            values.reserveCapacity(n)
            for _ in 0..<n { values.append(try element(&self)) }
            return values
        }

        mutating func optional<T>(_ read: (inout Reader) throws -> T) throws -> T? {
            try bool() ? try read(&self) : nil
        }

        mutating func ranges() throws -> [Range<Int>] { try array { try $0.range() } }
        mutating func intSet() throws -> Set<Int> { Set(try array { try $0.int() }) }

        mutating func quantity() throws -> TypedQuantity {
            let low = try double()
            let high = try double()
            guard let qualifier = Quantity.Qualifier(rawValue: try string()) else { throw Malformed() }
            var q = TypedQuantity(
                low: low, high: high, qualifier: qualifier, dimension: try string(),
                aspect: try optional { try $0.string() }, counted: try optional { try $0.string() },
                outcome: nil, converted: false, words: 0..<0, span: TextSpan(0, 0))
            q.head = try optional { try $0.string() }
            q.names = Set(try array { try $0.string() })
            q.outcome = try optional { try $0.string() }
            q.converted = try bool()
            q.vague = try bool()
            q.words = try range()
            q.span = TextSpan(try int(), try int())
            return q
        }

        mutating func timeSlot() throws -> TimeSlot {
            let kinds: [TimeSlot.Kind] = [.weekday, .month, .year, .relative]
            let k = Int(try byte())
            guard k < kinds.count else { throw Malformed() }
            var slot = TimeSlot(kind: kinds[k], value: try int(), day: nil)
            slot.day = try optional { try $0.int() }
            slot.part = try optional { try $0.int() }
            return slot
        }
    }
}
