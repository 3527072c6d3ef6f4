import Foundation

/// The binary file of a `CueModel`: the magic `CRBCUE1\n`, the table size and the two thresholds, then the
/// weights, all little-endian (32-bit integers and floats). Binary keeps a million weights at 4 MB and loads fast.
enum CueModelFile {
    static let magic = Array("CRBCUE1\n".utf8)

    static func encode(_ model: CueModel) -> Data {
        var data = Data(magic)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt32(model.weights.count))
        append(model.addThreshold.bitPattern)
        append(model.vetoThreshold.bitPattern)
        data.reserveCapacity(data.count + model.weights.count * 4)
        for weight in model.weights { append(weight.bitPattern) }
        return data
    }

    static func decode(_ data: Data, path: String) throws(KnowledgeError) -> CueModel {
        let bytes = [UInt8](data)
        guard bytes.count >= magic.count + 12, Array(bytes[0..<magic.count]) == magic else {
            throw .invalid(path: path, reason: "not a cue model (it should start with CRBCUE1)")
        }
        func word(_ offset: Int) -> UInt32 {
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        let count = Int(word(magic.count))
        guard count > 0, count.nonzeroBitCount == 1, bytes.count == magic.count + 12 + count * 4 else {
            throw .invalid(path: path, reason: "truncated or damaged (the weight table has the wrong size)")
        }
        let add = Float(bitPattern: word(magic.count + 4))
        let veto = Float(bitPattern: word(magic.count + 8))
        var weights = [Float](repeating: 0, count: count)
        let base = magic.count + 12
        for i in 0..<count { weights[i] = Float(bitPattern: word(base + i * 4)) }
        return CueModel(weights: weights, addThreshold: add, vetoThreshold: veto)
    }
}

extension CueModel {
    /// Loads a model written by `corroborate train-model`.
    public static func load(_ path: String) throws(KnowledgeError) -> CueModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "no such file, or it cannot be read")
        }
        return try CueModelFile.decode(data, path: path)
    }

    /// Writes the model in its binary format, atomically (see `AtomicFile`: staged, then renamed; a device or a
    /// symlinked target written through).
    public func write(to path: String) throws(OutputError) {
        let bytes = [UInt8](CueModelFile.encode(self))
        try AtomicFile.stream(to: path) { sink in sink.write(bytes) }
    }

    /// The size of the weight table.
    public var tableSize: Int { weights.count }
}
