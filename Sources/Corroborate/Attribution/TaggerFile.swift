import Foundation

/// The binary file of an `AttributionTagger`: the magic `CRBTAG1\n`, the statement margin (a 32-bit float), then
/// each tagger (cues, then roles): its
/// label count, table size in bits, outside bias, transition weights (32-bit floats), the scale of its emission
/// weights and the weights as 16-bit integers (weight = integer × scale); and last a 64-bit FNV-1a checksum of
/// everything before it. All little-endian. Sixteen bits per weight keep the two tables at about 4 MB.
enum TaggerFile {
    static let magic = Array("CRBTAG1\n".utf8)

    static func encode(_ tagger: AttributionTagger) -> [UInt8] {
        var bytes = magic
        func append32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        append32(tagger.statementMargin.bitPattern)
        for chain in [tagger.cue, tagger.role] {
            let buckets = (chain.bucketMask + 1)
            append32(UInt32(chain.labelCount))
            append32(UInt32(buckets.trailingZeroBitCount))
            append32(chain.outsideBias.bitPattern)
            for t in chain.transitions { append32(t.bitPattern) }
            let (values, scale) = chain.rounded()
            append32(scale.bitPattern)
            bytes.reserveCapacity(bytes.count + values.count * 2 + 8)
            for q in values { withUnsafeBytes(of: q.littleEndian) { bytes.append(contentsOf: $0) } }
        }
        let sum = checksum(bytes[...])
        withUnsafeBytes(of: sum.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// 64-bit FNV-1a.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 { ByteHash.fnv1a(bytes) }

    static func decode(_ data: Data, path: String) throws(KnowledgeError) -> AttributionTagger {
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 8, Array(bytes[0..<magic.count]) == magic else {
            throw .invalid(path: path, reason: "not an attribution tagger (it should start with CRBTAG1)")
        }
        let damaged = KnowledgeError.invalid(path: path, reason: "truncated or damaged (its checksum does not match)")
        var stored: UInt64 = 0
        for k in 0..<8 { stored |= UInt64(bytes[bytes.count - 8 + k]) << (8 * k) }
        guard checksum(bytes[..<(bytes.count - 8)]) == stored else { throw damaged }
        var offset = magic.count
        let limit = bytes.count - 8
        func read32() throws(KnowledgeError) -> UInt32 {
            guard offset + 4 <= limit else { throw damaged }
            defer { offset += 4 }
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        let margin = Float(bitPattern: try read32())
        var chains: [LinearChain] = []
        for expected in [3, 5] {
            let labels = Int(try read32())
            let bits = Int(try read32())
            guard labels == expected, (8...26).contains(bits) else { throw damaged }
            let bias = Float(bitPattern: try read32())
            var transitions: [Float] = []
            for _ in 0..<((labels + 1) * labels) { transitions.append(Float(bitPattern: try read32())) }
            let scale = Float(bitPattern: try read32())
            let count = (1 << bits) * labels
            guard offset + count * 2 <= limit else { throw damaged }
            var values = [Int16](repeating: 0, count: count)
            for i in 0..<count {
                values[i] = Int16(bitPattern: UInt16(bytes[offset + 2 * i]) | UInt16(bytes[offset + 2 * i + 1]) << 8)
            }
            offset += count * 2
            chains.append(
                LinearChain(
                    labelCount: labels, quantized: values, scale: scale, transitions: transitions,
                    allowed: LinearChain.bioAllowed(spanKinds: (labels - 1) / 2), outsideBias: bias))
        }
        guard offset == limit else { throw damaged }
        return AttributionTagger(cue: chains[0], role: chains[1], statementMargin: margin)
    }
}

extension AttributionTagger {
    /// Loads a tagger written by `corroborate train-tagger`.
    public static func load(_ path: String) throws(KnowledgeError) -> AttributionTagger {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be read")
        }
        return try TaggerFile.decode(data, path: path)
    }

    /// Writes the tagger in its binary format, atomically (see `AtomicFile`).
    public func write(to path: String) throws(OutputError) {
        let bytes = TaggerFile.encode(self)
        try AtomicFile.stream(to: path) { sink in sink.write(bytes) }
    }
}
